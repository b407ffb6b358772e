import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import { findingMessage } from '../rules/findings.ts';
import { PARTY_PARAMS } from './params.ts';
import {
  branchFindings,
  congressAllowed,
  missingOrganisationFindings,
  organisationFindings,
} from './structure.ts';
import { cadenceFindings, cadenceRows, committeeMeetingCounts, kindsOwed } from './cadence.ts';

const on = calendarDate('2026-11-21');
const codes = (fs: { code: string; severity: string }[]) =>
  fs.map((f) => `${f.code}:${f.severity}`);

describe('PARTY-BRANCH on formal members', () => {
  it.each([
    ['branch', 2, ['party_branch_too_few:violation']],
    ['branch', 3, []],
    ['branch', 4, []],
    ['jointBranch', 2, []],
    ['jointBranch', 3, ['party_joint_branch_enough:warning']],
    ['generalBranch', 50, ['party_general_branch_small:warning']],
    ['generalBranch', 51, []],
    ['committee', 99, ['party_committee_too_few:violation']],
    ['committee', 100, []],
    ['committee', 101, []],
  ] as const)('%s with %i formal members', (kind, formal, expected) => {
    expect(codes(organisationFindings(kind, formal, 'X组发〔2026〕1号', on, PARTY_PARAMS))).toEqual(
      expected,
    );
  });

  it('refuses a Party committee without the county committee’s approval', () => {
    const [f] = organisationFindings('committee', 120, null, on, PARTY_PARAMS);
    expect(f?.code).toBe('party_committee_unapproved');
    expect(findingMessage(f!, 'zh-CN')).toContain('县级地方党委批准');
  });

  it.each([
    [0, []],
    [1, ['party_organisation_missing:warning']],
  ] as const)('no organisation recorded with %i formal members', (formal, expected) => {
    expect(codes(missingOrganisationFindings(formal, on, PARTY_PARAMS))).toEqual(expected);
  });

  it.each([
    [499, false],
    [500, false],
    [501, true],
  ])('a members’ congress with %i members: %s', (formal, allowed) => {
    expect(congressAllowed(formal, PARTY_PARAMS)).toBe(allowed);
  });

  it.each([
    [2, ['party_branch_too_few:violation']],
    [3, []],
  ] as const)('a sub-branch with %i formal members', (formal, expected) => {
    expect(codes(branchFindings('subBranch', formal, 0, on, PARTY_PARAMS))).toEqual(expected);
  });
});

describe('PARTY-COMMITTEE', () => {
  it.each([
    [6, 0, []],
    [7, 0, ['party_committee_missing:violation']],
    [8, 0, ['party_committee_missing:violation']],
    [7, 2, ['party_committee_size:violation']],
    [7, 3, []],
    [20, 7, []],
    [20, 8, ['party_committee_size:violation']],
  ] as const)('%i formal members, %i seats', (formal, seats, expected) => {
    expect(codes(branchFindings('branch', formal, seats, on, PARTY_PARAMS))).toEqual(expected);
  });
});

describe('PARTY-3H1K', () => {
  it.each([
    [5, 2, false],
    [5, 3, true],
    [4, 1, false],
    [4, 2, true],
    [4, 3, true],
    [0, 0, false],
  ])('a committee of %i with %i present counts: %s (半数以上)', (seats, present, counts) => {
    expect(committeeMeetingCounts(present, seats, PARTY_PARAMS)).toBe(counts);
  });

  it('owes by unit: a group its group meetings, a branch the rest, a committee its meetings', () => {
    expect(kindsOwed('group', false, false)).toEqual(['groupMeeting']);
    expect(kindsOwed('generalBranch', true, true)).toEqual(['membersMeeting', 'committeeMeeting']);
    expect(kindsOwed('subBranch', false, false)).toEqual([
      'membersMeeting',
      'themeDay',
      'lecture',
      'lifeMeeting',
      'review',
    ]);
  });

  const d = calendarDate;
  it('finds the missed month overdue, the running one due, and ignores an uncounted meeting', () => {
    const held = [
      { kind: 'committeeMeeting' as const, heldOn: d('2026-10-09'), counted: true },
      { kind: 'committeeMeeting' as const, heldOn: d('2026-11-06'), counted: false },
      { kind: 'membersMeeting' as const, heldOn: d('2026-10-20'), counted: true },
    ];
    const rows = cadenceRows(
      ['membersMeeting', 'committeeMeeting'],
      held,
      d('2026-10-01'),
      d('2026-12-01'),
      PARTY_PARAMS,
    );
    expect(rows.map((r) => `${r.kind} ${r.period.label} ${r.state}`)).toEqual([
      'membersMeeting 2026年第4季度 met',
      'committeeMeeting 2026年10月 met',
      'committeeMeeting 2026年11月 overdue',
      'committeeMeeting 2026年12月 due',
    ]);
    const [overdue, due] = cadenceFindings('第一党支部', rows, d('2026-12-01'));
    expect(overdue).toMatchObject({ severity: 'violation', on: '2026-11-30' });
    expect(findingMessage(overdue!, 'zh-CN')).toBe(
      '第一党支部：支部委员会会议应每月召开 1 次，2026年11月 未召开',
    );
    expect(due?.severity).toBe('warning');
  });

  it('judges a period from its first day: a unit founded mid-month owes from the next month', () => {
    const rows = cadenceRows(['themeDay'], [], d('2026-10-15'), d('2026-11-30'), PARTY_PARAMS);
    expect(rows.map((r) => r.period.label)).toEqual(['2026年11月']);
    expect(rows[0]?.state).toBe('due');
    const ended = cadenceRows(['themeDay'], [], d('2026-10-15'), d('2026-12-01'), PARTY_PARAMS);
    expect(ended.map((r) => r.state)).toEqual(['overdue', 'due']);
  });
});
