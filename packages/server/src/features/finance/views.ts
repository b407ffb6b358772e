import { fromYmd } from '@cunzhi/core/calendarDate';
import { monthStatement, trialBalance, type AccountAmounts } from '@cunzhi/core/finance/ledger';
import {
  firstDay,
  lastDay,
  nextPeriod,
  previousPeriod,
  type Period,
} from '@cunzhi/core/finance/periods';
import type { Queryable } from '../../platform/db/database.ts';
import {
  budgets,
  isPeriodClosed,
  isVoucherPublished,
  statementPeriodOfNotice,
  journal,
  latestMonthBalances,
  monthLines,
  movements,
  openingBalances,
  periods,
  receiptFile,
  voucherDetail,
  type JournalFilter,
} from './queries.ts';
import { findStatementRecord } from './repository.ts';

/** The books' pages as core computes them from what the queries read. */

/**
 * Opening balances plus every voucher dated before `p`: each account's net before the month.
 * The latest closed month's stored balances stand for everything up to its end, so only the
 * months after it are summed (a statement no longer reads every voucher since the start).
 */
async function netBefore(db: Queryable, villageId: string, p: Period): Promise<AccountAmounts[]> {
  // one statement after another: a transaction's connection runs one at a time
  const opening = await openingBalances(db, villageId, firstDay(p));
  const stored = await latestMonthBalances(db, villageId, p);
  const from = stored ? firstDay(nextPeriod(stored.period)) : null;
  const moved = await movements(db, villageId, from, lastDay(previousPeriod(p)));
  return [...opening, ...(stored?.amounts ?? []), ...moved];
}

/** The trial balance of a month (opening, the month's movements, closing). */
export async function trialBalanceOf(db: Queryable, villageId: string, p: Period) {
  const before = await netBefore(db, villageId, p);
  const moved = await movements(db, villageId, firstDay(p), lastDay(p));
  return trialBalance(before, moved);
}

/** The monthly statement: income and spending by line, balances, the public-service fund. */
export async function statementOf(db: Queryable, villageId: string, p: Period) {
  const before = await netBefore(db, villageId, p);
  const lines = await monthLines(db, villageId, firstDay(p), lastDay(p));
  const ytd = await movements(db, villageId, fromYmd(p.year, 1, 1), lastDay(p));
  const budget = await budgets(db, villageId, p.year);
  return monthStatement({ period: p, lines, netBefore: before, yearToDate: ytd, budgets: budget });
}

/** The reads the routes make, bound to the server's database (routes never hold it themselves). */
export function booksReader(ctx: { db: Queryable }) {
  const db = ctx.db;
  return {
    journal: (villageId: string, f: JournalFilter) => journal(db, villageId, f),
    voucher: (villageId: string, voucherId: string) => voucherDetail(db, villageId, voucherId),
    receipt: (villageId: string, voucherId: string, receiptId: string) =>
      receiptFile(db, villageId, voucherId, receiptId),
    periods: (villageId: string) => periods(db, villageId),
    isClosed: (villageId: string, p: Period) => isPeriodClosed(db, villageId, p),
    budgets: (villageId: string, year: number) => budgets(db, villageId, year),
    trialBalance: (villageId: string, p: Period) => trialBalanceOf(db, villageId, p),
    statement: (villageId: string, p: Period) => statementOf(db, villageId, p),
    review: (villageId: string, p: Period) => findStatementRecord(db, villageId, p),
  };
}

/**
 * For the public portal (no account): a published finance notice's statement, and a voucher
 * with its receipts only when its month's statement is published — what the statement's line
 * items link to. Anything else is null, as if it did not exist.
 */
export function publishedBooks(ctx: { db: Queryable }) {
  const db = ctx.db;
  return {
    statementOfNotice: async (villageId: string, noticeId: string) => {
      const p = await statementPeriodOfNotice(db, villageId, noticeId);
      return p ? statementOf(db, villageId, p) : null;
    },
    voucher: async (villageId: string, voucherId: string) =>
      (await isVoucherPublished(db, villageId, voucherId))
        ? voucherDetail(db, villageId, voucherId)
        : null,
    receipt: async (villageId: string, voucherId: string, receiptId: string) =>
      (await isVoucherPublished(db, villageId, voucherId))
        ? receiptFile(db, villageId, voucherId, receiptId)
        : null,
  };
}
