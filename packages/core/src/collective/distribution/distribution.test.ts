import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../calendarDate.ts';
import type { Fen } from '../../money.ts';
import { findingWithCitation } from '../../rules/findings.ts';
import { allocate, byHousehold, type Shareholding } from './allocate.ts';
import { checkReportsPublished, checkReserve } from './rules.ts';
import { splitIncome, type DistributionTerms } from './split.ts';

const fen = (n: bigint | number) => BigInt(n) as Fen;
const holding = (payee: string, shares: number, registerNo: number): Shareholding => ({
  payee,
  registerNo,
  shares: BigInt(shares),
});

describe('splitIncome (NJJ-42-DIST): reserve first, rounded up; the committee; the rest', () => {
  const terms = (
    reserveRateBp: number,
    committeePayment: DistributionTerms['committeePayment'],
  ): DistributionTerms => ({ reserveRateBp, committeePayment });

  it('rounds the reserve up to the fen and the committee rate down', () => {
    // 10% of 1,000.01 yuan is 100.001 yuan: the reserve takes 100.01
    // and 5% of it is 50.0005 yuan: the committee gets 50.00
    const split = splitIncome(fen(100_001), terms(1000, { kind: 'rate', rateBp: 500 }));
    expect(split).toEqual({
      incomeFen: 100_001n,
      reserveFen: 10_001n,
      committeeFen: 5_000n,
      poolFen: 85_000n,
    });
  });

  it.each([
    [10_000n, 1000n],
    [10_001n, 1001n],
    [10_009n, 1001n],
    [10_010n, 1001n],
    [10_011n, 1002n],
  ])('10%% of %i fen reserves %i fen', (income, reserve) => {
    const split = splitIncome(fen(income), terms(1000, { kind: 'none' }));
    expect('reserveFen' in split && split.reserveFen).toBe(reserve);
  });

  it.each([
    [90_001n, 'committee_exceeds_income'],
    [90_000n, null],
    [89_999n, null],
  ])('a fixed payment of %i fen from 1,000 yuan after a 10%% reserve: %s', (fixed, problem) => {
    const split = splitIncome(fen(100_000), terms(1000, { kind: 'fixed', fen: fen(fixed) }));
    expect('problem' in split ? split.problem : null).toBe(problem);
    if (!('problem' in split)) expect(split.poolFen).toBe(90_000n - fixed);
  });

  it('refuses to split nothing', () => {
    expect(splitIncome(fen(0), terms(1000, { kind: 'none' }))).toEqual({
      problem: 'income_not_positive',
    });
  });
});

