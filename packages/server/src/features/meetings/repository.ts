import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import type { DemandRoute } from '@cunzhi/core/meetings/convening';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Presence, QuorumResult } from '@cunzhi/core/meetings/quorum';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import type { Capacity } from '@cunzhi/core/meetings/attendance';

export type { Capacity };

export type MeetingStatus = 'planned' | 'open' | 'closed' | 'cancelled';
export type Voting = 'showOfHands' | 'electronic' | 'secret';
export type Choice = 'yes' | 'no' | 'abstain';

export interface Verdict {
  attendanceValid: boolean;
  procedureValid: boolean;
  countValid: boolean;
  note: string;
  byPersonId: string | null;
  byName: string;
  on: CalendarDate;
}

/**
 * What a meeting was decided on, recorded when it closed: presence, quorum with
 * every path (count, base, required), the rule and the profile. A closed
 * meeting shows these, never figures recomputed under a later profile or registry.
 */
export interface FiguresAtClose {
  presence: Presence;
  quorum: QuorumResult;
  profile: { id: string; version: string };
  /** The day the meeting closed. */
  on: CalendarDate;
  /** Attendees who were not due at the meeting (checked in, not counted). */
  attendeesNotDue: string[];
}

export interface MeetingRow {
  id: string;
  kind: MeetingKind;
  /** A community's meetings are named for residents (居民代表会议). */
  village_kind: 'village' | 'community';
  villager_group_id: string | null;
  group_name: string | null;
  title: string;
  meeting_on: CalendarDate;
  starts_at: string;
  place: string;
  notice_on: CalendarDate;
  demand_id: string | null;
  status: MeetingStatus;
  convened_by: string;
  convened_by_name: string;
  agenda: string;
  agenda_review: 'pending' | 'approved' | 'returned';
  agenda_review_note: string;
  agenda_reviewed_by: string | null;
  agenda_reviewer_name: string | null;
  agenda_reviewed_on: CalendarDate | null;
  verdict: Verdict | null;
  invalid_reason: string | null;
  minutes: string;
  check_in_code: string;
  opened_at: Date | null;
  closed_at: Date | null;
  profile_id: string;
  profile_version: string;
  /** Null until the meeting closes (and for meetings closed before it was recorded). */
  figures_at_close: FiguresAtClose | null;
  created_at: Date;
}

const SELECT_MEETING = `SELECT m.id, m.kind, v.kind AS village_kind, m.villager_group_id, g.name AS group_name, m.title, m.meeting_on, m.starts_at,
    m.place, m.notice_on, m.demand_id, m.status, m.convened_by, a.display_name AS convened_by_name, m.agenda,
    m.agenda_review, m.agenda_review_note, m.agenda_reviewed_by, r.name AS agenda_reviewer_name, m.agenda_reviewed_on,
    m.verdict, m.invalid_reason, m.minutes, m.check_in_code, m.opened_at, m.closed_at, m.profile_id,
    m.profile_version, m.figures_at_close, m.created_at
  FROM meeting m
  JOIN village v ON v.id = m.village_id
  JOIN account a ON a.id = m.convened_by
  LEFT JOIN villager_group g ON g.village_id = m.village_id AND g.id = m.villager_group_id
  LEFT JOIN person r ON r.village_id = m.village_id AND r.id = m.agenda_reviewed_by`;

export async function findMeeting(
  db: Queryable,
  villageId: string,
  meetingId: string,
): Promise<MeetingRow | null> {
  const [row] = await db.query<MeetingRow>(
    `${SELECT_MEETING} WHERE m.village_id = $1 AND m.id = $2`,
    [villageId, meetingId],
  );
  return row ?? null;
}

/**
 * Locks the meeting row for the rest of the transaction: state changes,
 * proxies (the per-holder limit) and motion numbers of one meeting queue up;
 * check-ins take a share lock, so they run side by side but not across a
 * state change. Lock order everywhere: motion, meeting, matter, audit head.
 */
