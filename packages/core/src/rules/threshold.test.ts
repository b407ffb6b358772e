import { describe, expect, it } from 'vitest';
import {
  atLeast,
  atLeastAsStrict,
  meets,
  required,
  STRICT_MAJORITY,
  thresholdWording,
  type Threshold,
} from './threshold.ts';

/** The smallest passing count, worked out by hand from RULES.md §0.2 (not by the code under test). */
const REQUIRED_TABLE: [label: string, t: Threshold, byBase: Record<number, number>][] = [
  [
    '过半数 (strict majority)',
    STRICT_MAJORITY,
    { 0: 1, 1: 1, 2: 2, 3: 2, 99: 50, 100: 51, 101: 51 },
  ],
  ['半数以上 (at least 1/2)', atLeast(1, 2), { 0: 0, 1: 1, 2: 1, 3: 2, 99: 50, 100: 50, 101: 51 }],
  ['三分之二以上 (2/3)', atLeast(2, 3), { 0: 0, 1: 1, 2: 2, 3: 2, 99: 66, 100: 67, 101: 68 }],
  ['四分之三以上 (3/4)', atLeast(3, 4), { 0: 0, 1: 1, 2: 2, 3: 3, 99: 75, 100: 75, 101: 76 }],
  ['五分之四以上 (4/5)', atLeast(4, 5), { 0: 0, 1: 1, 2: 2, 3: 3, 99: 80, 100: 80, 101: 81 }],
  ['五分之一以上 (1/5)', atLeast(1, 5), { 0: 0, 1: 1, 2: 1, 3: 1, 99: 20, 100: 20, 101: 21 }],
  ['十分之一以上 (1/10)', atLeast(1, 10), { 0: 0, 1: 1, 2: 1, 3: 1, 99: 10, 100: 10, 101: 11 }],
  ['三分之一以上 (1/3)', atLeast(1, 3), { 0: 0, 1: 1, 2: 1, 3: 1, 99: 33, 100: 34, 101: 34 }],
];

const requiredRows = REQUIRED_TABLE.flatMap(([label, t, byBase]) =>
  Object.entries(byBase).map(([base, req]) => ({ label, t, base: Number(base), req })),
);

/** n−1, n, n+1 around every required figure (n−1 only where it is a count). */
const boundaryRows = requiredRows.flatMap(({ label, t, base, req }) => [
  ...(req > 0 ? [{ label, t, base, count: req - 1, expected: false }] : []),
  { label, t, base, count: req, expected: true },
  { label, t, base, count: req + 1, expected: true },
]);

describe('threshold arithmetic (RULES.md §0.2)', () => {
  it.each(requiredRows)('§0.2 $label of base $base requires $req', ({ t, base, req }) => {
    expect(required(base, t)).toBe(req);
  });

  it.each(boundaryRows)(
    '§0.2 $label: $count of base $base meets → $expected',
    ({ t, base, count, expected }) => {
      expect(meets(count, base, t)).toBe(expected);
    },
  );

  // the §0.2 table rows verbatim: n=100 and n=101
  it.each([
    ['过半数', STRICT_MAJORITY, 100, 51],
    ['过半数', STRICT_MAJORITY, 101, 51],
    ['半数以上', atLeast(1, 2), 100, 50],
    ['半数以上', atLeast(1, 2), 101, 51],
    ['三分之二以上', atLeast(2, 3), 100, 67],
    ['三分之二以上', atLeast(2, 3), 101, 68],
    ['四分之三以上', atLeast(3, 4), 100, 75],
    ['四分之三以上', atLeast(3, 4), 101, 76],
    ['五分之一以上', atLeast(1, 5), 100, 20],
    ['五分之一以上', atLeast(1, 5), 101, 21],
    ['五分之四以上', atLeast(4, 5), 100, 80],
    ['五分之四以上', atLeast(4, 5), 101, 81],
    ['不得少于三分之一', atLeast(1, 3), 100, 34],
    ['不得少于三分之一', atLeast(1, 3), 101, 34],
  ] as const)('§0.2 table: %s at n=%i is ≥%i', (_label, t, n, x) => {
    expect(required(n, t)).toBe(x);
    expect(meets(x, n, t)).toBe(true);
    expect(meets(x - 1, n, t)).toBe(false);
  });

  it('a tie passes 半数以上 but fails 过半数 (n=100, 50 yes)', () => {
    expect(meets(50, 100, atLeast(1, 2))).toBe(true);
    expect(meets(50, 100, STRICT_MAJORITY)).toBe(false);
  });

  it('uses integer cross-multiplication, not floating point (2/3 of 300 is exactly 200)', () => {
    expect(meets(200, 300, atLeast(2, 3))).toBe(true);
    expect(meets(199, 300, atLeast(2, 3))).toBe(false);
    // 30 × 0.1 is 3.0000000000000004 in floating point; 3 of 30 is still exactly 1/10
    expect(meets(3, 30, atLeast(1, 10))).toBe(true);
    expect(meets(7, 70, atLeast(1, 10))).toBe(true);
  });
});

describe('how the statute words a threshold', () => {
  it.each([
    [STRICT_MAJORITY, '过半数', 'more than half'],
    [atLeast(1, 2), '半数以上', 'at least half'],
    [atLeast(2, 4), '半数以上', 'at least half'],
    [atLeast(2, 3), '三分之二以上', 'at least 2/3'],
    [atLeast(3, 4), '四分之三以上', 'at least 3/4'],
    [atLeast(4, 5), '五分之四以上', 'at least 4/5'],
    [atLeast(1, 5), '五分之一以上', 'at least 1/5'],
    [atLeast(1, 10), '十分之一以上', 'at least 1/10'],
    [atLeast(1, 3), '三分之一以上', 'at least 1/3'],
  ] as const)('%j is worded %s / %s', (t, zh, en) => {
    expect(thresholdWording(t)).toEqual({ zh, en });
  });
});

describe('atLeastAsStrict (a charter may tighten, never loosen)', () => {
  it.each([
    ['过半数', STRICT_MAJORITY, '过半数', STRICT_MAJORITY, true],
    ['2/3', atLeast(2, 3), '过半数', STRICT_MAJORITY, true],
    ['3/4', atLeast(3, 4), '过半数', STRICT_MAJORITY, true],
    ['过半数', STRICT_MAJORITY, '半数以上', atLeast(1, 2), true],
    ['半数以上', atLeast(1, 2), '过半数', STRICT_MAJORITY, false],
    ['过半数', STRICT_MAJORITY, '2/3', atLeast(2, 3), false],
    ['3/4', atLeast(3, 4), '2/3', atLeast(2, 3), true],
    ['2/3', atLeast(2, 3), '3/4', atLeast(3, 4), false],
    ['4/5', atLeast(4, 5), '4/5', atLeast(4, 5), true],
    ['1/5', atLeast(1, 5), '1/10', atLeast(1, 10), true],
    ['1/10', atLeast(1, 10), '1/5', atLeast(1, 5), false],
    ['1/3', atLeast(1, 3), '1/5', atLeast(1, 5), true],
    ['1/2', atLeast(1, 2), '1/3', atLeast(1, 3), true],
  ] as const)('%s as strict as %s → %s', (_a, a, _b, b, expected) => {
    expect(atLeastAsStrict(a, b)).toBe(expected);
  });
});
