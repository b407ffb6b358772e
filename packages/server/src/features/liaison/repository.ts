import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { DutyCadence } from '@cunzhi/core/liaison/duties';
import type {
  LiaisonCategory,
  LiaisonLevel,
  LiaisonSource,
  LiaisonState,
  LiaisonUrgency,
  Rating,
  RouteBody,
} from '@cunzhi/core/liaison/cases';
import type { VisitorKind } from '@cunzhi/core/liaison/visits';
import type { Queryable, Tx } from '../../platform/db/database.ts';

/** Writes of grid liaison and the reads its commands need. */

// ── duty list ────────────────────────────────────────────────────────────────

export async function insertDuty(
  tx: Tx,
  villageId: string,
  d: {
    id: string;
    category: string;
    title: string;
    cadence: DutyCadence;
    example: boolean;
    since: CalendarDate;
  },
): Promise<number> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`liaisonDuty:${villageId}`]);
  const [row] = await tx.query<{ number: number }>(
    `INSERT INTO liaison_duty (village_id, id, number, category, title, cadence, example, since)
     SELECT $1, $2, coalesce(max(number), 0) + 1, $3, $4, $5, $6, $7 FROM liaison_duty WHERE village_id = $1
     RETURNING number`,
    [villageId, d.id, d.category, d.title, d.cadence, d.example, d.since],
  );
  if (!row) throw new Error('duty not inserted');
  return row.number;
}

export async function dutyExists(db: Queryable, villageId: string, id: string): Promise<boolean> {
  const rows = await db.query(
    'SELECT 1 FROM liaison_duty WHERE village_id = $1 AND id = $2 AND retired_on IS NULL',
    [villageId, id],
  );
  return rows.length > 0;
}

export async function insertDutyLog(
  tx: Tx,
  villageId: string,
  l: {
    id: string;
    dutyId: string;
    gridId: string;
    doneOn: CalendarDate;
    note: string;
    by: string | null;
    at: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO liaison_duty_log (village_id, id, duty_id, grid_id, done_on, note, logged_by, logged_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [villageId, l.id, l.dutyId, l.gridId, l.doneOn, l.note, l.by, l.at],
  );
}

/** The grids of the village and who heads each. */
export async function villageGrids(
  db: Queryable,
  villageId: string,
): Promise<
  Array<{ id: string; name: string; chief_person_id: string | null; chief_name: string | null }>
> {
  return db.query(
    `SELECT g.id, g.name, g.chief_person_id, p.name AS chief_name
     FROM grid g LEFT JOIN person p ON p.village_id = g.village_id AND p.id = g.chief_person_id
     WHERE g.village_id = $1 ORDER BY g.name, g.id`,
    [villageId],
  );
}

// ── links and visits ────────────────────────────────────────────────────────

export async function partyMember(
  db: Queryable,
  villageId: string,
  personId: string,
): Promise<{ name: string; party_member: boolean } | null> {
  const [row] = await db.query<{ name: string; party_member: boolean }>(
    'SELECT name, party_member FROM person WHERE village_id = $1 AND id = $2',
    [villageId, personId],
  );
  return row ?? null;
}

/** A household with its grid's chief and its current link (locked with FOR UPDATE when asked). */
export interface HouseholdLinkRow {
  id: string;
  grid_id: string | null;
  grid_chief_person_id: string | null;
  link_id: string | null;
  linked_person_id: string | null;
  linked_name: string | null;
  linked_since: CalendarDate | null;
}

export async function householdForLiaison(
  db: Queryable,
  villageId: string,
  householdId: string,
): Promise<HouseholdLinkRow | null> {
  const [row] = await db.query<HouseholdLinkRow>(
    `SELECT h.id, h.grid_id, g.chief_person_id AS grid_chief_person_id, l.id AS link_id,
       l.member_person_id AS linked_person_id, p.name AS linked_name,
       to_char(l.since, 'YYYY-MM-DD') AS linked_since
     FROM household h
     LEFT JOIN grid g ON g.village_id = h.village_id AND g.id = h.grid_id
     LEFT JOIN liaison_link l ON l.village_id = h.village_id AND l.household_id = h.id AND l.ended_on IS NULL
     LEFT JOIN person p ON p.village_id = l.village_id AND p.id = l.member_person_id
     WHERE h.village_id = $1 AND h.id = $2`,
    [villageId, householdId],
  );
  return row ?? null;
}

/** Serialises the links of one village (one current link per household). */
export async function lockVillageLinks(tx: Tx, villageId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`liaisonLink:${villageId}`]);
}

