import type { Queryable } from '../../platform/db/database.ts';
import { TASK_SELECT, type TaskRow } from './repository.ts';

/** The village's tasks, newest first (a village receives a few dozen a year). */
export function villageTasks(db: Queryable, villageId: string): Promise<TaskRow[]> {
  return db.query<TaskRow>(
    `${TASK_SELECT} WHERE w.village_id = $1 ORDER BY w.sent_on DESC, w.sent_at DESC, w.id`,
    [villageId],
  );
}

/** Which of a town's (or a county's) tasks a list shows: refused ones, open ones, or all. */
export type TaskFilter = 'refused' | 'open' | 'all';
const FILTERS: Record<TaskFilter, string> = {
  refused: `AND w.decision = 'refused'`,
  open: `AND w.decision IS NULL`,
  all: '',
};

/** The tasks sent by these towns, or by any town of these counties; newest first, at most 500. */
export function sentTasks(
  db: Queryable,
  scope: { townIds: readonly string[]; countyIds: readonly string[] },
  filter: TaskFilter,
): Promise<TaskRow[]> {
  return db.query<TaskRow>(
    `${TASK_SELECT}
      WHERE (w.town_id = ANY($1::uuid[]) OR t.county_id = ANY($2::uuid[])) ${FILTERS[filter]}
      ORDER BY w.sent_on DESC, w.sent_at DESC, w.id LIMIT 500`,
    [scope.townIds, scope.countyIds],
  );
}

export interface TownCountRow {
  town_id: string;
  town_name: string;
  sent: number;
  accepted: number;
  refused: number;
  returned: number;
  open: number;
}

/** Per town of these counties (every town, none sent too): the year's tasks by outcome. */
export function countsByTown(
  db: Queryable,
  countyIds: readonly string[],
  year: number,
): Promise<TownCountRow[]> {
  return db.query<TownCountRow>(
    `SELECT t.id AS town_id, t.name AS town_name,
            count(w.id)::int AS sent,
            count(w.id) FILTER (WHERE w.decision = 'accepted')::int AS accepted,
            count(w.id) FILTER (WHERE w.decision = 'refused')::int AS refused,
            count(w.id) FILTER (WHERE w.decision = 'returned')::int AS returned,
            count(w.id) FILTER (WHERE w.id IS NOT NULL AND w.decision IS NULL)::int AS open
       FROM town t
       LEFT JOIN work_task w ON w.town_id = t.id
        AND w.sent_on >= make_date($2, 1, 1) AND w.sent_on < make_date($2 + 1, 1, 1)
      WHERE t.county_id = ANY($1::uuid[])
      GROUP BY t.id, t.name ORDER BY t.name`,
    [countyIds, year],
  );
}

export function countiesNamed(
  db: Queryable,
  ids: readonly string[],
): Promise<Array<{ id: string; name: string }>> {
  return db.query(`SELECT id, name FROM county WHERE id = ANY($1::uuid[]) ORDER BY name`, [ids]);
}

/** The towns with their villages (the form's choices), and each town's county. */
export async function townsWithVillages(
  db: Queryable,
  townIds: readonly string[],
): Promise<
  Array<{
    id: string;
    name: string;
    county_id: string;
    villages: Array<{ id: string; name: string }>;
  }>
> {
  const rows = await db.query<{
    id: string;
    name: string;
    county_id: string;
    village_id: string | null;
    village_name: string | null;
  }>(
    `SELECT t.id, t.name, t.county_id, v.id AS village_id, v.name AS village_name
       FROM town t LEFT JOIN village v ON v.town_id = t.id
      WHERE t.id = ANY($1::uuid[]) ORDER BY t.name, v.code`,
    [townIds],
  );
  const towns = new Map<
    string,
    { id: string; name: string; county_id: string; villages: Array<{ id: string; name: string }> }
  >();
  for (const r of rows) {
    const town = towns.get(r.id) ?? {
      id: r.id,
      name: r.name,
      county_id: r.county_id,
      villages: [],
    };
    towns.set(r.id, town);
    if (r.village_id && r.village_name)
      town.villages.push({ id: r.village_id, name: r.village_name });
  }
  return [...towns.values()];
}

/** The counties of these towns (a town official reads the lists of the county above them). */
export async function countiesOfTowns(
  db: Queryable,
  townIds: readonly string[],
): Promise<string[]> {
  const rows = await db.query<{ county_id: string }>(
    `SELECT DISTINCT county_id FROM town WHERE id = ANY($1::uuid[])`,
    [townIds],
  );
  return rows.map((r) => r.county_id);
}

/** The towns of a county, in code order (the demo sends tasks from each). */
export async function townIdsOfCounty(db: Queryable, countyId: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT id FROM town WHERE county_id = $1 ORDER BY code`,
    [countyId],
  );
  return rows.map((r) => r.id);
}
