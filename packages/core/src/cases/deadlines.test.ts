import { describe, expect, it } from 'vitest';
import { calendarDate as d } from '../calendarDate.ts';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../rules/dayCount.ts';
import { CHINA_HOLIDAYS as cal } from '../rules/holidays.ts';
import { dueOn, escalation, pausedDue, type Rung } from './deadlines.ts';

describe('working days across 调休 and 国庆 (2026 table)', () => {
  it.each([
    // 中秋 25–27 Sept, 国庆 1–7 Oct; Sun 20 Sept and Sat 10 Oct are worked (调休)
    ['2026-09-24', 1, '2026-09-28'],
    ['2026-09-19', 1, '2026-09-20'],
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-09-30', 2, '2026-10-09'],
    ['2026-09-30', 3, '2026-10-10'],
    ['2026-09-30', 4, '2026-10-12'],
    ['2026-09-30', 5, '2026-10-13'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-14', 1, '2026-02-24'],
    ['2026-12-04', 0, '2026-12-04'],
    ['2026-12-04', 1, '2026-12-07'],
    ['2026-12-31', 1, '2027-01-04'],
  ])('%s + %i working days = %s', (from, n, to) => {
    expect(addWorkingDays(d(from), n, cal)).toBe(to);
  });

  it.each([
    ['2026-09-30', '2026-10-07', 0],
    ['2026-09-30', '2026-10-08', 1],
    ['2026-09-30', '2026-10-13', 5],
    ['2026-09-19', '2026-09-20', 1],
    ['2026-10-13', '2026-09-30', 0],
  ])('working days after %s up to %s: %i', (a, b, n) => {
    expect(workingDaysBetween(d(a), d(b), cal)).toBe(n);
  });

  it('a swapped Saturday is a working day and a holiday Thursday is not', () => {
    expect(isWorkingDay(d('2026-10-10'), cal)).toBe(true);
    expect(isWorkingDay(d('2026-10-01'), cal)).toBe(false);
  });

  it('adding working days is the inverse of counting them (every start in 2026)', () => {
    for (let day = d('2026-01-01'); day < '2026-12-20'; day = addWorkingDays(day, 1, cal))
      for (const n of [1, 5, 15])
        expect(workingDaysBetween(day, addWorkingDays(day, n, cal), cal)).toBe(n);
  });
});

describe('due dates', () => {
  it('a calendar period ending on a holiday runs to the next working day (民法典 Art. 203)', () => {
    // 15 days from 16 Sept end on 1 Oct (国庆) → 8 Oct
    expect(dueOn(d('2026-09-16'), { days: 15, unit: 'calendar' }, cal)).toBe('2026-10-08');
    expect(dueOn(d('2026-09-01'), { days: 15, unit: 'calendar' }, cal)).toBe('2026-09-16');
  });

  it('a working-day period skips the holidays', () => {
    expect(dueOn(d('2026-09-30'), { days: 5, unit: 'working' }, cal)).toBe('2026-10-13');
  });

  it('waiting for materials moves the due date by the days the clock stood still', () => {
    expect(pausedDue(d('2026-12-10'), d('2026-12-02'), d('2026-12-04'), cal)).toBe('2026-12-14');
    // resumed the same day: nothing moves
    expect(pausedDue(d('2026-12-10'), d('2026-12-02'), d('2026-12-02'), cal)).toBe('2026-12-10');
  });

  it('a promise in working days moves by the working days the clock stood still', () => {
    // stopped Friday 4 Dec, running again Monday 7 Dec: one working day (Monday), not three
    expect(pausedDue(d('2026-12-10'), d('2026-12-04'), d('2026-12-07'), cal, 'working')).toBe(
      '2026-12-11',
    );
    expect(pausedDue(d('2026-12-10'), d('2026-12-04'), d('2026-12-07'), cal)).toBe('2026-12-14');
    // over 国庆: stopped 30 Sept, running again 8 Oct — one working day (8 Oct)
    expect(pausedDue(d('2026-10-09'), d('2026-09-30'), d('2026-10-08'), cal, 'working')).toBe(
      '2026-10-10',
    );
  });
});

describe('escalation ladder', () => {
  const ladder: Rung<'stationHead' | 'departmentHead' | 'townSupervision'>[] = [
    { level: 'stationHead', after: { days: 0, unit: 'working' } },
    { level: 'departmentHead', after: { days: 2, unit: 'working' } },
    { level: 'townSupervision', after: { days: 5, unit: 'working' } },
  ];
  // due Thu 3 Dec 2026: +2 working days = Mon 7 Dec, +5 = Thu 10 Dec
  it.each([
    ['2026-12-02', false, 0, null, '2026-12-03'],
    ['2026-12-03', false, 0, 'stationHead', '2026-12-07'],
    ['2026-12-04', true, 1, 'stationHead', '2026-12-07'],
    ['2026-12-06', true, 3, 'stationHead', '2026-12-07'],
    ['2026-12-07', true, 4, 'departmentHead', '2026-12-10'],
    ['2026-12-09', true, 6, 'departmentHead', '2026-12-10'],
    ['2026-12-10', true, 7, 'townSupervision', null],
    ['2026-12-11', true, 8, 'townSupervision', null],
  ])('on %s: overdue %s by %i days, level %s, next %s', (today, overdue, days, level, next) => {
    expect(escalation(d('2026-12-03'), d(today), ladder, cal)).toEqual({
      overdue,
      daysOverdue: days,
      level,
      nextOn: next,
    });
  });
});
