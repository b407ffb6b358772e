import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import {
  comparePeriods,
  periodKey,
  periodOf,
  periodText,
  type Period,
} from '@cunzhi/core/finance/periods';
import {
  voucherProblems,
  voucherTotals,
  type LedgerCalendar,
  type VoucherInput,
} from '@cunzhi/core/finance/voucher';
import type { CommandContext } from '../../../platform/command.ts';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { closedPeriods, insertVoucher, takeVoucherNumber } from '../repository.ts';

/**
 * What a voucher is checked against: the village's today, and its closed months. The books close
 * in order, so a month on or before the latest closed one is closed. An import checks its sheet
 * against the same calendar before it books anything.
 */
export async function ledgerCalendar(db: Queryable, cmd: CommandContext): Promise<LedgerCalendar> {
  const latestClosed = (await closedPeriods(db, cmd.villageId)).at(-1);
  return {
    isClosed: (p: Period) => latestClosed !== undefined && comparePeriods(p, latestClosed) <= 0,
    today: cmd.clock.today(),
  };
}

/** `2026-11-007`: the month and the voucher's place in it (记字第007号). */
const voucherNumber = (key: string, n: number) => `${key}-${String(n).padStart(3, '0')}`;

/**
 * Books a voucher (记账凭证) inside the caller's transaction: core checks it (double entry, open
 * month, postable accounts), the month's next number is taken under the month's lock, the
 * voucher and its lines are written and the act goes on the village's audit chain. A payment
 * executed elsewhere books its voucher with this in its own transaction. Refusals are field
 * errors (`validation_failed`) or `finance_period_closed`; nothing is written then.
 */
export async function bookVoucherInTx(
  tx: Tx,
  cmd: CommandContext,
  input: VoucherInput,
): Promise<{ voucherId: string; number: string }> {
  if (input.source?.kind === 'reversal' && !input.source.id)
    throw new DomainError('validation_failed', {}, [{ field: 'source', error: 'field_invalid' }]);
  const problems = voucherProblems(input, await ledgerCalendar(tx, cmd));
  if (problems.length > 0) throw new DomainError('validation_failed', {}, problems);
  const period = periodOf(input.on);
  const taken = await takeVoucherNumber(tx, cmd.villageId, period);
  if (taken.closed)
    throw new DomainError('validation_failed', {}, [
      { field: 'on', error: 'finance_period_closed', params: { period: periodText(period) } },
    ]);
  const voucherId = randomUUID();
  const number = voucherNumber(periodKey(period), taken.lastNumber);
  const source = input.source ?? { kind: 'manual' as const };
  const summary = input.summary.trim();
  await insertVoucher(tx, cmd.villageId, {
    id: voucherId,
    number,
    on: input.on,
    summary,
    sourceKind: source.kind,
    sourceId: source.kind === 'reversal' ? null : (source.id ?? null),
    reversesId: source.kind === 'reversal' ? (source.id ?? null) : null,
    bookedBy: cmd.actorAccountId,
    bookedAt: cmd.clock.now(),
    lines: input.lines,
  });
  const { debit } = voucherTotals(input.lines);
  await recordEvent(
    cmd,
    tx,
    source.kind === 'reversal' ? 'voucher.reversed' : 'voucher.booked',
    { type: 'voucher', id: voucherId },
    {
      number,
      on: input.on,
      summary,
      source: source.kind,
      ...(source.id ? { sourceId: source.id } : {}),
      totalFen: debit,
      lines: input.lines.map((l) => ({
        account: l.accountCode,
        debitFen: l.debitFen,
        creditFen: l.creditFen,
        ...(l.counterparty ? { counterparty: l.counterparty } : {}),
      })),
    },
  );
  return { voucherId, number };
}

/** Books a voucher in its own transaction (a clerk's entry). */
export async function bookVoucher(
  cmd: CommandContext,
  input: VoucherInput,
): Promise<{ voucherId: string; number: string }> {
  return cmd.db.transaction((tx) => bookVoucherInTx(tx, cmd, input));
}
