import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { ReferralAddressee } from '@cunzhi/core/policies/townInbox';
import type { DepartmentKind } from '@cunzhi/core/townInbox/referrals';
import type { Queryable } from '../../platform/db/database.ts';
import type { OutboxStatus } from '../../platform/outbox/repository.ts';
import type { DepartmentRow, ReferralRow } from './repository.ts';

export type InboxRow = ReferralRow & {
  village_name: string;
  village_kind: 'village' | 'community';
  town_name: string;
  age_days: number;
  department_name: string | null;
  department_kind: DepartmentKind | null;
  overdue: boolean;
};

const INBOX_COLUMNS = `r.village_id, r.id, r.town_id, r.source_kind, r.source_id, r.addressee,
  r.subject, r.summary, r.concerns_person_ids::text[] AS concerns_person_ids, r.status,
  to_char(r.filed_on, 'YYYY-MM-DD') AS filed_on, r.department_id,
  to_char(r.due_on, 'YYYY-MM-DD') AS due_on, to_char(r.paused_on, 'YYYY-MM-DD') AS paused_on,
  r.return_reason, r.answer, r.accepted_at, r.answered_at, r.closed_at,
  v.name AS village_name, v.kind AS village_kind, t.name AS town_name, ($1::date - r.filed_on) AS age_days,
  d.name AS department_name, d.kind AS department_kind,
  (r.status IN ('filed', 'accepted', 'handling') AND r.paused_on IS NULL AND r.due_on < $1::date) AS overdue`;

const INBOX_FROM = `town_referral r JOIN village v ON v.id = r.village_id JOIN town t ON t.id = r.town_id
  LEFT JOIN town_department d ON d.id = r.department_id`;

export type InboxFilter = {
  level: 'town' | 'county';
  id: string;
  addressees: ReferralAddressee[];
  departmentId: string | null;
};

/**
 * The referrals an official reads: for each of their scopes, those addressed to their unit from
 * the villages of that town (or county), a department's only to that department's officials and
 * the town's leaders. Open ones first, the earliest due first (undated ones by age); closed and
 * returned ones after.
 */
export async function inboxReferrals(
  app: { db: Queryable },
  today: CalendarDate,
  filters: readonly InboxFilter[],
  opts: { status: 'open' | 'closed' | 'all'; departmentId?: string | undefined },
): Promise<InboxRow[]> {
  if (filters.length === 0) return [];
  const params: unknown[] = [today];
  const clauses = filters.map((f) => {
    params.push(f.departmentId ?? f.id);
    const id = `$${params.length}::uuid`;
    // a department's official reads that department's only (its index: department, status, due)
    if (f.departmentId) return `r.department_id = ${id}`;
    params.push(f.addressees);
    const where = f.level === 'town' ? `r.town_id = ${id}` : `t.county_id = ${id}`;
    return `(${where} AND r.addressee = ANY($${params.length}::text[]))`;
  });
  const done = `r.status IN ('closed', 'returned')`;
  let departmentClause = '';
  if (opts.departmentId) {
    params.push(opts.departmentId);
    departmentClause = `AND r.department_id = $${params.length}::uuid`;
  }
  // open ones by the day they are due (undated ones as if due 15 days after filing), on the
  // partial index of open referrals; closed and returned ones newest first
  const where = { open: `NOT ${done}`, closed: done, all: 'true' }[opts.status];
  const orderBy = {
    open: `${DUE_ORDER}, r.filed_at, r.id`,
    closed: `r.filed_at DESC, r.id`,
    all: `${done}, ${DUE_ORDER}, r.filed_at, r.id`,
  }[opts.status];
  return app.db.query<InboxRow>(
    `SELECT ${INBOX_COLUMNS}
     FROM ${INBOX_FROM}
     WHERE ${where} AND (${clauses.join(' OR ')}) ${departmentClause}
     ORDER BY ${orderBy} LIMIT 500`,
    params,
  );
}

/** The order of open referrals, as the partial index town_referral_open_due has it. */
const DUE_ORDER = `coalesce(r.due_on, r.filed_on + 15)`;

export interface ReferralStepRow {
  step: string;
  at: Date;
  by_name: string | null;
  department_name: string | null;
  note: string | null;
  due_on: CalendarDate | null;
}

/** A referral's steps in order, with who took them and where. */
export async function referralSteps(
  app: { db: Queryable },
  villageId: string,
  referralId: string,
): Promise<ReferralStepRow[]> {
  return app.db.query<ReferralStepRow>(
    `SELECT s.step, s.at, a.display_name AS by_name, d.name AS department_name, s.note,
       to_char(s.due_on, 'YYYY-MM-DD') AS due_on
     FROM town_referral_step s
     LEFT JOIN account a ON a.id = s.by_account_id
     LEFT JOIN town_department d ON d.id = s.department_id
     WHERE s.village_id = $1 AND s.referral_id = $2 ORDER BY s.seq`,
    [villageId, referralId],
  );
}

