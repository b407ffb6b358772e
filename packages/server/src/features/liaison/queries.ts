import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { DutyCadence } from '@cunzhi/core/liaison/duties';
import type { LiaisonState } from '@cunzhi/core/liaison/cases';
import type { VisitorKind } from '@cunzhi/core/liaison/visits';
import type { Queryable } from '../../platform/db/database.ts';
import { CASE_COLUMNS, type CaseRow } from './repository.ts';

/** Read models of grid liaison's pages and its 台账. */

export interface DutyRow {
  id: string;
  number: number;
  category: string;
  title: string;
  cadence: DutyCadence;
  example: boolean;
  since: CalendarDate;
}

export async function duties(db: Queryable, villageId: string): Promise<DutyRow[]> {
  return db.query(
    `SELECT id, number, category, title, cadence, example, to_char(since, 'YYYY-MM-DD') AS since
     FROM liaison_duty WHERE village_id = $1 AND retired_on IS NULL ORDER BY number`,
    [villageId],
  );
}

/** The last day each duty was done in each grid. */
export async function lastDone(
  db: Queryable,
  villageId: string,
): Promise<Array<{ grid_id: string; duty_id: string; last: CalendarDate }>> {
  return db.query(
    `SELECT grid_id, duty_id, to_char(max(done_on), 'YYYY-MM-DD') AS last
     FROM liaison_duty_log WHERE village_id = $1 GROUP BY grid_id, duty_id`,
    [villageId],
  );
}

export async function dutyLog(
  db: Queryable,
  villageId: string,
  gridId: string | null,
): Promise<
  Array<{
    id: string;
    duty_number: number;
    duty_title: string;
    grid_name: string;
    done_on: CalendarDate;
    note: string;
  }>
> {
  return db.query(
    `SELECT l.id, d.number AS duty_number, d.title AS duty_title, g.name AS grid_name,
       to_char(l.done_on, 'YYYY-MM-DD') AS done_on, l.note
     FROM liaison_duty_log l
     JOIN liaison_duty d ON d.village_id = l.village_id AND d.id = l.duty_id
     JOIN grid g ON g.village_id = l.village_id AND g.id = l.grid_id
     WHERE l.village_id = $1 AND ($2::uuid IS NULL OR l.grid_id = $2)
     ORDER BY l.done_on DESC, l.logged_at DESC LIMIT 100`,
    [villageId, gridId],
  );
}

export interface LinkQueryRow {
  id: string;
  member_person_id: string;
  member_name: string;
  household_id: string;
  household_number: string;
  head_name: string | null;
  grid_name: string | null;
  since: CalendarDate;
  last_visit_on: CalendarDate | null;
}

const HOUSEHOLD_JOINS = `LEFT JOIN person hp ON hp.village_id = h.village_id AND hp.household_id = h.id
    AND hp.relation_to_head = 'head'
  LEFT JOIN grid g ON g.village_id = h.village_id AND g.id = h.grid_id`;

export async function currentLinks(db: Queryable, villageId: string): Promise<LinkQueryRow[]> {
  return db.query(
    `SELECT l.id, l.member_person_id, m.name AS member_name, h.id AS household_id, h.number AS household_number,
       hp.name AS head_name, g.name AS grid_name, to_char(l.since, 'YYYY-MM-DD') AS since,
       (SELECT to_char(max(v.visited_on), 'YYYY-MM-DD') FROM liaison_visit v
         WHERE v.village_id = l.village_id AND v.household_id = l.household_id) AS last_visit_on
     FROM liaison_link l
     JOIN person m ON m.village_id = l.village_id AND m.id = l.member_person_id
     JOIN household h ON h.village_id = l.village_id AND h.id = l.household_id
     ${HOUSEHOLD_JOINS}
     WHERE l.village_id = $1 AND l.ended_on IS NULL
     ORDER BY m.name, h.number`,
    [villageId],
  );
}

export async function unlinkedHouseholds(
  db: Queryable,
  villageId: string,
): Promise<
  Array<{
    household_id: string;
    household_number: string;
    head_name: string | null;
    grid_name: string | null;
    unit_name: string | null;
  }>
> {
  // listed per Party unit (seed 004: village organisation → group sub-branch or Party group →
  // 党员联系户): the sub-branch set up for the household's villager group, else its Party group,
  // else the village's own organisation
  return db.query(
    `SELECT h.id AS household_id, h.number AS household_number, hp.name AS head_name, g.name AS grid_name,
       coalesce(
         (SELECT u.name FROM party_unit u WHERE u.village_id = h.village_id AND u.basis = 'villagerGroup'
            AND u.villager_group_id = h.villager_group_id AND u.dissolved_on IS NULL
          ORDER BY u.kind = 'group', u.name LIMIT 1),
         (SELECT u.name FROM party_unit u WHERE u.village_id = h.village_id AND u.parent_id IS NULL
            AND u.dissolved_on IS NULL)) AS unit_name
     FROM household h ${HOUSEHOLD_JOINS}
     WHERE h.village_id = $1 AND NOT EXISTS (SELECT 1 FROM liaison_link l
       WHERE l.village_id = h.village_id AND l.household_id = h.id AND l.ended_on IS NULL)
       AND EXISTS (SELECT 1 FROM person p WHERE p.village_id = h.village_id AND p.household_id = h.id)
     ORDER BY unit_name NULLS FIRST, h.number`,
    [villageId],
  );
}