export async function insertLink(
  tx: Tx,
  villageId: string,
  l: { id: string; memberPersonId: string; householdId: string; since: CalendarDate },
): Promise<void> {
  await tx.query(
    `INSERT INTO liaison_link (village_id, id, member_person_id, household_id, since) VALUES ($1, $2, $3, $4, $5)`,
    [villageId, l.id, l.memberPersonId, l.householdId, l.since],
  );
}

export async function endLinkRow(
  tx: Tx,
  villageId: string,
  linkId: string,
  endedOn: CalendarDate,
): Promise<{ household_id: string; since: CalendarDate } | null> {
  const [row] = await tx.query<{ household_id: string; since: CalendarDate }>(
    `UPDATE liaison_link SET ended_on = $3 WHERE village_id = $1 AND id = $2 AND ended_on IS NULL
       AND since <= $3 RETURNING household_id, to_char(since, 'YYYY-MM-DD') AS since`,
    [villageId, linkId, endedOn],
  );
  return row ?? null;
}

export async function insertVisit(
  tx: Tx,
  villageId: string,
  v: {
    id: string;
    householdId: string;
    visitorPersonId: string;
    kind: VisitorKind;
    visitedOn: CalendarDate;
    note: string;
    by: string | null;
    at: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO liaison_visit (village_id, id, household_id, visitor_person_id, visitor_kind, visited_on,
       note, logged_by, logged_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [villageId, v.id, v.householdId, v.visitorPersonId, v.kind, v.visitedOn, v.note, v.by, v.at],
  );
}

export async function findVisit(
  db: Queryable,
  villageId: string,
  id: string,
): Promise<{ visitor_person_id: string } | null> {
  const [row] = await db.query<{ visitor_person_id: string }>(
    'SELECT visitor_person_id FROM liaison_visit WHERE village_id = $1 AND id = $2',
    [villageId, id],
  );
  return row ?? null;
}

/** The head of a household, who a case raised on a visit is in the name of. */
export async function householdHead(
  db: Queryable,
  villageId: string,
  householdId: string,
): Promise<string | null> {
  const [row] = await db.query<{ id: string }>(
    `SELECT id FROM person WHERE village_id = $1 AND household_id = $2 AND relation_to_head = 'head'`,
    [villageId, householdId],
  );
  return row?.id ?? null;
}

/** Who heads a grid (网格长, 片长), if anyone. */
export async function gridChief(
  db: Queryable,
  villageId: string,
  gridId: string,
): Promise<string | null> {
  const [row] = await db.query<{ chief_person_id: string | null }>(
    'SELECT chief_person_id FROM grid WHERE village_id = $1 AND id = $2',
    [villageId, gridId],
  );
  return row?.chief_person_id ?? null;
}

/** A person's household and its grid (where a villager's case belongs). */
export async function personPlace(
  db: Queryable,
  villageId: string,
  personId: string,
): Promise<{ household_id: string; grid_id: string | null } | null> {
  const [row] = await db.query<{ household_id: string; grid_id: string | null }>(
    `SELECT p.household_id, h.grid_id
     FROM person p JOIN household h ON h.village_id = p.village_id AND h.id = p.household_id
     WHERE p.village_id = $1 AND p.id = $2`,
    [villageId, personId],
  );
  return row ?? null;
}

// ── 民情 cases ──────────────────────────────────────────────────────────────

export async function lockVillageCases(tx: Tx, villageId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`liaisonCase:${villageId}`]);
}

