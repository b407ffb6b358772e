import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import { NATIONAL_PROFILE, profileParams, ZHEJIANG_PROFILE } from '../rules/profile.ts';
import { atLeast } from '../rules/threshold.ts';
import {
  announceBy,
  cadreResult,
  countRatings,
  endsOffice,
  evaluationWording,
  evaluatorBodyName,
  evaluatedBodies,
  heldInYear,
  paperProblems,
  yearsWithoutRound,
  type Rating,
  type RatingCounts,
} from './ratings.ts';

const national = profileParams(NATIONAL_PROFILE, '2025-10-28');
const zhejiang = profileParams(ZHEJIANG_PROFILE, '2025-10-28');
const counts = (competent: number, basicallyCompetent: number, incompetent: number) =>
  ({ competent, basicallyCompetent, incompetent }) satisfies RatingCounts;

describe('VCOL-33-EVAL: a cadre’s result from the sheets cast (过半数 of the sheets)', () => {
  it.each([
    // 20 sheets: 不称职 needs 11 (n−1, n, n+1 around the threshold)
    [counts(5, 5, 10), 20, 'basicallyCompetent'],
    [counts(4, 5, 11), 20, 'incompetent'],
    [counts(3, 5, 12), 20, 'incompetent'],
    // 称职 needs 11 too
    [counts(10, 10, 0), 20, 'basicallyCompetent'],
    [counts(11, 9, 0), 20, 'competent'],
    [counts(12, 8, 0), 20, 'competent'],
    // an odd base: 21 sheets need 11
    [counts(0, 11, 10), 21, 'basicallyCompetent'],
    [counts(0, 10, 11), 21, 'incompetent'],
    // blanks count in the base: 11 of 22 sheets is not more than half
    [counts(0, 0, 11), 22, 'basicallyCompetent'],
    [counts(0, 0, 12), 22, 'incompetent'],
    // no sheets rate no one 不称职
    [counts(0, 0, 0), 0, 'basicallyCompetent'],
  ] as const)('%o of %i sheets → %s', (c, sheets, result) => {
    expect(cadreResult(c, sheets, national).result).toBe(result);
  });

  it('states the figures it decided by', () => {
    const r = cadreResult(counts(4, 5, 11), 20, national);
    expect(r.requiredIncompetent).toBe(11);
    expect(r.text.zh).toBe('收回评议票 20 张，不称职票 11 张，过半数，评为不称职');
  });

  it('a charter’s stricter threshold (三分之二以上) moves the boundary', () => {
    const strict = {
      ...national,
      'VCOL-33-EVAL': { ...national['VCOL-33-EVAL'], incompetent: atLeast(2, 3) },
    };
    expect(cadreResult(counts(0, 8, 13), 21, strict).result).toBe('basicallyCompetent');
    expect(cadreResult(counts(0, 7, 14), 21, strict).result).toBe('incompetent');
  });

  it('refuses more ratings than sheets', () => {
    expect(() => cadreResult(counts(5, 5, 5), 14, national)).toThrow();
  });
});

describe('VCOL-33-EVAL: two consecutive 不称职 end the office', () => {
  // RULES.md: {ratings:["不称职","基本称职","不称职"]} → CONTINUES; {…,"不称职","不称职"} → TERMINATED
  it.each([
    [null, 'incompetent', false],
    ['basicallyCompetent', 'incompetent', false],
    ['competent', 'incompetent', false],
    ['incompetent', 'basicallyCompetent', false],
    ['incompetent', 'competent', false],
    ['incompetent', 'incompetent', true],
  ] as const)('previous %s, now %s → ends: %s', (previous, current, ends) => {
    expect(endsOffice(previous, current)).toBe(ends);
  });

  it('walks a history: 不称职, 基本称职, 不称职 continues; then 不称职 again terminates', () => {
    const history: Rating[] = ['incompetent', 'basicallyCompetent', 'incompetent', 'incompetent'];
    const ended = history.map((r, i) => endsOffice(i > 0 ? history[i - 1]! : null, r));
    expect(ended).toEqual([false, false, false, true]);
  });
});

describe('VCOL-33-EVAL: the profile', () => {
  it('national: the committee only; 浙江: the supervision committee too', () => {
    expect(evaluatedBodies(national)).toEqual(['villagersCommittee']);
    expect(evaluatedBodies(zhejiang)).toEqual([
      'villagersCommittee',
      'villageAffairsSupervisionCommittee',
    ]);
  });

  it('the end of an office is announced within 15 days of the count (浙江 Art. 35)', () => {
    expect(announceBy(calendarDate('2026-11-20'), zhejiang)).toBe('2026-12-05');
    expect(announceBy(calendarDate('2026-12-20'), national)).toBe('2027-01-04');
  });
});

describe('VCOL-33-EVAL: rounds and paper sheets', () => {
  it('a round is held in its own year', () => {
    expect(heldInYear(2026, calendarDate('2026-01-01'))).toBe(true);
    expect(heldInYear(2026, calendarDate('2025-12-31'))).toBe(false);
  });

  it('the years without a round (at least one a year)', () => {
    expect(yearsWithoutRound([2024, 2026], 2024, 2026)).toEqual([2025]);
    expect(yearsWithoutRound([], 2026, 2026)).toEqual([2026]);
  });

  it('a paper tally: a cadre has at most as many ratings as sheets (n−1, n, n+1)', () => {
    const tally = (n: number) => [{ membershipId: 'a', counts: counts(n, 0, 0) }];
    expect(paperProblems(10, tally(9))).toEqual([]);
    expect(paperProblems(10, tally(10))).toEqual([]);
    expect(paperProblems(10, tally(11))).toEqual([{ index: 0, total: 11 }]);
  });

  it('counts published ratings', () => {
    expect(countRatings(['competent', 'incompetent', 'incompetent'])).toEqual(counts(1, 0, 2));
  });
});

describe('民主评议 in a community’s words', () => {
  it('says 居民 and 社区 where a community does, and leaves a village’s as it is', () => {
    const text = '本村由村务监督委员会主持，由村民代表会议对村干部进行了民主评议';
    expect(evaluationWording(text, 'village')).toBe(text);
    expect(evaluationWording(text, 'community')).toBe(
      '本社区由居务监督委员会主持，由居民代表会议对社区干部进行了民主评议',
    );
    expect(evaluatorBodyName('assembly', 'community')).toEqual({
      zh: '居民会议',
      en: "Residents' assembly",
    });
  });
});
