import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import {
  addDays,
  dayNumber,
  daysFrom,
  earliestMeetingAfterNotice,
  fromDayNumber,
  isRestDay,
  noticeIsTimely,
  periodEnd,
  quarterOf,
  weekday,
  type HolidayCalendar,
} from './dayCount.ts';
import { CHINA_HOLIDAYS } from './holidays.ts';

const d = calendarDate;
const WEEKENDS_ONLY: HolidayCalendar = { holidays: new Set(), workingWeekends: new Set() };

describe('calendar arithmetic', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-01-01', 10957],
    ['2026-11-22', 20779],
  ])('day number of %s is %i', (date, n) => {
    expect(dayNumber(d(date))).toBe(n);
    expect(fromDayNumber(n)).toBe(date);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['1900-02-28', 1, '1900-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-04-30', 1, '2026-05-01'],
    ['2026-11-21', 10, '2026-12-01'],
    ['2026-11-21', 0, '2026-11-21'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2024-01-01', 365, '2024-12-31'],
    ['2024-01-01', 366, '2025-01-01'],
  ])('addDays(%s, %i) = %s', (from, days, expected) => {
    expect(addDays(d(from), days)).toBe(expected);
  });

  it.each([
    ['2026-11-01', '2026-11-11', 10],
    ['2026-11-11', '2026-11-01', -10],
    ['2026-11-21', '2026-11-21', 0],
    ['2024-02-01', '2024-03-01', 29],
    ['2026-02-01', '2026-03-01', 28],
    ['2026-01-01', '2027-01-01', 365],
    ['2028-01-01', '2029-01-01', 366],
  ])('daysFrom(%s, %s) = %i', (a, b, n) => {
    expect(daysFrom(d(a), d(b))).toBe(n);
  });

  it.each([
    ['1970-01-01', 4], // Thursday
    ['2000-01-01', 6], // Saturday
    ['2024-02-29', 4], // Thursday
    ['2026-10-01', 4], // Thursday (National Day)
    ['2026-10-10', 6], // Saturday
    ['2026-11-21', 6], // Saturday
    ['2026-11-22', 0], // Sunday
    ['2026-11-23', 1], // Monday
    ['2026-11-28', 6], // Saturday
    ['2026-11-30', 1], // Monday
  ])('weekday of %s is %i (0 = Sunday)', (date, w) => {
    expect(weekday(d(date))).toBe(w);
  });
});

describe('rest days (State Council holiday table)', () => {
  it.each([
    ['2026-11-22', true, 'a Sunday'],
    ['2026-11-28', true, 'a Saturday'],
    ['2026-11-27', false, 'a Friday'],
    ['2026-10-01', true, 'National Day'],
    ['2026-10-07', true, 'the last day of the National Day holiday'],
    ['2026-10-08', false, 'the Thursday after the holiday'],
    ['2026-10-10', false, 'a Saturday swapped into a working day (调休)'],
    ['2026-10-11', true, 'the Sunday after it'],
    ['2026-02-14', false, 'a swapped working Saturday before Spring Festival'],
    ['2026-02-16', true, 'Spring Festival on a Monday'],
    ['2025-10-08', true, 'the 2025 National Day holiday (eight days)'],
    ['2027-02-05', true, '2027: 除夕 on a Friday, a statutory day since the 2024 revision'],
    ['2027-06-09', true, '2027: the Dragon Boat Festival on a Wednesday'],
    ['2027-06-10', false, '2027: the Thursday after it'],
  ])('%s is a rest day → %s (%s)', (date, expected) => {
    expect(isRestDay(d(date), CHINA_HOLIDAYS)).toBe(expected);
  });
});

describe('CIVIL-201-203: periods (start day not counted, a rest-day end moves on)', () => {
  it.each([
    ['2026-11-16', 10, '2026-11-26', 'a Thursday: the start day is not counted'],
    ['2026-11-17', 10, '2026-11-27', 'a Friday'],
    ['2026-11-18', 10, '2026-11-30', 'Saturday 2026-11-28 moves to Monday 2026-11-30'],
    ['2026-11-19', 10, '2026-11-30', 'Sunday 2026-11-29 moves to Monday 2026-11-30'],
    ['2026-11-20', 10, '2026-11-30', 'a Monday'],
    ['2026-09-30', 1, '2026-10-08', 'ends on 2026-10-01, inside the National Day holiday'],
    ['2026-09-28', 5, '2026-10-08', 'ends on 2026-10-03, inside the National Day holiday'],
    ['2026-09-30', 7, '2026-10-08', 'ends on 2026-10-07, the last holiday'],
    ['2026-09-30', 8, '2026-10-08', 'ends on 2026-10-08, a working day'],
    ['2026-09-30', 10, '2026-10-10', 'ends on a swapped working Saturday, which stays'],
    ['2026-09-30', 11, '2026-10-12', 'ends on Sunday 2026-10-11, moves to Monday'],
    [
      '2027-09-21',
      10,
      '2027-10-04',
      'ends on Friday 2027-10-01, National Day, moves past the weekend',
    ],
    ['2027-09-20', 10, '2027-09-30', 'ends on Thursday 2027-09-30, the day before'],
  ])('CIVIL-201-203 periodEnd(%s, %i days) = %s (%s)', (start, days, expected) => {
    expect(periodEnd(d(start), days, CHINA_HOLIDAYS)).toBe(expected);
  });

  it('CIVIL-201-203 with weekends only, a swapped Saturday 2026-10-10 is a rest day again', () => {
    expect(periodEnd(d('2026-09-30'), 10, WEEKENDS_ONLY)).toBe('2026-10-12');
    expect(periodEnd(d('2026-09-30'), 1, WEEKENDS_ONLY)).toBe('2026-10-01');
  });

  it.each([
    ['2026-11-01', '2026-11-10', 10, false],
    ['2026-11-01', '2026-11-11', 10, true],
    ['2026-11-01', '2026-11-12', 10, true],
    ['2026-11-21', '2026-11-21', 0, true],
  ])('notice on %s for a meeting on %s with %i days → timely %s', (n, m, days, ok) => {
    expect(noticeIsTimely(d(n), d(m), days)).toBe(ok);
  });

  it('a notice on the 1st allows a meeting from the 11th (提前十天通知)', () => {
    expect(earliestMeetingAfterNotice(d('2026-11-01'), 10)).toBe('2026-11-11');
    expect(earliestMeetingAfterNotice(d('2026-12-25'), 10)).toBe('2027-01-04');
  });
});

describe('quarters', () => {
  it.each([
    ['2026-01-01', 2026, 1, '2026-01-01', '2026-03-31'],
    ['2026-03-31', 2026, 1, '2026-01-01', '2026-03-31'],
    ['2024-02-29', 2024, 1, '2024-01-01', '2024-03-31'],
    ['2026-04-01', 2026, 2, '2026-04-01', '2026-06-30'],
    ['2026-06-30', 2026, 2, '2026-04-01', '2026-06-30'],
    ['2026-07-01', 2026, 3, '2026-07-01', '2026-09-30'],
    ['2026-09-30', 2026, 3, '2026-07-01', '2026-09-30'],
    ['2026-10-01', 2026, 4, '2026-10-01', '2026-12-31'],
    ['2026-11-22', 2026, 4, '2026-10-01', '2026-12-31'],
    ['2026-12-31', 2026, 4, '2026-10-01', '2026-12-31'],
  ])('%s is in %i Q%i (%s … %s)', (date, year, quarter, startsOn, endsOn) => {
    expect(quarterOf(d(date))).toEqual({ year, quarter, startsOn, endsOn });
  });
});
