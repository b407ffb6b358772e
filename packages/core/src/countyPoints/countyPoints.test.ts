import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import type { Fen } from '../money.ts';
import { CHINA_HOLIDAYS } from '../rules/holidays.ts';
import { indicatorScore, villageScore } from './indicators.ts';
import { positionAmounts, rankVillages, type RankTier, type ScoredVillage } from './ranking.ts';
import { defaultScheme, schemeProblems, type CountyScheme } from './scheme.ts';
import { contestOnTime, finalisable, publicityEnd, SCHEME_MACHINE } from './procedure.ts';

const d = calendarDate;
const fen = (n: bigint) => n as Fen;
const sum = (xs: readonly bigint[]) => xs.reduce((a, b) => a + b, 0n);

describe('an indicator’s points (weight, less perEvent per event, never below zero)', () => {
  const petitions = { indicator: 'petitions' as const, weight: 30, perEvent: 10 };
  it.each([
    [0, 30],
    [1, 20],
    [2, 10],
    [3, 0],
    [4, 0],
  ])('%i events → %i points', (count, points) => {
    expect(indicatorScore(petitions, count)).toBe(points);
  });
  it('a "六零" target is all or nothing: 0 events → 10, 1 → 0', () => {
    const zero = { indicator: 'zeroCrimes' as const, weight: 10, perEvent: 10 };
    expect([0, 1, 2].map((n) => indicatorScore(zero, n))).toEqual([10, 0, 0]);
  });
  it('the default scheme totals 100 for a village with no events', () => {
    expect(villageScore(defaultScheme(2026).indicators, {}).total).toBe(100);
  });
});

describe('the fund split by rank tiers, exactly in fen', () => {
  const tiers = defaultScheme(2026).tiers;
  it('seed 003: ¥10,000,000 over the top 100 adds up to the fund to the fen', () => {
    const amounts = positionAmounts(fen(1_000_000_000n), tiers, 100);
    expect(amounts).toHaveLength(100);
    expect(sum(amounts)).toBe(1_000_000_000n);
    // 10×3 + 30×2 + 60×1 = 150 shares of 6,666,666⅔ fen; rounding down leaves 50 fen, which go
    // to the positions that lost ⅔ fen (41st to 90th), not to those that lost ⅓ (11th to 40th)
    expect(amounts[0]).toBe(20_000_000n);
    expect(amounts[10]).toBe(13_333_333n);
    expect([amounts[40], amounts[89], amounts[90], amounts[99]]).toEqual([
      6_666_667n,
      6_666_667n,
      6_666_666n,
      6_666_666n,
    ]);
  });
  it.each([
    [1, 3, [1, 0, 0]],
    [2, 3, [1, 1, 0]],
    [3, 3, [1, 1, 1]],
    [4, 3, [2, 1, 1]],
  ])('fund %i fen over %i equal positions → %j', (fund, n, expected) => {
    const one: RankTier[] = [{ fromRank: 1, toRank: 3, weight: 1 }];
    expect(positionAmounts(fen(BigInt(fund)), one, n)).toEqual(expected.map(BigInt));
  });
  it.each([99, 100, 101])('a county of %i villages: the split always adds up', (villages) => {
    const paid = positionAmounts(fen(1_000_000_001n), tiers, Math.min(100, villages));
    expect(sum(paid)).toBe(1_000_000_001n);
  });
});

const v = (villageId: string, total: number, byIndicator = {}): ScoredVillage => ({
  villageId,
  code: villageId,
  total,
  byIndicator,
});
const scheme = (topN: number, fund: bigint) => ({
  fund: fen(fund),
  topN,
  tiers: [{ fromRank: 1, toRank: topN, weight: 1 }],
  tieBreak: ['petitions' as const],
});

