import type { z } from 'zod';
import type * as contract from '@cunzhi/contract/villages';
import { latestBirthDateForAge, type CalendarDate } from '@cunzhi/core/calendarDate';
import type { Actor } from '@cunzhi/core/policies/actor';
import { ADULT_AGE } from '@cunzhi/core/registry/person';
import type { Queryable } from '../../platform/db/database.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { listGrids, listGroups, listVillagesFor } from '../../platform/tenancy/repository.ts';
import type { BodyMapRows } from '../bodies/queries.ts';

type VillageStats = z.output<typeof contract.VillageStats>;

/**
 * The village home page's data in one statement: its figures on the given
 * date and its bodies with all their terms and memberships (the rows
 * bodies/repository.ts lists one statement each). Every statement costs a
 * round trip and a write to the socket, which on a busy server weighs more
 * than the aggregation. The four person figures come from one pass over the
 * village's persons (FILTER), not four counts of the same rows.
 */
export async function villageViewRows(
  db: Queryable,
  villageId: string,
  adultBornOnOrBefore: string,
): Promise<{ stats: VillageStats; bodyMap: BodyMapRows }> {
  const [row] = await db.query<VillageStats & BodyMapRows>(
    `SELECT p.population, p.adults,
       (SELECT count(*) FROM household WHERE village_id = $1) AS "households",
       (SELECT count(*) FROM villager_group WHERE village_id = $1) AS "groups",
       (SELECT count(*) FROM grid WHERE village_id = $1) AS "grids",
       p."partyMembers", p."migrantsOut",
       COALESCE((SELECT json_agg(b ORDER BY b.name) FROM (
         SELECT id, kind, name, parent_body_id, seats FROM body WHERE village_id = $1) b), '[]') AS bodies,
       COALESCE((SELECT json_agg(t ORDER BY t.starts_on) FROM (
         SELECT id, body_id, starts_on, ends_on FROM body_term WHERE village_id = $1) t), '[]') AS terms,
       COALESCE((SELECT json_agg(m ORDER BY m.starts_on, m.person_name) FROM (
         SELECT m.id, m.body_id, m.term_id, m.person_id, m.role, m.starts_on, m.ended_on, p.name AS person_name, p.gender
         FROM body_membership m JOIN person p ON p.village_id = m.village_id AND p.id = m.person_id
         WHERE m.village_id = $1) m), '[]') AS memberships
     FROM (SELECT count(*) AS "population",
             count(*) FILTER (WHERE birth_date <= $2::date) AS "adults",
             count(*) FILTER (WHERE party_member) AS "partyMembers",
             count(*) FILTER (WHERE residence_status = 'migrantOut') AS "migrantsOut"
           FROM person WHERE village_id = $1) p`,
    [villageId, adultBornOnOrBefore],
  );
  if (!row) throw new Error('village view query returned no row');
  const { bodies, terms, memberships, ...stats } = row;
  return { stats, bodyMap: { bodies, terms, memberships } };
}

/** The village home page's data: its figures on `today` and its bodies. */
export function villageView(ctx: AppContext, villageId: string, today: CalendarDate) {
  return villageViewRows(ctx.db, villageId, latestBirthDateForAge(today, ADULT_AGE));
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
