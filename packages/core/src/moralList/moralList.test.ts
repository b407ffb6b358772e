import { describe, expect, it } from 'vitest';
import { calendarDate as d, type CalendarDate } from '../calendarDate.ts';
import { DomainError } from '../errors.ts';
import { CHINA_HOLIDAYS as cal } from '../rules/holidays.ts';
import {
  answerDeadline,
  councilOutcome,
  listingExpiresOn,
  MORAL_LISTING,
  onBoard,
  requireHeard,
} from './rules.ts';

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof DomainError ? e.id : String(e);
  }
  return null;
};

describe('the person is heard before the body decides', () => {
  it('the answer period is counted from the day after the notice and rolls past the National Day holiday', () => {
    // 7 days from 24 September end on 1 October, a holiday: the first working day is 8 October
    expect(answerDeadline(d('2026-09-24'), 7, cal)).toBe('2026-10-08');
    expect(answerDeadline(d('2026-11-02'), 7, cal)).toBe('2026-11-09');
  });
  const heard = (answeredOn: CalendarDate | null, decidedOn: string) =>
    refusal(() => requireHeard({ notifiedOn: d('2026-09-24'), answeredOn }, 7, d(decidedOn), cal));
  it.each([
    // no answer: the last day of the period is still the person's; the day after, the body may vote
    [null, '2026-10-07', 'moral_answer_period_open'],
    [null, '2026-10-08', 'moral_answer_period_open'],
    [null, '2026-10-09', null],
    // an answer given lets the body vote from that day
    [d('2026-09-26'), '2026-09-25', 'moral_answer_period_open'],
    [d('2026-09-26'), '2026-09-26', null],
    [d('2026-09-26'), '2026-09-27', null],
  ])('answered %s, decided %s → %s', (answeredOn, decidedOn, expected) => {
    expect(heard(answeredOn, decidedOn)).toBe(expected);
  });
  it('nobody decides on a person not yet told', () => {
    expect(
      refusal(() => requireHeard({ notifiedOn: null, answeredOn: null }, 7, d('2026-12-01'), cal)),
    ).toBe('moral_not_notified');
  });
});

describe('the council votes as a body, never as one cadre', () => {
  const vote = (members: number, present: number, yes: number, no = 0, abstain = 0) => {
    try {
      return councilOutcome({ members, present, yes, no, abstain });
    } catch (e) {
      return e instanceof DomainError ? e.id : e;
    }
  };
  it.each([
    // size: two members are not a body that may decide
    [2, 2, 2, 'moral_council_too_small'],
    [3, 2, 2, { quorate: true, passed: true }],
    // quorum: more than half of the members (5: 2 no, 3 yes)
    [5, 2, 2, { quorate: false, passed: false }],
    [5, 3, 2, { quorate: true, passed: true }],
    // majority of those present: 2 of 4 is not more than half, 3 of 4 is
    [7, 4, 2, { quorate: true, passed: false }],
    [7, 4, 3, { quorate: true, passed: true }],
  ])('members %i, present %i, yes %i → %j', (members, present, yes, expected) => {
    expect(vote(members, present, yes)).toEqual(expected);
  });
  it('counts that do not add up are a field error', () => {
    expect(vote(5, 6, 1)).toBe('validation_failed');
    expect(vote(5, 3, 2, 1, 1)).toBe('validation_failed');
    expect(vote(5, 3, 1, 1, 1)).toEqual({ quorate: true, passed: false });
  });
});

describe('the listing comes off the board when its term ends', () => {
  it.each([
    ['2026-11-21', 12, '2027-11-21'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-03-15', 24, '2028-03-15'],
  ])('published %s for %i months → last day %s', (from, months, last) => {
    expect(listingExpiresOn(d(from), months)).toBe(last);
  });
  it('is on the board from publication to the last day, not the day after', () => {
    const l = {
      state: 'listed' as const,
      publishedOn: d('2026-11-21'),
      expiresOn: d('2027-11-21'),
    };
    expect(onBoard(l, d('2026-11-20'))).toBe(false);
    expect(onBoard(l, d('2026-11-21'))).toBe(true);
    expect(onBoard(l, d('2027-11-21'))).toBe(true);
    expect(onBoard(l, d('2027-11-22'))).toBe(false);
    expect(onBoard({ ...l, state: 'removed' }, d('2026-12-01'))).toBe(false);
  });
});

describe('the procedure table', () => {
  it('lists only after the person was told; the person answers for themselves', () => {
    expect(MORAL_LISTING.step('notified', 'answer', ['subject'])).toBe('answered');
    expect(MORAL_LISTING.step('answered', 'list', ['recorder'])).toBe('listed');
    expect(refusal(() => MORAL_LISTING.step('proposed', 'list', ['recorder']))).toBe(
      'case_step_refused',
    );
    expect(refusal(() => MORAL_LISTING.step('notified', 'list', ['subject']))).toBe(
      'case_role_refused',
    );
    expect(refusal(() => MORAL_LISTING.step('removed', 'remove', ['recorder']))).toBe(
      'case_step_refused',
    );
  });
});
