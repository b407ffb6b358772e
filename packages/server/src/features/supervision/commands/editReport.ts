import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { choosePublicEvidence } from './publicEvidence.ts';
import { updateReport, type ReportInput } from '../repository.ts';
import { checkInspections, requireMember, requireReport } from './shared.ts';

/** A draft (or a report whose vote failed, to be put again) is edited; one being voted on or published is not. */
export async function editReport(
  cmd: CommandContext,
  input: ReportInput & {
    publicEvidenceIds?: readonly string[] | undefined;
    reportId: string;
    memberId?: string;
  },
): Promise<void> {
  await requireMember(cmd.db, cmd, cmd.clock.today(), input.memberId);
  await cmd.db.transaction(async (tx) => {
    const report = await requireReport(tx, cmd, input.reportId, { forUpdate: true });
    if (report.status === 'voting' || report.status === 'published')
      throw new DomainError('report_not_draft');
    await checkInspections(tx, cmd, input.inspectionIds);
    await updateReport(tx, cmd.villageId, report.id, {
      ...input,
      inspectionIds: [...new Set(input.inspectionIds)],
    });
    const publicEvidence = await choosePublicEvidence(
      tx,
      cmd,
      report.id,
      input.inspectionIds,
      input.publicEvidenceIds,
    );
    await recordEvent(
      cmd,
      tx,
      'supervision.reportEdited',
      { type: 'supervisionReport', id: report.id },
      { kind: input.kind, title: input.title, body: input.body, publicEvidence },
    );
  });
}
