import { describe, expect, it } from 'vitest';
import { calendarDate as d } from '../calendarDate.ts';
import { DomainError } from '../errors.ts';
import { CHINA_HOLIDAYS } from '../rules/holidays.ts';
import { NATIONAL_PARAMS } from '../rules/profile.ts';
import {
  caseDueOn,
  caseOverdue,
  effectiveState,
  initialLevel,
  levelAbove,
  LIAISON_ACTIONS,
  LIAISON_MACHINE,
  LIAISON_ROLES,
  LIAISON_STATES,
  mayMergeInto,
  ratingAction,
  ratingDueOn,
  type LiaisonAction,
  type LiaisonRole,
  type LiaisonState,
} from './cases.ts';
import { dutyPeriod, dutyState } from './duties.ts';
import { visitDueOn, visitOverdue, visitorKind } from './visits.ts';

const params = NATIONAL_PARAMS['2025-10-28'];

describe('duty periods and states (片长职责清单)', () => {
  it('weeks run Monday to Sunday; quarters and months end on their last day', () => {
    // 2026-12-06 is a Sunday
    expect(dutyPeriod('weekly', d('2026-12-06'))).toEqual({
      from: d('2026-11-30'),
      to: d('2026-12-06'),
    });
    expect(dutyPeriod('weekly', d('2026-12-07'))).toEqual({
      from: d('2026-12-07'),
      to: d('2026-12-13'),
    });
    expect(dutyPeriod('monthly', d('2026-02-10'))).toEqual({
      from: d('2026-02-01'),
      to: d('2026-02-28'),
    });
    expect(dutyPeriod('quarterly', d('2026-12-06'))).toEqual({
      from: d('2026-10-01'),
      to: d('2026-12-31'),
    });
    expect(dutyPeriod('yearly', d('2026-12-06'))).toEqual({
      from: d('2026-01-01'),
      to: d('2026-12-31'),
    });
  });

  it.each([
    // monthly item set up long ago; today 2026-12-06
    ['2026-10-31', 'overdue'], // last done two months back: November missed
    ['2026-11-01', 'due'], // November kept, December not yet
    ['2026-11-30', 'due'],
    ['2026-12-01', 'done'], // first day of the period counts
    [null, 'overdue'],
  ] as const)('a monthly duty last done %s is %s', (last, state) => {
    expect(
      dutyState('monthly', last === null ? null : d(last), d('2026-01-01'), d('2026-12-06')),
    ).toBe(state);
  });

  it('a period that began before the item was set up is not held against the grid', () => {
    expect(dutyState('monthly', null, d('2026-11-01'), d('2026-12-06'))).toBe('overdue');
    expect(dutyState('monthly', null, d('2026-11-02'), d('2026-12-06'))).toBe('due');
    expect(dutyState('asNeeded', null, d('2020-01-01'), d('2026-12-06'))).toBe('asNeeded');
  });
});

describe('党员联系户 visits', () => {
  it.each([
    ['2026-11-05', true], // due 2026-12-05: a day late
    ['2026-11-06', false], // due today
    ['2026-11-07', false],
  ] as const)('last visit %s, today 2026-12-06: overdue %s', (last, overdue) => {
    expect(visitOverdue(d('2026-01-01'), d(last), 30, d('2026-12-06'))).toBe(overdue);
  });

  it('is overdue from the 31st day after the last visit (visitDays 30)', () => {
    expect(visitDueOn(d('2026-01-01'), d('2026-11-06'), 30)).toBe('2026-12-06');
    expect(visitOverdue(d('2026-01-01'), d('2026-11-05'), 30, d('2026-12-05'))).toBe(false);
    expect(visitOverdue(d('2026-01-01'), d('2026-11-05'), 30, d('2026-12-06'))).toBe(true);
    expect(visitOverdue(d('2026-01-01'), d('2026-11-05'), 30, d('2026-12-07'))).toBe(true);
  });

  it('counts from the link when the household was never visited since', () => {
    expect(visitDueOn(d('2026-11-20'), null, 30)).toBe('2026-12-20');
    expect(visitDueOn(d('2026-11-20'), d('2026-10-01'), 30)).toBe('2026-12-20');
  });

  it('the linked member or the grid chief may log a visit, no one else', () => {
    const h = { linkedPersonId: 'm', gridChiefPersonId: 'c' };
    expect(visitorKind('m', h)).toBe('partyMember');
    expect(visitorKind('c', h)).toBe('gridChief');
    expect(visitorKind('x', h)).toBeNull();
  });
});

// The procedure as a table: every state × action × role, the expected next state or refusal.
const EXPECTED: Partial<Record<`${LiaisonState}:${LiaisonAction}`, [LiaisonRole, LiaisonState]>> = {
  'reported:acknowledge': ['handler', 'acknowledged'],
  'acknowledged:handle': ['handler', 'handling'],
  'acknowledged:route': ['handler', 'routed'],
  'handling:route': ['handler', 'routed'],
  'routed:answerRouted': ['assignee', 'handling'],
  'routed:returnRouted': ['assignee', 'handling'],
  'handling:feedback': ['handler', 'answered'],
  'answered:rate': ['reporter', 'rated'],
  'answered:reopen': ['reporter', 'reported'],
  'rated:close': ['handler', 'closed'],
  'unrated:close': ['handler', 'closed'],
  'reported:merge': ['handler', 'merged'],
  'acknowledged:merge': ['handler', 'merged'],
};

