import type { BodyKind } from '@cunzhi/core/bodies/bodyKinds';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Queryable } from '../../../platform/db/database.ts';

/**
 * SQL selecting the person ids of an organisation's members on a day, for
 * statements that count a meeting's base inside the database (meetings'
 * presence): those whose last membership act by then — refusals aside, which
 * name non-members — is a confirmation or a restoration. The placeholders are
 * the caller's (village, organisation, day).
 */
export function memberIdsOnSql(village: string, org: string, on: string): string {
  return `SELECT last.person_id FROM (
      SELECT DISTINCT ON (e.person_id) e.person_id, e.kind
      FROM collective_member_event e
      WHERE e.village_id = ${village}::uuid AND e.org_id = ${org}::uuid
        AND e.occurred_on <= ${on}::date AND e.kind <> 'refuse'
      ORDER BY e.person_id, e.occurred_on DESC, e.recorded_at DESC
    ) last WHERE last.kind IN ('confirm', 'restore')`;
}

/**
 * Households of the village-level organisation's members on a day: the base
 * of one representative per 5–15 households (Art. 28). The village's bodies
 * are the village-level organisation's; 0 where the village has none.
 */
export async function memberHouseholdsOn(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
): Promise<number> {
  return (await memberHouseholdsIn(db, [villageId], on)).get(villageId) ?? 0;
}

/** The same for several villages at once: a village without an organisation is left out. */
export async function memberHouseholdsIn(
  db: Queryable,
  villageIds: readonly string[],
  on: CalendarDate,
): Promise<Map<string, number>> {
  const rows = await db.query<{ village_id: string; n: number }>(
    `SELECT o.village_id, count(DISTINCT p.household_id) AS n
     FROM collective_org o
     JOIN person p ON p.village_id = o.village_id
     WHERE o.village_id = ANY($1::uuid[]) AND o.level = 'village'
       AND p.id IN (${memberIdsOnSql('o.village_id', 'o.id', '$2')})
     GROUP BY o.village_id`,
    [villageIds, on],
  );
  return new Map(rows.map((r) => [r.village_id, Number(r.n)]));
}

/** Which of some body kinds the village has. */
export async function bodyKindsPresent(
  db: Queryable,
  villageId: string,
  kinds: readonly BodyKind[],
): Promise<BodyKind[]> {
  const rows = await db.query<{ kind: BodyKind }>(
    'SELECT DISTINCT kind FROM body WHERE village_id = $1 AND kind = ANY($2::text[])',
    [villageId, [...kinds]],
  );
  return rows.map((r) => r.kind);
}