describe('allocate: the remainder rule', () => {
  it('works the docs’ example through: 100 fen over 3, 3 and 1 shares', () => {
    // exact: 42.857…, 42.857…, 14.285… — floors 42 + 42 + 14 = 98; 2 fen left, largest
    // remainders are the two 3-share holders (6/7 each) before the 1-share (2/7)
    expect(
      allocate(fen(100), [holding('A', 3, 2), holding('B', 3, 1), holding('C', 1, 3)]).map(
        (d) => d.amountFen,
      ),
    ).toEqual([43n, 43n, 14n]);
  });

  it('works docs/collective.md’s example: 85,000 fen over 3, 3 and 1 shares', () => {
    // floors 36,428 + 36,428 + 12,142 = 84,998; remainders 4/7, 4/7, 6/7: No. 3 first, then
    // the tie of Nos. 1 and 2 to the lower register number
    expect(
      allocate(fen(85_000), [holding('A', 3, 1), holding('B', 3, 2), holding('C', 1, 3)]).map(
        (d) => d.amountFen,
      ),
    ).toEqual([36_429n, 36_428n, 12_143n]);
  });

  it('gives a tie of remainders to the lower register number', () => {
    // 10 fen over 3 equal holders: 3 each, 1 fen left; No. 9 comes before No. 10 and No. 11
    const out = allocate(fen(10), [holding('x', 1, 11), holding('y', 1, 10), holding('z', 1, 9)]);
    expect(out.map((d) => [d.payee, d.amountFen])).toEqual([
      ['x', 3n],
      ['y', 3n],
      ['z', 4n],
    ]);
  });

  it('pays nothing to no shares and refuses an empty base', () => {
    expect(
      allocate(fen(5), [holding('a', 0, 1), holding('b', 2, 2)]).map((d) => d.amountFen),
    ).toEqual([0n, 5n]);
    expect(() => allocate(fen(5), [holding('a', 0, 1)])).toThrow();
  });

  it('sums a household’s members and names it by its first register number', () => {
    expect(
      byHousehold([
        { personId: 'p1', householdId: 'h1', registerNo: 12, shares: 2n },
        { personId: 'p2', householdId: 'h2', registerNo: 3, shares: 1n },
        { personId: 'p3', householdId: 'h1', registerNo: 8, shares: 5n },
      ]),
    ).toEqual([
      { payee: 'h1', registerNo: 8, shares: 7n },
      { payee: 'h2', registerNo: 3, shares: 1n },
    ]);
  });

  it('over 3,000+ payees: the sum is exact, each within a fen, more shares never less', () => {
    const payees = fc
      .array(fc.integer({ min: 0, max: 1_000 }), { minLength: 3_000, maxLength: 3_200 })
      .filter((shares) => shares.some((s) => s > 0));
    const pool = fc.bigInt({ min: 0n, max: 99_999_999_999_99n });
    fc.assert(
      fc.property(payees, pool, (shares, poolFen) => {
        const holdings = shares.map((s, i) => holding(`p${i}`, s, i + 1));
        const total = BigInt(shares.reduce((a, b) => a + b, 0));
        const out = allocate(fen(poolFen), holdings);
        expect(out.reduce((sum, d) => sum + d.amountFen, 0n)).toBe(poolFen);
        for (const d of out) {
          // |amount − pool × shares ÷ total| < 1 fen, in integers: |amount × total − pool × shares| < total
          const gap = d.amountFen * total - poolFen * d.shares;
          expect(gap < total && -gap < total).toBe(true);
        }
        const sorted = [...out].sort((a, b) =>
          a.shares < b.shares ? -1 : a.shares > b.shares ? 1 : 0,
        );
        for (let i = 1; i < sorted.length; i++) {
          const [lo, hi] = [sorted[i - 1]!, sorted[i]!];
          if (hi.shares > lo.shares) expect(hi.amountFen >= lo.amountFen).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('checkReserve (NJJ-42-DIST): never less than the charter’s rate, never nothing', () => {
  const on = calendarDate('2026-12-20');
  it.each([
    [999, 'distribution_reserve_short'],
    [1000, null],
    [1001, null],
    [0, 'distribution_reserve_missing'],
  ])('a plan reserving %i bp where the charter says 1000', (planBp, code) => {
    expect(checkReserve(planBp, 1000, on)?.code ?? null).toBe(code);
  });

  it('cites the article in words', () => {
    const f = checkReserve(0, 1000, on);
    expect(f && findingWithCitation(f, 'zh-CN')).toContain(
      '《中华人民共和国农村集体经济组织法》第四十二条',
    );
    expect(f && findingWithCitation(f, 'zh-CN')).toContain('10%');
  });
});

describe('checkReportsPublished (NJJ-46-REPORTS): ten days before the meeting', () => {
  const meetingOn = calendarDate('2026-12-20');
  it.each([
    ['2026-12-11', 'distribution_reports_late'], // 9 days
    ['2026-12-10', null], // 10 days
    ['2026-12-09', null], // 11 days
  ])('published on %s', (publishedOn, code) => {
    expect(checkReportsPublished(calendarDate(publishedOn), meetingOn)?.code ?? null).toBe(code);
  });

  it('refuses a vote on reports never published, and names the earliest day', () => {
    expect(checkReportsPublished(null, meetingOn)?.code).toBe('distribution_reports_unpublished');
    const late = checkReportsPublished(calendarDate('2026-12-15'), meetingOn);
    expect(late && findingWithCitation(late, 'zh-CN')).toContain('2026年12月25日');
    expect(late && findingWithCitation(late, 'zh-CN')).toContain('第四十六条');
  });
});
