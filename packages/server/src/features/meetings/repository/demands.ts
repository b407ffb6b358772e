import { latestBirthDateForAge, type CalendarDate } from '@cunzhi/core/calendarDate';
import { ADULT_AGE } from '@cunzhi/core/registry/person';
import type { DemandRoute } from '@cunzhi/core/meetings/convening';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
import { SEAT_ROLES } from '../presence.ts';

export interface DemandRow {
  id: string;
  kind: 'villagersAssembly' | 'representativesMeeting';
  route: DemandRoute;
  reason: string;
  status: 'collecting' | 'met' | 'convened';
  created_by: string;
  created_by_name: string;
  created_at: Date;
  signatures: number;
  meeting_id: string | null;
}

const SELECT_DEMAND = `SELECT d.id, d.kind, d.route, d.reason, d.status, d.created_by, a.display_name AS created_by_name,
    d.created_at,
    (SELECT count(*) FROM demand_signature s WHERE s.village_id = d.village_id AND s.demand_id = d.id) AS signatures,
    (SELECT m.id FROM meeting m WHERE m.village_id = d.village_id AND m.demand_id = d.id AND m.status <> 'cancelled'
      ORDER BY m.created_at DESC LIMIT 1) AS meeting_id
  FROM meeting_demand d JOIN account a ON a.id = d.created_by`;

export async function listDemands(db: Queryable, villageId: string): Promise<DemandRow[]> {
  return db.query<DemandRow>(
    `${SELECT_DEMAND} WHERE d.village_id = $1 ORDER BY d.created_at DESC, d.id`,
    [villageId],
  );
}

export async function findDemand(
  db: Queryable,
  villageId: string,
  demandId: string,
  options: { forUpdate?: boolean } = {},
): Promise<DemandRow | null> {
  if (options.forUpdate)
    await db.query('SELECT id FROM meeting_demand WHERE village_id = $1 AND id = $2 FOR UPDATE', [
      villageId,
      demandId,
    ]);
  const [row] = await db.query<DemandRow>(
    `${SELECT_DEMAND} WHERE d.village_id = $1 AND d.id = $2`,
    [villageId, demandId],
  );
  return row ?? null;
}

export async function insertDemand(
  tx: Tx,
  villageId: string,
  d: {
    id: string;
    kind: DemandRow['kind'];
    route: DemandRoute;
    reason: string;
    createdBy: string;
    createdAt: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO meeting_demand (village_id, id, kind, route, reason, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [villageId, d.id, d.kind, d.route, d.reason, d.createdBy, d.createdAt],
  );
}

/** `met` once the threshold is reached, `convened` once a meeting answers it (`met` again if that is called off). */
export async function updateDemandStatus(
  tx: Tx,
  villageId: string,
  demandId: string,
  status: 'met' | 'convened',
): Promise<void> {
  await tx.query('UPDATE meeting_demand SET status = $3 WHERE village_id = $1 AND id = $2', [
    villageId,
    demandId,
    status,
  ]);
}

/** One signature; false when the person has signed already. */
export async function insertSignature(
  tx: Tx,
  villageId: string,
  demandId: string,
  s: { personId: string; source: 'app' | 'paper'; recordedBy: string; signedAt: Date },
): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO demand_signature (village_id, demand_id, person_id, source, recorded_by, signed_at)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING person_id`,
    [villageId, demandId, s.personId, s.source, s.recordedBy, s.signedAt],
  );
  return rows.length > 0;
}

/** The demands a person has signed. */
export async function demandsSignedBy(
  db: Queryable,
  villageId: string,
  personId: string,
): Promise<Set<string>> {
  const rows = await db.query<{ demand_id: string }>(
    'SELECT demand_id FROM demand_signature WHERE village_id = $1 AND person_id = $2',
    [villageId, personId],
  );
  return new Set(rows.map((r) => r.demand_id));
}

/** The bases of the demand thresholds on a date: adults of the village, serving representatives. */
export async function demandBases(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
): Promise<Record<DemandRoute, number>> {
  const [row] = await db.query<{ adults: number; representatives: number }>(
    `SELECT
       (SELECT count(*) FROM person WHERE village_id = $1 AND birth_date <= $3::date) AS adults,
       (SELECT count(DISTINCT s.person_id) FROM body_membership s
          JOIN body_term t ON t.village_id = s.village_id AND t.id = s.term_id
          JOIN body b ON b.village_id = s.village_id AND b.id = s.body_id
        WHERE s.village_id = $1 AND b.kind = 'representativesMeeting' AND s.role = ANY($4::text[])
          AND t.starts_on <= $2::date AND $2::date <= t.ends_on
          AND s.starts_on <= $2::date AND (s.ended_on IS NULL OR $2::date < s.ended_on)) AS representatives`,
    [villageId, on, latestBirthDateForAge(on, ADULT_AGE), SEAT_ROLES],
  );
  return { villagers: row?.adults ?? 0, representatives: row?.representatives ?? 0 };
}

/** Which of some persons may sign a demand of this route on a date (adults, or serving representatives): id → name. */
export async function qualifiedSigners(
  db: Queryable,
  villageId: string,
  route: DemandRoute,
  personIds: readonly string[],
  on: CalendarDate,
): Promise<Map<string, string>> {
  const rows =
    route === 'villagers'
      ? await db.query<{ id: string; name: string }>(
          `SELECT id, name FROM person WHERE village_id = $1 AND id = ANY($2::uuid[]) AND birth_date <= $3::date`,
          [villageId, personIds, latestBirthDateForAge(on, ADULT_AGE)],
        )
      : await db.query<{ id: string; name: string }>(
          `SELECT DISTINCT p.id, p.name FROM body_membership s
             JOIN body_term t ON t.village_id = s.village_id AND t.id = s.term_id
             JOIN body b ON b.village_id = s.village_id AND b.id = s.body_id
             JOIN person p ON p.village_id = s.village_id AND p.id = s.person_id
           WHERE s.village_id = $1 AND p.id = ANY($2::uuid[]) AND b.kind = 'representativesMeeting'
             AND s.role = ANY($4::text[])
             AND t.starts_on <= $3::date AND $3::date <= t.ends_on
             AND s.starts_on <= $3::date AND (s.ended_on IS NULL OR $3::date < s.ended_on)`,
          [villageId, personIds, on, SEAT_ROLES],
        );
  return new Map(rows.map((r) => [r.id, r.name]));
}
