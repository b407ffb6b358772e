import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { updateElection } from '../repository.ts';
import {
  EXTRA_STEPS,
  loadElection,
  refuseEarlier,
  refuseOrder,
  requireCommittee,
} from './shared.ts';

/**
 * The committee publishes its names (规程: 村民选举委员会成员名单应当公布): from that day
 * objections run for five days (XJGC-EC). Publishing again changes nothing.
 */
export async function publishCommittee(
  cmd: CommandContext,
  input: { electionId: string; on?: string | undefined },
) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    const chosenOn = election.committee_chosen_on;
    if (!chosenOn) refuseOrder(on, 'XJGC-EC', EXTRA_STEPS.publishCommittee, 'chooseCommittee');
    await requireCommittee(tx, cmd, election, 'chooseCommittee', on);
    if (election.committee_published_on) return { id: election.id, findings: [] };
    if (on < chosenOn)
      refuseEarlier(on, 'XJGC-EC', EXTRA_STEPS.publishCommittee, 'chooseCommittee', chosenOn);
    await updateElection(tx, cmd.villageId, election.id, election.record, {
      committee_published_on: on,
    });
    await recordEvent(
      cmd,
      tx,
      'election.committeePublished',
      { type: 'election', id: election.id },
      { on },
    );
    return { id: election.id, findings: [] };
  });
}
