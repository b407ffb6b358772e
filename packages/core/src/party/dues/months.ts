/**
 * Dues months: 'YYYY-MM'. Dues are owed month by month (党员应当按月交纳党费); a month counts
 * as unpaid only once it has ended, so "this month" is never in arrears.
 */
export type DuesMonth = string & { readonly __duesMonth: unique symbol };

// years 1900–2099: a Party member's dues are never older, and a date column takes them all
const MONTH = /^(19|20)\d{2}-(0[1-9]|1[0-2])$/;

export function parseDuesMonth(text: string): DuesMonth | null {
  return MONTH.test(text) ? (text as DuesMonth) : null;
}

/** The month a calendar date falls in. */
export function monthOf(date: string): DuesMonth {
  return date.slice(0, 7) as DuesMonth;
}

export function addMonths(m: DuesMonth, n: number): DuesMonth {
  const index = Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1 + n;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}` as DuesMonth;
}

/** Every month from `from` to `to`, both included (empty when `to` is before `from`). */
export function monthsBetween(from: DuesMonth, to: DuesMonth): DuesMonth[] {
  const out: DuesMonth[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** The first day of the month, as a calendar date text (the column type in the tables). */
export function firstDay(m: DuesMonth): string {
  return `${m}-01`;
}

/** A month as read: 2026年3月 in Chinese, 2026-03 in English. */
export function monthText(m: DuesMonth, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  return locale === 'en' ? m : `${Number(m.slice(0, 4))}年${Number(m.slice(5, 7))}月`;
}

/** A month for a finding's message, in both languages (`{key}` / `{key}En`). */
export function monthParams(key: string, m: DuesMonth): Record<string, string> {
  return { [key]: monthText(m), [`${key}En`]: monthText(m, 'en') };
}
