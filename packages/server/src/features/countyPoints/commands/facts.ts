import { DomainError } from '@cunzhi/core/errors';
import { INDICATOR_INFO, type Indicator } from '@cunzhi/core/countyPoints/indicators';
import type { VillageScope } from '@cunzhi/core/policies/actor';
import { factsOf, markVerified, upsertTownFact } from '../repository.ts';
import {
  indicatorName,
  recordSchemeEvent,
  required,
  schemeForStep,
  type SchemeActor,
} from './shared.ts';

/** A town figure the scheme weighs, or the refusal naming why not. */
function townIndicator(
  who: SchemeActor,
  scheme: { indicators: { indicator: Indicator }[] },
  indicator: Indicator,
) {
  if (!scheme.indicators.some((w) => w.indicator === indicator))
    throw new DomainError('validation_failed', {}, [{ field: 'indicator', error: 'enum_invalid' }]);
  if (INDICATOR_INFO[indicator].source !== 'town')
    throw new DomainError('county_points_not_town_indicator', {
      indicator: indicatorName(who, indicator),
    });
}

/**
 * The town reports a village's count on a "六零" target, with its evidence (a police station's
 * certificate, a safety office's record: named, numbered or described). Reporting again replaces
 * the figure, and the county's verification starts over.
 */
export async function reportFact(
  who: SchemeActor,
  schemeId: string,
  village: VillageScope,
  input: {
    indicator?: Indicator | undefined;
    count?: number | undefined;
    evidence?: string | undefined;
  },
): Promise<void> {
  await who.app.db.transaction(async (tx) => {
    const scheme = await schemeForStep(tx, who, schemeId, 'report', village);
    const indicator = required('indicator', input.indicator);
    townIndicator(who, scheme, indicator);
    const count = required('count', input.count);
    const evidence = input.evidence?.trim();
    if (!evidence)
      throw new DomainError('validation_failed', {}, [
        { field: 'evidence', error: 'county_points_evidence_required' },
      ]);
    await upsertTownFact(tx, scheme, {
      villageId: village.villageId,
      indicator,
      count,
      evidence,
      by: who.accountId,
      at: who.app.clock.now(),
    });
    await recordSchemeEvent(who, tx, scheme, 'countyPoints.factReported', {
      villageId: village.villageId,
      indicator,
      count,
      evidence,
    });
  });
}

/** The county verifies a reported figure; whoever reported it cannot. */
export async function verifyFact(
  who: SchemeActor,
  schemeId: string,
  village: VillageScope,
  input: { indicator?: Indicator | undefined },
): Promise<void> {
  await who.app.db.transaction(async (tx) => {
    const scheme = await schemeForStep(tx, who, schemeId, 'verify', village);
    const indicator = required('indicator', input.indicator);
    townIndicator(who, scheme, indicator);
    const fact = (await factsOf(tx, scheme)).find(
      (f) => f.village_id === village.villageId && f.indicator === indicator,
    );
    if (!fact) throw new DomainError('not_found', { what: 'countyPointsFact' });
    if (fact.reported_by === who.accountId) throw new DomainError('county_points_verify_own');
    await markVerified(tx, scheme, {
      villageId: village.villageId,
      indicator,
      by: who.accountId,
      at: who.app.clock.now(),
    });
    await recordSchemeEvent(who, tx, scheme, 'countyPoints.factVerified', {
      villageId: village.villageId,
      indicator,
      count: fact.count,
    });
  });
}
