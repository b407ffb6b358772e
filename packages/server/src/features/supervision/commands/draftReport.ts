import { randomUUID } from 'node:crypto';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { choosePublicEvidence } from './publicEvidence.ts';
import { insertReport, type ReportInput } from '../repository.ts';
import { actingAccount, checkInspections, requireMember } from './shared.ts';

/** A member drafts a report (监督报告 or 财务监督报告); it is published only by the committee's vote. */
export async function draftReport(
  cmd: CommandContext,
  input: ReportInput & { publicEvidenceIds?: readonly string[] | undefined; memberId?: string },
): Promise<{ id: string }> {
  await requireMember(cmd.db, cmd, cmd.clock.today(), input.memberId);
  const id = randomUUID();
  return cmd.db.transaction(async (tx) => {
    await checkInspections(tx, cmd, input.inspectionIds);
    const number = await insertReport(tx, cmd.villageId, {
      id,
      kind: input.kind,
      title: input.title,
      body: input.body,
      inspectionIds: [...new Set(input.inspectionIds)],
      draftedBy: actingAccount(cmd),
    });
    const publicEvidence = await choosePublicEvidence(
      tx,
      cmd,
      id,
      input.inspectionIds,
      input.publicEvidenceIds,
    );
    await recordEvent(
      cmd,
      tx,
      'supervision.reportDrafted',
      { type: 'supervisionReport', id },
      { number, kind: input.kind, title: input.title, body: input.body, publicEvidence },
    );
    return { id };
  });
}
