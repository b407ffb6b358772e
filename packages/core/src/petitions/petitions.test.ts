import { describe, expect, it } from 'vitest';
import { calendarDate as d } from '../calendarDate.ts';
import { CHINA_HOLIDAYS } from '../rules/holidays.ts';
import { NATIONAL_PARAMS } from '../rules/profile.ts';
import {
  afterHearing,
  assignmentDues,
  extendedDueOn,
  groupRepsProblem,
  handleDueOn,
  opinionDueOn,
  PETITION_MACHINE,
  petitionOverdue,
  requestDueOn,
  routeDueOn,
  sameFactsBarred,
} from './petitions.ts';

const P = NATIONAL_PARAMS['2025-10-28'];
const cal = CHINA_HOLIDAYS;

describe('XF-20-REPS: a group visit names 1 to 5 representatives', () => {
  it.each([
    [0, 'none'],
    [1, null],
    [4, null],
    [5, null],
    [6, 'tooMany'],
  ] as const)('%i representatives → %s', (n, problem) => {
    expect(groupRepsProblem('groupVisit', n, P)).toBe(problem);
  });
  it('a visit alone or a letter names none', () => {
    expect(groupRepsProblem('visit', 0, P)).toBeNull();
    expect(groupRepsProblem('letter', 9, P)).toBeNull();
  });
});

describe('XF-22-ROUTE: the office routes within 15 days, the body notifies within 15', () => {
  // received Mon 2026-11-02: the 15th day is Tue 11-17, a working day
  const due = routeDueOn(d('2026-11-02'), P, cal);
  it('the last day is the 15th after receipt (that day not counted)', () =>
    expect(due).toBe('2026-11-17'));
  it.each([
    ['2026-11-16', false],
    ['2026-11-17', false],
    ['2026-11-18', true],
  ])('not yet routed on %s → overdue %s', (today, late) => {
    expect(petitionOverdue({ status: 'forwarded', dueOn: due }, d(today))).toBe(late);
  });
  it('{received: D, notified: D+16} is late; D+15 is not', () => {
    const { noticeDueOn } = assignmentDues(d('2026-11-02'), P, cal);
    expect(noticeDueOn).toBe('2026-11-17');
    expect(petitionOverdue({ status: 'assigned', dueOn: noticeDueOn }, d('2026-11-18'))).toBe(true);
    expect(petitionOverdue({ status: 'assigned', dueOn: noticeDueOn }, d('2026-11-17'))).toBe(
      false,
    );
  });
  it('a 15th day in 国庆 moves to the first working day after it', () => {
    // 2026-09-16 + 15 = 2026-10-01, a holiday to 10-07
    expect(routeDueOn(d('2026-09-16'), P, cal)).toBe('2026-10-08');
  });
});

describe('XF-22-ROUTE: an objection within 5 working days, across 调休 and 国庆', () => {
  it.each([
    // Tue 09-29: 09-30 (1), 国庆 10-01…07 off, 10-08 (2), 10-09 (3), Sat 10-10 调休 (4), 10-12 (5)
    ['2026-09-29', '2026-10-12'],
    // Thu 09-17: 09-18 (1), Sat 09-19 off, Sun 09-20 调休 (2), 09-21 (3), 09-22 (4), 09-23 (5)
    ['2026-09-17', '2026-09-23'],
    // an ordinary week: Mon 11-02 → Mon 11-09
    ['2026-11-02', '2026-11-09'],
  ])('assigned %s → last day %s', (on, last) => {
    expect(assignmentDues(d(on), P, cal).objectionDueOn).toBe(last);
  });
});

describe('XF-34-HANDLE: 60 days from acceptance, one extension of at most 30 with reasons', () => {
  const acceptedOn = d('2026-03-02');
  const due = handleDueOn(acceptedOn, P, cal);
  it('the 60th day', () => expect(due).toBe('2026-05-06'));
  it.each([
    [29, true],
    [30, true],
    [31, false],
  ])('an extension of %i days allowed: %s', (days, ok) => {
    const r = extendedDueOn(
      { acceptedOn, handleDueOn: due, extendedDays: 0 },
      days,
      acceptedOn,
      P,
      cal,
    );
    expect(r.ok).toBe(ok);
  });
  it('at most 90 days in all: 60 + 30 from acceptance', () => {
    const r = extendedDueOn(
      { acceptedOn, handleDueOn: due, extendedDays: 0 },
      30,
      acceptedOn,
      P,
      cal,
    );
    // the 90th day, 05-31, is a Sunday: the period ends on Monday 06-01
    expect(r).toEqual({ ok: true, dueOn: '2026-06-01' });
  });
  it('once only, and only before the 60 days run out', () => {
    const c = { acceptedOn, handleDueOn: due, extendedDays: 0 };
    expect(extendedDueOn({ ...c, extendedDays: 10 }, 10, acceptedOn, P, cal)).toEqual({
      ok: false,
      why: 'again',
    });
    expect(extendedDueOn(c, 10, due, P, cal).ok).toBe(true);
    expect(extendedDueOn(c, 10, d('2026-05-07'), P, cal)).toEqual({ ok: false, why: 'late' });
  });
  it('{accepted: D, closed: D+75, no extension} → late; with an extension → on time', () => {
    const day75 = d('2026-05-16');
    expect(petitionOverdue({ status: 'handling', dueOn: due }, day75)).toBe(true);
    const r = extendedDueOn(
      { acceptedOn, handleDueOn: due, extendedDays: 0 },
      30,
      acceptedOn,
      P,
      cal,
    );
    if (!r.ok) throw new Error('extension refused');
    expect(petitionOverdue({ status: 'handling', dueOn: r.dueOn }, day75)).toBe(false);
  });
  it.each([
    ['2026-05-05', false],
    ['2026-05-06', false],
    ['2026-05-07', true],
  ])('not answered on %s → overdue %s', (today, late) => {
    expect(petitionOverdue({ status: 'handling', dueOn: due }, d(today))).toBe(late);
  });
});

