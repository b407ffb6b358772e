import { parseCalendarDate, ymd, type CalendarDate } from '../calendarDate.ts';
import type { FieldProblem } from '../errors.ts';
import { MAX_FEN } from '../money.ts';
import { isPostable, accountOf } from './accounts.ts';
import { periodOf, periodText, type Period } from './periods.ts';

/** Where a voucher comes from: a payment executed, a clerk's entry, an imported book, a correction. */
export const VOUCHER_SOURCES = ['payment', 'manual', 'import', 'reversal'] as const;
export type VoucherSource = (typeof VOUCHER_SOURCES)[number];

export interface VoucherLineInput {
  accountCode: string;
  /** Integer fen; exactly one of debitFen and creditFen is non-zero. */
  debitFen: number;
  creditFen: number;
  /** Who paid or was paid (往来单位或个人). */
  counterparty?: string;
}

/** A voucher (记账凭证) as a command books it. */
export interface VoucherInput {
  on: CalendarDate;
  /** 摘要: what the entry is for. */
  summary: string;
  lines: VoucherLineInput[];
  source?: { kind: VoucherSource; id?: string };
}

export const SUMMARY_MAX = 200;
export const COUNTERPARTY_MAX = 100;
export const MAX_LINES = 50;
const LIMIT = Number(MAX_FEN);

/** Facts about the books the validation needs: which months are closed. */
export interface LedgerCalendar {
  isClosed(period: Period): boolean;
  /** The village's today: a voucher records what has happened, so it is not dated later. */
  today?: CalendarDate;
}

function amountProblem(field: string, value: number, red: boolean): FieldProblem | null {
  if (!Number.isSafeInteger(value)) return { field, error: 'finance_amount_invalid' };
  if (Math.abs(value) > LIMIT) return { field, error: 'money_too_large' };
  if (value < 0 && !red) return { field, error: 'finance_amount_invalid' };
  return null;
}

function lineProblems(line: VoucherLineInput, i: number, red: boolean): FieldProblem[] {
  const at = `lines.${i}`;
  const problems: FieldProblem[] = [];
  const account = accountOf(line.accountCode);
  if (!account) problems.push({ field: `${at}.accountCode`, error: 'finance_account_unknown' });
  else if (!isPostable(line.accountCode))
    problems.push({
      field: `${at}.accountCode`,
      error: 'finance_account_not_postable',
      params: { account: `${account.code} ${account.zh}` },
    });
  const debit = amountProblem(`${at}.debitFen`, line.debitFen, red);
  const credit = amountProblem(`${at}.creditFen`, line.creditFen, red);
  if (debit) problems.push(debit);
  if (credit) problems.push(credit);
  if (!debit && !credit && (line.debitFen === 0) === (line.creditFen === 0))
    problems.push({ field: `${at}.debitFen`, error: 'finance_line_one_side' });
  if ((line.counterparty ?? '').length > COUNTERPARTY_MAX)
    problems.push({
      field: `${at}.counterparty`,
      error: 'field_too_long',
      params: { max: COUNTERPARTY_MAX },
    });
  return problems;
}

/**
 * Checks a voucher against the rules of double entry (借贷记账法: 有借必有贷，借贷必相等):
 * a date in an open month, a summary, at least two lines, each on one postable account with a
 * whole, positive number of fen on one side, and debits equal to credits. A reversal (红字冲销)
 * carries the original's amounts negated, so it alone may hold negative amounts.
 * Returns every problem, by field; an empty list means the voucher may be booked.
 */
export function voucherProblems(input: VoucherInput, books: LedgerCalendar): FieldProblem[] {
  const red = input.source?.kind === 'reversal';
  const problems: FieldProblem[] = [];
  const on = parseCalendarDate(input.on);
  if (!on) problems.push({ field: 'on', error: 'date_invalid' });
  else if (ymd(on).year < 1990) problems.push({ field: 'on', error: 'date_invalid' });
  else if (books.today && on > books.today) problems.push({ field: 'on', error: 'date_in_future' });
  else if (books.isClosed(periodOf(on)))
    problems.push({
      field: 'on',
      error: 'finance_period_closed',
      params: { period: periodText(periodOf(on)) },
    });
  const summary = input.summary.trim();
  if (summary === '') problems.push({ field: 'summary', error: 'field_required' });
  else if (Array.from(summary).length > SUMMARY_MAX)
    problems.push({ field: 'summary', error: 'field_too_long', params: { max: SUMMARY_MAX } });
  if (input.lines.length < 2) problems.push({ field: 'lines', error: 'finance_lines_too_few' });
  if (input.lines.length > MAX_LINES)
    problems.push({ field: 'lines', error: 'finance_lines_too_many', params: { max: MAX_LINES } });
  const lineIssues = input.lines.flatMap((l, i) => lineProblems(l, i, red));
  problems.push(...lineIssues);
  if (lineIssues.length === 0 && input.lines.length >= 2) {
    const { debit, credit } = voucherTotals(input.lines);
    if (debit !== credit)
      problems.push({
        field: 'lines',
        error: 'finance_unbalanced',
        params: { debit: yuanText(debit), credit: yuanText(credit) },
      });
    else if (debit === 0) problems.push({ field: 'lines', error: 'finance_amount_invalid' });
  }
  return problems;
}

export function voucherTotals(lines: readonly Pick<VoucherLineInput, 'debitFen' | 'creditFen'>[]): {
  debit: number;
  credit: number;
} {
  let debit = 0;
  let credit = 0;
  for (const l of lines) {
    debit += l.debitFen;
    credit += l.creditFen;
  }
  return { debit, credit };
}

/** `450,000.00` (no currency sign), negative amounts with a minus: for messages and sheets. */
export function yuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+$)/g, ',');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** A voucher already booked, as the reversal reads it. */
export interface BookedVoucher {
  id: string;
  number: string;
  on: CalendarDate;
  summary: string;
  lines: VoucherLineInput[];
  reversesId: string | null;
  reversedById: string | null;
}

/**
 * The reversing entry (红字冲销) of a booked voucher, dated in an open month: the same accounts
 * and sides with the amounts negated, so every balance and every total of income and spending
 * returns to what it was. A reversal is not reversed again, and a voucher is reversed once.
 */
export function reversalOf(
  original: BookedVoucher,
  on: CalendarDate,
  reason: string,
):
  | { input: VoucherInput }
  | { refusal: 'finance_already_reversed' | 'finance_reversal_of_reversal' } {
  if (original.reversesId !== null) return { refusal: 'finance_reversal_of_reversal' };
  if (original.reversedById !== null) return { refusal: 'finance_already_reversed' };
  const why = reason.trim();
  return {
    input: {
      on,
      // cut by characters, never inside a surrogate pair
      summary: Array.from(
        `冲销${original.number}号凭证：${original.summary}${why ? `（${why}）` : ''}`,
      )
        .slice(0, SUMMARY_MAX)
        .join(''),
      lines: original.lines.map((l) => ({
        accountCode: l.accountCode,
        debitFen: l.debitFen === 0 ? 0 : -l.debitFen,
        creditFen: l.creditFen === 0 ? 0 : -l.creditFen,
        ...(l.counterparty ? { counterparty: l.counterparty } : {}),
      })),
      source: { kind: 'reversal', id: original.id },
    },
  };
}
