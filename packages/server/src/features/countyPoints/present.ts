import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/countyPoints';
import { INDICATOR_INFO } from '@cunzhi/core/countyPoints/indicators';
import { toYuanText, type Fen } from '@cunzhi/core/money';
import type { CountyVillage, FactRow, ResultRow, SchemeRow, ContestRow } from './repository.ts';

type Detail = ResponseOf<typeof contract.getScheme>;
type Summary = ResponseOf<typeof contract.listSchemes>['items'][number];

const yuan = (fen: number) => toYuanText(BigInt(fen) as Fen);

export function presentSummary(s: SchemeRow): Summary {
  return {
    id: s.id,
    countyId: s.county_id,
    countyName: s.county_name,
    year: s.year,
    title: s.title,
    fund: yuan(s.fund),
    topN: s.top_n,
    status: s.status,
    publicityEndsOn: s.publicity_ends_on,
  };
}

export function presentScheme(s: SchemeRow): Detail['scheme'] {
  return {
    ...presentSummary(s),
    publicityDays: s.publicity_days,
    indicators: s.indicators,
    tiers: s.tiers,
    tieBreak: s.tie_break,
    computedOn: s.computed_on,
    publicityRound: s.publicity_round,
    publicityStartsOn: s.publicity_starts_on,
    finalisedOn: s.finalised_on,
    awardedOn: s.awarded_on,
  };
}

/** One village's line: its figures on every weighed indicator, then its place in the ranking. */
export function presentVillageLine(
  s: SchemeRow,
  v: CountyVillage,
  facts: ReadonlyMap<string, FactRow>,
  result: ResultRow | undefined,
  may: { report: boolean; contest: boolean },
): Detail['villages'][number] {
  return {
    villageId: v.id,
    villageName: v.name,
    townName: v.town_name,
    code: v.code,
    facts: s.indicators.map(({ indicator }) => {
      const f = facts.get(`${v.id}|${indicator}`);
      return {
        indicator,
        count: f?.count ?? null,
        source: f?.source ?? INDICATOR_INFO[indicator].source,
        evidence: f?.evidence ?? null,
        verified: Boolean(
          f && (f.source === 'platform' || f.verified_by || f.corrected_by_contest),
        ),
        corrected: Boolean(f?.corrected_by_contest),
      };
    }),
    total: result?.total ?? null,
    byIndicator: result?.by_indicator ?? null,
    rank: result?.rank ?? null,
    amount: result ? yuan(result.amount) : null,
    matter: result?.matter_id ? { id: result.matter_id, number: result.matter_number ?? 0 } : null,
    mayReport: may.report,
    mayContest: may.contest,
  };
}

export function presentContest(c: ContestRow, villageName: string): Detail['contests'][number] {
  return {
    id: c.id,
    villageId: c.village_id,
    villageName,
    indicator: c.indicator,
    claimedCount: c.claimed_count,
    reason: c.reason,
    filedOn: c.filed_on,
    publicityRound: c.publicity_round,
    decision: c.decision,
    decisionReason: c.decision_reason,
    correctedCount: c.corrected_count,
    decidedOn: c.decided_on,
  };
}
