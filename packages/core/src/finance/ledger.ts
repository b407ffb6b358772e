import type { CalendarDate } from '../calendarDate.ts';
import {
  BANK,
  CASH,
  CHART,
  PUBLIC_SERVICE_FUNDS,
  accountOf,
  statementSide,
  type Account,
  type BalanceSide,
} from './accounts.ts';
import type { Period } from './periods.ts';

/** Debit and credit sums of one account (integer fen). */
export interface AccountAmounts {
  accountCode: string;
  debitFen: number;
  creditFen: number;
}

/** A balance on the side it sits (a debit-natured account with a credit balance shows `credit`). */
export interface SidedBalance {
  side: BalanceSide | 'zero';
  fen: number;
}

export function sided(debitMinusCredit: number): SidedBalance {
  if (debitMinusCredit === 0) return { side: 'zero', fen: 0 };
  if (debitMinusCredit > 0) return { side: 'debit', fen: debitMinusCredit };
  return { side: 'credit', fen: -debitMinusCredit };
}

/** The balance of an account counted on its nature's side (an asset's debit, a liability's credit). */
export function natural(debitMinusCredit: number, nature: BalanceSide): number {
  return nature === 'debit' ? debitMinusCredit : -debitMinusCredit;
}

function sumBy(rows: readonly AccountAmounts[]): Map<string, number> {
  const net = new Map<string, number>();
  for (const r of rows)
    net.set(r.accountCode, (net.get(r.accountCode) ?? 0) + r.debitFen - r.creditFen);
  return net;
}

export interface TrialBalanceRow {
  account: Account;
  level: 1 | 2;
  opening: SidedBalance;
  debitFen: number;
  creditFen: number;
  closing: SidedBalance;
}

export interface TrialBalance {
  rows: TrialBalanceRow[];
  totals: {
    openingDebitFen: number;
    openingCreditFen: number;
    debitFen: number;
    creditFen: number;
    closingDebitFen: number;
    closingCreditFen: number;
  };
  /** 试算平衡: opening, movements and closing each balance. */
  balanced: boolean;
}

/**
 * The trial balance (科目余额表) of a period: each account's opening balance, the period's
 * debits and credits and its closing balance; a first-level account sums its detail accounts.
 * Totals count first-level rows only. Accounts with nothing in them are left out.
 */
export function trialBalance(
  openingNet: readonly AccountAmounts[],
  movements: readonly AccountAmounts[],
): TrialBalance {
  const open = sumBy(openingNet);
  const moveDebit = new Map<string, number>();
  const moveCredit = new Map<string, number>();
  for (const m of movements) {
    moveDebit.set(m.accountCode, (moveDebit.get(m.accountCode) ?? 0) + m.debitFen);
    moveCredit.set(m.accountCode, (moveCredit.get(m.accountCode) ?? 0) + m.creditFen);
  }
  const own = (code: string) => ({
    open: open.get(code) ?? 0,
    debit: moveDebit.get(code) ?? 0,
    credit: moveCredit.get(code) ?? 0,
  });
  const totals = {
    openingDebitFen: 0,
    openingCreditFen: 0,
    debitFen: 0,
    creditFen: 0,
    closingDebitFen: 0,
    closingCreditFen: 0,
  };
  const rows: TrialBalanceRow[] = [];
  for (const account of CHART) {
    const children = CHART.filter((c) => c.parent === account.code);
    const parts = [account, ...children].map((a) => own(a.code));
    const o = parts.reduce((s, p) => s + p.open, 0);
    const d = parts.reduce((s, p) => s + p.debit, 0);
    const c = parts.reduce((s, p) => s + p.credit, 0);
    if (o === 0 && d === 0 && c === 0) continue;
    const row: TrialBalanceRow = {
      account,
      level: account.parent ? 2 : 1,
      opening: sided(o),
      debitFen: d,
      creditFen: c,
      closing: sided(o + d - c),
    };
    rows.push(row);
    if (row.level === 2) continue;
    if (row.opening.side === 'debit') totals.openingDebitFen += row.opening.fen;
    if (row.opening.side === 'credit') totals.openingCreditFen += row.opening.fen;
    totals.debitFen += d;
    totals.creditFen += c;
    if (row.closing.side === 'debit') totals.closingDebitFen += row.closing.fen;
    if (row.closing.side === 'credit') totals.closingCreditFen += row.closing.fen;
  }
  const balanced =
    totals.openingDebitFen === totals.openingCreditFen &&
    totals.debitFen === totals.creditFen &&
    totals.closingDebitFen === totals.closingCreditFen;
  return { rows, totals, balanced };
}

/** One voucher line of the month, with its voucher, as the statement reads it. */
export interface StatementSourceLine {
  voucherId: string;
  number: string;
  on: CalendarDate;
  summary: string;
  accountCode: string;
  debitFen: number;
  creditFen: number;
  counterparty: string | null;
}

export interface StatementItem {
  voucherId: string;
  number: string;
  on: CalendarDate;
  /** The voucher's purpose (摘要). */
  summary: string;
  counterparty: string;
  amountFen: number;
}

