import { fromYmd, isValidYmd, type CalendarDate } from '../calendarDate.ts';

/**
 * A date cell as villages write it: a full date (1965-03-12, 1965/3/12,
 * 1965.3.12, 1965年3月12日, 19650312, an Excel date serial), or only the
 * year and month (出生年月: 1965.03, 1965-3, 1965年3月, 196503).
 */
export type RosterDate =
  | { kind: 'blank' }
  | { kind: 'date'; date: CalendarDate }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'invalid' };

const EARLIEST_YEAR = 1850;
/** Excel's day 0 is 1899-12-30 once its phantom 1900-02-29 (serial 60) is passed. */
const SERIAL_EPOCH_UTC_DAYS = Date.UTC(1899, 11, 30) / 86_400_000;
/** Serials from 1900-03-01 (61) to 9999-12-31; earlier serials are not birth dates. */
const SERIAL_MIN = 61;
const SERIAL_MAX = 2_958_465;

/** An Excel 1900-system date serial (whole days; a time of day is dropped) as a calendar date. */
export function excelSerialDate(serial: number): CalendarDate | null {
  const days = Math.floor(serial);
  if (!Number.isFinite(serial) || days < SERIAL_MIN || days > SERIAL_MAX) return null;
  const d = new Date((SERIAL_EPOCH_UTC_DAYS + days) * 86_400_000);
  return fromYmd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const FULL = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const MONTH = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})?$/;
/** A time of day Excel or WPS appends when it writes a date to CSV ("1965-03-12 00:00:00"). */
const TIME_OF_DAY = /[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/;

function full(y: number, m: number, d: number): RosterDate {
  return y >= EARLIEST_YEAR && isValidYmd(y, m, d)
    ? { kind: 'date', date: fromYmd(y, m, d) }
    : { kind: 'invalid' };
}

function month(y: number, m: number): RosterDate {
  return y >= EARLIEST_YEAR && m >= 1 && m <= 12
    ? { kind: 'month', year: y, month: m }
    : { kind: 'invalid' };
}

/**
 * Reads a date cell. `numeric` says the spreadsheet stored a number: a
 * five-digit whole number is then an Excel date serial (a column not
 * formatted as a date), while 1965.03 stays a year and month.
 */
export function readRosterDate(cell: { text: string; numeric: boolean }): RosterDate {
  const text = cell.text.trim().replace(TIME_OF_DAY, '');
  if (!text) return { kind: 'blank' };
  if (cell.numeric && /^\d{5}(\.\d+)?$/.test(text)) {
    const date = excelSerialDate(Number(text));
    return date ? { kind: 'date', date } : { kind: 'invalid' };
  }
  let m = FULL.exec(text);
  if (m) return full(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH.exec(text);
  if (m) return month(Number(m[1]), Number(m[2]));
  m = COMPACT.exec(text);
  if (m)
    return m[3] === undefined
      ? month(Number(m[1]), Number(m[2]))
      : full(Number(m[1]), Number(m[2]), Number(m[3]));
  return { kind: 'invalid' };
}
