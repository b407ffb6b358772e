import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { applyAct, loadElection, requireCommittee } from './shared.ts';

/** Nominations open once the roll is published (the nominees must be on it). */
export async function openNominations(
  cmd: CommandContext,
  input: { electionId: string; on?: string | undefined },
) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    await requireCommittee(tx, cmd, election, 'openNominations', on);
    const { findings } = await applyAct(
      tx,
      cmd,
      election,
      { step: 'openNominations', on },
      { nominations_opened_on: on },
    );
    await recordEvent(
      cmd,
      tx,
      'election.nominationsOpened',
      { type: 'election', id: election.id },
      { on },
    );
    return { id: election.id, findings };
  });
}
