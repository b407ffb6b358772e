import { fromYmd, ymd, type CalendarDate } from '../calendarDate.ts';
import { addDays, weekday } from '../rules/dayCount.ts';

/**
 * The 片长 duty list (seed 004: "制定'片长'6大类35项服务事项清单"). The seed names the six
 * categories and the count, not the items' texts: a village keeps its own list as data, and
 * the demo's items are marked 示例. Each item has a cadence; a grid chief logs each time it is
 * done, and an item is due again in the next period of its cadence.
 */
export const DUTY_CADENCES = ['weekly', 'monthly', 'quarterly', 'yearly', 'asNeeded'] as const;
export type DutyCadence = (typeof DUTY_CADENCES)[number];

/** The first and last day of the period of `cadence` that holds `day` (weeks run Monday–Sunday). */
export function dutyPeriod(
  cadence: Exclude<DutyCadence, 'asNeeded'>,
  day: CalendarDate,
): { from: CalendarDate; to: CalendarDate } {
  const { year, month } = ymd(day);
  switch (cadence) {
    case 'weekly': {
      const from = addDays(day, -((weekday(day) + 6) % 7));
      return { from, to: addDays(from, 6) };
    }
    case 'monthly':
      return { from: fromYmd(year, month, 1), to: lastDayOfMonth(year, month) };
    case 'quarterly': {
      const first = month - ((month - 1) % 3);
      return { from: fromYmd(year, first, 1), to: lastDayOfMonth(year, first + 2) };
    }
    case 'yearly':
      return { from: fromYmd(year, 1, 1), to: fromYmd(year, 12, 31) };
  }
}

function lastDayOfMonth(year: number, month: number): CalendarDate {
  return month === 12 ? fromYmd(year, 12, 31) : addDays(fromYmd(year, month + 1, 1), -1);
}

/**
 * Where a duty stands for one grid today: done in the current period; due (not yet done this
 * period, and the last period was kept); overdue (the last full period passed without it, or
 * it was never done since the grid took it on before that period); an as-needed item is never due.
 */
export type DutyState = 'done' | 'due' | 'overdue' | 'asNeeded';

export function dutyState(
  cadence: DutyCadence,
  lastDoneOn: CalendarDate | null,
  since: CalendarDate,
  today: CalendarDate,
): DutyState {
  if (cadence === 'asNeeded') return 'asNeeded';
  const current = dutyPeriod(cadence, today);
  if (lastDoneOn !== null && lastDoneOn >= current.from) return 'done';
  const previous = dutyPeriod(cadence, addDays(current.from, -1));
  // a period that began before the item was set up could not have been kept
  if (since > previous.from) return 'due';
  if (lastDoneOn !== null && lastDoneOn >= previous.from) return 'due';
  return 'overdue';
}
