import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import { NATIONAL_PROFILE, profileParams, resolveProfile } from '../rules/profile.ts';
import {
  complaintAnswerState,
  complaintDueOn,
  normalizeTrackingCode,
  routeComplaint,
  trackingCodeOf,
  visibleHandlers,
} from './complaints.ts';

const d = calendarDate;

describe('routing a complaint (seed 002 figure 4: 事务类 → 责成办理, 风纪类 → 报镇纪委)', () => {
  it.each([
    [null, null, [], { kind: 'pending' }],
    ['affairs', null, [], { kind: 'pending' }],
    ['affairs', 'villagersCommittee', [], { kind: 'affairs', handler: 'villagersCommittee' }],
    ['affairs', 'partyBranch', [], { kind: 'affairs', handler: 'partyBranch' }],
    ['discipline', null, [], { kind: 'discipline', because: 'classified' }],
    ['discipline', 'partyBranch', [], { kind: 'discipline', because: 'classified' }],
    // anything about a cadre is discipline, whatever the member chose
    ['affairs', 'villagersCommittee', ['p1'], { kind: 'discipline', because: 'concernsCadre' }],
    [null, null, ['p1'], { kind: 'discipline', because: 'concernsCadre' }],
  ] as const)('class %s, handler %s, naming %j → %j', (cls, handler, concerns, expected) => {
    expect(routeComplaint({ class: cls, handler, concernsPersonIds: concerns })).toEqual(expected);
  });
});

describe("the answer is due the profile's days after the complaint is handed on (rest days moved)", () => {
  const params = profileParams(NATIONAL_PROFILE, '2025-10-28');
  it('counts 15 days by default from the day after, moved past a weekend', () => {
    expect(params['SEED002-SUPERVISION'].complaintAnswerDays).toBe(15);
    // 2026-11-21 (Sat) + 15 = 2026-12-06 (Sun) → Monday 2026-12-07
    expect(complaintDueOn(d('2026-11-21'), params)).toBe('2026-12-07');
    // 2026-11-11 (Wed) + 15 = 2026-11-26 (Thu), a working day
    expect(complaintDueOn(d('2026-11-11'), params)).toBe('2026-11-26');
  });

  it("counts a charter's own days", () => {
    const { profile } = resolveProfile(
      NATIONAL_PROFILE,
      [
        {
          ruleId: 'SEED002-SUPERVISION',
          params: { complaintAnswerDays: 10 },
          adoptedOn: '2026-01-10',
        },
      ],
      d('2026-11-11'),
    );
    // 2026-11-11 + 10 = 2026-11-21 (Sat) → Monday 2026-11-23
    expect(complaintDueOn(d('2026-11-11'), profile.params)).toBe('2026-11-23');
  });

  const due = d('2026-11-26');
  it.each([
    // n−1, n, n+1 around the due day: open until its end, overdue the day after
    ['2026-11-25', null, 'open'],
    ['2026-11-26', null, 'open'],
    ['2026-11-27', null, 'overdue'],
    // answered on n−1, n: on time; on n+1: late
    ['2026-12-30', '2026-11-25', 'answered'],
    ['2026-12-30', '2026-11-26', 'answered'],
    ['2026-12-30', '2026-11-27', 'answeredLate'],
  ] as const)('today %s, answered %s → %s', (today, answeredOn, state) => {
    expect(
      complaintAnswerState({ dueOn: due, answeredOn: answeredOn ? d(answeredOn) : null }, d(today)),
    ).toBe(state);
  });
});

describe('who sees which affairs complaints', () => {
  it.each([
    [['supervisionMember'], [], null],
    [['townOfficial'], [], null],
    [['committeeMember'], [{ bodyKind: 'villagersCommittee' }], ['villagersCommittee']],
    [
      ['partyCommitteeMember', 'committeeMember'],
      [{ bodyKind: 'partyBranch' }, { bodyKind: 'villagersCommittee' }],
      ['partyBranch', 'villagersCommittee'],
    ],
    [['representative'], [{ bodyKind: 'representativesMeeting' }], []],
  ] as const)('roles %j with seats %j → %j', (roles, posts, expected) => {
    expect(visibleHandlers(new Set(roles), posts)).toEqual(expected);
  });
});

describe('the 查询码', () => {
  it('is 12 characters without look-alikes, in three groups, and read back as typed', () => {
    const code = trackingCodeOf([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30]);
    expect(code).toBe('2345-6789-ABCZ');
    expect(normalizeTrackingCode('2345 6789 abcz')).toBe(code);
    expect(normalizeTrackingCode('23456789ABCZ')).toBe(code);
    expect(normalizeTrackingCode('2345-6789-ABC0')).toBeNull();
    expect(normalizeTrackingCode('2345-6789-ABC')).toBeNull();
  });
});
