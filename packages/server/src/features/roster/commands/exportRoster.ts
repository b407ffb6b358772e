import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { rosterRows } from '../queries.ts';

/**
 * Reads the whole roster for a download and writes the export to the audit chain, in one
 * transaction: who took a copy of the register, when, of how many persons, and whether with full
 * ID numbers. The full copy needs `exportRosterIdNumbers` (the route says whether the actor holds it).
 */
export async function exportRoster(
  cmd: CommandContext,
  input: { idNumbers: 'masked' | 'full'; mayExportIdNumbers: boolean },
) {
  if (input.idNumbers === 'full' && !input.mayExportIdNumbers)
    throw new DomainError('roster_full_export_forbidden');
  return cmd.db.transaction(async (tx) => {
    const rows = await rosterRows(tx, cmd.villageId);
    await recordEvent(
      cmd,
      tx,
      'roster.exported',
      { type: 'village', id: cmd.villageId },
      { idNumbers: input.idNumbers, persons: rows.length },
    );
    return rows;
  });
}
