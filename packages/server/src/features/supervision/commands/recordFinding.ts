import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { insertFinding, vouchersByNumber } from '../repository.ts';
import { actDate, fieldError, requireInspection, requireMember } from './shared.ts';

/**
 * A member records what the inspection found, with its evidence: the ledger
 * vouchers it concerns (by the numbers printed on them, so the finding links
 * to the books) and the documents or photos looked at.
 */
export async function recordFinding(
  cmd: CommandContext,
  input: {
    inspectionId: string;
    text: string;
    voucherNumbers?: string[] | undefined;
    evidence?: string | undefined;
    on?: string | undefined;
    memberId?: string;
  },
): Promise<{ id: string }> {
  const on = actDate(cmd, 'on', input.on);
  const { personId } = await requireMember(cmd.db, cmd, on, input.memberId);
  // 记-2026-11-003 as printed, or 2026-11-003 as stored
  const numbers = [...new Set((input.voucherNumbers ?? []).map((n) => n.replace(/^记-?/, '')))];
  const vouchers = await vouchersByNumber(cmd.db, cmd.villageId, numbers);
  const missing = numbers.filter((n) => !vouchers.some((v) => v.number === n));
  if (missing.length > 0)
    fieldError('voucherNumbers', 'voucher_unknown', { numbers: missing.join('、') });
  const id = randomUUID();
  return cmd.db.transaction(async (tx) => {
    const inspection = await requireInspection(tx, cmd, input.inspectionId, { forUpdate: true });
    if (inspection.status !== 'open') throw new DomainError('inspection_concluded');
    const voucherIds = vouchers.map((v) => v.id);
    const evidence = input.evidence?.trim() ?? '';
    await insertFinding(tx, cmd.villageId, {
      id,
      inspectionId: inspection.id,
      text: input.text,
      voucherIds,
      evidence,
      recordedBy: personId,
      on,
    });
    await recordEvent(
      cmd,
      tx,
      'supervision.findingRecorded',
      { type: 'supervisionInspection', id: inspection.id },
      { findingId: id, text: input.text, voucherIds, evidence, on },
    );
    return { id };
  });
}
