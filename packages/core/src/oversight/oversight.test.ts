import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import { EMPTY_FIGURES, holdAgeDays, problemCount, rollUp, termEndingSoon } from './figures.ts';
import { byUrgency, urgencyOf, type WorkItem } from './workList.ts';

const d = calendarDate;

describe('dashboard figures', () => {
  it('a hold is 0 days old on the day it is proposed and counts whole days after', () => {
    expect(holdAgeDays(d('2026-12-07'), d('2026-12-07'))).toBe(0);
    expect(holdAgeDays(d('2026-11-30'), d('2026-12-07'))).toBe(7);
  });

  it('a term is on the election calendar from 180 days before it ends, and once it has ended', () => {
    const today = d('2026-12-07');
    expect(termEndingSoon(d('2027-06-05'), today)).toBe(true); // 180 days ahead
    expect(termEndingSoon(d('2027-06-06'), today)).toBe(false); // 181
    expect(termEndingSoon(d('2026-01-01'), today)).toBe(true);
  });

  it('rolls villages up: counts add, the oldest hold is the oldest of all', () => {
    const a = { ...EMPTY_FIGURES, overdueDisclosures: 2, openHolds: 1, oldestHoldDays: 40 };
    const b = { ...EMPTY_FIGURES, overdueDisclosures: 1, refusedTasks: 3 };
    const total = rollUp([a, b]);
    expect(total.overdueDisclosures).toBe(3);
    expect(total.oldestHoldDays).toBe(40);
    expect(total.refusedTasks).toBe(3);
    expect(rollUp([]).oldestHoldDays).toBeNull();
    expect(problemCount(a)).toBe(3);
  });
});

describe('work list', () => {
  const today = d('2026-12-07');
  const soon = d('2026-12-14');
  it('is overdue the day after its due day, not on it', () => {
    expect(urgencyOf(d('2026-12-06'), today, soon)).toBe('overdue');
    expect(urgencyOf(d('2026-12-07'), today, soon)).toBe('today');
    expect(urgencyOf(d('2026-12-14'), today, soon)).toBe('soon');
    expect(urgencyOf(d('2026-12-15'), today, soon)).toBe('later');
    expect(urgencyOf(null, today, soon)).toBe('undated');
  });

  it('sorts the earliest due first and undated items last', () => {
    const item = (title: string, dueOn: string | null): WorkItem => ({
      kind: 'task',
      villageId: 'v',
      villageName: '一村',
      recordId: title,
      title,
      dueOn: dueOn ? d(dueOn) : null,
    });
    const sorted = byUrgency([item('c', null), item('b', '2026-12-09'), item('a', '2026-12-01')]);
    expect(sorted.map((i) => i.title)).toEqual(['a', 'b', 'c']);
  });
});
