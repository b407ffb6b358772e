import { describe, expect, it } from 'vitest';
import {
  ageOn,
  calendarDate,
  calendarDateOf,
  chinaWallClock,
  formatChineseDate,
  latestBirthDateForAge,
  parseCalendarDate,
} from './calendarDate.ts';

const d = calendarDate;

describe('calendar dates', () => {
  it.each([
    ['2026-02-29', null],
    ['2024-02-29', '2024-02-29'],
    ['1900-02-29', null],
    ['2000-02-29', '2000-02-29'],
    ['2026-04-31', null],
    ['2026-13-01', null],
    ['2026-1-01', null],
    ['', null],
  ])('parses %s', (text, expected) => {
    expect(parseCalendarDate(text)).toBe(expected);
  });

  it.each([
    // the day before, on, and after the 18th birthday
    ['2008-11-21', '2026-11-20', 17],
    ['2008-11-21', '2026-11-21', 18],
    ['2008-11-21', '2026-11-22', 18],
    // born on 29 February: a year older from 1 March in common years
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['2008-02-29', '2028-02-29', 20],
  ])('born %s is %i… on %s', (birth, on, age) => {
    expect(ageOn(d(birth), d(on))).toBe(age);
  });

  it.each([
    ['2026-11-21', 18, '2008-11-21'],
    ['2026-02-28', 18, '2008-02-28'],
    ['2028-02-29', 18, '2010-02-28'],
  ])('the latest birth date of someone aged ≥ %s on %s', (on, age, expected) => {
    const latest = latestBirthDateForAge(d(on), age);
    expect(latest).toBe(expected);
    expect(ageOn(latest, d(on))).toBeGreaterThanOrEqual(age);
  });

  it('takes the calendar date of an instant in Asia/Shanghai, not UTC', () => {
    expect(calendarDateOf(new Date('2026-11-20T16:00:00Z'))).toBe('2026-11-21');
    expect(calendarDateOf(new Date('2026-11-20T15:59:59Z'))).toBe('2026-11-20');
  });

  describe("China's clocks by arithmetic (no time zone database on a phone's first screen)", () => {
    const byDatabase = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const database = (instant: Date) => {
      const part = (type: string) =>
        byDatabase.formatToParts(instant).find((p) => p.type === type)?.value ?? '';
      return {
        date: `${part('year')}-${part('month')}-${part('day')}`,
        hour: Number(part('hour')),
        minute: Number(part('minute')),
      };
    };

    it.each([
      // the day turns at 16:00 UTC: a millisecond before, at, after
      '2026-11-20T15:59:59.999Z',
      '2026-11-20T16:00:00.000Z',
      '2026-11-20T16:00:00.001Z',
      // year's end, a leap day, the first instant it is used for
      '2026-12-31T16:00:00.000Z',
      '2028-02-28T16:30:00.000Z',
      '1992-01-01T00:00:00.000Z',
    ])('agrees with the time zone database at %s', (iso) => {
      const instant = new Date(iso);
      expect(chinaWallClock(instant)).toEqual(database(instant));
      expect(calendarDateOf(instant)).toBe(database(instant).date);
    });

    it('agrees with the database across 1992–2060 (every 119 h 7 min 13 s: all hours, drifting)', () => {
      const step = (119 * 60 + 7) * 60_000 + 13_000;
      for (let ms = Date.UTC(1992, 0, 1); ms < Date.UTC(2060, 0, 1); ms += step)
        expect(chinaWallClock(new Date(ms))).toEqual(database(new Date(ms)));
    });

    it('leaves 1991 and before to the database (summer time was kept until September 1991)', () => {
      // 1 July 1991, 15:30 UTC: 00:30 on 2 July under summer time (UTC+9), not 23:30 on 1 July
      const summer = new Date('1991-07-01T15:30:00Z');
      expect(chinaWallClock(summer)).toBeNull();
      expect(calendarDateOf(summer)).toBe('1991-07-02');
      expect(chinaWallClock(new Date('1991-12-31T23:59:59.999Z'))).toBeNull();
      expect(chinaWallClock(new Date(Number.NaN))).toBeNull();
    });

    it('other time zones are read from the database', () => {
      expect(calendarDateOf(new Date('2026-11-20T16:00:00Z'), 'UTC')).toBe('2026-11-20');
    });
  });

  it('writes dates the Chinese way', () => {
    expect(formatChineseDate(d('2026-01-05'))).toBe('2026年1月5日');
  });
});
