import { dividendPaidEntry } from '@cunzhi/core/collective/books/entries';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import { type CommandContext, actDate } from '../../../../platform/command.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import type { Tx } from '../../../../platform/db/database.ts';
import { fieldError } from '../../../matters/commands/shared.ts';
import { bookOrgVoucherInTx } from '../../books/commands/bookOrgVoucher.ts';
import {
  diedOn,
  findDividend,
  findPlan,
  insertPayment,
  lockDividend,
  personFacts,
  type DividendRow,
} from '../repository.ts';

export interface PaymentInput {
  method: 'transfer' | 'cash';
  /** the bank's reference of the transfer */
  bankReference?: string | undefined;
  /** cash: the receiver signed or put a thumbprint on the receipt */
  acknowledged?: 'signature' | 'thumbprint' | undefined;
  /** who received it (the payee when left empty for a person's dividend) */
  paidTo?: string | undefined;
  /** the payee died: what shows the receiver is the heir */
  heirEvidence?: string | undefined;
  on?: string | undefined;
}

/**
 * Who may receive a dividend: a living payee themself; a deceased payee's heir, named with the
 * evidence of succession; any member of a payee household.
 */
async function receiverOf(
  tx: Tx,
  villageId: string,
  orgId: string,
  d: DividendRow,
  input: PaymentInput,
  on: CalendarDate,
): Promise<{ receiver: { id: string; name: string }; heirEvidence: string | null }> {
  let heirEvidence: string | null = null;
  let paidTo: string;
  if (d.personId) {
    const died = await diedOn(tx, villageId, orgId, d.personId, on);
    paidTo = input.paidTo ?? d.personId;
    if (died) {
      heirEvidence = input.heirEvidence?.trim() || null;
      if (paidTo === d.personId)
        fieldError('paidTo', 'collective_dividend_receiver', { who: `${d.payeeName}的继承人` });
      if (!heirEvidence)
        fieldError('heirEvidence', 'collective_dividend_heir_evidence', { name: d.payeeName });
    } else if (paidTo !== d.personId) {
      fieldError('paidTo', 'collective_dividend_receiver', { who: d.payeeName });
    }
  } else {
    if (!input.paidTo) fieldError('paidTo', 'field_required');
    paidTo = input.paidTo;
  }
  const receiver = await personFacts(tx, villageId, paidTo);
  if (!receiver) fieldError('paidTo', 'not_found', { what: 'person' });
  if (d.householdId && receiver.householdId !== d.householdId)
    fieldError('paidTo', 'collective_dividend_receiver', { who: `${d.householdNumber}号户的成员` });
  return { receiver, heirEvidence };
}

/**
 * Pays one dividend, once. The dividend row is locked first, so concurrent payments of it run
 * one after the other and every later one finds the first and is refused (409); the payment's
 * primary key is the dividend, so even a payment that skipped the lock could not be written
 * twice. A person's dividend goes to the person, or — their membership having ended by death —
 * to the heir named with the evidence; a household's to one of its members. The organisation's
 * book clears the dividend from 应付款 to the bank (transfer) or the cash box (cash).
 */
export async function payDividend(
  cmd: CommandContext,
  dividendId: string,
  input: PaymentInput,
): Promise<void> {
  const on = actDate(cmd, 'on', input.on);
  const bankReference = input.method === 'transfer' ? input.bankReference?.trim() || null : null;
  if (input.method === 'transfer' && !bankReference) fieldError('bankReference', 'field_required');
  const acknowledged = input.method === 'cash' ? (input.acknowledged ?? null) : null;
  if (input.method === 'cash' && !acknowledged) fieldError('acknowledged', 'field_required');

  await cmd.db.transaction(async (tx) => {
    const { villageId } = cmd;
    const locked = await lockDividend(tx, villageId, dividendId);
    if (!locked) throw new DomainError('not_found', { what: 'collectiveDividend' });
    const d = (await findDividend(tx, villageId, dividendId))!;
    if (d.paidOn)
      throw new DomainError('collective_dividend_paid', { on: d.paidOn, name: d.paidToName ?? '' });
    const plan = (await findPlan(tx, villageId, d.planId))!;
    if (plan.state !== 'adopted') throw new DomainError('collective_dividend_unadopted');
    if (d.amountFen === 0) throw new DomainError('collective_dividend_zero');

    const { receiver, heirEvidence } = await receiverOf(tx, villageId, plan.orgId, d, input, on);
    const voucher = await bookOrgVoucherInTx(
      tx,
      cmd,
      plan.orgId,
      dividendPaidEntry(
        {
          on,
          summary: `支付${plan.year}年度分红（第${d.registerNo}号）`,
          amountFen: d.amountFen,
          sourceId: dividendId,
        },
        receiver.name,
        input.method,
      ),
    );
    await insertPayment(tx, villageId, {
      dividendId,
      method: input.method,
      bankReference,
      acknowledged,
      paidTo: receiver.id,
      heirEvidence,
      paidOn: on,
      voucherId: voucher.voucherId,
      recordedBy: cmd.actorAccountId,
      recordedAt: cmd.clock.now(),
    });
    await recordEvent(
      cmd,
      tx,
      'collectiveDividend.paid',
      { type: 'collectiveDividend', id: dividendId },
      {
        plan: plan.id,
        year: plan.year,
        registerNo: d.registerNo,
        amountFen: d.amountFen,
        method: input.method,
        ...(bankReference ? { bankReference } : {}),
        ...(acknowledged ? { acknowledged } : {}),
        paidTo: receiver.name,
        ...(heirEvidence ? { heir: true } : {}),
        voucher: voucher.number,
      },
    );
  });
}
