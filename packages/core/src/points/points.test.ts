import { describe, expect, it } from 'vitest';
import { calendarDate as d } from '../calendarDate.ts';
import { findingWithCitation } from '../rules/findings.ts';
import { CHINA_HOLIDAYS as cal } from '../rules/holidays.ts';
import {
  capFinding,
  capPeriodOf,
  contestTimeFinding,
  publicityEndsOn,
  reviewFindings,
  type ReviewFacts,
} from './awards.ts';
import {
  checkSchemeAdoption,
  checkSchemeItems,
  unadoptedFinding,
  versionInForce,
  type SchemeItem,
} from './scheme.ts';

const on = d('2026-12-07');

describe('scheme items pass the village-rules content check', () => {
  const item = (name: string, points: number): SchemeItem => ({
    name,
    description: '',
    points,
    evidenceRequired: false,
    cap: null,
    beneficiary: 'household',
  });
  it.each([
    ['越级上访', -10, 'VR-PETITION'],
    ['外嫁女户口未迁出', -5, 'VR-WOMEN'],
    ['参加志愿服务', 5, null],
    ['乱倒垃圾', -2, null],
    ['家庭和睦、孝老爱亲', 10, null],
  ] as const)('“%s” (%i) → %s', (name, points, rule) => {
    const [findings] = checkSchemeItems([item(name, points)], on);
    expect(findings!.map((f) => f.ruleId)).toEqual(rule ? [rule] : []);
  });
});

describe('who adopts the scheme', () => {
  const ctx = { authorisations: [], on };
  it.each([
    [false, 'representativesMeeting', true],
    [false, 'villagersAssembly', true],
    [false, 'twoCommitteesJointMeeting', false],
    [true, 'villagersAssembly', true],
    [true, 'representativesMeeting', false],
  ] as const)('part of the village rules %s, adopted by %s → %s', (rules, meeting, ok) => {
    expect(checkSchemeAdoption(rules, meeting, ctx) === null).toBe(ok);
  });

  it('without an adopted version nothing is awarded, citing the Organic Law in words', () => {
    const text = findingWithCitation(unadoptedFinding(on), 'zh-CN');
    expect(text).toContain('2026年12月7日没有经村民代表会议或村民会议表决通过');
    expect(text).toContain('《中华人民共和国村民委员会组织法》');
  });
});

describe('the version in force (n−1, n, n+1 around an effective date)', () => {
  const versions = [
    { id: 'v1', version: 1, effectiveFrom: d('2026-01-01') },
    { id: 'v2', version: 2, effectiveFrom: d('2026-12-07') },
    { id: 'v3', version: 3, effectiveFrom: null },
  ];
  it.each([
    ['2025-12-31', null],
    ['2026-12-06', 'v1'],
    ['2026-12-07', 'v2'],
    ['2026-12-08', 'v2'],
  ] as const)('on %s → %s', (day, id) => {
    expect(versionInForce(versions, d(day))?.id ?? null).toBe(id);
  });
});

describe('the reviewer', () => {
  const facts: ReviewFacts = {
    on,
    reviewerBody: 'villageAffairsSupervisionCommittee',
    checkerName: '赵刚',
    checkerSeated: true,
    checkerIsProposer: false,
    relativeOf: null,
    item: '参加志愿服务',
    evidenceRequired: true,
    hasEvidence: true,
  };
  it.each([
    [{}, []],
    [{ checkerIsProposer: true }, ['points_checker_is_proposer']],
    [{ checkerSeated: false }, ['points_checker_not_reviewer']],
    [{ relativeOf: '王建国' }, ['points_checker_relative']],
    [{ hasEvidence: false }, ['points_evidence_missing']],
    [{ hasEvidence: false, evidenceRequired: false }, []],
  ] as const)('%o → %o', (over, codes) => {
    expect(reviewFindings({ ...facts, ...over }).map((f) => f.code)).toEqual(codes);
  });

  it('the refusal names the body and the scheme’s article', () => {
    const [f] = reviewFindings({ ...facts, checkerSeated: false });
    expect(findingWithCitation(f!, 'zh-CN')).toBe(
      '积分由村务监督委员会成员审核，赵刚不是村务监督委员会成员（本村积分制管理办法（审核与回避））',
    );
  });
});

describe('publicity across holidays (the posting day not counted)', () => {
  it.each([
    // 5 working days from a Monday: Tue … Fri and the next Monday
    ['2026-12-07', 5, 'working', '2026-12-14'],
    // 3 working days from 30 September: the National Day week skipped, Sat 10 Oct is a 调休 working day
    ['2026-09-30', 3, 'working', '2026-10-10'],
    // 3 calendar days from 28 September end on 1 October, a holiday: run on to 8 October
    ['2026-09-28', 3, 'calendar', '2026-10-08'],
    ['2026-12-07', 7, 'calendar', '2026-12-14'],
  ] as const)('posted %s, %i %s days → last day %s', (posted, days, unit, end) => {
    expect(publicityEndsOn(d(posted), days, unit, cal)).toBe(end);
  });

  it.each([
    ['2026-12-06', false],
    ['2026-12-07', true],
    ['2026-12-14', true],
    ['2026-12-15', false],
  ] as const)('a contest lodged on %s is in time: %s', (day, ok) => {
    expect(contestTimeFinding(d(day), d('2026-12-07'), d('2026-12-14')) === null).toBe(ok);
  });
});

describe('caps per period', () => {
  it.each([
    ['2026-02-15', 'month', '2026-02-01', '2026-02-28'],
    ['2026-05-31', 'quarter', '2026-04-01', '2026-06-30'],
    ['2026-12-31', 'month', '2026-12-01', '2026-12-31'],
    ['2026-07-01', 'year', '2026-01-01', '2026-12-31'],
  ] as const)('%s in its %s: %s – %s', (day, period, from, to) => {
    expect(capPeriodOf(d(day), period)).toEqual({ from, to });
  });

  const cap = { points: 20, period: 'month' as const };
  const names = { item: '参加志愿服务', who: '王建国户' };
  it.each([
    [10, 5, true], // 15 of 20
    [15, 5, true], // exactly 20
    [16, 5, false], // 21
    [-15, -5, true], // deductions count by size too
    [-16, -5, false],
  ] as const)('%i already and %i more → within the cap: %s', (already, points, ok) => {
    expect(capFinding(on, cap, already, points, names) === null).toBe(ok);
  });

  it('no cap, no limit', () => {
    expect(capFinding(on, null, 1000, 1000, names)).toBeNull();
  });

  it('the refusal says the cap, what is there and what would pass it', () => {
    const f = capFinding(on, cap, 16, 5, names)!;
    expect(findingWithCitation(f, 'zh-CN')).toBe(
      '“参加志愿服务”每月最多20分，王建国户本月已有16分，本次5分将超出上限（本村积分制管理办法（积分上限））',
    );
  });
});
