import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { fromYuanText, toYuanText } from '@cunzhi/core/money';
import { RuleRefusal } from '@cunzhi/core/rules/findings';
import { checkPayment } from '@cunzhi/core/spending/chain';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { findPayment, insertPayment, listHolds, setRequestStatus } from '../repository.ts';
import { bookPaymentVoucher } from './bookPaymentVoucher.ts';
import { signedSteps } from './signing.ts';
import { actDate, actingAccount, requireRequest } from './shared.ts';

/**
 * Pays an approved request, once. The request's row lock serialises every
 * execution and every hold decision on it: the first execution pays and
 * books the voucher, the others find the payment and return it (created:
 * false); a hold adopted before the lock was taken stops it, and one adopted
 * after finds the request paid. The unique (request) key backs this up.
 */
export async function executePayment(
  cmd: CommandContext,
  input: { requestId: string; on?: string | undefined },
): Promise<{ created: boolean; paymentId: string }> {
  const on = actDate(cmd, 'on', input.on);
  const { profile } = await loadVillageProfile(cmd.db, cmd.villageId, on);
  return cmd.db.transaction(async (tx) => {
    const request = await requireRequest(tx, cmd, input.requestId, { forUpdate: true });
    const existing = await findPayment(tx, cmd.villageId, request.id);
    if (existing) return { created: false, paymentId: existing.id };
    if (request.status !== 'pending') throw new DomainError('spending_closed');
    const signed = await signedSteps(tx, cmd.villageId, request.id);
    const holds = await listHolds(tx, cmd.villageId, request.id);
    const inForce = holds
      .filter((h) => h.status === 'adopted' && h.decided_on !== null)
      .map((h) => ({ decidedOn: h.decided_on! }));
    const released = holds.map((h) => h.released_on).filter((d) => d !== null);
    const lastReleased = released.length > 0 ? released.reduce((a, d) => (a > d ? a : d)) : null;
    const refusal = checkPayment(signed, inForce, on, profile.params, lastReleased);
    if (refusal) throw new RuleRefusal(refusal);
    const paymentId = randomUUID();
    const amount = fromYuanText(request.amount);
    await insertPayment(tx, cmd.villageId, {
      id: paymentId,
      requestId: request.id,
      paidOn: on,
      amount,
      paidBy: actingAccount(cmd),
    });
    await setRequestStatus(tx, cmd.villageId, request.id, 'paid');
    const voucher = await bookPaymentVoucher(tx, cmd, { request, paymentId, on });
    await recordEvent(
      cmd,
      tx,
      'spending.paid',
      { type: 'spendingRequest', id: request.id },
      {
        number: request.number,
        paymentId,
        paidOn: on,
        amount: toYuanText(amount),
        payee: request.payee,
        voucher,
      },
    );
    return { created: true, paymentId };
  });
}