export interface StatementLine {
  account: Account;
  totalFen: number;
  /** The year's budget for this line, if one was set. */
  budgetFen: number | null;
  /** From 1 January to the month's end. */
  yearToDateFen: number;
  items: StatementItem[];
}

export interface MonthStatement {
  period: Period;
  income: StatementLine[];
  spending: StatementLine[];
  incomeTotalFen: number;
  spendingTotalFen: number;
  cash: { openingFen: number; closingFen: number };
  bank: { openingFen: number; closingFen: number };
  publicServiceFunds: {
    openingFen: number;
    allocatedFen: number;
    usedFen: number;
    closingFen: number;
    allocations: StatementItem[];
    uses: StatementItem[];
  };
}

/** The counterparty of a line: its own, else the first the voucher names. */
function counterpartyOf(line: StatementSourceLine, all: readonly StatementSourceLine[]): string {
  if (line.counterparty) return line.counterparty;
  return all.find((l) => l.voucherId === line.voucherId && l.counterparty)?.counterparty ?? '';
}

function item(
  line: StatementSourceLine,
  all: readonly StatementSourceLine[],
  fen: number,
): StatementItem {
  return {
    voucherId: line.voucherId,
    number: line.number,
    on: line.on,
    summary: line.summary,
    counterparty: counterpartyOf(line, all),
    amountFen: fen,
  };
}

function statementLines(
  side: 'income' | 'spending',
  lines: readonly StatementSourceLine[],
  budgets: ReadonlyMap<string, number>,
  yearToDate: ReadonlyMap<string, number>,
): StatementLine[] {
  const out: StatementLine[] = [];
  for (const account of CHART) {
    if (statementSide(account) !== side) continue;
    const mine = lines.filter((l) => l.accountCode === account.code);
    const amount = (l: StatementSourceLine) =>
      side === 'income' ? l.creditFen - l.debitFen : l.debitFen - l.creditFen;
    const items = mine.map((l) => item(l, lines, amount(l)));
    const budgetFen = budgets.get(account.code) ?? null;
    const ytdNet = yearToDate.get(account.code) ?? 0;
    const yearToDateFen = side === 'income' ? -ytdNet : ytdNet;
    if (items.length === 0 && budgetFen === null && yearToDateFen === 0) continue;
    out.push({
      account,
      totalFen: items.reduce((s, i) => s + i.amountFen, 0),
      budgetFen,
      yearToDateFen,
      items,
    });
  }
  return out;
}

/**
 * The monthly finance disclosure (财务收支公开): income and spending by line with each voucher's
 * purpose and counterparty, the budget and the year to date beside each line, cash and bank at
 * the month's start and end, and the public-service fund's allocations and uses.
 * `netBefore` holds every account's debit-minus-credit before the month (opening balances
 * included); `yearToDate` the debit-minus-credit from 1 January through the month.
 */
export function monthStatement(input: {
  period: Period;
  lines: readonly StatementSourceLine[];
  netBefore: readonly AccountAmounts[];
  yearToDate: readonly AccountAmounts[];
  budgets: readonly { accountCode: string; amountFen: number }[];
}): MonthStatement {
  const before = sumBy(input.netBefore);
  const ytd = sumBy(input.yearToDate);
  const budgets = new Map(input.budgets.map((b) => [b.accountCode, b.amountFen]));
  const income = statementLines('income', input.lines, budgets, ytd);
  const spending = statementLines('spending', input.lines, budgets, ytd);
  const moved = (code: string) =>
    input.lines
      .filter((l) => l.accountCode === code)
      .reduce((s, l) => s + l.debitFen - l.creditFen, 0);
  const balance = (code: string) => {
    const openingFen = natural(before.get(code) ?? 0, accountOf(code)?.nature ?? 'debit');
    const closingFen = openingFen + natural(moved(code), accountOf(code)?.nature ?? 'debit');
    return { openingFen, closingFen };
  };
  const fund = input.lines.filter((l) => l.accountCode === PUBLIC_SERVICE_FUNDS);
  const allocations = fund
    .filter((l) => l.creditFen !== 0)
    .map((l) => item(l, input.lines, l.creditFen));
  const uses = fund.filter((l) => l.debitFen !== 0).map((l) => item(l, input.lines, l.debitFen));
  const psf = balance(PUBLIC_SERVICE_FUNDS);
  return {
    period: input.period,
    income,
    spending,
    incomeTotalFen: income.reduce((s, l) => s + l.totalFen, 0),
    spendingTotalFen: spending.reduce((s, l) => s + l.totalFen, 0),
    cash: balance(CASH),
    bank: balance(BANK),
    publicServiceFunds: {
      openingFen: psf.openingFen,
      allocatedFen: allocations.reduce((s, i) => s + i.amountFen, 0),
      usedFen: uses.reduce((s, i) => s + i.amountFen, 0),
      closingFen: psf.closingFen,
      allocations,
      uses,
    },
  };
}
