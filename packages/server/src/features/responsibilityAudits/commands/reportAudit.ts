import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import { parseYuan } from '@cunzhi/core/money';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { findAudit, updateAuditReport, type AuditAmount } from '../repository.ts';
import { lockUnpublishedAudit } from './shared.ts';

/** The amounts as typed in yuan, in integer fen; every bad one named by its field. */
function amountsInFen(amounts: ReadonlyArray<{ label: string; amount: string }>): AuditAmount[] {
  const problems: FieldProblem[] = [];
  const out: AuditAmount[] = [];
  amounts.forEach((a, i) => {
    const parsed = parseYuan(a.amount);
    if ('problem' in parsed || parsed.fen === null)
      problems.push({
        field: `amounts.${i}.amount`,
        error: 'problem' in parsed ? parsed.problem : 'field_required',
      });
    else out.push({ label: a.label, amountFen: Number(parsed.fen) });
  });
  if (problems.length > 0) throw new DomainError('validation_failed', {}, problems);
  return out;
}

/** The auditor's conclusion and the amounts it names; may be corrected until published. */
export async function reportAudit(
  cmd: CommandContext,
  input: {
    auditId: string;
    reportedOn: string;
    conclusion: string;
    amounts?: Array<{ label: string; amount: string }> | undefined;
  },
) {
  const reportedOn = actDate(cmd, 'reportedOn', input.reportedOn);
  const amounts = amountsInFen(input.amounts ?? []);
  return cmd.db.transaction(async (tx) => {
    const audit = await lockUnpublishedAudit(tx, cmd.villageId, input.auditId);
    if (reportedOn < audit.arranged_on)
      fieldError('reportedOn', 'date_order', { other: audit.arranged_on });
    const report = { reportedOn, conclusion: input.conclusion, amounts };
    await updateAuditReport(tx, cmd.villageId, audit.id, report);
    await recordEvent(
      cmd,
      tx,
      'responsibilityAudit.reported',
      {
        type: 'responsibilityAudit',
        id: audit.id,
      },
      report,
    );
    return (await findAudit(tx, cmd.villageId, audit.id))!;
  });
}
