import type { Fen } from '../money.ts';
import type { Indicator } from './indicators.ts';

/** A band of ranks whose villages weigh the same in the fund's split (e.g. ranks 1–10 weigh 3). */
export interface RankTier {
  fromRank: number;
  toRank: number;
  weight: number;
}

export interface ScoredVillage {
  villageId: string;
  /** The administrative code (区划代码): orders the remainder fen inside a tie, nothing else. */
  code: string;
  total: number;
  byIndicator: Partial<Record<Indicator, number>>;
}

export interface RankedVillage extends ScoredVillage {
  /** 1 + the villages strictly ahead: tied villages share a rank (1, 2, 2, 4). */
  rank: number;
  /** The project fund won, in fen (0 outside the top N). */
  amount: Fen;
}

/**
 * Higher total first; on equal totals, the scheme's tie-break indicators in their order (more
 * points on the first one named first). Villages equal on all of these are tied.
 */
function compare(tieBreak: readonly Indicator[]) {
  return (a: ScoredVillage, b: ScoredVillage): number => {
    if (a.total !== b.total) return b.total - a.total;
    for (const i of tieBreak) {
      const d = (b.byIndicator[i] ?? 0) - (a.byIndicator[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  };
}

/**
 * Each paid position's amount: the fund split over positions 1…P (P = the top N, or fewer when
 * the county has fewer villages) in proportion to their tier's weight, in whole fen. Rounding
 * down leaves a few fen; they go one each to the positions that lost the most in rounding (the
 * largest remainder), the higher position first among equals, so the amounts add up to the fund
 * exactly and no position is more than a fen from its true share.
 */
export function positionAmounts(fund: Fen, tiers: readonly RankTier[], positions: number): Fen[] {
  const weights = Array.from({ length: positions }, (_, i) => {
    const tier = tiers.find((t) => t.fromRank <= i + 1 && i + 1 <= t.toRank);
    return BigInt(tier?.weight ?? 0);
  });
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum === 0n) return weights.map(() => 0n as Fen);
  const amounts = weights.map((w) => (fund * w) / sum);
  const left = Number(fund - amounts.reduce((a, b) => a + b, 0n));
  const byRemainder = weights
    .map((w, i) => ({ i, rest: (fund * w) % sum }))
    .sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  for (const { i } of byRemainder.slice(0, left)) amounts[i] = (amounts[i] ?? 0n) + 1n;
  return amounts as Fen[];
}

/**
 * The county's ranking and each village's share of the fund. Villages tied across positions
 * share what those positions are worth equally (the pool of positions p…q split by the number
 * tied; a position past the top N is worth nothing), the remainder fen going one each in the
 * order of their codes: ties never make the split depend on the order rows came in.
 */
export function rankVillages(
  villages: readonly ScoredVillage[],
  scheme: { fund: Fen; topN: number; tiers: readonly RankTier[]; tieBreak: readonly Indicator[] },
): RankedVillage[] {
  const cmp = compare(scheme.tieBreak);
  const sorted = [...villages].sort((a, b) => cmp(a, b) || a.code.localeCompare(b.code));
  const paid = positionAmounts(scheme.fund, scheme.tiers, Math.min(scheme.topN, sorted.length));
  const out: RankedVillage[] = [];
  for (let start = 0; start < sorted.length;) {
    let end = start + 1;
    while (end < sorted.length && cmp(sorted[start]!, sorted[end]!) === 0) end += 1;
    const group = sorted.slice(start, end);
    const pool = paid.slice(start, end).reduce((a, b) => a + b, 0n);
    const each = pool / BigInt(group.length);
    let left = pool - each * BigInt(group.length);
    for (const v of group) {
      const extra = left > 0n ? 1n : 0n;
      left -= extra;
      out.push({ ...v, rank: start + 1, amount: (each + extra) as Fen });
    }
    start = end;
  }
  return out;
}
