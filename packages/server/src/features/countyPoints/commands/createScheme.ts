import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { countiesRun } from '@cunzhi/core/countyPoints/access';
import type { WeightedIndicator, Indicator } from '@cunzhi/core/countyPoints/indicators';
import type { RankTier } from '@cunzhi/core/countyPoints/ranking';
import { defaultScheme, schemeProblems } from '@cunzhi/core/countyPoints/scheme';
import { parseYuan, toYuanText } from '@cunzhi/core/money';
import { insertScheme } from '../repository.ts';
import { recordSchemeEvent, type SchemeActor } from './shared.ts';

export interface SchemeInput {
  countyId?: string | undefined;
  year?: number | undefined;
  title?: string | undefined;
  fund?: string | undefined;
  topN?: number | undefined;
  publicityDays?: number | undefined;
  indicators?: WeightedIndicator[] | undefined;
  tiers?: RankTier[] | undefined;
  tieBreak?: Indicator[] | undefined;
}

/**
 * The county sets up a year's scheme (积分换项目实施方案): indicators and weights, tie-break, the
 * top N and the fund split by rank tiers. What is left out is seed 003's example (¥10,000,000,
 * the top 100). One scheme a year; it is not edited once set (a ranking is computed against it).
 */
export async function createScheme(who: SchemeActor, input: SchemeInput): Promise<string> {
  const counties = countiesRun(who.actor);
  if (counties.length === 0) throw new DomainError('forbidden');
  const countyId = input.countyId ?? (counties.length === 1 ? counties[0] : undefined);
  if (!countyId)
    throw new DomainError('validation_failed', {}, [
      { field: 'countyId', error: 'field_required' },
    ]);
  if (!counties.includes(countyId)) throw new DomainError('forbidden');
  const year = input.year ?? Number(who.app.clock.today().slice(0, 4));
  const base = defaultScheme(year);
  const fund = input.fund === undefined ? { fen: base.fund } : parseYuan(input.fund);
  if ('problem' in fund || fund.fen === null)
    throw new DomainError('validation_failed', {}, [
      { field: 'fund', error: 'problem' in fund ? fund.problem : 'field_required' },
    ]);
  const scheme = {
    year,
    fund: fund.fen,
    topN: input.topN ?? base.topN,
    publicityDays: input.publicityDays ?? base.publicityDays,
    indicators: input.indicators ?? base.indicators,
    tiers: input.tiers ?? base.tiers,
    tieBreak: input.tieBreak ?? base.tieBreak,
  };
  const problems = schemeProblems(scheme);
  if (problems.length > 0) throw new DomainError('validation_failed', {}, problems);
  const title = input.title?.trim() || `${year}年度信访“积分换项目”实施方案`;
  const id = randomUUID();
  await who.app.db.transaction(async (tx) => {
    const created = await insertScheme(tx, {
      county_id: countyId,
      id,
      year,
      title,
      fund: Number(scheme.fund),
      top_n: scheme.topN,
      publicity_days: scheme.publicityDays,
      indicators: scheme.indicators,
      tiers: scheme.tiers,
      tie_break: scheme.tieBreak,
      created_by: who.accountId,
    });
    if (!created) throw new DomainError('county_points_year_taken', { year });
    await recordSchemeEvent(who, tx, { county_id: countyId, id }, 'countyPoints.schemeCreated', {
      year,
      title,
      fund: toYuanText(scheme.fund),
      topN: scheme.topN,
      publicityDays: scheme.publicityDays,
      indicators: scheme.indicators,
      tiers: scheme.tiers,
      tieBreak: scheme.tieBreak,
    });
  });
  return id;
}
