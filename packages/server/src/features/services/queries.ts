import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { CLOSED_STATES, REQUEST_STATES } from '@cunzhi/core/services/requests';
import type { Queryable } from '../../platform/db/database.ts';
import { REQUEST_SELECT, type RequestRow } from './repository.ts';

const OPEN_STATES = REQUEST_STATES.filter((s) => !CLOSED_STATES.includes(s));
const SHOWN = { open: OPEN_STATES, closed: CLOSED_STATES, all: REQUEST_STATES };

/**
 * The queue: open requests first those waiting to be accepted (no clock yet), then due first;
 * closed ones latest first. The states are named (not "not closed") so that the index
 * (village_id, state, due_on) finds the open ones without reading every closed one.
 */
export async function requestQueue(
  db: Queryable,
  villageId: string,
  show: 'open' | 'closed' | 'all',
): Promise<RequestRow[]> {
  const closed = `r.state IN ('completed', 'rated', 'refused', 'withdrawn')`;
  return db.query<RequestRow>(
    `${REQUEST_SELECT} WHERE r.village_id = $1 AND r.state = ANY($2::text[])
     ORDER BY CASE WHEN ${closed} THEN 2 WHEN r.state = 'ordered' THEN 0 ELSE 1 END,
       CASE WHEN ${closed} THEN r.closed_on END DESC NULLS LAST,
       r.due_on NULLS LAST, r.year, r.number`,
    [villageId, SHOWN[show]],
  );
}

/** A villager's own requests, latest first. */
export async function ownRequests(
  db: Queryable,
  villageId: string,
  personId: string,
): Promise<RequestRow[]> {
  return db.query<RequestRow>(
    `${REQUEST_SELECT} WHERE r.village_id = $1 AND r.requester_person_id = $2
     ORDER BY r.year DESC, r.number DESC`,
    [villageId, personId],
  );
}

/** A request in a 台账, with its village (a town's sheet has every village's). */
export type LedgerRow = RequestRow & { village_id: string; village_name: string };

/** Requests ordered in a period in the given villages, by village and number (the 台账). */
export async function ledgerRequests(
  db: Queryable,
  villageIds: readonly string[],
  from: CalendarDate,
  to: CalendarDate,
): Promise<LedgerRow[]> {
  const select = REQUEST_SELECT.replace(
    ' FROM service_request r',
    ', r.village_id, vg.name AS village_name\n  FROM service_request r JOIN village vg ON vg.id = r.village_id',
  );
  return db.query<LedgerRow>(
    `${select} WHERE r.village_id = ANY($1::uuid[]) AND r.ordered_on BETWEEN $2::date AND $3::date
     ORDER BY vg.name, r.village_id, r.year, r.number`,
    [villageIds, from, to],
  );
}

/** Registered villagers whose name starts with what the counter typed (namesakes told apart). */
export async function requesterOptions(
  db: Queryable,
  villageId: string,
  prefix: string,
): Promise<
  Array<{ person_id: string; name: string; group_name: string | null; birth_year: number }>
> {
  const pattern = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db.query(
    `SELECT p.id AS person_id, p.name, g.name AS group_name,
       extract(year FROM p.birth_date)::int AS birth_year
     FROM person p
     JOIN household h ON h.village_id = p.village_id AND h.id = p.household_id
     LEFT JOIN villager_group g ON g.village_id = h.village_id AND g.id = h.villager_group_id
     WHERE p.village_id = $1 AND p.name LIKE $2
     ORDER BY p.name, p.birth_date LIMIT 20`,
    [villageId, pattern],
  );
}

/** The station's name: its body in the village (便民服务站 / 社区服务站), if the village has one. */
export async function stationName(db: Queryable, villageId: string): Promise<string | null> {
  const [row] = await db.query<{ name: string }>(
    `SELECT name FROM body WHERE village_id = $1 AND kind = 'convenienceServiceStation'
     ORDER BY name LIMIT 1`,
    [villageId],
  );
  return row?.name ?? null;
}

/** The oldest registered residents without an account (the demo's counter orders are for them). */
export async function eldersWithoutAccount(
  db: Queryable,
  villageId: string,
  limit: number,
): Promise<Array<{ person_id: string; name: string }>> {
  return db.query(
    `SELECT p.id AS person_id, p.name FROM person p
     WHERE p.village_id = $1 AND p.residence_status = 'resident'
       AND NOT EXISTS (SELECT 1 FROM account a WHERE a.village_id = p.village_id AND a.person_id = p.id)
     ORDER BY p.birth_date, p.id LIMIT $2`,
    [villageId, limit],
  );
}