describe('XF-35-REVIEW: asked within 30 days of the reply, answered within 30, hearings not counted', () => {
  it('the request window and the opinion', () => {
    expect(requestDueOn(d('2026-11-02'), P, cal)).toBe('2026-12-02');
    expect(opinionDueOn(d('2026-11-02'), P, cal)).toBe('2026-12-02');
  });
  it('a hearing of 3 days moves the opinion 3 days on', () => {
    expect(afterHearing(d('2026-12-02'), { from: d('2026-11-10'), to: d('2026-11-12') }, cal)).toBe(
      '2026-12-07', // 12-05 is a Saturday: the next working day
    );
    expect(afterHearing(d('2026-11-02'), { from: d('2026-11-10'), to: d('2026-11-10') }, cal)).toBe(
      '2026-11-03',
    );
  });
  it('the petitioner is never "overdue" for not asking; the office is for not answering', () => {
    expect(petitionOverdue({ status: 'answered', dueOn: d('2026-11-01') }, d('2026-12-01'))).toBe(
      false,
    );
    expect(petitionOverdue({ status: 'reviewing', dueOn: d('2026-11-01') }, d('2026-11-02'))).toBe(
      true,
    );
  });
  it.each([
    [{ status: 'closed', reReviewed: true }, true],
    [{ status: 'closed', reReviewed: false }, false],
    [{ status: 'reReviewing', reReviewed: false }, false],
  ] as const)('after 复核, the same facts are not taken again: %o → %s', (earlier, barred) => {
    expect(sameFactsBarred(earlier)).toBe(barred);
  });
});

describe('the state machine: every status × action × role', () => {
  const M = PETITION_MACHINE;
  const cases = M.states.flatMap((s) =>
    M.actions.flatMap((a) => M.roles.map((role) => [s, a, role] as const)),
  );
  it.each(cases)('%s × %s × %s', (state, action, role) => {
    const candidates = M.transitions.filter((t) => t.action === action && t.from.includes(state));
    const allowed = candidates.find((t) => t.by.includes(role));
    const run = () => M.step(state, action, [role]);
    if (candidates.length === 0)
      expect(run).toThrow(expect.objectContaining({ id: 'case_step_refused' }));
    else if (!allowed) expect(run).toThrow(expect.objectContaining({ id: 'case_role_refused' }));
    else expect(run()).toBe(allowed.to);
  });
  it('the whole road, and nothing after 终结 or 不予受理', () => {
    expect(M.actionsFor('registered', ['registrar'])).toEqual(['forward']);
    expect(M.actionsFor('registered', ['office'])).toEqual([]);
    expect(M.actionsFor('assigned', ['office'])).toEqual(['object', 'accept', 'refuse']);
    expect(M.actionsFor('handling', ['office'])).toEqual(['extend', 'answer']);
    expect(M.step('handling', 'extend', ['office'])).toBe('handling');
    expect(M.actionsFor('answered', ['office'])).toEqual(['requestReview', 'close']);
    expect(M.actionsFor('reReviewing', ['office'])).toEqual(['hearing', 'reReviewOpinion']);
    expect(M.step('reReviewing', 'hearing', ['office'])).toBe('reReviewing');
    expect(M.step('reReviewing', 'reReviewOpinion', ['office'])).toBe('closed');
    for (const role of M.roles) {
      expect(M.actionsFor('closed', [role])).toEqual([]);
      expect(M.actionsFor('notAccepted', [role])).toEqual([]);
    }
  });
  it('a refusal names the state and action in Chinese', () => {
    expect(() => M.step('closed', 'answer', ['office'])).toThrow(
      expect.objectContaining({
        params: { state: 'petitionState.closed', action: 'petitionAction.answer' },
      }),
    );
  });
});
