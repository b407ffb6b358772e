/**
 * 积分换项目 (seed 003): the county ranks its villages each year on the petitions record and the
 * six "六零" targets (零事故、零非访、零发案、零违建、零污染、零疫情); the top villages win project
 * funds. The catalogue below is every indicator a scheme may weigh; a scheme picks its own
 * weights. Petitions and disputes are counted from the platform's own records; the six targets
 * are reported by the town with evidence and verified by the county.
 */
export const INDICATORS = [
  'petitions',
  'disputes',
  'zeroAccidents',
  'zeroIrregularPetitions',
  'zeroCrimes',
  'zeroIllegalBuildings',
  'zeroPollution',
  'zeroEpidemics',
] as const;
export type Indicator = (typeof INDICATORS)[number];

/** Where a village's count for an indicator comes from. */
export type FactSource = 'platform' | 'town';

export const INDICATOR_INFO: Record<Indicator, { zh: string; en: string; source: FactSource }> = {
  // Not how many petitions the villagers brought: petitioning is a right (《信访工作条例》), and a
  // score that falls with every petition would reward keeping people from it. What counts is a
  // petition the village did not settle: the petitioner asked for a review (复查/复核) or came
  // again on the same facts.
  petitions: { zh: '信访事项未化解', en: 'Petitions not settled', source: 'platform' },
  // a mediation that ended without agreement (《人民调解法》第二十六条: 终止调解)
  disputes: { zh: '矛盾纠纷调解未成', en: 'Disputes not settled', source: 'platform' },
  zeroAccidents: { zh: '零事故', en: 'No accidents', source: 'town' },
  zeroIrregularPetitions: { zh: '零非访', en: 'No irregular petitioning', source: 'town' },
  zeroCrimes: { zh: '零发案', en: 'No criminal cases', source: 'town' },
  zeroIllegalBuildings: { zh: '零违建', en: 'No illegal buildings', source: 'town' },
  zeroPollution: { zh: '零污染', en: 'No pollution incidents', source: 'town' },
  zeroEpidemics: { zh: '零疫情', en: 'No epidemic outbreaks', source: 'town' },
};

/**
 * One indicator in a scheme: the points a village with no event earns (`weight`), and the points
 * each event takes off (`perEvent`), never below zero. A "六零" target is usually all or nothing
 * (`perEvent` = `weight`).
 */
export interface WeightedIndicator {
  indicator: Indicator;
  weight: number;
  perEvent: number;
}

/** A village's points on one indicator for `count` events: whole numbers, floored at zero. */
export function indicatorScore(w: WeightedIndicator, count: number): number {
  return Math.max(0, w.weight - w.perEvent * count);
}

/** A village's points on every indicator of the scheme, and their total. */
export function villageScore(
  indicators: readonly WeightedIndicator[],
  counts: Partial<Record<Indicator, number>>,
): { byIndicator: Partial<Record<Indicator, number>>; total: number } {
  const byIndicator: Partial<Record<Indicator, number>> = {};
  let total = 0;
  for (const w of indicators) {
    const s = indicatorScore(w, counts[w.indicator] ?? 0);
    byIndicator[w.indicator] = s;
    total += s;
  }
  return { byIndicator, total };
}
