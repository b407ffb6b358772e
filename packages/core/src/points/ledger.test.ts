import { describe, expect, it } from 'vitest';
import { calendarDate as d } from '../calendarDate.ts';
import {
  awardEffectiveOn,
  balanceOn,
  correctionEffectiveOn,
  lineStatus,
  type ContestSpan,
  type LedgerLine,
} from './ledger.ts';

const line = (over: Partial<LedgerLine>): LedgerLine => ({
  points: 10,
  kind: 'award',
  effectiveOn: d('2026-12-10'),
  awardId: 'a1',
  personId: null,
  countsForHousehold: true,
  ...over,
});

describe('a line counts from its effective date (n−1, n, n+1)', () => {
  const l = line({});
  it.each([
    ['2026-12-09', 'pending'],
    ['2026-12-10', 'counted'],
    ['2026-12-11', 'counted'],
  ] as const)('on %s it is %s', (on, status) => {
    expect(lineStatus(l, [], d(on))).toBe(status);
  });

  it("an award's line starts the day after its publicity's last day", () => {
    expect(awardEffectiveOn(d('2026-12-31'))).toBe('2027-01-01');
  });
});

describe('an award under an open contest does not count until decided', () => {
  const contest: ContestSpan = {
    awardId: 'a1',
    lodgedOn: d('2026-12-12'),
    decidedOn: d('2026-12-20'),
  };
  const lines = [line({})];
  it.each([
    ['2026-12-11', 10], // before the contest was lodged
    ['2026-12-12', 0], // lodged that day
    ['2026-12-19', 0], // the day before the decision
    ['2026-12-20', 10], // decided (dismissed): counts again
  ] as const)('on %s the balance is %i', (on, balance) => {
    expect(balanceOn(lines, [contest], d(on))).toBe(balance);
  });

  it('a contest still open counts as open on every later day', () => {
    expect(balanceOn(lines, [{ ...contest, decidedOn: null }], d('2027-06-01'))).toBe(0);
  });

  it('a contest of another award leaves this one alone', () => {
    expect(balanceOn(lines, [{ ...contest, awardId: 'a2' }], d('2026-12-15'))).toBe(10);
  });

  it('upheld: the reversal and the correction count from the decision, the award again too', () => {
    const upheld = [
      ...lines,
      line({ kind: 'reversal', points: -10, effectiveOn: d('2026-12-20') }),
      line({ kind: 'correction', points: 4, effectiveOn: d('2026-12-20') }),
    ];
    expect(balanceOn(upheld, [contest], d('2026-12-19'))).toBe(0);
    expect(balanceOn(upheld, [contest], d('2026-12-20'))).toBe(4);
  });
});

describe('whose balance', () => {
  const lines = [
    line({ awardId: null, kind: 'redemption', points: -3, effectiveOn: d('2026-12-01') }),
    line({ personId: 'p1', points: 5, countsForHousehold: true }),
    line({ personId: 'p2', points: 7, countsForHousehold: false }),
  ];
  const on = d('2026-12-31');
  it('the household sums its own lines and the person lines rolled into it', () => {
    expect(balanceOn(lines, [], on)).toBe(2);
  });
  it('a person sums their own lines, rolled in or not', () => {
    expect(balanceOn(lines, [], on, { personId: 'p1' })).toBe(5);
    expect(balanceOn(lines, [], on, { personId: 'p2' })).toBe(7);
  });
});

describe('a correction decided during publicity waits for the award’s line', () => {
  it.each([
    ['2026-12-09', '2026-12-10'], // decided the day before the award counts: waits for it
    ['2026-12-10', '2026-12-10'],
    ['2026-12-11', '2026-12-11'],
  ] as const)('decided %s → counts from %s', (decided, from) => {
    expect(correctionEffectiveOn(d(decided), d('2026-12-10'))).toBe(from);
  });
});
