import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { COUNTERPARTY_MAX, SUMMARY_MAX } from '@cunzhi/core/finance/voucher';
import { fromYuanText } from '@cunzhi/core/money';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { bookVoucherInTx } from '../../finance/commands/bookVoucher.ts';
import { setPaymentVoucher, type RequestRow } from '../repository.ts';

/**
 * Books the payment's voucher in the ledger, in the payment's transaction:
 * debit the request's expense account, credit the bank or cash account it
 * is paid from, the payee as counterparty, the payment as its source. A
 * closed month refuses it, and with it the payment.
 */
export async function bookPaymentVoucher(
  tx: Tx,
  cmd: CommandContext,
  p: { request: RequestRow; paymentId: string; on: CalendarDate },
): Promise<{ voucherId: string; number: string }> {
  const fen = Number(fromYuanText(p.request.amount));
  const counterparty = p.request.payee.slice(0, COUNTERPARTY_MAX);
  const voucher = await bookVoucherInTx(tx, cmd, {
    on: p.on,
    summary: `支付第${p.request.number}号支出：${p.request.purpose}`.slice(0, SUMMARY_MAX),
    lines: [
      { accountCode: p.request.expense_account, debitFen: fen, creditFen: 0, counterparty },
      { accountCode: p.request.paid_from_account, debitFen: 0, creditFen: fen, counterparty },
    ],
    source: { kind: 'payment', id: p.paymentId },
  });
  await setPaymentVoucher(tx, cmd.villageId, p.paymentId, voucher);
  return voucher;
}
