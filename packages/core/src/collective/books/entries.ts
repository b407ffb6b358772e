import type { CalendarDate } from '../../calendarDate.ts';
import { accountOf, statementSide } from '../../finance/accounts.ts';
import type { VoucherInput } from '../../finance/voucher.ts';

/**
 * The entries of the organisation's income distribution on the 2023 chart (财会〔2023〕14号),
 * the same chart both books use: what is distributed is taken out of 3102 收益分配; the reserve
 * goes to 3002 公积公益金, dividends to 2002 应付款 until paid, from 1002 银行存款 or 1001 库存现金.
 */
export const DISTRIBUTION = '3102';
export const RESERVE_FUND = '3002';
export const PAYABLES = '2002';
export const BANK = '1002';
export const CASH = '1001';
/** Where the villagers' committee books the money the charter has the organisation pay it. */
export const COMMITTEE_INCOME = '5302';

export interface Entry {
  on: CalendarDate;
  summary: string;
  amountFen: number;
  /** The record booked (the plan, the payment): the voucher names it as its source. */
  sourceId: string;
}

const pair = (e: Entry, debit: string, credit: string, counterparty?: string): VoucherInput => ({
  on: e.on,
  summary: e.summary,
  source: { kind: 'payment', id: e.sourceId },
  lines: [
    {
      accountCode: debit,
      debitFen: e.amountFen,
      creditFen: 0,
      ...(counterparty ? { counterparty } : {}),
    },
    {
      accountCode: credit,
      debitFen: 0,
      creditFen: e.amountFen,
      ...(counterparty ? { counterparty } : {}),
    },
  ],
});

/** 提取公积公益金: the reserve set aside first (Art. 42). */
export const reserveEntry = (e: Entry): VoucherInput => pair(e, DISTRIBUTION, RESERVE_FUND);

/** An adopted plan's dividends owed to the members (应付股利 kept in 应付款). */
export const dividendsPayableEntry = (e: Entry, payees: string): VoucherInput =>
  pair(e, DISTRIBUTION, PAYABLES, payees);

/** One dividend paid, by transfer (bank) or in cash against a signature or thumbprint. */
export const dividendPaidEntry = (e: Entry, payee: string, by: 'transfer' | 'cash'): VoucherInput =>
  pair(e, PAYABLES, by === 'cash' ? CASH : BANK, payee);

/**
 * The charter's payment to the villagers' committee, once on each book: the organisation
 * distributes it out of its income to the committee, the committee receives it as income.
 */
export function committeePaymentEntries(
  e: Entry,
  names: { organisation: string; committee: string },
): { organisation: VoucherInput; committee: VoucherInput } {
  return {
    organisation: pair(e, DISTRIBUTION, BANK, names.committee),
    committee: pair(e, BANK, COMMITTEE_INCOME, names.organisation),
  };
}

export interface Movement {
  accountCode: string;
  debitFen: number;
  creditFen: number;
}

/**
 * A year of the organisation's book in four figures, as members and the public read them:
 * income and spending (the income and expense accounts by their side), the reserve set aside
 * (3002 credited) and what was distributed beyond it (3102 debited, less the reserve: the
 * committee's payment and the dividends).
 */
export function yearTotals(movements: readonly Movement[]): {
  incomeFen: number;
  spendingFen: number;
  reserveFen: number;
  distributedFen: number;
} {
  let incomeFen = 0;
  let spendingFen = 0;
  let reserveFen = 0;
  let distributionFen = 0;
  for (const m of movements) {
    const account = accountOf(m.accountCode);
    const side = account ? statementSide(account) : null;
    if (side === 'income') incomeFen += m.creditFen - m.debitFen;
    if (side === 'spending') spendingFen += m.debitFen - m.creditFen;
    if (m.accountCode === RESERVE_FUND) reserveFen += m.creditFen - m.debitFen;
    if (m.accountCode === DISTRIBUTION) distributionFen += m.debitFen - m.creditFen;
  }
  return { incomeFen, spendingFen, reserveFen, distributedFen: distributionFen - reserveFen };
}