export async function nextCaseNumber(tx: Tx, villageId: string): Promise<number> {
  const [row] = await tx.query<{ n: number }>(
    'SELECT coalesce(max(number), 0)::int + 1 AS n FROM liaison_case WHERE village_id = $1',
    [villageId],
  );
  return row?.n ?? 1;
}

export interface NewCase {
  id: string;
  number: number;
  source: LiaisonSource;
  anonymous: boolean;
  reporterPersonId: string | null;
  reporterName: string | null;
  reporterPhone: string | null;
  householdId: string | null;
  gridId: string | null;
  visitId: string | null;
  category: LiaisonCategory;
  urgency: LiaisonUrgency;
  subject: string;
  body: string;
  concernsPersonIds: readonly string[];
  level: LiaisonLevel;
  state: LiaisonState;
  reportedOn: CalendarDate;
  dueOn: CalendarDate;
  profileVersion: string;
  mergedInto: string | null;
  trackingHash: string;
  enteredBy: string | null;
}

export async function insertCase(tx: Tx, villageId: string, c: NewCase): Promise<void> {
  await tx.query(
    `INSERT INTO liaison_case (village_id, id, number, source, anonymous, reporter_person_id, reporter_name,
       reporter_phone, household_id, grid_id, visit_id, category, urgency, subject, body, concerns_person_ids,
       level, state, reported_on, due_on, profile_version, merged_into, tracking_hash, entered_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16::uuid[], $17, $18, $19,
       $20, $21, $22, $23, $24)`,
    [
      ...[villageId, c.id, c.number, c.source, c.anonymous, c.reporterPersonId, c.reporterName],
      ...[
        c.reporterPhone,
        c.householdId,
        c.gridId,
        c.visitId,
        c.category,
        c.urgency,
        c.subject,
        c.body,
      ],
      ...[
        c.concernsPersonIds,
        c.level,
        c.state,
        c.reportedOn,
        c.dueOn,
        c.profileVersion,
        c.mergedInto,
      ],
      ...[c.trackingHash, c.enteredBy],
    ],
  );
}

export interface CaseRow {
  village_id: string;
  id: string;
  number: number;
  source: LiaisonSource;
  anonymous: boolean;
  reporter_person_id: string | null;
  reporter_name: string | null;
  reporter_phone: string | null;
  household_id: string | null;
  grid_id: string | null;
  category: LiaisonCategory;
  urgency: LiaisonUrgency;
  subject: string;
  body: string;
  concerns_person_ids: string[];
  level: LiaisonLevel;
  state: LiaisonState;
  reported_on: CalendarDate;
  due_on: CalendarDate;
  profile_version: string;
  routed_body: RouteBody | null;
  routed_department_id: string | null;
  routed_by: string | null;
  routed_note: string | null;
  feedback: string | null;
  answered_on: CalendarDate | null;
  rating_due_on: CalendarDate | null;
  rating: Rating | null;
  rated_on: CalendarDate | null;
  reopen_count: number;
  merged_into: string | null;
  version: number;
}

export const CASE_COLUMNS = `c.village_id, c.id, c.number, c.source, c.anonymous, c.reporter_person_id,
  c.reporter_name, c.reporter_phone, c.household_id, c.grid_id, c.category, c.urgency, c.subject, c.body,
  c.concerns_person_ids::text[] AS concerns_person_ids, c.level, c.state,
  to_char(c.reported_on, 'YYYY-MM-DD') AS reported_on, to_char(c.due_on, 'YYYY-MM-DD') AS due_on,
  c.profile_version, c.routed_body, c.routed_department_id, c.routed_by, c.routed_note, c.feedback,
  to_char(c.answered_on, 'YYYY-MM-DD') AS answered_on, to_char(c.rating_due_on, 'YYYY-MM-DD') AS rating_due_on,
  c.rating, to_char(c.rated_on, 'YYYY-MM-DD') AS rated_on, c.reopen_count, c.merged_into, c.version`;

