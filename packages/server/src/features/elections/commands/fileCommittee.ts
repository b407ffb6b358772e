import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { updateElection } from '../repository.ts';
import { EXTRA_STEPS, loadElection, refuseEarlier } from './shared.ts';

/** The town receives the published committee's filing (报乡镇人民政府备案). */
export async function fileCommittee(
  cmd: CommandContext,
  input: { electionId: string; on?: string | undefined },
) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    const publishedOn = election.committee_published_on;
    if (!publishedOn) throw new DomainError('election_committee_unpublished');
    if (election.committee_filed_on) return { id: election.id, findings: [] };
    if (on < publishedOn)
      refuseEarlier(
        on,
        'XJGC-EC',
        EXTRA_STEPS.fileCommittee,
        EXTRA_STEPS.publishCommittee,
        publishedOn,
      );
    await updateElection(tx, cmd.villageId, election.id, election.record, {
      committee_filed_on: on,
      committee_filed_by: cmd.actorAccountId,
    });
    await recordEvent(
      cmd,
      tx,
      'election.committeeFiled',
      { type: 'election', id: election.id },
      { on },
    );
    return { id: election.id, findings: [] };
  });
}
