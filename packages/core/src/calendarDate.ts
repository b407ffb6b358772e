/**
 * Calendar dates (no time of day) as ISO strings `YYYY-MM-DD`.
 * Statutory periods and ages are computed on calendar dates in the village's
 * time zone; the caller decides "today" (core never reads the clock).
 */
export type CalendarDate = string & { readonly __calendarDate: unique symbol };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseCalendarDate(text: string): CalendarDate | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidYmd(y, mo, d)) return null;
  return text as CalendarDate;
}

export function calendarDate(text: string): CalendarDate {
  const d = parseCalendarDate(text);
  if (!d) throw new RangeError(`not a calendar date: ${text}`);
  return d;
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function ymd(date: CalendarDate): { year: number; month: number; day: number } {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

export function fromYmd(year: number, month: number, day: number): CalendarDate {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return calendarDate(text);
}

/** The calendar date of an instant in a time zone (default Asia/Shanghai). */
export function calendarDateOf(instant: Date, timeZone = 'Asia/Shanghai'): CalendarDate {
  const china = timeZone === CHINA_TIME_ZONE ? chinaWallClock(instant) : null;
  if (china) return china.date;
  return calendarDate(dateFormatter(timeZone).format(instant));
}

export const CHINA_TIME_ZONE = 'Asia/Shanghai';
/** China's clocks have kept UTC+8 all year since summer time ended on 15 September 1991. */
const CHINA_FIXED_SINCE = Date.UTC(1992, 0, 1);
const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * An instant's date and time of day on China's clocks (Asia/Shanghai), by arithmetic: UTC+8
 * since 1992 (no summer time); null before, where only the time zone database knows. The first
 * `Intl.DateTimeFormat` with a time zone loads that database, which on a phone's first screen
 * costs more than drawing the page (tens to hundreds of milliseconds): the web's dates avoid it.
 */
export function chinaWallClock(
  instant: Date,
): { date: CalendarDate; hour: number; minute: number } | null {
  const ms = instant.getTime();
  if (!(ms >= CHINA_FIXED_SINCE)) return null;
  const wall = new Date(ms + CHINA_OFFSET_MS);
  const y = wall.getUTCFullYear();
  if (y > 9999) return null;
  return {
    date: fromYmd(y, wall.getUTCMonth() + 1, wall.getUTCDate()),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
  };
}

// building a formatter costs ~0.1 ms and "today" is asked on every request
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Age in whole years on a given date. A person born on 29 February turns a
 * year older on 1 March in common years (the day after 28 February), as
 * Chinese household-registration practice counts it.
 */
export function ageOn(birthDate: CalendarDate, on: CalendarDate): number {
  const b = ymd(birthDate);
  const o = ymd(on);
  let age = o.year - b.year;
  if (o.month < b.month || (o.month === b.month && o.day < b.day)) age -= 1;
  return age;
}

/** The Chinese written form used on notices: 2026年11月21日. */
export function formatChineseDate(date: CalendarDate): string {
  const { year, month, day } = ymd(date);
  return `${year}年${month}月${day}日`;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The latest birth date of someone who is at least `age` years old on `on`:
 * the same month and day `age` years earlier, with 29 February falling back
 * to 28 February in common years (consistent with `ageOn`).
 */
export function latestBirthDateForAge(on: CalendarDate, age: number): CalendarDate {
  const { year, month, day } = ymd(on);
  const y = year - age;
  return fromYmd(y, month, Math.min(day, daysInMonth(y, month)));
}
