import { fromYmd, type CalendarDate } from '../calendarDate.ts';
import { addDays, quarterOf } from '../rules/dayCount.ts';

/** A calendar quarter: the period of one set of the three lists (三清单). */
export interface Quarter {
  year: number;
  /** 1 to 4. */
  quarter: number;
}

export const QUARTER_NAMES_ZH = ['第一季度', '第二季度', '第三季度', '第四季度'] as const;

/** 2026年第四季度 / Q4 2026. */
export function quarterName(q: Quarter, locale: 'zh-CN' | 'en'): string {
  return locale === 'en'
    ? `Q${q.quarter} ${q.year}`
    : `${q.year}年${QUARTER_NAMES_ZH[q.quarter - 1] ?? ''}`;
}

export function quarterContaining(d: CalendarDate): Quarter {
  const { year, quarter } = quarterOf(d);
  return { year, quarter };
}

export function quarterStart(q: Quarter): CalendarDate {
  return fromYmd(q.year, (q.quarter - 1) * 3 + 1, 1);
}

export function quarterEnd(q: Quarter): CalendarDate {
  return quarterOf(quarterStart(q)).endsOn;
}

export function previousQuarter(q: Quarter): Quarter {
  return q.quarter === 1
    ? { year: q.year - 1, quarter: 4 }
    : { year: q.year, quarter: q.quarter - 1 };
}

/**
 * The last day the quarter's lists may be published on time: the last day of its first month.
 * Seed 004 says only "每季度梳理公示"; a list published after the quarter is half gone serves
 * little of it, so the town hears of a missing one while the quarter can still be served.
 */
export function listsDueOn(q: Quarter): CalendarDate {
  // the quarter's second month starts at most in November: no year boundary
  return addDays(fromYmd(q.year, (q.quarter - 1) * 3 + 2, 1), -1);
}

/**
 * Where a quarter's lists stand on a day: published (on time or late), not yet due, or overdue
 * to the town (a quarter without lists, seed 004: 每季度梳理公示三张清单).
 */
export type ListsStatus = 'published' | 'publishedLate' | 'notDue' | 'overdue' | 'future';

export function listsStatus(
  q: Quarter,
  publishedOn: CalendarDate | null,
  today: CalendarDate,
): ListsStatus {
  const due = listsDueOn(q);
  if (publishedOn) return publishedOn > due ? 'publishedLate' : 'published';
  if (today < quarterStart(q)) return 'future';
  return today > due ? 'overdue' : 'notDue';
}