/** A town's departments (to transfer a referral to). */
export async function departmentsOfTown(
  app: { db: Queryable },
  townId: string,
): Promise<DepartmentRow[]> {
  return app.db.query<DepartmentRow>(
    'SELECT id, town_id, name, kind FROM town_department WHERE town_id = $1 ORDER BY kind, name',
    [townId],
  );
}

/** The departments of the towns an official serves (a county's: of every town of the county). */
export async function departmentsOfScopes(
  app: { db: Queryable },
  scopes: ReadonlyArray<{ level: 'town' | 'county'; id: string }>,
): Promise<Array<DepartmentRow & { town_name: string }>> {
  if (scopes.length === 0) return [];
  const towns = scopes.filter((s) => s.level === 'town').map((s) => s.id);
  const counties = scopes.filter((s) => s.level === 'county').map((s) => s.id);
  return app.db.query(
    `SELECT d.id, d.town_id, d.name, d.kind, t.name AS town_name
     FROM town_department d JOIN town t ON t.id = d.town_id
     WHERE d.town_id = ANY($1::uuid[]) OR t.county_id = ANY($2::uuid[])
     ORDER BY t.name, d.kind, d.name`,
    [towns, counties],
  );
}

/** One referral with its village and town, for the detail (access is checked by the caller). */
export async function inboxReferral(
  app: { db: Queryable },
  today: CalendarDate,
  villageId: string,
  id: string,
): Promise<(InboxRow & { county_id: string }) | null> {
  const [row] = await app.db.query<InboxRow & { county_id: string }>(
    `SELECT ${INBOX_COLUMNS}, t.county_id
     FROM ${INBOX_FROM}
     WHERE r.village_id = $2 AND r.id = $3`,
    [today, villageId, id],
  );
  return row ?? null;
}

/** The named cadres' names (persons of the village), for the referral's page. */
export async function personNames(
  app: { db: Queryable },
  villageId: string,
  ids: readonly string[],
): Promise<Array<{ id: string; name: string }>> {
  if (ids.length === 0) return [];
  return app.db.query(
    'SELECT id, name FROM person WHERE village_id = $1 AND id = ANY($2::uuid[]) ORDER BY name',
    [villageId, ids],
  );
}

/** A complaint's facts the town sees besides the referral (never who complained). */
export interface ComplaintFacts {
  number: number;
  channel: string;
  anonymous: boolean;
  received_on: CalendarDate;
  /** The SMS telling the complainant of an answer (the latest): its state, never number nor words. */
  sms_id: string | null;
  sms_status: OutboxStatus | null;
  sms_attempts: number | null;
}

/** How a complaint came in, and how the SMS telling its complainant of the answer fared. */
export async function complaintFacts(
  app: { db: Queryable },
  villageId: string,
  id: string,
): Promise<ComplaintFacts | null> {
  const [row] = await app.db.query<ComplaintFacts>(
    `SELECT c.number, c.channel, c.anonymous, to_char(c.received_on, 'YYYY-MM-DD') AS received_on,
       s.id AS sms_id, s.status AS sms_status, s.attempts AS sms_attempts
     FROM complaint c
     LEFT JOIN LATERAL (SELECT m.id, m.status, m.attempts FROM outbox_message m
       WHERE m.village_id = c.village_id AND m.subject_kind = 'complaint' AND m.subject_id = c.id
         AND m.channel = 'sms'
       ORDER BY m.created_at DESC LIMIT 1) s ON true
     WHERE c.village_id = $1 AND c.id = $2`,
    [villageId, id],
  );
  return row ?? null;
}

/** The id of the referral a complaint was sent to the town with, or null. */
export async function referralOfComplaint(
  app: { db: Queryable },
  villageId: string,
  complaintId: string,
): Promise<string | null> {
  const [row] = await app.db.query<{ id: string }>(
    `SELECT id FROM town_referral WHERE village_id = $1 AND source_kind = 'complaint' AND source_id = $2`,
    [villageId, complaintId],
  );
  return row?.id ?? null;
}

export interface CaseCountRow {
  village_id: string;
  village_name: string;
  town_name: string;
  /** null for a village with no case of any kind */
  kind: 'service' | 'minqing' | 'dispute' | 'petition' | null;
  open: number;
  overdue: number | null;
  satisfied: number;
  basically_satisfied: number;
  dissatisfied: number;
  unrated: number;
}

/**
 * Per village of the official's towns (a county official: of the county) and per kind of case:
 * how many are open, how many of those are past the due date of the step they wait on (the
 * clock not stopped for materials), and this year's ratings. "Open" and "overdue" are each
 * capability's: a service waiting for materials is not overdue; a petition answered waits on
 * the petitioner (their window to ask for review), not on the office; mediation runs no period.
 */
