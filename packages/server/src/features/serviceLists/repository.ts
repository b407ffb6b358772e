import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import type { DesignerKind, NeedSource, ResourceKind } from '@cunzhi/core/serviceLists/lists';
import type { ProjectState } from '@cunzhi/core/serviceLists/projects';
import type { Quarter } from '@cunzhi/core/serviceLists/quarters';
import type { Queryable, Tx } from '../../platform/db/database.ts';

// ------------------------------------------------------------------ quarters

export interface QuarterRow {
  id: string;
  year: number;
  quarter: number;
  published_on: CalendarDate | null;
}

const SELECT_QUARTER = `SELECT id, year, quarter, published_on::text AS published_on FROM service_quarter`;

export async function findQuarter(
  db: Queryable,
  villageId: string,
  q: Quarter,
): Promise<QuarterRow | null> {
  const [row] = await db.query<QuarterRow>(
    `${SELECT_QUARTER} WHERE village_id = $1 AND year = $2 AND quarter = $3`,
    [villageId, q.year, q.quarter],
  );
  return row ?? null;
}

/**
 * The quarter's row, made on first use and locked: the lists' numbers are taken under it, and a
 * publication waits for an addition in flight (and refuses it after).
 */
export async function lockQuarter(
  tx: Tx,
  villageId: string,
  q: Quarter,
  newId: string,
): Promise<QuarterRow> {
  await tx.query(
    `INSERT INTO service_quarter (village_id, id, year, quarter) VALUES ($1, $2, $3, $4)
     ON CONFLICT (village_id, year, quarter) DO NOTHING`,
    [villageId, newId, q.year, q.quarter],
  );
  const [row] = await tx.query<QuarterRow>(
    `${SELECT_QUARTER} WHERE village_id = $1 AND year = $2 AND quarter = $3 FOR UPDATE`,
    [villageId, q.year, q.quarter],
  );
  return row!;
}

export async function setPublished(
  tx: Tx,
  villageId: string,
  quarterId: string,
  on: CalendarDate,
  by: string | null,
): Promise<void> {
  await tx.query(
    'UPDATE service_quarter SET published_on = $3, published_by = $4 WHERE village_id = $1 AND id = $2',
    [villageId, quarterId, on, by],
  );
}

/** The lists' rows of these quarters in many villages (the town's view). */
export async function quartersOf(
  db: Queryable,
  villageIds: readonly string[],
  quarters: readonly Quarter[],
): Promise<Array<QuarterRow & { village_id: string }>> {
  return db.query(
    `${SELECT_QUARTER.replace('SELECT id', 'SELECT village_id, id')}
      WHERE village_id = ANY($1::uuid[]) AND (year, quarter) IN (SELECT * FROM unnest($2::int[], $3::int[]))`,
    [villageIds, quarters.map((q) => q.year), quarters.map((q) => q.quarter)],
  );
}

/** The next number on one of the quarter's lists (taken under the quarter's lock). */
export async function nextNumber(
  tx: Tx,
  table: 'service_need' | 'service_resource' | 'service_project',
  villageId: string,
  quarterId: string,
): Promise<number> {
  const [row] = await tx.query<{ n: number }>(
    `SELECT coalesce(max(number), 0)::int + 1 AS n FROM ${table} WHERE village_id = $1 AND quarter_id = $2`,
    [villageId, quarterId],
  );
  return row!.n;
}

// ------------------------------------------------------------------ needs and resources

export interface NeedRow {
  id: string;
  number: number;
  source: NeedSource;
  source_label: string;
  record_count: number;
  summary: string;
}

export async function listNeeds(
  db: Queryable,
  villageId: string,
  quarterId: string,
): Promise<NeedRow[]> {
  return db.query<NeedRow>(
    `SELECT id, number, source, source_label, record_count, summary FROM service_need
      WHERE village_id = $1 AND quarter_id = $2 ORDER BY number`,
    [villageId, quarterId],
  );
}

