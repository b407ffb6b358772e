import type { NoticeKind } from '@cunzhi/core/disclosure/kinds';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { MatterCategory } from '@cunzhi/core/matters/categories';
import type { Authorisation } from '@cunzhi/core/matters/routing';
import type { StepKind, WorkflowId } from '@cunzhi/core/matters/workflows';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import { toYuanText, type Fen } from '@cunzhi/core/money';
import type { Queryable, Tx } from '../../platform/db/database.ts';

export type MatterStatus = 'open' | 'decided' | 'implemented' | 'withdrawn';

export interface MatterRow {
  id: string;
  number: number;
  title: string;
  description: string;
  /** numeric(14,2) as text, e.g. '450000.00' (see core/money) */
  budget: string | null;
  category: MatterCategory;
  workflow: WorkflowId;
  status: MatterStatus;
  revokes_resolution_id: string | null;
  created_by: string;
  created_at: Date;
}

const MATTER_COLUMNS =
  'id, number, title, description, budget, category, workflow, status, revokes_resolution_id, created_by, created_at';

export async function findMatter(
  db: Queryable,
  villageId: string,
  matterId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<MatterRow | null> {
  const [row] = await db.query<MatterRow>(
    `SELECT ${MATTER_COLUMNS} FROM matter WHERE village_id = $1 AND id = $2${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [villageId, matterId],
  );
  return row ?? null;
}

export async function listMatters(db: Queryable, villageId: string): Promise<MatterRow[]> {
  return db.query<MatterRow>(
    `SELECT ${MATTER_COLUMNS} FROM matter WHERE village_id = $1 ORDER BY number DESC`,
    [villageId],
  );
}

export async function insertMatter(
  tx: Tx,
  villageId: string,
  m: {
    id: string;
    title: string;
    description: string;
    budget: Fen | null;
    category: MatterCategory;
    workflow: WorkflowId;
    revokesResolutionId: string | null;
    createdBy: string;
  },
): Promise<number> {
  // numbers are sequential per village: concurrent proposals queue on the village row
  // (NO KEY UPDATE does not block inserts that merely reference the village)
  await tx.query('SELECT id FROM village WHERE id = $1 FOR NO KEY UPDATE', [villageId]);
  const [row] = await tx.query<{ number: number }>(
    `INSERT INTO matter (village_id, id, number, title, description, budget, category, workflow, revokes_resolution_id, created_by)
     VALUES ($1, $2, (SELECT coalesce(max(number), 0) + 1 FROM matter WHERE village_id = $1), $3, $4, $5, $6, $7, $8, $9)
     RETURNING number`,
    [
      villageId,
      m.id,
      m.title,
      m.description,
      m.budget === null ? null : toYuanText(m.budget),
      m.category,
      m.workflow,
      m.revokesResolutionId,
      m.createdBy,
    ],
  );
  if (!row) throw new Error('matter insert returned no row');
  return row.number;
}

export async function setMatterStatus(
  tx: Tx,
  villageId: string,
  matterId: string,
  status: MatterStatus,
): Promise<void> {
  await tx.query('UPDATE matter SET status = $3 WHERE village_id = $1 AND id = $2', [
    villageId,
    matterId,
    status,
  ]);
}

export interface StepDbRow {
  id: string;
  matter_id: string;
  kind: StepKind;
  on_date: CalendarDate;
  meeting_id: string | null;
  motion_id: string | null;
  notice_id: string | null;
  note: string;
  merged: boolean;
  profile_id: string;
  profile_version: string;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: Date;
}

export async function listSteps(
  db: Queryable,
  villageId: string,
  matterId?: string,
): Promise<StepDbRow[]> {
  return db.query<StepDbRow>(
    `SELECT s.id, s.matter_id, s.kind, s.on_date, s.meeting_id, s.motion_id, s.notice_id, s.note, s.merged,
       s.profile_id, s.profile_version, s.recorded_by, a.display_name AS recorded_by_name, s.recorded_at
     FROM matter_step s JOIN account a ON a.id = s.recorded_by
     WHERE s.village_id = $1 AND ($2::uuid IS NULL OR s.matter_id = $2)
     ORDER BY s.on_date, s.recorded_at, s.merged DESC`,
    [villageId, matterId ?? null],
  );
}

/** A recorded step, as returned to callers. */
export interface StepRow {
  id: string;
  matterId: string;
  kind: StepKind;
  on: CalendarDate;
  meetingId: string | null;
  motionId: string | null;
  noticeId: string | null;
  note: string;
  merged: boolean;
  profileId: string;
  profileVersion: string;
  recordedBy: string;
  recordedAt: Date;
}

export async function insertStep(tx: Tx, villageId: string, s: StepRow): Promise<void> {
  await tx.query(
    `INSERT INTO matter_step (village_id, id, matter_id, kind, on_date, meeting_id, motion_id, notice_id, note, merged, profile_id, profile_version, recorded_by, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      villageId,
      s.id,
      s.matterId,
      s.kind,
      s.on,
      s.meetingId,
      s.motionId,
      s.noticeId,
      s.note,
      s.merged,
      s.profileId,
      s.profileVersion,
      s.recordedBy,
      s.recordedAt,
    ],
  );
}

export interface MeetingBrief {
  id: string;
  kind: MeetingKind;
  title: string;
  meeting_on: CalendarDate;
  status: 'planned' | 'open' | 'closed' | 'cancelled';
  invalid_reason: string | null;
}

export async function findMeetingBrief(
  db: Queryable,
  villageId: string,
  meetingId: string,
): Promise<MeetingBrief | null> {
  const [row] = await db.query<MeetingBrief>(
    'SELECT id, kind, title, meeting_on, status, invalid_reason FROM meeting WHERE village_id = $1 AND id = $2',
    [villageId, meetingId],
  );
  return row ?? null;
}

export interface MotionBrief {
  id: string;
  meeting_id: string;
  number: number;
  matter_id: string | null;
  title: string;
  status: 'draft' | 'open' | 'closed';
  yes: number | null;
  no: number | null;
  abstain: number | null;
  passed: boolean | null;
  closed_at: Date | null;
}

const MOTION_COLUMNS =
  'id, meeting_id, number, matter_id, title, status, yes, no, abstain, passed, closed_at';

export async function findMotionBrief(
  db: Queryable,
  villageId: string,
  motionId: string,
): Promise<MotionBrief | null> {
  const [row] = await db.query<MotionBrief>(
    `SELECT ${MOTION_COLUMNS} FROM motion WHERE village_id = $1 AND id = $2`,
    [villageId, motionId],
  );
  return row ?? null;
}

export async function listMotionsOfMatter(
  db: Queryable,
  villageId: string,
  matterId: string,
): Promise<MotionBrief[]> {
  return db.query<MotionBrief>(
    `SELECT ${MOTION_COLUMNS} FROM motion WHERE village_id = $1 AND matter_id = $2 ORDER BY closed_at NULLS LAST, number`,
    [villageId, matterId],
  );
}

/** Closed motions on a matter at one meeting, latest first: the one that passed makes the step. */
export async function listClosedMotionsAt(
  db: Queryable,
  villageId: string,
  meetingId: string,
  matterId: string,
): Promise<Array<{ id: string; passed: boolean | null }>> {
  return db.query<{ id: string; passed: boolean | null }>(
    `SELECT id, passed FROM motion
     WHERE village_id = $1 AND meeting_id = $2 AND matter_id = $3 AND status = 'closed'
     ORDER BY closed_at DESC NULLS LAST, number DESC`,
    [villageId, meetingId, matterId],
  );
}

/** Meetings a matter went to: where a step was taken or a motion on it was put. */
export async function listMeetingsOfMatter(
  db: Queryable,
  villageId: string,
  matterId: string,
): Promise<Array<Pick<MeetingBrief, 'id' | 'title' | 'kind' | 'meeting_on'>>> {
  return db.query<Pick<MeetingBrief, 'id' | 'title' | 'kind' | 'meeting_on'>>(
    `SELECT id, title, kind, meeting_on FROM meeting
     WHERE village_id = $1 AND id IN (
       SELECT meeting_id FROM matter_step WHERE village_id = $1 AND matter_id = $2
       UNION SELECT meeting_id FROM motion WHERE village_id = $1 AND matter_id = $2)`,
    [villageId, matterId],
  );
}

/** The motion of the step that decided a matter (one of these step kinds), if it was voted on. */
export async function findDecidingMotionId(
  db: Queryable,
  villageId: string,
  matterId: string,
  decidingKinds: readonly StepKind[],
): Promise<string | null> {
  const [row] = await db.query<{ motion_id: string | null }>(
    `SELECT motion_id FROM matter_step
     WHERE village_id = $1 AND matter_id = $2 AND kind = ANY($3::text[]) AND motion_id IS NOT NULL`,
    [villageId, matterId, decidingKinds],
  );
  return row?.motion_id ?? null;
}

export interface ResolutionRow {
  id: string;
  year: number;
  number: number;
  meeting_id: string;
  motion_id: string;
  matter_id: string | null;
  kind: string;
  title: string;
  body: string;
  adopted_on: CalendarDate;
  decision: unknown;
  profile_id: string;
  profile_version: string;
  revoked_by: string | null;
  revoked_on: CalendarDate | null;
  meeting_kind: MeetingKind;
  meeting_title: string;
  meeting_on: CalendarDate;
  meeting_invalid_reason: string | null;
}

const RESOLUTION_SELECT = `SELECT r.id, r.year, r.number, r.meeting_id, r.motion_id, r.matter_id, r.kind, r.title, r.body,
    r.adopted_on, r.decision, r.profile_id, r.profile_version, r.revoked_by, r.revoked_on,
    m.kind AS meeting_kind, m.title AS meeting_title, m.meeting_on, m.invalid_reason AS meeting_invalid_reason
  FROM resolution r JOIN meeting m ON m.village_id = r.village_id AND m.id = r.meeting_id`;

export async function findResolution(
  db: Queryable,
  villageId: string,
  resolutionId: string,
): Promise<ResolutionRow | null> {
  const [row] = await db.query<ResolutionRow>(
    `${RESOLUTION_SELECT} WHERE r.village_id = $1 AND r.id = $2`,
    [villageId, resolutionId],
  );
  return row ?? null;
}

export async function listResolutions(
  db: Queryable,
  villageId: string,
  filter: { matterId?: string; limit?: number } = {},
): Promise<ResolutionRow[]> {
  return db.query<ResolutionRow>(
    `${RESOLUTION_SELECT} WHERE r.village_id = $1 AND ($2::uuid IS NULL OR r.matter_id = $2)
     ORDER BY r.adopted_on DESC, r.year DESC, r.number DESC LIMIT $3`,
    [villageId, filter.matterId ?? null, filter.limit ?? null],
  );
}

export async function markResolutionRevoked(
  tx: Tx,
  villageId: string,
  resolutionId: string,
  revokedBy: string,
  revokedOn: CalendarDate,
): Promise<void> {
  await tx.query(
    'UPDATE resolution SET revoked_by = $3, revoked_on = $4 WHERE village_id = $1 AND id = $2',
    [villageId, resolutionId, revokedBy, revokedOn],
  );
}

export interface AuthorisationRow {
  id: string;
  resolution_id: string;
  categories: MatterCategory[];
  starts_on: CalendarDate;
  ends_on: CalendarDate;
  revoked_on: CalendarDate | null;
  created_by: string;
}

export async function listAuthorisations(
  db: Queryable,
  villageId: string,
): Promise<AuthorisationRow[]> {
  return db.query<AuthorisationRow>(
    `SELECT id, resolution_id, categories, starts_on, ends_on, revoked_on, created_by
     FROM authorisation WHERE village_id = $1 ORDER BY starts_on DESC, id`,
    [villageId],
  );
}

/** Matters proposed to revoke a resolution (VCOL-23-REVOKE). */
export async function listRevokingMatters(
  db: Queryable,
  villageId: string,
  resolutionId: string,
): Promise<Array<Pick<MatterRow, 'id' | 'number' | 'title'>>> {
  return db.query<Pick<MatterRow, 'id' | 'number' | 'title'>>(
    'SELECT id, number, title FROM matter WHERE village_id = $1 AND revokes_resolution_id = $2 ORDER BY number',
    [villageId, resolutionId],
  );
}

export async function insertAuthorisation(
  tx: Tx,
  villageId: string,
  a: {
    id: string;
    resolutionId: string;
    categories: MatterCategory[];
    startsOn: CalendarDate;
    endsOn: CalendarDate;
    createdBy: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO authorisation (village_id, id, resolution_id, categories, starts_on, ends_on, created_by)
     VALUES ($1, $2, $3, $4::text[], $5, $6, $7)`,
    [villageId, a.id, a.resolutionId, a.categories, a.startsOn, a.endsOn, a.createdBy],
  );
}

export async function setAuthorisationRevoked(
  tx: Tx,
  villageId: string,
  authorisationId: string,
  revokedOn: CalendarDate,
): Promise<void> {
  await tx.query('UPDATE authorisation SET revoked_on = $3 WHERE village_id = $1 AND id = $2', [
    villageId,
    authorisationId,
    revokedOn,
  ]);
}

export function toAuthorisation(a: AuthorisationRow): Authorisation {
  return {
    id: a.id,
    categories: a.categories,
    startsOn: a.starts_on,
    endsOn: a.ends_on,
    revokedOn: a.revoked_on,
  };
}

export interface NoticeRow {
  id: string;
  /** The decisions' kinds, and finance statements and 村务/党务 notices (core/disclosure/kinds). */
  kind: NoticeKind;
  title: string;
  body: string;
  published_on: CalendarDate;
  period_ends_on: CalendarDate | null;
  matter_id: string | null;
  resolution_id: string | null;
  meeting_id: string | null;
  published_by: string;
  published_by_name: string;
  contact_name: string | null;
  contact_phone: string | null;
}

/** The audit event that published a notice: a meeting's notice is published by convening it. */
export function noticePublication(notice: Pick<NoticeRow, 'id' | 'kind' | 'meeting_id'>): {
  type: string;
  id: string;
  action: string;
} {
  return notice.kind === 'meeting' && notice.meeting_id
    ? { type: 'meeting', id: notice.meeting_id, action: 'meeting.convened' }
    : { type: 'notice', id: notice.id, action: 'notice.published' };
}

const NOTICE_SELECT = `SELECT n.id, n.kind, n.title, n.body, n.published_on, n.period_ends_on, n.matter_id,
    n.resolution_id, n.meeting_id, n.published_by, a.display_name AS published_by_name,
    n.contact_name, n.contact_phone
  FROM notice n JOIN account a ON a.id = n.published_by`;

export async function listNotices(
  db: Queryable,
  villageId: string,
  filter: { matterId?: string; limit?: number } = {},
): Promise<NoticeRow[]> {
  return db.query<NoticeRow>(
    `${NOTICE_SELECT} WHERE n.village_id = $1 AND ($2::uuid IS NULL OR n.matter_id = $2)
     ORDER BY n.published_on DESC, n.created_at DESC, n.id LIMIT $3`,
    [villageId, filter.matterId ?? null, filter.limit ?? null],
  );
}

export async function findNotice(
  db: Queryable,
  villageId: string,
  noticeId: string,
): Promise<NoticeRow | null> {
  const [row] = await db.query<NoticeRow>(
    `${NOTICE_SELECT} WHERE n.village_id = $1 AND n.id = $2`,
    [villageId, noticeId],
  );
  return row ?? null;
}

export async function insertNotice(
  tx: Tx,
  villageId: string,
  n: {
    id: string;
    kind: NoticeRow['kind'];
    title: string;
    body: string;
    publishedOn: CalendarDate;
    periodEndsOn: CalendarDate | null;
    matterId: string | null;
    resolutionId: string | null;
    meetingId: string | null;
    publishedBy: string;
    contact: { name: string; phone: string | null } | null;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO notice (village_id, id, kind, title, body, published_on, period_ends_on, matter_id, resolution_id, meeting_id, published_by,
       contact_name, contact_phone)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      villageId,
      n.id,
      n.kind,
      n.title,
      n.body,
      n.publishedOn,
      n.periodEndsOn,
      n.matterId,
      n.resolutionId,
      n.meetingId,
      n.publishedBy,
      n.contact?.name ?? null,
      n.contact?.phone ?? null,
    ],
  );
}

/**
 * Who holds a post in a body of this kind on a date (e.g. the serving Party
 * secretary, the serving committee chair).
 */
export async function servingPostHolders(
  db: Queryable,
  villageId: string,
  bodyKind: string,
  roles: readonly string[],
  on: CalendarDate,
): Promise<string[]> {
  const rows = await db.query<{ person_id: string }>(
    `SELECT DISTINCT m.person_id
     FROM body_membership m
     JOIN body_term t ON t.village_id = m.village_id AND t.id = m.term_id
     JOIN body b ON b.village_id = m.village_id AND b.id = m.body_id
     WHERE m.village_id = $1 AND b.kind = $2 AND m.role = ANY($3::text[])
       AND t.starts_on <= $4::date AND $4::date <= t.ends_on
       AND m.starts_on <= $4::date AND (m.ended_on IS NULL OR $4::date < m.ended_on)`,
    [villageId, bodyKind, roles, on],
  );
  return rows.map((r) => r.person_id);
}
