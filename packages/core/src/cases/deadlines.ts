import type { CalendarDate } from '../calendarDate.ts';
import {
  addDays,
  addWorkingDays,
  daysFrom,
  isRestDay,
  periodEnd,
  workingDaysBetween,
  type HolidayCalendar,
} from '../rules/dayCount.ts';

/**
 * A period a case must keep: statutory ones in calendar days (信访工作条例 "60日内", the start
 * day not counted and a last day on a rest day moved to the next working day, 民法典 Art. 201,
 * 203) or working days ("5个工作日内"); promised ones (a catalogue's 承诺时限) are village data.
 */
export interface Period {
  days: number;
  unit: 'calendar' | 'working';
}

/** The last day of `period` running from `start`. */
export function dueOn(start: CalendarDate, period: Period, cal: HolidayCalendar): CalendarDate {
  return period.unit === 'working'
    ? addWorkingDays(start, period.days, cal)
    : periodEnd(start, period.days, cal);
}

/**
 * The due date once a stopped clock runs again: waiting for the villager's materials
 * (待补正) or a hearing does not count, so the due date moves on by what the clock would have
 * used while it stood still — calendar days for a period in days, working days for a period in
 * working days (stopped on a Friday, running again on Monday: 3 days, or 1 working day) — and
 * off a rest day to the next working day.
 */
export function pausedDue(
  due: CalendarDate,
  pausedOn: CalendarDate,
  resumedOn: CalendarDate,
  cal: HolidayCalendar,
  unit: Period['unit'] = 'calendar',
): CalendarDate {
  if (unit === 'working')
    return addWorkingDays(due, workingDaysBetween(pausedOn, resumedOn, cal), cal);
  let moved = addDays(due, Math.max(0, daysFrom(pausedOn, resumedOn)));
  while (isRestDay(moved, cal)) moved = addDays(moved, 1);
  return moved;
}

/** One rung of an escalation ladder: who is told, a period after the due date. */
export interface Rung<L extends string> {
  level: L;
  after: Period;
}

export interface Escalation<L extends string> {
  overdue: boolean;
  /** Calendar days past the due date (0 when not overdue). */
  daysOverdue: number;
  /** The highest rung reached today, or null before the first. */
  level: L | null;
  /** The day the next rung is reached, or null at the top. */
  nextOn: CalendarDate | null;
}

/**
 * Where an open case stands on its ladder today (derived at read, never stored: a due date
 * is stored at each transition, and the ladder read from the profile the case was opened under).
 * A rung `{ days: 0 }` is reached on the due date itself ("到期提醒站长").
 */
export function escalation<L extends string>(
  due: CalendarDate,
  today: CalendarDate,
  ladder: readonly Rung<L>[],
  cal: HolidayCalendar,
): Escalation<L> {
  const late = daysFrom(due, today);
  let level: L | null = null;
  let nextOn: CalendarDate | null = null;
  for (const rung of ladder) {
    const on = dueOn(due, rung.after, cal);
    if (daysFrom(on, today) >= 0) level = rung.level;
    else {
      nextOn = on;
      break;
    }
  }
  return { overdue: late > 0, daysOverdue: Math.max(0, late), level, nextOn };
}
