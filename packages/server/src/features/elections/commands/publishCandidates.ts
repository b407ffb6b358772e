import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { candidateList } from '@cunzhi/core/elections/nomination';
import type { Post } from '@cunzhi/core/elections/sheets';
import { closeRelation } from '@cunzhi/core/registry/kinship';
import { refuseOnViolation, type Finding } from '@cunzhi/core/rules/findings';
import type { RuleParams } from '@cunzhi/core/rules/profile';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { loadKinNeighbourhood } from '../../registry/queries/kinGraph.ts';
import {
  committeeOf,
  nominationsOf,
  postsOf,
  setNomination,
  type NominationRow,
} from '../repository.ts';
import { applyAct, findingViews, loadElection, paramsOn, requireCommittee } from './shared.ts';

/** A nominee's standing: the nomination votes, or where a route counts no votes its supporters. */
const score = (n: NominationRow) => (n.votes > 0 ? n.votes : n.supporters);

/** Each post's list by core's candidateList (差额 by the profile; a tie at the cut refuses). */
async function lists(
  tx: Tx,
  cmd: CommandContext,
  electionId: string,
  on: CalendarDate,
  p: RuleParams,
) {
  const posts = await postsOf(tx, cmd.villageId, electionId);
  const nominations = (await nominationsOf(tx, cmd.villageId, electionId)).filter(
    (n) => n.status === 'nominated',
  );
  const findings: Finding[] = [];
  const out = posts.map((row) => {
    const post: Post = {
      id: row.id,
      name: { zh: row.name_zh, en: row.name_en },
      seats: row.seats,
      writeIns: row.write_ins,
      candidates: [],
    };
    const mine = nominations.filter((n) => n.post_id === row.id);
    const votes = new Map(mine.map((n) => [n.person_id, score(n)]));
    const listed = candidateList(on, post, votes, p);
    findings.push(...listed.findings);
    const byPerson = new Map(mine.map((n) => [n.person_id, n]));
    return {
      post: { ...post, candidates: listed.list.candidates.map((c) => c.id) },
      candidates: listed.list.candidates.map((c) => byPerson.get(c.id)!),
      next: listed.list.next.map((c) => byPerson.get(c.id)!),
    };
  });
  refuseOnViolation(findings);
  return { lists: out, findings };
}

/** Seated committee members who are near relatives of a candidate (checked by the machine from 2026). */
async function committeeTies(
  tx: Tx,
  cmd: CommandContext,
  electionId: string,
  candidates: readonly NominationRow[],
) {
  const seated = (await committeeOf(tx, cmd.villageId, electionId)).filter(
    (m) => m.status === 'seated',
  );
  const { graph } = await loadKinNeighbourhood(tx, cmd.villageId, [
    ...seated.map((m) => m.person_id),
    ...candidates.map((c) => c.person_id),
  ]);
  return seated.flatMap((m) =>
    candidates
      .filter((c) => closeRelation(graph, m.person_id, c.person_id))
      .map((c) => ({ memberId: m.person_id, candidateId: c.person_id, candidateName: c.name })),
  );
}

/**
 * 公布正式候选人名单 (ZJ-18-CAND-LIST, VCOL-15-SURPLUS): each post's candidates in the order
 * of their nomination votes, as many as the 差额 needs, the rest kept in order to fill a
 * withdrawal; at least 5 days (the profile's number) before polling day. A candidate still
 * on the committee, or from 2026 one with a near relative on it, stops the list.
 */
export async function publishCandidates(
  cmd: CommandContext,
  input: { electionId: string; on?: string | undefined },
) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    await requireCommittee(tx, cmd, election, 'publishCandidates', on);
    const built = await lists(tx, cmd, election.id, on, await paramsOn(tx, cmd, on));
    const candidates = built.lists.flatMap((l) => l.candidates);
    const ties = await committeeTies(tx, cmd, election.id, candidates);
    const posts = built.lists.map((l) => l.post);
    const { findings } = await applyAct(
      tx,
      cmd,
      election,
      { step: 'publishCandidates', on, posts, committeeTies: ties },
      { candidates_published_on: on },
    );
    for (const l of built.lists) {
      for (const [i, c] of l.candidates.entries())
        await setNomination(tx, cmd.villageId, election.id, c.id, {
          status: 'candidate',
          listPosition: i + 1,
        });
      for (const c of l.next)
        await setNomination(tx, cmd.villageId, election.id, c.id, {
          status: 'reserve',
          listPosition: null,
        });
    }
    await recordEvent(
      cmd,
      tx,
      'election.candidatesPublished',
      { type: 'election', id: election.id },
      {
        on,
        lists: built.lists.map((l) => ({
          postId: l.post.id,
          seats: l.post.seats,
          candidates: l.candidates.map((c) => ({
            personId: c.person_id,
            name: c.name,
            votes: score(c),
          })),
        })),
        findings: findingViews([...built.findings, ...findings], 'zh-CN'),
      },
    );
    return { id: election.id, findings: [...built.findings, ...findings] };
  });
}
