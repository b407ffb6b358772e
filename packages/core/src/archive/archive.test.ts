import { describe, expect, it } from 'vitest';
import { calendarDate as d } from '../calendarDate.ts';
import { findingMessage } from '../rules/findings.ts';
import {
  electionFilesFindings,
  financeDeadline,
  financeFindings,
  minutesFindings,
} from './duties.ts';
import { maskIdNumbersInText } from './mask.ts';
import { keptThrough, retentionOf, retentionWords } from './retention.ts';
import { ARCHIVE_TYPES, listedOn, listedTypesOn, MANUAL_ARCHIVE_TYPES } from './types.ts';

describe('VCOL-34-ARCHIVE: the kinds the law of the day lists', () => {
  it('the 2018 text lists ten kinds, the 2025 text four', () => {
    expect(listedTypesOn(d('2025-12-31'))).toEqual([
      'electionFiles',
      'meetingRecords',
      'resolutions',
      'financeAccounts',
      'financeStatements',
      'landContracting',
      'economicContracts',
      'assetRegisters',
      'publicFacilities',
      'construction',
      'homesteadPlans',
      'landCompensation',
    ]);
    expect(listedTypesOn(d('2026-01-01'))).toEqual([
      'electionFiles',
      'meetingRecords',
      'resolutions',
      'publicFacilities',
      'construction',
    ]);
  });

  it('a kind dropped in 2025 is still kept (the list ends in 等), only no longer named', () => {
    expect(listedOn('financeAccounts', d('2025-06-30'))).toBe(true);
    expect(listedOn('financeAccounts', d('2026-06-30'))).toBe(false);
    expect(ARCHIVE_TYPES).toContain('financeAccounts');
  });

  it('records-derived kinds are not filed by hand', () => {
    expect(MANUAL_ARCHIVE_TYPES).toContain('electionFiles');
    expect(MANUAL_ARCHIVE_TYPES).not.toContain('meetingRecords');
    expect(MANUAL_ARCHIVE_TYPES).not.toContain('responsibilityAudits');
  });
});

describe('retention (保管期限)', () => {
  it.each([
    ['electionFiles', 2026, null, '永久'],
    ['meetingRecords', 2026, null, '永久'],
    ['financeAccounts', 2026, 2056, '30年'],
    ['financeStatements', 2026, 2036, '10年'],
    ['responsibilityAudits', 2026, null, '永久'],
  ] as const)('%s of %i is kept through %s (%s)', (type, year, through, words) => {
    const r = retentionOf(type);
    expect(keptThrough(r, year)).toBe(through);
    expect(retentionWords(r).zh).toBe(words);
  });

  it('an unknown profile keeps the national table', () => {
    expect(retentionOf('financeAccounts', 'nowhere')).toEqual({ kind: 'years', years: 30 });
  });
});

describe('VCOL-34-ARCHIVE: what should have been filed', () => {
  const meeting = (hasMinutes: boolean) => ({
    title: '第三季度村民代表会议',
    meetingOn: d('2026-09-10'),
    closedOn: d('2026-09-10'),
    hasMinutes,
  });

  it.each([
    ['2026-10-09', 0], // 29 days after the close
    ['2026-10-10', 0], // 30 days: still in time
    ['2026-10-11', 1], // 31 days: late
  ])('minutes missing, today %s → %i finding(s)', (today, n) => {
    expect(minutesFindings([meeting(false)], d(today))).toHaveLength(n);
  });

  it('recorded minutes answer it; the message names the meeting', () => {
    expect(minutesFindings([meeting(true)], d('2027-01-01'))).toEqual([]);
    const [f] = minutesFindings([meeting(false)], d('2027-01-01'));
    expect(findingMessage(f!, 'zh-CN')).toBe(
      '2026年9月10日 召开的“第三季度村民代表会议”散会已超过 30 天，会议记录尚未归档',
    );
  });

  const y2025 = (closed: number[]) => ({ year: 2025, firstMonth: 3, closedMonths: closed });
  const all = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

  it.each([
    ['2026-03-30', all.slice(0, -1), 0],
    ['2026-03-31', all.slice(0, -1), 0],
    ['2026-04-01', all.slice(0, -1), 1],
    ['2026-04-01', all, 0],
  ])('books of 2025 (from March), today %s, %j closed → %i', (today, closed, n) => {
    expect(financeDeadline(2025)).toBe('2026-03-31');
    const f = financeFindings([y2025(closed)], d(today));
    expect(f).toHaveLength(n);
    if (n) expect(f[0]!.params).toMatchObject({ year: 2025, months: 1 });
  });

  it.each([
    ['2026-03-31', [], 0], // 30 days after taking office
    ['2026-04-01', [], 1],
    ['2026-04-01', ['2026-02-20'], 0], // the election's files, filed
    ['2026-04-01', ['2025-10-01'], 1], // older than the election window
  ])('election files, today %s, filed %j → %i', (today, dates, n) => {
    const f = electionFilesFindings(d('2026-03-01'), dates.map(d), d(today));
    expect(f).toHaveLength(n);
  });

  it('no committee in office, nothing to file', () => {
    expect(electionFilesFindings(null, [], d('2026-06-01'))).toEqual([]);
  });
});

describe('ID numbers in exported text', () => {
  it('masks an 18-character number inside text, keeps other digits', () => {
    expect(maskIdNumbersInText('张三（330282198001011234）领取 12,000 元，电话 13800000000')).toBe(
      '张三（3302************34）领取 12,000 元，电话 13800000000',
    );
    expect(maskIdNumbersInText('编号 33028219800101123X。')).toBe('编号 3302************3X。');
  });
});
