import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { photosOfInspections, setReportPublicEvidence } from '../repository.ts';
import { fieldError } from './shared.ts';

/**
 * The photos a report will show on the portal once its vote carries: chosen with the report,
 * so the committee's vote on the report is its choice to publish them. Only photos of the
 * findings of the inspections the report covers; none unless chosen (they may show people).
 */
export async function choosePublicEvidence(
  tx: Tx,
  cmd: CommandContext,
  reportId: string,
  inspectionIds: readonly string[],
  chosen: readonly string[] | undefined,
): Promise<string[]> {
  const wanted = [...new Set(chosen ?? [])];
  const photos = await photosOfInspections(tx, cmd.villageId, inspectionIds, wanted);
  if (photos.length !== wanted.length) fieldError('publicEvidenceIds', 'field_invalid');
  await setReportPublicEvidence(tx, cmd.villageId, reportId, wanted);
  return wanted;
}
