import { daysInMonth, fromYmd, ymd, type CalendarDate } from '../calendarDate.ts';

/** An accounting period: one calendar month (会计期间按月划分). */
export interface Period {
  year: number;
  month: number;
}

export function periodOf(date: CalendarDate): Period {
  const { year, month } = ymd(date);
  return { year, month };
}

/** `2026年11月` */
export function periodText(p: Period): string {
  return `${p.year}年${p.month}月`;
}

/** `2026-11`, as URLs and sheets name a month. */
export function periodKey(p: Period): string {
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}`;
}

export function parsePeriodKey(text: string): Period | null {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 1990 || year > 2999 || month < 1 || month > 12) return null;
  return { year, month };
}

export function firstDay(p: Period): CalendarDate {
  return fromYmd(p.year, p.month, 1);
}

export function lastDay(p: Period): CalendarDate {
  return fromYmd(p.year, p.month, daysInMonth(p.year, p.month));
}

export function previousPeriod(p: Period): Period {
  return p.month === 1 ? { year: p.year - 1, month: 12 } : { year: p.year, month: p.month - 1 };
}

export function nextPeriod(p: Period): Period {
  return p.month === 12 ? { year: p.year + 1, month: 1 } : { year: p.year, month: p.month + 1 };
}

export function comparePeriods(a: Period, b: Period): number {
  return a.year - b.year || a.month - b.month;
}

/**
 * Whether a month may be closed (结账): not a month that has not ended by `today`, not one
 * already closed, and not while an earlier month that holds vouchers is still open — the
 * books close in order, so a closed month's closing balances never change afterwards.
 */
export function closeProblem(
  p: Period,
  today: CalendarDate,
  facts: { closed: boolean; earlierOpenWithVouchers: Period | null },
):
  | null
  | { error: 'finance_period_already_closed' }
  | { error: 'finance_period_not_ended'; params: { period: string } }
  | { error: 'finance_period_earlier_open'; params: { period: string } } {
  if (facts.closed) return { error: 'finance_period_already_closed' };
  if (lastDay(p) >= today)
    return { error: 'finance_period_not_ended', params: { period: periodText(p) } };
  if (facts.earlierOpenWithVouchers)
    return {
      error: 'finance_period_earlier_open',
      params: { period: periodText(facts.earlierOpenWithVouchers) },
    };
  return null;
}