export async function lockMeeting(
  tx: Tx,
  villageId: string,
  meetingId: string,
  mode: 'update' | 'share' = 'update',
): Promise<MeetingRow | null> {
  const [locked] = await tx.query<{ id: string }>(
    `SELECT id FROM meeting WHERE village_id = $1 AND id = $2 FOR ${mode === 'update' ? 'UPDATE' : 'SHARE'}`,
    [villageId, meetingId],
  );
  return locked ? findMeeting(tx, villageId, meetingId) : null;
}

export async function listMeetings(db: Queryable, villageId: string): Promise<MeetingRow[]> {
  return db.query<MeetingRow>(
    `${SELECT_MEETING} WHERE m.village_id = $1 ORDER BY m.meeting_on DESC, m.created_at DESC`,
    [villageId],
  );
}

export async function insertMeeting(
  tx: Tx,
  villageId: string,
  m: {
    id: string;
    kind: MeetingKind;
    villagerGroupId: string | null;
    title: string;
    meetingOn: CalendarDate;
    startsAt: string;
    place: string;
    noticeOn: CalendarDate;
    demandId: string | null;
    convenedBy: string;
    agenda: string;
    checkInCode: string;
    profileId: string;
    profileVersion: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO meeting (village_id, id, kind, villager_group_id, title, meeting_on, starts_at, place, notice_on,
       demand_id, convened_by, agenda, check_in_code, profile_id, profile_version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [
      villageId,
      m.id,
      m.kind,
      m.villagerGroupId,
      m.title,
      m.meetingOn,
      m.startsAt,
      m.place,
      m.noticeOn,
      m.demandId,
      m.convenedBy,
      m.agenda,
      m.checkInCode,
      m.profileId,
      m.profileVersion,
    ],
  );
}

// ------------------------------------------------------------- attendance

export interface AttendanceRow {
  person_id: string;
  name: string;
  capacity: Capacity;
  method: 'qr' | 'clerk';
  checked_in_at: Date;
}

export async function listAttendance(
  db: Queryable,
  villageId: string,
  meetingId: string,
): Promise<AttendanceRow[]> {
  return db.query<AttendanceRow>(
    `SELECT a.person_id, p.name, a.capacity, a.method, a.checked_in_at
     FROM attendance a JOIN person p ON p.village_id = a.village_id AND p.id = a.person_id
     WHERE a.village_id = $1 AND a.meeting_id = $2 ORDER BY a.checked_in_at, p.name`,
    [villageId, meetingId],
  );
}

export async function findAttendance(
  db: Queryable,
  villageId: string,
  meetingId: string,
  personId: string,
): Promise<AttendanceRow | null> {
  const [row] = await db.query<AttendanceRow>(
    `SELECT a.person_id, p.name, a.capacity, a.method, a.checked_in_at
     FROM attendance a JOIN person p ON p.village_id = a.village_id AND p.id = a.person_id
     WHERE a.village_id = $1 AND a.meeting_id = $2 AND a.person_id = $3`,
    [villageId, meetingId, personId],
  );
  return row ?? null;
}

// ---------------------------------------------------------------- proxies

export interface ProxyRow {
  principal_id: string;
  principal_name: string;
  holder_id: string;
  holder_name: string;
  lodged_on: CalendarDate;
}

export async function listProxies(
  db: Queryable,
  villageId: string,
  meetingId: string,
): Promise<ProxyRow[]> {
  return db.query<ProxyRow>(
    `SELECT x.principal_id, p.name AS principal_name, x.holder_id, h.name AS holder_name, x.lodged_on
     FROM meeting_proxy x
     JOIN person p ON p.village_id = x.village_id AND p.id = x.principal_id
     JOIN person h ON h.village_id = x.village_id AND h.id = x.holder_id
     WHERE x.village_id = $1 AND x.meeting_id = $2 ORDER BY h.name, p.name`,
    [villageId, meetingId],
  );
}

// ---------------------------------------------------------------- motions

export interface MotionRow {
  id: string;
  meeting_id: string;
  number: number;
  matter_id: string | null;
  title: string;
  body: string;
  voting: Voting;
  special: boolean;
  status: 'draft' | 'open' | 'closed';
  yes: number | null;
  no: number | null;
  abstain: number | null;
  passed: boolean | null;
  result: Record<string, unknown> | null;
  opened_at: Date | null;
  closed_at: Date | null;
  /** Named votes or secret receipts so far (how many have voted, never how). */
  ballots: number;
}

const SELECT_MOTION = `SELECT mo.id, mo.meeting_id, mo.number, mo.matter_id, mo.title, mo.body, mo.voting, mo.special,
    mo.status, mo.yes, mo.no, mo.abstain, mo.passed, mo.result, mo.opened_at, mo.closed_at,
    CASE mo.voting
      WHEN 'electronic' THEN (SELECT count(*) FROM vote v WHERE v.village_id = mo.village_id AND v.motion_id = mo.id)
      WHEN 'secret' THEN (SELECT count(*) FROM ballot_receipt b WHERE b.village_id = mo.village_id AND b.motion_id = mo.id)
      ELSE 0 END AS ballots
  FROM motion mo`;

export async function listMotions(
  db: Queryable,
  villageId: string,
  meetingId: string,
): Promise<MotionRow[]> {
  return db.query<MotionRow>(
    `${SELECT_MOTION} WHERE mo.village_id = $1 AND mo.meeting_id = $2 ORDER BY mo.number`,
    [villageId, meetingId],
  );
}

export async function findMotion(
  db: Queryable,
  villageId: string,
  motionId: string,
): Promise<MotionRow | null> {
  const [row] = await db.query<MotionRow>(
    `${SELECT_MOTION} WHERE mo.village_id = $1 AND mo.id = $2`,
    [villageId, motionId],
  );
  return row ?? null;
}

export interface NamedVoteRow {
  motion_id: string;
  person_id: string;
  name: string;
  choice: Choice;
}

/** Named (electronic, open) votes of a meeting's motions. */
export async function listNamedVotes(
  db: Queryable,
  villageId: string,
  meetingId: string,
): Promise<NamedVoteRow[]> {
  return db.query<NamedVoteRow>(
    `SELECT v.motion_id, v.person_id, p.name, v.choice
     FROM vote v
     JOIN motion mo ON mo.village_id = v.village_id AND mo.id = v.motion_id
     JOIN person p ON p.village_id = v.village_id AND p.id = v.person_id
     WHERE v.village_id = $1 AND mo.meeting_id = $2 ORDER BY p.name`,
    [villageId, meetingId],
  );
}

/** The motions of a meeting on which some persons hold a secret-ballot receipt. */
export async function receiptsOf(
  db: Queryable,
  villageId: string,
  meetingId: string,
  personIds: readonly string[],
): Promise<Array<{ motion_id: string; person_id: string }>> {
  if (personIds.length === 0) return [];
  return db.query(
    `SELECT b.motion_id, b.person_id FROM ballot_receipt b
     JOIN motion mo ON mo.village_id = b.village_id AND mo.id = b.motion_id
     WHERE b.village_id = $1 AND mo.meeting_id = $2 AND b.person_id = ANY($3::uuid[])`,
    [villageId, meetingId, personIds],
  );
}

export interface ResolutionRow {
  id: string;
  year: number;
  number: number;
  motion_id: string;
  meeting_id: string;
  title: string;
  adopted_on: CalendarDate;
}

export async function resolutionsOfMeeting(
  db: Queryable,
  villageId: string,
  meetingId: string,
): Promise<ResolutionRow[]> {
  return db.query<ResolutionRow>(
    `SELECT id, year, number, motion_id, meeting_id, title, adopted_on FROM resolution
     WHERE village_id = $1 AND meeting_id = $2 ORDER BY year, number`,
    [villageId, meetingId],
  );
}

// ---------------------------------------------------------------- demands

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
