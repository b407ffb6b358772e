import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import { meetingDoesNotStand, quorum } from '../meetings/quorum.ts';
import { cadenceRows, cadenceShortfall, type HeldMeeting } from '../party/cadence.ts';
import { PARTY_PARAMS } from '../party/params.ts';
import { NATIONAL_PARAMS } from '../rules/profile.ts';
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

  it('counts the meetings, composition and 三会一课 figures as problems', () => {
    const f = { ...EMPTY_FIGURES, partyMeetingsShort: 2, meetingsWithoutQuorum: 1 };
    expect(problemCount({ ...f, invalidCompositions: 1, partyMeetingsThisQuarter: 5 })).toBe(4);
    expect(rollUp([f, f]).partyMeetingsShort).toBe(4);
  });
});

describe('meetings without quorum (the figure counts meetings that do not stand)', () => {
  const params = NATIONAL_PARAMS['2025-10-28'];
  // a representatives' meeting of 30: 三分之二以上 present, 20 (《村民委员会组织法》第二十六条)
  const closedWith = (present: number, invalidReason: string | null = null) => ({
    quorumMet: quorum('representativesMeeting', { members: 30, present }, params).met,
    invalidReason,
  });

  it.each([
    [19, true],
    [20, false],
    [21, false],
  ])('%i of 30 representatives present → does not stand: %s', (present, expected) => {
    expect(meetingDoesNotStand(closedWith(present))).toBe(expected);
  });

  it('a meeting with quorum the supervision committee recorded invalid does not stand', () => {
    expect(meetingDoesNotStand(closedWith(25, '表决程序不符合规定'))).toBe(true);
  });

  it('one closed before its quorum was recorded is judged by the committee’s record alone', () => {
    expect(meetingDoesNotStand({ quorumMet: null, invalidReason: null })).toBe(false);
    expect(meetingDoesNotStand({ quorumMet: null, invalidReason: '无签到记录' })).toBe(true);
  });
});

describe('三会一课 short against the obligation (PARTY-3H1K)', () => {
  const from = d('2026-01-01');
  const held = (kind: HeldMeeting['kind'], ...days: string[]): HeldMeeting[] =>
    days.map((day) => ({ kind, heldOn: d(day), counted: true }));
  const short = (meetings: HeldMeeting[], today: string, params = PARTY_PARAMS) =>
    cadenceShortfall(
      cadenceRows(['membersMeeting', 'committeeMeeting'], meetings, from, d(today), params),
      from,
    );
  // two 党员大会 a quarter, the county's practice: n − 1, n, n + 1 in the first quarter
  const twice = {
    ...PARTY_PARAMS,
    'PARTY-3H1K': { ...PARTY_PARAMS['PARTY-3H1K'], partyMembersMeetingsPerQuarter: 2 },
  };
  const monthly = held('committeeMeeting', '2026-01-05', '2026-02-05', '2026-03-05');

  it.each([
    [['2026-02-01'], 1],
    [['2026-02-01', '2026-03-01'], 0],
    [['2026-01-10', '2026-02-01', '2026-03-01'], 0],
  ])('党员大会 held on %j of two owed in the first quarter → %i short', (days, missing) => {
    const s = short([...monthly, ...held('membersMeeting', ...days)], '2026-04-01', twice);
    expect(s.missing).toBe(missing);
  });

  it('a period still running is not short: the quarter is owed only once it has ended', () => {
    expect(short(monthly, '2026-03-31').missing).toBe(0);
    expect(short(monthly, '2026-04-01')).toEqual({
      missing: 1,
      byKind: [{ kind: 'membersMeeting', missing: 1 }],
    });
  });

  it('names each kind short: 支委会 months missed and 党员大会 quarters missed, to date', () => {
    const s = short(held('committeeMeeting', '2026-01-05', '2026-03-05'), '2026-07-02');
    expect(s.byKind).toEqual([
      { kind: 'membersMeeting', missing: 2 },
      { kind: 'committeeMeeting', missing: 4 }, // February, April, May, June
    ]);
    expect(s.missing).toBe(6);
  });

  it('periods before the year counted are left out', () => {
    const rows = cadenceRows(
      ['membersMeeting'],
      [],
      d('2025-01-01'),
      d('2026-04-01'),
      PARTY_PARAMS,
    );
    expect(cadenceShortfall(rows, from).missing).toBe(1);
    expect(cadenceShortfall(rows, d('2025-01-01')).missing).toBe(5);
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