describe('the ranking: total, then the tie-break, then shared ranks', () => {
  it('higher total first; the tie-break indicator decides equal totals', () => {
    const r = rankVillages(
      [v('b', 90, { petitions: 20 }), v('a', 90, { petitions: 30 }), v('c', 95)],
      scheme(3, 300n),
    );
    expect(r.map((x) => [x.villageId, x.rank])).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 3],
    ]);
  });
  it('villages still tied share the rank and the pool of their positions', () => {
    const r = rankVillages([v('a', 90), v('b', 90), v('c', 80)], scheme(3, 300n));
    expect(r.map((x) => [x.villageId, x.rank, x.amount])).toEqual([
      ['a', 1, 100n],
      ['b', 1, 100n],
      ['c', 3, 100n],
    ]);
  });
  it.each([
    // top 2, three villages: n−1, n, n+1 tied at the boundary
    [['x', 'y'], 2, [100, 100]],
    [['x', 'y', 'z'], 2, [67, 67, 66]],
  ] as const)(
    'tied across the top-N boundary (%j, top %i): the pool is shared',
    (ids, topN, out) => {
      const r = rankVillages([v('w', 99), ...ids.map((id) => v(id, 50))], scheme(topN + 1, 300n));
      expect(r[0]!.amount).toBe(100n);
      expect(r.slice(1).map((x) => Number(x.amount))).toEqual(out);
      expect(sum(r.map((x) => x.amount))).toBe(300n);
    },
  );
  it('past the top N a village ranks but wins nothing', () => {
    const r = rankVillages([v('a', 3), v('b', 2), v('c', 1)], scheme(2, 200n));
    expect(r.map((x) => x.amount)).toEqual([100n, 100n, 0n]);
    expect(r[2]!.rank).toBe(3);
  });
});

describe('a scheme as entered', () => {
  const ok = defaultScheme(2026);
  const problems = (patch: Partial<CountyScheme>) =>
    schemeProblems({ ...ok, ...patch }).map((p) => `${p.field}:${p.error}`);
  it('the default scheme has no problem', () => expect(problems({})).toEqual([]));
  it('tiers must run from 1 to the top N without a gap', () => {
    expect(problems({ topN: 101 })).toEqual(['tiers:county_points_tiers_gap']);
    expect(problems({ topN: 99 })).toEqual(['tiers.2:county_points_tiers_gap']);
    const gap = [
      { fromRank: 1, toRank: 10, weight: 3 },
      { fromRank: 12, toRank: 100, weight: 1 },
    ];
    expect(problems({ tiers: gap })).toEqual(['tiers.1:county_points_tiers_gap']);
  });
  it.each([
    [0, ['publicityDays:county_points_number_range']],
    [1, []],
    [30, []],
    [31, ['publicityDays:county_points_number_range']],
  ])('publicity of %i days', (publicityDays, out) =>
    expect(problems({ publicityDays })).toEqual(out),
  );
  it('per event cannot take more than the weight; a tie-break must be weighed', () => {
    expect(
      problems({ indicators: [{ indicator: 'petitions', weight: 10, perEvent: 11 }] }),
    ).toEqual([
      'indicators.0.perEvent:county_points_number_range',
      'tieBreak.1:county_points_tie_break_invalid',
    ]);
  });
  it('an indicator twice', () => {
    const w = { indicator: 'zeroCrimes' as const, weight: 10, perEvent: 10 };
    expect(problems({ indicators: [...ok.indicators, w] })).toEqual([
      'indicators.8.indicator:county_points_indicator_twice',
    ]);
  });
});

describe('publicity and contests', () => {
  it('a period of 7 days from 2026-09-28 ends after the National Day holiday', () => {
    expect(publicityEnd(d('2026-09-28'), 7, CHINA_HOLIDAYS)).toBe('2026-10-08');
    expect(publicityEnd(d('2026-11-02'), 7, CHINA_HOLIDAYS)).toBe('2026-11-09');
  });
  it.each([
    ['2026-11-08', true],
    ['2026-11-09', true],
    ['2026-11-10', false],
  ])('a contest on %s against a period ending 2026-11-09: on time %s', (on, ok) => {
    expect(contestOnTime(d(on), d('2026-11-09'))).toBe(ok);
  });
  it.each([
    ['2026-11-09', 0, { ok: false, why: 'running' }],
    ['2026-11-10', 1, { ok: false, why: 'contests' }],
    ['2026-11-10', 0, { ok: true }],
  ] as const)('final on %s with %i open contests → %j', (on, open, out) => {
    expect(finalisable(d(on), d('2026-11-09'), open)).toEqual(out);
  });
  it('only the county computes, publishes and awards; the village contests; the town reports', () => {
    expect(SCHEME_MACHINE.actionsFor('collecting', ['town'])).toEqual(['report']);
    expect(SCHEME_MACHINE.actionsFor('inPublicity', ['village'])).toEqual(['contest']);
    expect(() => SCHEME_MACHINE.step('final', 'award', ['town'])).toThrow();
    expect(SCHEME_MACHINE.step('final', 'award', ['county'])).toBe('awarded');
  });
});
