import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { nominationsOf, postsOf, setNomination } from '../repository.ts';
import { applyAct, findingViews, loadElection, requireCommittee } from './shared.ts';

export interface WithdrawCandidateInput {
  electionId: string;
  postId: string;
  personId: string;
  written: boolean;
  on?: string | undefined;
}

/**
 * A candidate withdraws in writing at least 3 days before polling day (ZJ-18-CAND-LIST,
 * the machine's withdrawCandidate); the next nominee by votes takes the place at the end of
 * the list (依次递补). With nobody left the post falls short of the 差额: the withdrawal
 * stands, the shortfall is recorded and polling waits for it.
 */
export async function withdrawCandidate(cmd: CommandContext, input: WithdrawCandidateInput) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    await requireCommittee(tx, cmd, election, 'withdrawCandidate', on);
    const post = (await postsOf(tx, cmd.villageId, election.id)).find((p) => p.id === input.postId);
    if (!post)
      throw new DomainError('validation_failed', {}, [
        { field: 'postId', error: 'election_post_unknown' },
      ]);
    const ofPost = (await nominationsOf(tx, cmd.villageId, election.id)).filter(
      (n) => n.post_id === post.id,
    );
    const leaving = ofPost.find((n) => n.person_id === input.personId && n.status === 'candidate');
    if (!leaving) {
      const name = ofPost.find((n) => n.person_id === input.personId)?.name ?? input.personId;
      throw new DomainError('election_not_candidate', { name, post: post.name_zh });
    }
    // nominationsOf orders the reserves by votes, then supporters: the first is next
    const fill = ofPost.find((n) => n.status === 'reserve') ?? null;
    const { findings } = await applyAct(tx, cmd, election, {
      step: 'withdrawCandidate',
      on,
      postId: post.id,
      personId: leaving.person_id,
      name: leaving.name,
      written: input.written,
      fillWith: fill?.person_id ?? null,
    });
    await setNomination(tx, cmd.villageId, election.id, leaving.id, {
      status: 'withdrawn',
      listPosition: null,
      withdrawnOn: on,
      written: input.written,
    });
    if (fill) {
      const last = Math.max(
        0,
        ...ofPost.filter((n) => n.status === 'candidate').map((n) => n.list_position ?? 0),
      );
      await setNomination(tx, cmd.villageId, election.id, fill.id, {
        status: 'candidate',
        listPosition: last + 1,
      });
    }
    await recordEvent(
      cmd,
      tx,
      'election.candidateWithdrew',
      { type: 'election', id: election.id },
      {
        postId: post.id,
        personId: leaving.person_id,
        name: leaving.name,
        written: input.written,
        on,
        filledBy: fill ? { personId: fill.person_id, name: fill.name } : null,
        findings: findingViews(findings, 'zh-CN'),
      },
    );
    return { id: election.id, findings };
  });
}
