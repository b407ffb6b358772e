import { DomainError } from '@cunzhi/core/errors';
import { INDICATOR_INFO, villageScore, type Indicator } from '@cunzhi/core/countyPoints/indicators';
import { rankVillages, type RankedVillage } from '@cunzhi/core/countyPoints/ranking';
import type { Fen } from '@cunzhi/core/money';
import { toYuanText } from '@cunzhi/core/money';
import type { Tx } from '../../../platform/db/database.ts';
import {
  countyVillages,
  factsOf,
  platformCounts,
  replaceResults,
  updateScheme,
  writePlatformFacts,
  type SchemeRow,
} from '../repository.ts';
import { indicatorName, recordSchemeEvent, schemeForStep, type SchemeActor } from './shared.ts';

/**
 * Counts the platform's figures again, checks every town figure is in and verified, and ranks
 * the villages (core: points, tie-break, shared ranks, the fund split to the fen). Used by the
 * county's compute and by an upheld contest.
 */
export async function rankScheme(
  who: SchemeActor,
  tx: Tx,
  scheme: SchemeRow,
): Promise<RankedVillage[]> {
  const weighed = scheme.indicators.map((w) => w.indicator);
  const fromPlatform = weighed.filter((i) => INDICATOR_INFO[i].source === 'platform');
  const counts = await platformCounts(tx, scheme.county_id, scheme.year);
  await writePlatformFacts(
    tx,
    scheme,
    counts.flatMap((c) =>
      fromPlatform.map((i) => ({
        villageId: c.village_id,
        indicator: i,
        count: c[i as 'petitions'],
      })),
    ),
  );
  const villages = await countyVillages(tx, scheme.county_id);
  const facts = new Map(
    (await factsOf(tx, scheme)).map((f) => [`${f.village_id}|${f.indicator}`, f]),
  );
  const missing = villages.flatMap((v) =>
    weighed
      .filter((i) => {
        const f = facts.get(`${v.id}|${i}`);
        return !f || (f.source === 'town' && !f.verified_by && !f.corrected_by_contest);
      })
      .map((i) => ({ village: v.name, indicator: i })),
  );
  const first = missing[0];
  if (first)
    throw new DomainError('county_points_facts_missing', {
      count: missing.length,
      village: first.village,
      indicator: indicatorName(who, first.indicator),
    });
  const scored = villages.map((v) => {
    const byCount: Partial<Record<Indicator, number>> = {};
    for (const i of weighed) byCount[i] = facts.get(`${v.id}|${i}`)?.count ?? 0;
    return { villageId: v.id, code: v.code, ...villageScore(scheme.indicators, byCount) };
  });
  const ranked = rankVillages(scored, {
    fund: BigInt(scheme.fund) as Fen,
    topN: scheme.top_n,
    tiers: scheme.tiers,
    tieBreak: scheme.tie_break,
  });
  await replaceResults(tx, scheme, ranked);
  return ranked;
}

/** What the chain keeps of a ranking: each village's points, rank and amount. */
export const rankingRecord = (ranked: readonly RankedVillage[]) =>
  ranked.map((r) => ({
    villageId: r.villageId,
    total: r.total,
    rank: r.rank,
    amount: toYuanText(r.amount),
  }));

/** The county computes the ranking (again, while not yet published). */
export async function computeScheme(who: SchemeActor, schemeId: string): Promise<void> {
  await who.app.db.transaction(async (tx) => {
    const scheme = await schemeForStep(tx, who, schemeId, 'compute');
    const ranked = await rankScheme(who, tx, scheme);
    const on = who.app.clock.today();
    await updateScheme(tx, scheme, { status: 'computed', computed_on: on });
    await recordSchemeEvent(who, tx, scheme, 'countyPoints.computed', {
      on,
      ranking: rankingRecord(ranked),
    });
  });
}
