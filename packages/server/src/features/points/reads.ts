import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import { awardEffectiveOn } from '@cunzhi/core/points/ledger';
import { versionInForce } from '@cunzhi/core/points/scheme';
import type { VillageAbilities } from '@cunzhi/core/policies/village';
import type { AppContext } from '../../platform/http/context.ts';
import { fingerprintOf } from '../../platform/audit/repository.ts';
import type { Queryable } from '../../platform/db/database.ts';
import {
  adoptingResolutions,
  awardViews,
  contestViews,
  householdContests,
  householdLabel,
  householdOptions,
  householdRanking,
  ledgerLines,
  noticeViews,
  pointsByItem,
} from './queries.ts';
import {
  balanceOn,
  findContest,
  findItems,
  findNotice,
  findPerson,
  findSchemes,
} from './repository.ts';
import { numbered, presentAward, presentLine, presentNotice, presentScheme } from './present.ts';

/** The scheme's versions with their items, and which is in force today. */
/** (`db` is the app's database or a transaction) */
export async function schemesOf(db: Queryable, villageId: string, today: CalendarDate) {
  const rows = await findSchemes(db, villageId);
  const items = await findItems(
    db,
    villageId,
    rows.map((s) => s.id),
  );
  const inForce = versionInForce(
    rows.map((s) => ({ ...s, effectiveFrom: s.effective_from })),
    today,
  );
  return rows.map((s) => presentScheme(s, items, inForce?.id ?? null));
}

/** The console's page: versions, awards (latest first) with their contests, notices, options. */
export async function overviewOf(ctx: AppContext, villageId: string, abilities: VillageAbilities) {
  const views = await awardViews(ctx.db, villageId);
  const contests = await contestViews(
    ctx.db,
    villageId,
    views.map((a) => a.id),
  );
  return {
    schemes: await schemesOf(ctx.db, villageId, ctx.clock.today()),
    awards: views.map((a) => presentAward(a, contests)),
    notices: (await noticeViews(ctx.db, villageId)).map(presentNotice),
    households: abilities.proposePointsAwards ? await householdOptions(ctx.db, villageId) : [],
    resolutions: abilities.managePointsScheme
      ? (await adoptingResolutions(ctx.db, villageId)).map((r) => ({
          id: r.id,
          label: `${numbered(r.year, r.number)} ${r.title}`,
          meetingKind: r.meeting_kind,
          adoptedOn: r.adopted_on,
        }))
      : [],
    abilities,
  };
}

export async function awardOf(ctx: AppContext, villageId: string, awardId: string) {
  const [view] = await awardViews(ctx.db, villageId, { id: awardId });
  if (!view) throw new DomainError('not_found', { what: 'pointsAward' });
  return presentAward(view, await contestViews(ctx.db, villageId, [awardId]));
}

/** The award a contest is of, as the console shows it after a decision. */
export async function awardOfContest(ctx: AppContext, villageId: string, contestId: string) {
  const contest = await findContest(ctx.db, villageId, contestId);
  if (!contest) throw new DomainError('not_found', { what: 'pointsContest' });
  return awardOf(ctx, villageId, contest.award_id);
}

export async function noticeOf(ctx: AppContext, villageId: string, noticeId: string) {
  const notice = (await noticeViews(ctx.db, villageId)).find((n) => n.id === noticeId);
  if (!notice) throw new DomainError('not_found', { what: 'pointsNotice' });
  return presentNotice(notice);
}

/** The scheme versions as the console and the phone show them today. */
export const schemesToday = (ctx: AppContext, villageId: string) =>
  schemesOf(ctx.db, villageId, ctx.clock.today());

/** A villager's own household: the one their person is registered in. */
export async function ownHouseholdOf(ctx: AppContext, villageId: string, personId: string | null) {
  const person = personId ? await findPerson(ctx.db, villageId, personId) : null;
  if (!person) throw new DomainError('not_found', { what: 'household' });
  return person;
}

/** A household's balance on a day and every line of its ledger, explained. */
export async function ledgerOf(
  ctx: AppContext,
  villageId: string,
  householdId: string,
  on: CalendarDate,
) {
  const household = await householdLabel(ctx.db, villageId, householdId);
  if (household === null) throw new DomainError('not_found', { what: 'household' });
  const contests = await householdContests(ctx.db, villageId, householdId);
  const today = ctx.clock.today();
  const lines = (await ledgerLines(ctx.db, villageId, householdId)).map((l) =>
    presentLine(l, contests, on, today),
  );
  return {
    householdId,
    household,
    on,
    balance: await balanceOn(ctx.db, villageId, householdId, on),
    lines,
  };
}

export async function rankingOf(ctx: AppContext, villageId: string, on: CalendarDate) {
  const households = await householdRanking(ctx.db, villageId, on);
  const byItem = await pointsByItem(ctx.db, villageId, on);
  return {
    on,
    households: households.map((h) => ({
      householdId: h.household_id,
      household: h.household,
      balance: h.balance,
    })),
    byItem: byItem.map((i) => ({ itemName: i.item_name, points: i.points, awards: i.awards })),
  };
}

/** The publicity notice as printed: its awards, the scheme, the dates, its audit fingerprint. */
export async function noticeSheetOf(
  ctx: AppContext,
  village: { id: string; name: string; kind: 'village' | 'community' },
  noticeId: string,
) {
  const notice = await findNotice(ctx.db, village.id, noticeId);
  if (!notice) throw new DomainError('not_found', { what: 'pointsNotice' });
  const scheme = (await schemesOf(ctx.db, village.id, ctx.clock.today())).find(
    (s) => s.id === notice.scheme_id,
  )!;
  const awards = await awardViews(ctx.db, village.id, { noticeId });
  return {
    villageName: village.name,
    villageKind: village.kind,
    number: numbered(notice.year, notice.number),
    schemeTitle: scheme.title,
    schemeVersion: scheme.version,
    resolution: scheme.resolution,
    contestBody: scheme.contestBody,
    startsOn: notice.starts_on,
    endsOn: notice.ends_on,
    countsFrom: awardEffectiveOn(notice.ends_on),
    rows: awards.map((a) => ({
      household: a.household,
      personName: a.person_name,
      itemName: a.item_name,
      points: a.points,
      facts: a.facts,
      proposerName: a.proposer_name,
      checkerName: a.checker_name ?? '',
    })),
    fingerprint: await fingerprintOf(ctx.db, village.id, {
      type: 'pointsNotice',
      id: noticeId,
      action: 'pointsNotice.published',
    }),
  };
}
