import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { rollPersonIds } from '../repository.ts';
import { applyAct, findingViews, loadElection, requireCommittee } from './shared.ts';

/**
 * The roll published by the committee at least 20 days before polling day (VCOL-14-LIST,
 * judged by core on the act's date); objections then run for five days.
 */
export async function publishRoll(
  cmd: CommandContext,
  input: { electionId: string; on?: string | undefined },
) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    await requireCommittee(tx, cmd, election, 'publishRoll', on);
    const { findings } = await applyAct(
      tx,
      cmd,
      election,
      { step: 'publishRoll', on },
      { roll_published_on: on },
    );
    const voters = (await rollPersonIds(tx, cmd.villageId, election.id)).size;
    await recordEvent(
      cmd,
      tx,
      'election.rollPublished',
      { type: 'election', id: election.id },
      {
        on,
        voters,
        findings: findingViews(findings, 'zh-CN'),
      },
    );
    return { id: election.id, findings };
  });
}