describe('民情 case machine: every state × action × role', () => {
  const rows = LIAISON_STATES.flatMap((s) =>
    LIAISON_ACTIONS.flatMap((a) => LIAISON_ROLES.map((r) => [s, a, r] as const)),
  );
  it.each(rows)('%s · %s · %s', (state, action, role) => {
    const expected = EXPECTED[`${state}:${action}`];
    const step = () => LIAISON_MACHINE.step(state, action, [role]);
    if (!expected) {
      expect(step).toThrow(DomainError);
      try {
        step();
      } catch (e) {
        expect((e as DomainError).id).toBe('case_step_refused');
      }
    } else if (expected[0] === role) expect(step()).toBe(expected[1]);
    else {
      try {
        step();
        expect.unreachable();
      } catch (e) {
        expect((e as DomainError).id).toBe('case_role_refused');
      }
    }
  });

  it('no case closes without an answer to its reporter: close is only after rated or unrated', () => {
    for (const s of ['reported', 'acknowledged', 'handling', 'routed', 'answered'] as const)
      expect(LIAISON_MACHINE.actionsFor(s, ['handler'])).not.toContain('close');
  });
});

describe('levels, reopening and rating', () => {
  it('a case about a cadre goes to the supervision committee, never to the grid or committees', () => {
    expect(
      initialLevel({ category: 'environment', concernsPersonIds: ['p'], gridHasChief: true }),
    ).toBe('supervision');
    expect(
      initialLevel({ category: 'cadreConduct', concernsPersonIds: [], gridHasChief: true }),
    ).toBe('supervision');
    expect(
      initialLevel({ category: 'environment', concernsPersonIds: [], gridHasChief: true }),
    ).toBe('grid');
    expect(
      initialLevel({ category: 'environment', concernsPersonIds: [], gridHasChief: false }),
    ).toBe('village');
  });

  it('reopens one level up: grid → village → town; supervision → town', () => {
    expect(levelAbove('grid')).toBe('village');
    expect(levelAbove('village')).toBe('town');
    expect(levelAbove('supervision')).toBe('town');
  });

  it('不满意 reopens once; the second time it stands as rated', () => {
    expect(ratingAction('dissatisfied', 0)).toBe('reopen');
    expect(ratingAction('dissatisfied', 1)).toBe('rate');
    expect(ratingAction('satisfied', 0)).toBe('rate');
    expect(ratingAction('basicallySatisfied', 0)).toBe('rate');
  });

  it('an answer not rated within the period reads 未评价 (n−1, n, n+1)', () => {
    const due = ratingDueOn(d('2026-12-01'), params); // 7 days: 2026-12-08
    expect(due).toBe('2026-12-08');
    const c = { state: 'answered' as const, ratingDueOn: due };
    expect(effectiveState(c, d('2026-12-07'))).toBe('answered');
    expect(effectiveState(c, d('2026-12-08'))).toBe('answered');
    expect(effectiveState(c, d('2026-12-09'))).toBe('unrated');
  });

  it('merges only into another case still open', () => {
    expect(mayMergeInto({ id: 'a', state: 'handling' }, 'b')).toBe(true);
    expect(mayMergeInto({ id: 'a', state: 'routed' }, 'b')).toBe(true);
    expect(mayMergeInto({ id: 'a', state: 'answered' }, 'b')).toBe(false);
    expect(mayMergeInto({ id: 'a', state: 'closed' }, 'b')).toBe(false);
    expect(mayMergeInto({ id: 'a', state: 'handling' }, 'a')).toBe(false);
  });
});

describe('民情 limits by urgency (SEED004-LIAISON, working days)', () => {
  it('urgent: the next working day; across 国庆 and its 调休 Saturday', () => {
    expect(caseDueOn(d('2026-12-04'), 'urgent', params, CHINA_HOLIDAYS)).toBe('2026-12-07'); // Fri → Mon
    expect(caseDueOn(d('2026-09-30'), 'urgent', params, CHINA_HOLIDAYS)).toBe('2026-10-08');
    expect(caseDueOn(d('2026-10-08'), 'urgent', params, CHINA_HOLIDAYS)).toBe('2026-10-09');
    expect(caseDueOn(d('2026-10-09'), 'urgent', params, CHINA_HOLIDAYS)).toBe('2026-10-10'); // 调休 Saturday works
  });

  it('normal: 5 working days; low: 15', () => {
    expect(caseDueOn(d('2026-12-01'), 'normal', params, CHINA_HOLIDAYS)).toBe('2026-12-08');
    expect(caseDueOn(d('2026-12-01'), 'low', params, CHINA_HOLIDAYS)).toBe('2026-12-22');
  });

  it('is overdue the day after its due date while still open (n−1, n, n+1)', () => {
    const c = { state: 'handling' as const, dueOn: d('2026-12-08') };
    expect(caseOverdue(c, d('2026-12-07'))).toBe(false);
    expect(caseOverdue(c, d('2026-12-08'))).toBe(false);
    expect(caseOverdue(c, d('2026-12-09'))).toBe(true);
    expect(caseOverdue({ ...c, state: 'answered' }, d('2026-12-09'))).toBe(false);
  });
});