export async function insertNeed(
  tx: Tx,
  villageId: string,
  quarterId: string,
  n: NeedRow & { added_by: string | null },
): Promise<void> {
  await tx.query(
    `INSERT INTO service_need (village_id, id, quarter_id, number, source, source_label, record_count, summary, added_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      villageId,
      n.id,
      quarterId,
      n.number,
      n.source,
      n.source_label,
      n.record_count,
      n.summary,
      n.added_by,
    ],
  );
}

export interface ResourceRow {
  id: string;
  number: number;
  kind: ResourceKind;
  name: string;
  detail: string;
  /** Fen, as text (bigint). */
  amount_fen: string | null;
}

export async function listResources(
  db: Queryable,
  villageId: string,
  quarterId: string,
): Promise<ResourceRow[]> {
  return db.query<ResourceRow>(
    `SELECT id, number, kind, name, detail, amount_fen::text AS amount_fen FROM service_resource
      WHERE village_id = $1 AND quarter_id = $2 ORDER BY number`,
    [villageId, quarterId],
  );
}

export async function insertResource(
  tx: Tx,
  villageId: string,
  quarterId: string,
  r: ResourceRow & { added_by: string | null },
): Promise<void> {
  await tx.query(
    `INSERT INTO service_resource (village_id, id, quarter_id, number, kind, name, detail, amount_fen, added_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [villageId, r.id, quarterId, r.number, r.kind, r.name, r.detail, r.amount_fen, r.added_by],
  );
}

/** A need or resource and its quarter, for removing it before publication. */
export async function findListItem(
  db: Queryable,
  table: 'service_need' | 'service_resource',
  villageId: string,
  id: string,
): Promise<{ id: string; year: number; quarter: number } | null> {
  const [row] = await db.query<{ id: string; year: number; quarter: number }>(
    `SELECT i.id, q.year, q.quarter FROM ${table} i
       JOIN service_quarter q ON q.village_id = i.village_id AND q.id = i.quarter_id
      WHERE i.village_id = $1 AND i.id = $2`,
    [villageId, id],
  );
  return row ?? null;
}

export async function deleteListItem(
  tx: Tx,
  table: 'service_need' | 'service_resource',
  villageId: string,
  id: string,
): Promise<void> {
  await tx.query(`DELETE FROM ${table} WHERE village_id = $1 AND id = $2`, [villageId, id]);
}

// ------------------------------------------------------------------ projects

export interface ProjectRow {
  id: string;
  quarter_id: string;
  year: number;
  quarter: number;
  number: number;
  title: string;
  designer_kind: DesignerKind;
  designer_name: string;
  need_ids: string[];
  resource_ids: string[];
  targets: string;
  budget_fen: string;
  state: ProjectState;
  designed_on: CalendarDate;
  resolution_id: string | null;
  reviewed_on: CalendarDate | null;
  declared_on: CalendarDate | null;
  evaluated_on: CalendarDate | null;
  evaluation: string | null;
  return_reason: string | null;
  started_on: CalendarDate | null;
  result: string | null;
  completed_on: CalendarDate | null;
  version: number;
}

const SELECT_PROJECT = `SELECT p.id, p.quarter_id, q.year, q.quarter, p.number, p.title, p.designer_kind,
    p.designer_name, p.need_ids, p.resource_ids, p.targets, p.budget_fen::text AS budget_fen, p.state,
    p.designed_on::text AS designed_on, p.resolution_id, p.reviewed_on::text AS reviewed_on,
    p.declared_on::text AS declared_on, p.evaluated_on::text AS evaluated_on, p.evaluation,
    p.return_reason, p.started_on::text AS started_on, p.result,
    p.completed_on::text AS completed_on, p.version
  FROM service_project p JOIN service_quarter q ON q.village_id = p.village_id AND q.id = p.quarter_id`;

export async function listProjects(
  db: Queryable,
  villageId: string,
  quarterId: string,
): Promise<ProjectRow[]> {
  return db.query<ProjectRow>(
    `${SELECT_PROJECT} WHERE p.village_id = $1 AND p.quarter_id = $2 ORDER BY p.number`,
    [villageId, quarterId],
  );
}

export async function findProject(
  db: Queryable,
  villageId: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<ProjectRow | null> {
  const [row] = await db.query<ProjectRow>(
    `${SELECT_PROJECT} WHERE p.village_id = $1 AND p.id = $2${opts.forUpdate ? ' FOR UPDATE OF p' : ''}`,
    [villageId, id],
  );
  return row ?? null;
}

/** Declared projects of these villages, oldest declaration first (the town's queue). */
export async function declaredProjects(
  db: Queryable,
  villageIds: readonly string[],
): Promise<Array<ProjectRow & { village_id: string }>> {
  return db.query(
    `${SELECT_PROJECT.replace('SELECT p.id', 'SELECT p.village_id, p.id')}
      WHERE p.village_id = ANY($1::uuid[]) AND p.state = 'declared' ORDER BY p.declared_on, p.id`,
    [villageIds],
  );
}

export async function insertProject(
  tx: Tx,
  villageId: string,
  p: Pick<
    ProjectRow,
    | 'id'
    | 'quarter_id'
    | 'number'
    | 'title'
    | 'designer_kind'
    | 'designer_name'
    | 'need_ids'
    | 'resource_ids'
    | 'targets'
    | 'budget_fen'
    | 'designed_on'
  >,
): Promise<void> {
  await tx.query(
    `INSERT INTO service_project (village_id, id, quarter_id, number, title, designer_kind, designer_name,
       need_ids, resource_ids, targets, budget_fen, state, designed_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'designed', $12)`,
    [
      villageId,
      p.id,
      p.quarter_id,
      p.number,
      p.title,
      p.designer_kind,
      p.designer_name,
      p.need_ids,
      p.resource_ids,
      p.targets,
      p.budget_fen,
      p.designed_on,
    ],
  );
}

/** A design amended (before its review, or after the town returned it). */
export async function updateDesign(
  tx: Tx,
  villageId: string,
  id: string,
  d: Pick<
    ProjectRow,
    | 'title'
    | 'designer_kind'
    | 'designer_name'
    | 'need_ids'
    | 'resource_ids'
    | 'targets'
    | 'budget_fen'
  >,
): Promise<void> {
  await tx.query(
    `UPDATE service_project SET title = $3, designer_kind = $4, designer_name = $5, need_ids = $6,
       resource_ids = $7, targets = $8, budget_fen = $9, version = version + 1
      WHERE village_id = $1 AND id = $2`,
    [
      villageId,
      id,
      d.title,
      d.designer_kind,
      d.designer_name,
      d.need_ids,
      d.resource_ids,
      d.targets,
      d.budget_fen,
    ],
  );
}

/** The columns a step may set. */
export type ProjectChange = Partial<
  Pick<
    ProjectRow,
    | 'state'
    | 'designed_on'
    | 'resolution_id'
    | 'reviewed_on'
    | 'declared_on'
    | 'evaluated_on'
    | 'evaluation'
    | 'return_reason'
    | 'started_on'
    | 'result'
    | 'completed_on'
  > & { evaluated_by: string | null }
>;

export async function updateProject(
  tx: Tx,
  villageId: string,
  id: string,
  change: ProjectChange,
): Promise<void> {
  const entries = Object.entries(change);
  const sets = entries.map(([column], i) => `${column} = $${i + 3}`);
  await tx.query(
    `UPDATE service_project SET ${[...sets, 'version = version + 1'].join(', ')}
      WHERE village_id = $1 AND id = $2`,
    [villageId, id, ...entries.map(([, value]) => value)],
  );
}

// ------------------------------------------------------------------ the joint meeting's resolutions

export interface ReviewResolutionRow {
  id: string;
  year: number;
  number: number;
  title: string;
  meeting_kind: MeetingKind;
  adopted_on: CalendarDate;
  revoked_on: CalendarDate | null;
}

const SELECT_RESOLUTION = `SELECT r.id, r.year, r.number, r.title, m.kind AS meeting_kind,
    r.adopted_on::text AS adopted_on, r.revoked_on::text AS revoked_on
  FROM resolution r JOIN meeting m ON m.village_id = r.village_id AND m.id = r.meeting_id`;

export async function findReviewResolution(
  db: Queryable,
  villageId: string,
  id: string,
): Promise<ReviewResolutionRow | null> {
  const [row] = await db.query<ReviewResolutionRow>(
    `${SELECT_RESOLUTION} WHERE r.village_id = $1 AND r.id = $2`,
    [villageId, id],
  );
  return row ?? null;
}

/** Resolutions by id (the projects' reviews), and the joint meeting's in force since a day (to choose from). */
export async function reviewResolutions(
  db: Queryable,
  villageId: string,
  q: { ids: readonly string[]; jointSince: CalendarDate },
): Promise<ReviewResolutionRow[]> {
  return db.query<ReviewResolutionRow>(
    `${SELECT_RESOLUTION}
      WHERE r.village_id = $1 AND (r.id = ANY($2::uuid[])
        OR (m.kind = 'twoCommitteesJointMeeting' AND r.revoked_on IS NULL AND r.adopted_on >= $3))
      ORDER BY r.year DESC, r.number DESC`,
    [villageId, q.ids, q.jointSince],
  );
}
