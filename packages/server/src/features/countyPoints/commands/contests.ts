import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { contestOnTime } from '@cunzhi/core/countyPoints/procedure';
import { formatChineseDate, type CalendarDate } from '@cunzhi/core/calendarDate';
import type { Indicator } from '@cunzhi/core/countyPoints/indicators';
import type { VillageScope } from '@cunzhi/core/policies/actor';
import {
  contestsOf,
  correctFact,
  decideContestRow,
  insertContest,
  updateScheme,
} from '../repository.ts';
import { rankingRecord, rankScheme } from './compute.ts';
import { recordSchemeEvent, required, schemeForStep, type SchemeActor } from './shared.ts';

/**
 * A village's leaders contest one of its figures while the ranking is in publicity (公示期内提出
 * 异议), saying what the count should be and why. Counts only: a contest names no person.
 */
export async function fileContest(
  who: SchemeActor,
  schemeId: string,
  village: VillageScope,
  input: {
    indicator?: Indicator | undefined;
    claimedCount?: number | undefined;
    reason?: string | undefined;
  },
): Promise<string> {
  const id = randomUUID();
  await who.app.db.transaction(async (tx) => {
    const scheme = await schemeForStep(tx, who, schemeId, 'contest', village);
    const indicator = required('indicator', input.indicator);
    if (!scheme.indicators.some((w) => w.indicator === indicator))
      throw new DomainError('validation_failed', {}, [
        { field: 'indicator', error: 'enum_invalid' },
      ]);
    const claimedCount = required('claimedCount', input.claimedCount);
    const reason = input.reason?.trim();
    if (!reason)
      throw new DomainError('validation_failed', {}, [
        { field: 'reason', error: 'county_points_reason_required' },
      ]);
    const on = who.app.clock.today();
    const endsOn = scheme.publicity_ends_on as CalendarDate;
    if (!contestOnTime(on, endsOn))
      throw new DomainError('county_points_contest_late', { due: formatChineseDate(endsOn) });
    await insertContest(tx, scheme, {
      id,
      villageId: village.villageId,
      indicator,
      claimedCount,
      reason,
      round: scheme.publicity_round,
      by: who.accountId,
      on,
    });
    await recordSchemeEvent(who, tx, scheme, 'countyPoints.contestFiled', {
      contestId: id,
      villageId: village.villageId,
      indicator,
      claimedCount,
      reason,
    });
  });
  return id;
}

/**
 * The county decides a contest. Upheld: the figure is corrected (to the count the county finds,
 * the village's by default), the ranking is computed again and must be published again, since
 * every village's rank may move. Dismissed: the reason is shown to the village.
 */
export async function decideContest(
  who: SchemeActor,
  schemeId: string,
  contestId: string,
  input: {
    decision?: 'upheld' | 'dismissed' | undefined;
    reason?: string | undefined;
    correctedCount?: number | undefined;
  },
): Promise<void> {
  await who.app.db.transaction(async (tx) => {
    const scheme = await schemeForStep(tx, who, schemeId, 'decide');
    const contest = (await contestsOf(tx, scheme)).find((c) => c.id === contestId);
    if (!contest) throw new DomainError('not_found', { what: 'countyPointsContest' });
    const decision = required('decision', input.decision);
    const reason = input.reason?.trim();
    if (!reason)
      throw new DomainError('validation_failed', {}, [
        { field: 'reason', error: 'county_points_reason_required' },
      ]);
    const corrected =
      decision === 'upheld' ? (input.correctedCount ?? contest.claimed_count) : null;
    const on = who.app.clock.today();
    const decided = await decideContestRow(tx, scheme, {
      id: contestId,
      decision,
      reason,
      correctedCount: corrected,
      by: who.accountId,
      on,
    });
    if (!decided) throw new DomainError('county_points_contest_decided');
    let ranking: ReturnType<typeof rankingRecord> | null = null;
    if (corrected !== null) {
      await correctFact(tx, scheme, {
        villageId: contest.village_id,
        indicator: contest.indicator,
        count: corrected,
        contestId,
      });
      ranking = rankingRecord(await rankScheme(who, tx, scheme));
      await updateScheme(tx, scheme, { status: 'computed', computed_on: on });
    }
    await recordSchemeEvent(who, tx, scheme, 'countyPoints.contestDecided', {
      contestId,
      decision,
      reason,
      correctedCount: corrected,
      ranking,
    });
  });
}
