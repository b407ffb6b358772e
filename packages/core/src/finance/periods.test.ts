import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import {
  closeProblem,
  lastDay,
  nextPeriod,
  parsePeriodKey,
  periodOf,
  previousPeriod,
} from './periods.ts';

describe('months of the books', () => {
  it('knows a month’s last day, February of a leap year too', () => {
    expect(lastDay({ year: 2028, month: 2 })).toBe('2028-02-29');
    expect(lastDay({ year: 2026, month: 2 })).toBe('2026-02-28');
    expect(periodOf(calendarDate('2026-12-31'))).toEqual({ year: 2026, month: 12 });
  });

  it('steps a month forward and back across the year', () => {
    expect(nextPeriod({ year: 2026, month: 12 })).toEqual({ year: 2027, month: 1 });
    expect(nextPeriod({ year: 2026, month: 11 })).toEqual({ year: 2026, month: 12 });
    expect(previousPeriod({ year: 2027, month: 1 })).toEqual({ year: 2026, month: 12 });
  });

  it.each([
    ['2026-11', { year: 2026, month: 11 }],
    ['2026-13', null],
    ['2026-00', null],
    ['26-11', null],
  ])('reads %s', (text, expected) => {
    expect(parsePeriodKey(text)).toEqual(expected);
  });

  const nov = { year: 2026, month: 11 };
  const facts = { closed: false, earlierOpenWithVouchers: null };
  it.each([
    ['2026-11-30', 'finance_period_not_ended'],
    ['2026-12-01', null],
  ])('November closes on %s: %s', (today, expected) => {
    expect(closeProblem(nov, calendarDate(today), facts)?.error ?? null).toBe(expected);
  });

  it('closes once, and in order', () => {
    const today = calendarDate('2026-12-05');
    expect(closeProblem(nov, today, { ...facts, closed: true })).toEqual({
      error: 'finance_period_already_closed',
    });
    expect(
      closeProblem(nov, today, { ...facts, earlierOpenWithVouchers: { year: 2026, month: 10 } }),
    ).toEqual({ error: 'finance_period_earlier_open', params: { period: '2026年10月' } });
  });
});
