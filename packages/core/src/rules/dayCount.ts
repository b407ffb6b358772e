import { fromYmd, ymd, type CalendarDate } from '../calendarDate.ts';

/**
 * Civil-law day counting (民法典 Art. 201, 203; rule CIVIL-201-203):
 * the start day is not counted, and a period whose last day is a statutory
 * rest day (a weekend or public holiday not swapped into a working day)
 * ends on the next working day.
 */

/** Days since 1970-01-01, by civil calendar arithmetic (no time zones involved). */
export function dayNumber(d: CalendarDate): number {
  const { year, month, day } = ymd(d);
  // days-from-civil (Howard Hinnant's algorithm)
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): CalendarDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return fromYmd(year, month, day);
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(d) + days);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysFrom(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: CalendarDate): number {
  return (((dayNumber(d) + 4) % 7) + 7) % 7;
}

/** The State Council's holiday table: days off, and weekend days swapped into working days (调休). */
export interface HolidayCalendar {
  holidays: ReadonlySet<string>;
  workingWeekends: ReadonlySet<string>;
}

export function isRestDay(d: CalendarDate, cal: HolidayCalendar): boolean {
  if (cal.holidays.has(d)) return true;
  const w = weekday(d);
  return (w === 0 || w === 6) && !cal.workingWeekends.has(d);
}

/** The last day of a period of `days` days that starts running on `start` (start day not counted). */
export function periodEnd(start: CalendarDate, days: number, cal: HolidayCalendar): CalendarDate {
  let end = addDays(start, days);
  while (isRestDay(end, cal)) end = addDays(end, 1);
  return end;
}

export function isWorkingDay(d: CalendarDate, cal: HolidayCalendar): boolean {
  return !isRestDay(d, cal);
}

/**
 * The day `n` working days after `start` ("5个工作日内"): the start day is not counted, and
 * weekends and public holidays are skipped while a weekend swapped into a working day (调休)
 * counts. `n` = 0 is the start day itself.
 */
export function addWorkingDays(start: CalendarDate, n: number, cal: HolidayCalendar): CalendarDate {
  let d = start;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (isWorkingDay(d, cal)) left -= 1;
  }
  return d;
}

/** Working days after `a` up to and including `b` (0 when b is not later than a). */
export function workingDaysBetween(a: CalendarDate, b: CalendarDate, cal: HolidayCalendar): number {
  let n = 0;
  for (let d = addDays(a, 1); daysFrom(d, b) >= 0; d = addDays(d, 1))
    if (isWorkingDay(d, cal)) n += 1;
  return n;
}

/**
 * Was a notice given at least `days` days ahead? "提前十天通知": the notice
 * day is not counted, so notice on the 1st allows a meeting on the 11th.
 */
export function noticeIsTimely(
  noticeOn: CalendarDate,
  meetingOn: CalendarDate,
  days: number,
): boolean {
  return daysFrom(noticeOn, meetingOn) >= days;
}

/** The earliest meeting date a notice given on `noticeOn` allows. */
export function earliestMeetingAfterNotice(noticeOn: CalendarDate, days: number): CalendarDate {
  return addDays(noticeOn, days);
}

/** Calendar quarter (1–4) of a date, and its first day. */
export function quarterOf(d: CalendarDate): {
  year: number;
  quarter: number;
  startsOn: CalendarDate;
  endsOn: CalendarDate;
} {
  const { year, month } = ymd(d);
  const quarter = Math.floor((month - 1) / 3) + 1;
  const startsOn = fromYmd(year, (quarter - 1) * 3 + 1, 1);
  const nextStart = quarter === 4 ? fromYmd(year + 1, 1, 1) : fromYmd(year, quarter * 3 + 1, 1);
  return { year, quarter, startsOn, endsOn: addDays(nextStart, -1) };
}