export interface VisitQueryRow {
  id: string;
  household_number: string;
  head_name: string | null;
  visitor_name: string;
  visitor_kind: VisitorKind;
  visited_on: CalendarDate;
  note: string;
  case_number: number | null;
}

const VISIT_SELECT = `SELECT v.id, h.number AS household_number, hp.name AS head_name, vp.name AS visitor_name,
    v.visitor_kind, to_char(v.visited_on, 'YYYY-MM-DD') AS visited_on, v.note,
    (SELECT min(c.number) FROM liaison_case c WHERE c.village_id = v.village_id AND c.visit_id = v.id) AS case_number
  FROM liaison_visit v
  JOIN household h ON h.village_id = v.village_id AND h.id = v.household_id
  JOIN person vp ON vp.village_id = v.village_id AND vp.id = v.visitor_person_id
  ${HOUSEHOLD_JOINS}`;

export async function recentVisits(db: Queryable, villageId: string): Promise<VisitQueryRow[]> {
  return db.query(
    `${VISIT_SELECT} WHERE v.village_id = $1 ORDER BY v.visited_on DESC, v.logged_at DESC LIMIT 200`,
    [villageId],
  );
}

/** The visits of these villages in a period (the 台账: one village's, or a town's). */
export async function visitsBetween(
  db: Queryable,
  villageIds: readonly string[],
  from: CalendarDate,
  to: CalendarDate,
): Promise<Array<VisitQueryRow & { village_name: string }>> {
  return db.query(
    `${VISIT_SELECT.replace('SELECT ', `SELECT ${VILLAGE_NAME('v')}, `)}
     WHERE v.village_id = ANY($1::uuid[]) AND v.visited_on BETWEEN $2 AND $3
     ORDER BY village_name, v.visited_on, h.number`,
    [villageIds, from, to],
  );
}

/** A row's village, by name (the town's 台账 has a column of them). */
const VILLAGE_NAME = (alias: string) =>
  `(SELECT name FROM village WHERE id = ${alias}.village_id) AS village_name`;

export async function partyMembers(
  db: Queryable,
  villageId: string,
): Promise<Array<{ id: string; name: string }>> {
  return db.query(
    `SELECT id, name FROM person WHERE village_id = $1 AND party_member ORDER BY name, id`,
    [villageId],
  );
}

/** The households a person may visit: those linked to them, and those of the grids they head. */
export async function visitableHouseholds(
  db: Queryable,
  villageId: string,
  personId: string,
  gridIds: readonly string[],
): Promise<
  Array<{
    household_id: string;
    household_number: string;
    head_name: string | null;
    grid_name: string | null;
    linked: boolean;
    since: CalendarDate | null;
    last_visit_on: CalendarDate | null;
  }>
> {
  return db.query(
    `SELECT h.id AS household_id, h.number AS household_number, hp.name AS head_name, g.name AS grid_name,
       (l.id IS NOT NULL) AS linked, to_char(l.since, 'YYYY-MM-DD') AS since,
       (SELECT to_char(max(v.visited_on), 'YYYY-MM-DD') FROM liaison_visit v
         WHERE v.village_id = h.village_id AND v.household_id = h.id) AS last_visit_on
     FROM household h ${HOUSEHOLD_JOINS}
     LEFT JOIN liaison_link l ON l.village_id = h.village_id AND l.household_id = h.id
       AND l.ended_on IS NULL AND l.member_person_id = $2
     WHERE h.village_id = $1 AND (l.id IS NOT NULL OR h.grid_id = ANY($3::uuid[]))
     ORDER BY (l.id IS NULL), h.number`,
    [villageId, personId, gridIds],
  );
}

// ── 民情 ────────────────────────────────────────────────────────────────────

export interface QueueRow extends CaseRow {
  grid_name: string | null;
  followers: number;
}

const QUEUE_SELECT = `SELECT ${CASE_COLUMNS}, g.name AS grid_name,
    (SELECT count(*)::int FROM liaison_case f WHERE f.village_id = c.village_id AND f.merged_into = c.id) AS followers
  FROM liaison_case c LEFT JOIN grid g ON g.village_id = c.village_id AND g.id = c.grid_id`;

