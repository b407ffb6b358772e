import { describe, expect, it } from 'vitest';
import {
  ageOn,
  calendarDate,
  calendarDateOf,
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

  it('writes dates the Chinese way', () => {
    expect(formatChineseDate(d('2026-01-05'))).toBe('2026年1月5日');
  });
});
