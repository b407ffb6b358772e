import type { ErrorId } from '../errors.ts';
import type { Fen } from '../money.ts';
import { INDICATORS, type Indicator, type WeightedIndicator } from './indicators.ts';
import type { RankTier } from './ranking.ts';

/** A county's yearly scheme (积分换项目实施方案) as the county sets it before the facts come in. */
export interface CountyScheme {
  year: number;
  fund: Fen;
  topN: number;
  publicityDays: number;
  indicators: WeightedIndicator[];
  tiers: RankTier[];
  tieBreak: Indicator[];
}

export const SCHEME_LIMITS = {
  topN: { min: 1, max: 1000 },
  publicityDays: { min: 1, max: 30 },
  weight: { min: 1, max: 1000 },
  tierWeight: { min: 1, max: 100 },
} as const;

/**
 * Seed 003 (洞口县): ¥10,000,000 a year for the top 100 villages; the six "六零" targets all or
 * nothing. The weights and tiers are our example, for the county to change: the seed names none.
 */
export function defaultScheme(year: number): CountyScheme {
  const zero = (indicator: Indicator): WeightedIndicator => ({
    indicator,
    weight: 10,
    perEvent: 10,
  });
  return {
    year,
    fund: 1_000_000_000n as Fen,
    topN: 100,
    publicityDays: 7,
    indicators: [
      { indicator: 'petitions', weight: 30, perEvent: 10 },
      { indicator: 'disputes', weight: 10, perEvent: 5 },
      ...INDICATORS.slice(2).map(zero),
    ],
    tiers: [
      { fromRank: 1, toRank: 10, weight: 3 },
      { fromRank: 11, toRank: 40, weight: 2 },
      { fromRank: 41, toRank: 100, weight: 1 },
    ],
    tieBreak: ['petitions', 'zeroIrregularPetitions'],
  };
}

export interface FieldProblem {
  field: string;
  error: ErrorId;
  params?: Record<string, string | number>;
}

const within = (n: number, r: { min: number; max: number }) =>
  Number.isInteger(n) && n >= r.min && n <= r.max;

function indicatorProblems(indicators: readonly WeightedIndicator[]): FieldProblem[] {
  if (indicators.length === 0) return [{ field: 'indicators', error: 'field_required' }];
  const out: FieldProblem[] = [];
  const seen = new Set<Indicator>();
  indicators.forEach((w, i) => {
    if (seen.has(w.indicator))
      out.push({ field: `indicators.${i}.indicator`, error: 'county_points_indicator_twice' });
    seen.add(w.indicator);
    if (!within(w.weight, SCHEME_LIMITS.weight))
      out.push({
        field: `indicators.${i}.weight`,
        error: 'county_points_number_range',
        params: SCHEME_LIMITS.weight,
      });
    if (!within(w.perEvent, { min: 1, max: Math.max(1, w.weight) }))
      out.push({
        field: `indicators.${i}.perEvent`,
        error: 'county_points_number_range',
        params: { min: 1, max: w.weight },
      });
  });
  return out;
}

/** Tiers run from rank 1 to the top N with no gap or overlap. */
function tierProblems(tiers: readonly RankTier[], topN: number): FieldProblem[] {
  let next = 1;
  for (const [i, t] of tiers.entries()) {
    if (!within(t.weight, SCHEME_LIMITS.tierWeight))
      return [
        {
          field: `tiers.${i}.weight`,
          error: 'county_points_number_range',
          params: SCHEME_LIMITS.tierWeight,
        },
      ];
    if (t.fromRank !== next || t.toRank < t.fromRank || t.toRank > topN)
      return [
        { field: `tiers.${i}`, error: 'county_points_tiers_gap', params: { from: next, to: topN } },
      ];
    next = t.toRank + 1;
  }
  return next === topN + 1
    ? []
    : [{ field: 'tiers', error: 'county_points_tiers_gap', params: { from: next, to: topN } }];
}

/** What is wrong with a scheme as entered, field by field (none: it may be saved). */
export function schemeProblems(s: CountyScheme): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (!within(s.year, { min: 2000, max: 2100 }))
    out.push({
      field: 'year',
      error: 'county_points_number_range',
      params: { min: 2000, max: 2100 },
    });
  if (s.fund <= 0n) out.push({ field: 'fund', error: 'money_invalid' });
  if (!within(s.topN, SCHEME_LIMITS.topN))
    out.push({ field: 'topN', error: 'county_points_number_range', params: SCHEME_LIMITS.topN });
  if (!within(s.publicityDays, SCHEME_LIMITS.publicityDays))
    out.push({
      field: 'publicityDays',
      error: 'county_points_number_range',
      params: SCHEME_LIMITS.publicityDays,
    });
  out.push(...indicatorProblems(s.indicators));
  if (out.every((p) => p.field !== 'topN')) out.push(...tierProblems(s.tiers, s.topN));
  const weighed = new Set(s.indicators.map((w) => w.indicator));
  s.tieBreak.forEach((i, n) => {
    if (!weighed.has(i) || s.tieBreak.indexOf(i) !== n)
      out.push({ field: `tieBreak.${n}`, error: 'county_points_tie_break_invalid' });
  });
  return out;
}
