import { calendarDate, daysInMonth, ymd, type CalendarDate } from '@cunzhi/core/calendarDate';
import type { Rng } from './rng.ts';

/**
 * Day arithmetic for the demo generator. Date.UTC is pure arithmetic on its
 * arguments (it does not read the clock), so these stay deterministic.
 */
const MS_PER_DAY = 86_400_000;

/**
 * A date from parts already known to be valid (they come from Date.UTC or are
 * clamped with daysInMonth): skips the parse-and-check of `fromYmd`, which the
 * generator would otherwise run a hundred thousand times.
 */
function trusted(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}` as CalendarDate;
}

/** Days since 1970-01-01. */
export function dayNumber(date: CalendarDate): number {
  const { year, month, day } = ymd(date);
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function fromDayNumber(n: number): CalendarDate {
  const d = new Date(n * MS_PER_DAY);
  return trusted(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Same month and day `years` later; 29 February falls back to 28 February. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const { year, month, day } = ymd(date);
  const y = year + years;
  return trusted(y, month, Math.min(day, daysInMonth(y, month)));
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** A uniform date in [from, to], both included. */
export function randomDateBetween(rng: Rng, from: CalendarDate, to: CalendarDate): CalendarDate {
  return fromDayNumber(rng.int(dayNumber(from), dayNumber(to)));
}

/** A birth date that makes someone exactly `age` (whole years) on `today`. */
export function birthDateForAge(rng: Rng, today: CalendarDate, age: number): CalendarDate {
  // born after (today − age − 1 years) and on or before (today − age years)
  const latest = addYears(today, -age);
  const earliest = addDays(addYears(today, -age - 1), 1);
  return randomDateBetween(rng, earliest, latest);
}

export function monthDay(year: number, mmdd: string): CalendarDate {
  return calendarDate(`${String(year).padStart(4, '0')}-${mmdd}`);
}

export function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a < b ? a : b;
}

export function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a > b ? a : b;
}
