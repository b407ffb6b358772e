import { createHash } from 'node:crypto';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import type { VillageNaming } from '../../matters/present.ts';
import { proofsOf, yearIndex } from '../archiveIndex.ts';
import type { Mask } from '../documents.ts';
import { buildArchiveZip } from '../exportZip.ts';

/**
 * A year's archive as a zip, for the committee or the supervisors. The export itself is on
 * the chain (archive.exported: the year, how many items, the zip's SHA-256 and whether ID
 * numbers were masked), so who took a copy of the archive, and which, is on the record.
 */
export async function exportArchive(
  cmd: CommandContext,
  input: { year: number; village: VillageNaming; mask: Mask; masked: boolean },
): Promise<{ bytes: Uint8Array; items: number }> {
  const { entries } = await yearIndex(cmd.db, cmd.villageId, input.year, input.village);
  const proofs = await proofsOf(cmd.db, cmd.villageId, entries);
  const bytes = await buildArchiveZip(
    cmd.db,
    { id: cmd.villageId, name: input.village.name },
    input.year,
    entries,
    proofs,
    input.mask,
  );
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await cmd.db.transaction((tx) =>
    recordEvent(
      cmd,
      tx,
      'archive.exported',
      { type: 'archive', id: String(input.year) },
      { year: input.year, items: entries.length, sha256, idNumbersMasked: input.masked },
    ),
  );
  return { bytes, items: entries.length };
}
