import type { VillageScope } from '@cunzhi/core/policies/actor';
import type { Queryable } from '../db/database.ts';

export interface VillageRow {
  id: string;
  name: string;
  kind: 'village' | 'community';
  town_id: string;
  town_name: string;
  county_id: string;
  county_name: string;
}

const SELECT_VILLAGE = `SELECT v.id, v.name, v.kind, v.town_id, t.name AS town_name, t.county_id, c.name AS county_name
  FROM village v JOIN town t ON t.id = v.town_id JOIN county c ON c.id = t.county_id`;

export async function findVillage(db: Queryable, villageId: string): Promise<VillageRow | null> {
  const [row] = await db.query<VillageRow>(`${SELECT_VILLAGE} WHERE v.id = $1`, [villageId]);
  return row ?? null;
}

export function scopeOf(v: VillageRow): VillageScope {
  return { villageId: v.id, townId: v.town_id, countyId: v.county_id };
}

/** Villages an account may open: its home village, and every village of the towns and counties it serves. */
export async function listVillagesFor(
  db: Queryable,
  filter: { villageIds: string[]; townIds: string[]; countyIds: string[] },
): Promise<Array<VillageRow & { population: number; households: number }>> {
  return db.query(
    `${SELECT_VILLAGE.replace(
      'SELECT v.id',
      `SELECT (SELECT count(*) FROM person p WHERE p.village_id = v.id) AS population,
       (SELECT count(*) FROM household h WHERE h.village_id = v.id) AS households, v.id`,
    )}
     WHERE v.id = ANY($1::uuid[]) OR v.town_id = ANY($2::uuid[]) OR t.county_id = ANY($3::uuid[])
     ORDER BY t.name, v.name`,
    [filter.villageIds, filter.townIds, filter.countyIds],
  );
}

export async function listGroups(db: Queryable, villageId: string) {
  return db.query<{ id: string; number: number; name: string; households: number }>(
    `SELECT g.id, g.number, g.name, (SELECT count(*) FROM household h WHERE h.village_id = g.village_id AND h.villager_group_id = g.id) AS households
     FROM villager_group g WHERE g.village_id = $1 ORDER BY g.number`,
    [villageId],
  );
}

export async function listGrids(db: Queryable, villageId: string) {
  return db.query<{ id: string; name: string; chiefName: string | null; households: number }>(
    `SELECT g.id, g.name, p.name AS "chiefName",
       (SELECT count(*) FROM household h WHERE h.village_id = g.village_id AND h.grid_id = g.id) AS households
     FROM grid g LEFT JOIN person p ON p.village_id = g.village_id AND p.id = g.chief_person_id
     WHERE g.village_id = $1 ORDER BY g.name`,
    [villageId],
  );
}
