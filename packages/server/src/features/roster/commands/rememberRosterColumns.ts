import { normaliseHeader, type RosterColumnChoice } from '@cunzhi/core/roster/rosterHeaders';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { upsertColumnMapping } from '../repository.ts';

/**
 * Remembers, for this village, which field each of its roster headers holds
 * (or that a column is not imported), so the clerk maps a header once and the
 * next import of the same headers reads it. Headers are kept normalised (the
 * form the header matcher compares); a header given twice keeps its last
 * choice. One transaction with its audit event.
 */
export async function rememberRosterColumns(
  cmd: CommandContext,
  input: { columns: ReadonlyArray<{ header: string; field: RosterColumnChoice }> },
): Promise<{ columns: Array<{ header: string; field: RosterColumnChoice }> }> {
  const accountId = cmd.actorAccountId;
  if (!accountId) throw new Error('roster columns are mapped by a signed-in account');
  const byHeader = new Map<string, RosterColumnChoice>();
  for (const c of input.columns) {
    const header = normaliseHeader(c.header);
    if (header) byHeader.set(header, c.field);
  }
  const columns = [...byHeader].map(([header, field]) => ({ header, field }));
  if (columns.length === 0) return { columns };
  await cmd.db.transaction(async (tx) => {
    await upsertColumnMapping(tx, cmd.villageId, accountId, columns);
    await recordEvent(
      cmd,
      tx,
      'roster.columnsMapped',
      { type: 'village', id: cmd.villageId },
      { columns },
    );
  });
  return { columns };
}
