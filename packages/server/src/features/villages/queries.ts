import type { z } from 'zod';
import type * as contract from '@cunzhi/contract/villages';
import { latestBirthDateForAge, type CalendarDate } from '@cunzhi/core/calendarDate';
import type { Actor } from '@cunzhi/core/policies/actor';
import { ADULT_AGE } from '@cunzhi/core/registry/person';
import type { Queryable } from '../../platform/db/database.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { listGrids, listGroups, listVillagesFor } from '../../platform/tenancy/repository.ts';
import { loadBodyMap } from '../bodies/queries.ts';

type VillageStats = z.output<typeof contract.VillageStats>;

/**
 * Figures for the village home page, derived from the registry on the given
 * date. The four person figures come from one pass over the village's
 * persons (FILTER), not four counts of the same rows.
 */
export async function villageStats(
  db: Queryable,
  villageId: string,
  adultBornOnOrBefore: string,
): Promise<VillageStats> {
  const [row] = await db.query<VillageStats>(
    `SELECT p.population, p.adults,
       (SELECT count(*) FROM household WHERE village_id = $1) AS "households",
       (SELECT count(*) FROM villager_group WHERE village_id = $1) AS "groups",
       (SELECT count(*) FROM grid WHERE village_id = $1) AS "grids",
       p."partyMembers", p."migrantsOut"
     FROM (SELECT count(*) AS "population",
             count(*) FILTER (WHERE birth_date <= $2::date) AS "adults",
             count(*) FILTER (WHERE party_member) AS "partyMembers",
             count(*) FILTER (WHERE residence_status = 'migrantOut') AS "migrantsOut"
           FROM person WHERE village_id = $1) p`,
    [villageId, adultBornOnOrBefore],
  );
  if (!row) throw new Error('stats query returned no row');
  return row;
}

/** The village home page's data: its figures on `today` and its bodies (independent reads, sent together). */
export async function villageView(ctx: AppContext, villageId: string, today: CalendarDate) {
  const [stats, bodyMap] = await Promise.all([
    villageStats(ctx.db, villageId, latestBirthDateForAge(today, ADULT_AGE)),
    loadBodyMap(ctx.db, villageId),
  ]);
  return { stats, bodyMap };
}

/** Villages an actor may open: their home village, and every village of the towns and counties they serve. */
export function villagesOpenTo(ctx: AppContext, actor: Actor) {
  return listVillagesFor(ctx.db, {
    villageIds: actor.home ? [actor.home.villageId] : [],
    townIds: actor.staffScopes.filter((s) => s.level === 'town').map((s) => s.id),
    countyIds: actor.staffScopes.filter((s) => s.level === 'county').map((s) => s.id),
  });
}

export const groupsOf = (ctx: AppContext, villageId: string) => listGroups(ctx.db, villageId);
export const gridsOf = (ctx: AppContext, villageId: string) => listGrids(ctx.db, villageId);
