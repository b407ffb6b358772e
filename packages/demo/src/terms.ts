import { ymd, type CalendarDate } from '@cunzhi/core/calendarDate';
import { addDays, addYears, monthDay } from './dates.ts';

export interface TermSpan {
  startsOn: CalendarDate;
  endsOn: CalendarDate;
}

/**
 * The term in force on `today` and the one before it, for a body elected
 * every `years` years on `electionDay` (MM-DD) of the years congruent to
 * `anchorYear`. Villages elect in nationwide rounds (2021, 2026, … for the
 * five-year bodies), so terms are derived from the calendar, not stored.
 */
export function termsAround(
  today: CalendarDate,
  years: number,
  anchorYear: number,
  electionDay: string,
): { previous: TermSpan; current: TermSpan } {
  let year = ymd(today).year;
  while (
    (((year - anchorYear) % years) + years) % years !== 0 ||
    monthDay(year, electionDay) > today
  )
    year -= 1;
  const startsOn = monthDay(year, electionDay);
  return {
    previous: { startsOn: addYears(startsOn, -years), endsOn: addDays(startsOn, -1) },
    current: { startsOn, endsOn: addDays(addYears(startsOn, years), -1) },
  };
}

/**
 * The term in force on its last days and the one before it, for a body
 * whose current term ends on `lastDay`: the showcase community was formed by
 * a merger outside the nationwide round and elected its first committee
 * then, so its term runs out now and the demo's 换届 election is due.
 */
export function termsEndingOn(
  lastDay: CalendarDate,
  years: number,
): { previous: TermSpan; current: TermSpan } {
  const startsOn = addDays(addYears(lastDay, -years), 1);
  return {
    previous: { startsOn: addYears(startsOn, -years), endsOn: addDays(startsOn, -1) },
    current: { startsOn, endsOn: lastDay },
  };
}

/** A month-day `days` after `electionDay` in the anchor year (Party and collective elections bracket the committee's). */
export function shiftedDay(anchorYear: number, electionDay: string, days: number): string {
  return addDays(monthDay(anchorYear, electionDay), days).slice(5);
}
