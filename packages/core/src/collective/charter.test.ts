import { describe, expect, it } from 'vitest';
import type { Fen } from '../money.ts';
import { atLeast, STRICT_MAJORITY } from '../rules/threshold.ts';
import { charterProblems, readTerms, storeTerms, type CharterTerms } from './charter.ts';
import { isCreditCode } from './organisation.ts';

/** Seed 002's kind of charter: 10% reserve, a fixed 公益建设资金 to the committee, two classes. */
const SEED: CharterTerms = {
  reserveRateBp: 1000,
  committeePayment: { kind: 'fixed', fen: 5_000_000n as Fen },
  shareClasses: [
    { shareClass: 'population', weight: 10 },
    { shareClass: 'farmingYears', weight: 1 },
  ],
  shareMode: 'static',
  newborn: 'none',
  adjustEveryYears: null,
  partyStudy: 'warn',
  assemblyDecision: atLeast(2, 3),
  otherLossReasons: ['自愿放弃土地承包经营权并书面声明退出'],
};
const errors = (t: Partial<CharterTerms>) =>
  charterProblems({ ...SEED, ...t }).map((p) => `${p.field}:${p.error}`);

describe('charter terms', () => {
  it('a lawful charter has no problems and survives storage (fen as a string)', () => {
    expect(charterProblems(SEED)).toEqual([]);
    const stored = storeTerms(SEED);
    expect(stored.committeePayment).toEqual({ kind: 'fixed', fen: '5000000' });
    expect(readTerms(JSON.parse(JSON.stringify(stored)))).toEqual(SEED);
  });

  it.each([
    [0, ['reserveRateBp:collective_reserve_rate']],
    [1, []],
    [9999, []],
    [10000, ['reserveRateBp:collective_reserve_rate']],
    [1.5, ['reserveRateBp:collective_reserve_rate']],
  ])('NJJ-42 the reserve rate %d bp → %j (the reserve comes first: never none)', (rate, want) => {
    expect(errors({ reserveRateBp: rate })).toEqual(want);
  });

  it.each([
    [8999, []],
    [9000, ['committeePayment.rateBp:collective_rates_exceed']],
    [0, ['committeePayment.rateBp:collective_rate_invalid']],
  ])('reserve 10%% + committee rate %d bp → %j', (rateBp, want) => {
    expect(errors({ committeePayment: { kind: 'rate', rateBp } })).toEqual(want);
  });

  it('a fixed payment is above zero', () => {
    expect(errors({ committeePayment: { kind: 'fixed', fen: 0n as Fen } })).toEqual([
      'committeePayment.fen:collective_fixed_payment',
    ]);
    expect(errors({ committeePayment: { kind: 'none' } })).toEqual([]);
  });

  it('share classes: at least one, each once, whole positive weights', () => {
    expect(errors({ shareClasses: [] })).toEqual(['shareClasses:collective_share_classes_empty']);
    expect(
      errors({
        shareClasses: [
          { shareClass: 'land', weight: 0 },
          { shareClass: 'land', weight: 2 },
        ],
      }),
    ).toEqual([
      'shareClasses.0.weight:collective_share_weight',
      'shareClasses.1.shareClass:collective_share_class_twice',
    ]);
  });

  it('static shares give a newborn nothing and are not adjusted; dynamic ones say how often', () => {
    expect(errors({ newborn: 'onConfirmation' })).toEqual(['newborn:collective_static_newborn']);
    expect(errors({ adjustEveryYears: 5 })).toEqual([
      'adjustEveryYears:collective_static_adjustment',
    ]);
    expect(errors({ shareMode: 'dynamic', newborn: 'atAdjustment', adjustEveryYears: 5 })).toEqual(
      [],
    );
    expect(errors({ shareMode: 'dynamic', newborn: 'onConfirmation' })).toEqual([
      'adjustEveryYears:collective_adjust_years',
    ]);
  });

  it.each([
    [atLeast(2, 3), []],
    [atLeast(3, 4), []],
    [atLeast(3, 5), ['assemblyDecision:collective_decision_looser']],
    [STRICT_MAJORITY, ['assemblyDecision:collective_decision_looser']],
  ])('NJJ-27 the assembly threshold %j → %j (stricter only)', (t, want) => {
    expect(errors({ assemblyDecision: t })).toEqual(want);
  });

  it.each([['离婚后户口迁出'], ['外出务工满五年'], ['出嫁到外村'], ['服刑期间']])(
    'NJJ-18 a charter may not list “%s” as an other reason for losing membership',
    (reason) => {
      expect(errors({ otherLossReasons: [reason] })).toEqual([
        'otherLossReasons.0:collective_reason_art18',
      ]);
    },
  );
});

describe('unified social credit code (GB 32100)', () => {
  it.each([
    ['N2510115MF00000016', true],
    ['91510100MA61R0000T', true],
    ['N2510115MF00000017', false],
    ['91510100MA61R0000I', false],
    ['N2510115MF0000001', false],
  ])('%s → %s', (code, ok) => {
    expect(isCreditCode(code)).toBe(ok);
  });
});