/** Every case of the village but the repeats merged into another, the open ones first and due first (the policy filters the reader's). */
export async function caseQueue(db: Queryable, villageId: string): Promise<QueueRow[]> {
  return db.query(
    `${QUEUE_SELECT} WHERE c.village_id = $1 AND c.merged_into IS NULL
     ORDER BY (c.state IN ('reported', 'acknowledged', 'handling', 'routed')) DESC, c.due_on, c.number`,
    [villageId],
  );
}

export async function queueRow(
  db: Queryable,
  villageId: string,
  id: string,
): Promise<QueueRow | null> {
  const [row] = await db.query<QueueRow>(`${QUEUE_SELECT} WHERE c.village_id = $1 AND c.id = $2`, [
    villageId,
    id,
  ]);
  return row ?? null;
}

export interface StepRow {
  action: string;
  to_state: LiaisonState;
  level: CaseRow['level'];
  note: string | null;
  due_on: CalendarDate | null;
  acted_on: CalendarDate;
}

export async function caseSteps(
  db: Queryable,
  villageId: string,
  caseId: string,
): Promise<StepRow[]> {
  return db.query(
    `SELECT action, to_state, level, note, to_char(due_on, 'YYYY-MM-DD') AS due_on,
       to_char(acted_on, 'YYYY-MM-DD') AS acted_on
     FROM liaison_case_step WHERE village_id = $1 AND case_id = $2 ORDER BY seq`,
    [villageId, caseId],
  );
}

/** Who reported, for the case's handlers only: a registered person (with their household) or what was written down. */
export async function caseReporter(
  db: Queryable,
  row: CaseRow,
): Promise<{ name: string | null; phone: string | null; household: string | null }> {
  if (!row.reporter_person_id)
    return { name: row.reporter_name, phone: row.reporter_phone, household: null };
  const [p] = await db.query<{ name: string; phone: string | null; number: string }>(
    `SELECT p.name, p.phone, h.number FROM person p JOIN household h ON h.village_id = p.village_id AND h.id = p.household_id
     WHERE p.village_id = $1 AND p.id = $2`,
    [row.village_id, row.reporter_person_id],
  );
  return { name: p?.name ?? null, phone: p?.phone ?? null, household: p?.number ?? null };
}

export async function departmentName(db: Queryable, id: string): Promise<string | null> {
  const [row] = await db.query<{ name: string }>('SELECT name FROM town_department WHERE id = $1', [
    id,
  ]);
  return row?.name ?? null;
}

export async function caseNumber(
  db: Queryable,
  villageId: string,
  id: string,
): Promise<number | null> {
  const [row] = await db.query<{ number: number }>(
    'SELECT number FROM liaison_case WHERE village_id = $1 AND id = $2',
    [villageId, id],
  );
  return row?.number ?? null;
}

export { departmentsOfVillageTown as townDepartments } from '../townInbox/queries.ts';

/**
 * A villager's cases: those they raised, with a repeat shown as the open case it was merged
 * into (which they follow). `own` is false for a followed case.
 */
export async function ownCases(
  db: Queryable,
  villageId: string,
  personId: string,
): Promise<Array<CaseRow & { own: boolean }>> {
  return db.query(
    `SELECT DISTINCT ON (c.id) ${CASE_COLUMNS}, (r.id = c.id) AS own
     FROM liaison_case r
     JOIN liaison_case c ON c.village_id = r.village_id AND c.id = coalesce(r.merged_into, r.id)
     WHERE r.village_id = $1 AND r.reporter_person_id = $2
     ORDER BY c.id, (r.id = c.id) DESC`,
    [villageId, personId],
  );
}

/** Open cases of a grid (not about cadres) a villager can join instead of reporting again. */
export async function openInGrid(
  db: Queryable,
  villageId: string,
  gridId: string,
): Promise<Array<{ id: string; number: number; subject: string; reported_on: CalendarDate }>> {
  return db.query(
    `SELECT id, number, subject, to_char(reported_on, 'YYYY-MM-DD') AS reported_on FROM liaison_case
     WHERE village_id = $1 AND grid_id = $2 AND state IN ('reported', 'acknowledged', 'handling', 'routed')
       AND category <> 'cadreConduct' AND cardinality(concerns_person_ids) = 0
     ORDER BY reported_on DESC LIMIT 20`,
    [villageId, gridId],
  );
}

/** Cases raised in a period, for the 台账 (repeats included: each report is a line). */
/** The cases these villages received in a period (the 台账: one village's, or a town's). */
export async function casesBetween(
  db: Queryable,
  villageIds: readonly string[],
  from: CalendarDate,
  to: CalendarDate,
): Promise<Array<QueueRow & { village_name: string }>> {
  return db.query(
    `${QUEUE_SELECT.replace('SELECT ', `SELECT ${VILLAGE_NAME('c')}, `)}
     WHERE c.village_id = ANY($1::uuid[]) AND c.reported_on BETWEEN $2 AND $3
     ORDER BY village_name, c.number`,
    [villageIds, from, to],
  );
}