export async function findCase(
  db: Queryable,
  villageId: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<CaseRow | null> {
  const [row] = await db.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM liaison_case c WHERE c.village_id = $1 AND c.id = $2${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [villageId, id],
  );
  return row ?? null;
}

export async function findCaseByTracking(
  db: Queryable,
  villageId: string,
  trackingHash: string,
): Promise<CaseRow | null> {
  const [row] = await db.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM liaison_case c WHERE c.village_id = $1 AND c.tracking_hash = $2`,
    [villageId, trackingHash],
  );
  return row ?? null;
}

/** The fields a step may change; the rest stay. */
export type CasePatch = Partial<
  Pick<
    CaseRow,
    | 'state'
    | 'level'
    | 'category'
    | 'urgency'
    | 'due_on'
    | 'profile_version'
    | 'routed_body'
    | 'routed_department_id'
    | 'routed_by'
    | 'routed_note'
    | 'feedback'
    | 'answered_on'
    | 'rating_due_on'
    | 'rating'
    | 'rated_on'
    | 'reopen_count'
    | 'merged_into'
  >
>;

export async function updateCase(
  tx: Tx,
  villageId: string,
  id: string,
  patch: CasePatch,
): Promise<void> {
  const keys = Object.keys(patch) as (keyof CasePatch)[];
  const sets = keys.map((k, i) => `${k} = $${i + 3}`);
  await tx.query(
    `UPDATE liaison_case SET ${[...sets, 'version = version + 1'].join(', ')} WHERE village_id = $1 AND id = $2`,
    [villageId, id, ...keys.map((k) => patch[k] ?? null)],
  );
}

export async function insertCaseStep(
  tx: Tx,
  villageId: string,
  caseId: string,
  s: {
    action: string;
    toState: LiaisonState;
    level: LiaisonLevel;
    note: string | null;
    dueOn: CalendarDate | null;
    by: string | null;
    on: CalendarDate;
    at: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO liaison_case_step (village_id, case_id, seq, action, to_state, level, note, due_on, acted_by,
       acted_on, acted_at)
     SELECT $1, $2, coalesce(max(seq), 0) + 1, $3, $4, $5, $6, $7, $8, $9, $10
     FROM liaison_case_step WHERE village_id = $1 AND case_id = $2`,
    [villageId, caseId, s.action, s.toState, s.level, s.note, s.dueOn, s.by, s.on, s.at],
  );
}

/** The day a case last took a step of this kind (a reopening: its due date runs from there). */
export async function lastStepOn(
  db: Queryable,
  villageId: string,
  caseId: string,
  action: string,
): Promise<CalendarDate | null> {
  const [row] = await db.query<{ on: CalendarDate | null }>(
    `SELECT to_char(max(acted_on), 'YYYY-MM-DD') AS on FROM liaison_case_step
     WHERE village_id = $1 AND case_id = $2 AND action = $3`,
    [villageId, caseId, action],
  );
  return row?.on ?? null;
}

/** A town department of the village's town (a case handed up goes only to its own town). */
export { departmentOfVillageTown as townDepartment } from '../townInbox/queries.ts';

/** The town referral a case was handed up by (the demo and tests step it as the town). */
export async function caseReferralId(
  db: Queryable,
  villageId: string,
  caseId: string,
): Promise<string | null> {
  const [row] = await db.query<{ id: string }>(
    `SELECT id FROM town_referral WHERE village_id = $1 AND source_kind = 'minqing' AND source_id = $2`,
    [villageId, caseId],
  );
  return row?.id ?? null;
}