export async function casesOverview(
  app: { db: Queryable },
  today: CalendarDate,
  scopes: ReadonlyArray<{ level: 'town' | 'county'; id: string }>,
): Promise<CaseCountRow[]> {
  const towns = scopes.filter((s) => s.level === 'town').map((s) => s.id);
  const counties = scopes.filter((s) => s.level === 'county').map((s) => s.id);
  if (towns.length + counties.length === 0) return [];
  const year = Number(today.slice(0, 4));
  const rated = (table: string, since: string) => `
    count(*) FILTER (WHERE ${table}.rating = 'satisfied' AND ${since}) AS satisfied,
    count(*) FILTER (WHERE ${table}.rating = 'basicallySatisfied' AND ${since}) AS basically_satisfied,
    count(*) FILTER (WHERE ${table}.rating = 'dissatisfied' AND ${since}) AS dissatisfied`;
  return app.db.query<CaseCountRow>(
    `WITH villages AS (
       SELECT v.id, v.name, v.code, t.code AS town_code, t.name AS town_name
       FROM village v JOIN town t ON t.id = v.town_id
       WHERE v.town_id = ANY($2::uuid[]) OR t.county_id = ANY($3::uuid[])),
     counts AS (
       SELECT s.village_id, 'service' AS kind,
         count(*) FILTER (WHERE s.state IN ('ordered', 'accepted', 'awaitingMaterials', 'processing', 'agency')) AS open,
         count(*) FILTER (WHERE s.state IN ('ordered', 'accepted', 'processing', 'agency') AND s.due_on < $1::date) AS overdue,
         ${rated('s', 'extract(year FROM s.closed_on) = $4')},
         count(*) FILTER (WHERE s.state = 'completed' AND extract(year FROM s.closed_on) = $4) AS unrated
       FROM service_request s WHERE s.village_id IN (SELECT id FROM villages)
         -- only rows a count can take: open ones, or closed this year (years of closed requests skipped)
         AND (s.state IN ('ordered', 'accepted', 'awaitingMaterials', 'processing', 'agency')
              OR s.closed_on >= make_date($4::int, 1, 1))
       GROUP BY s.village_id
       UNION ALL
       SELECT c.village_id, 'minqing',
         count(*) FILTER (WHERE c.state IN ('reported', 'acknowledged', 'handling', 'routed')),
         count(*) FILTER (WHERE c.state IN ('reported', 'acknowledged', 'handling', 'routed') AND c.due_on < $1::date),
         ${rated('c', 'extract(year FROM c.rated_on) = $4')},
         count(*) FILTER (WHERE c.state = 'unrated' AND extract(year FROM c.answered_on) = $4)
       FROM liaison_case c WHERE c.village_id IN (SELECT id FROM villages)
         AND (c.state IN ('reported', 'acknowledged', 'handling', 'routed')
              OR c.rated_on >= make_date($4::int, 1, 1) OR c.answered_on >= make_date($4::int, 1, 1))
       GROUP BY c.village_id
       UNION ALL
       SELECT d.village_id, 'dispute',
         count(*) FILTER (WHERE d.status IN ('received', 'mediating', 'agreed', 'performing', 'atTown', 'inCourt')),
         NULL, 0, 0, 0, 0
       FROM dispute d WHERE d.village_id IN (SELECT id FROM villages) GROUP BY d.village_id
       UNION ALL
       SELECT p.village_id, 'petition',
         count(*) FILTER (WHERE p.status NOT IN ('closed', 'notAccepted')),
         count(*) FILTER (WHERE p.status IN ('registered', 'forwarded', 'assigned', 'handling', 'reviewing', 'reReviewing')
           AND p.due_on < $1::date),
         0, 0, 0, 0
       FROM petition p WHERE p.village_id IN (SELECT id FROM villages) GROUP BY p.village_id)
     SELECT v.id AS village_id, v.name AS village_name, v.town_name, c.kind,
       c.open::int AS open, c.overdue::int AS overdue, c.satisfied::int AS satisfied,
       c.basically_satisfied::int AS basically_satisfied, c.dissatisfied::int AS dissatisfied,
       c.unrated::int AS unrated
     FROM villages v LEFT JOIN counts c ON c.village_id = v.id
     ORDER BY v.town_code, v.code`,
    [today, towns, counties, year],
  );
}

/** The departments of a village's town, by name (a window's, a case's or a dispute's choices). */
export async function departmentsOfVillageTown(
  db: Queryable,
  villageId: string,
): Promise<Array<{ id: string; name: string }>> {
  return db.query(
    `SELECT d.id, d.name FROM town_department d JOIN village v ON v.town_id = d.town_id
     WHERE v.id = $1 ORDER BY d.name`,
    [villageId],
  );
}

/** One department of a village's own town, or null (a case goes up to its own town only). */
export async function departmentOfVillageTown(
  db: Queryable,
  villageId: string,
  departmentId: string,
): Promise<{ id: string; name: string } | null> {
  const [row] = await db.query<{ id: string; name: string }>(
    `SELECT d.id, d.name FROM town_department d JOIN village v ON v.town_id = d.town_id
     WHERE v.id = $1 AND d.id = $2`,
    [villageId, departmentId],
  );
  return row ?? null;
}
