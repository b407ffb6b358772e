import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Presence, QuorumResult } from '@cunzhi/core/meetings/quorum';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
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
  /** The collective economic organisation whose meeting it is (its three kinds only). */
  collective_org_id: string | null;
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

const SELECT_MEETING = `SELECT m.id, m.kind, v.kind AS village_kind, m.villager_group_id, g.name AS group_name, m.collective_org_id, m.title, m.meeting_on, m.starts_at,
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
    collectiveOrgId: string | null;
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
       demand_id, convened_by, agenda, check_in_code, profile_id, profile_version, collective_org_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
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
      m.collectiveOrgId,
    ],
  );
}

export async function markMeetingCancelled(
  tx: Tx,
  villageId: string,
  meetingId: string,
): Promise<void> {
  await tx.query(`UPDATE meeting SET status = 'cancelled' WHERE village_id = $1 AND id = $2`, [
    villageId,
    meetingId,
  ]);
}

/** A new agenda, to be reviewed again by the supervision committee. */
export async function updateAgenda(
  tx: Tx,
  villageId: string,
  meetingId: string,
  agenda: string,
): Promise<void> {
  await tx.query(
    `UPDATE meeting SET agenda = $3, agenda_review = 'pending', agenda_review_note = '',
       agenda_reviewed_by = NULL, agenda_reviewed_on = NULL
     WHERE village_id = $1 AND id = $2`,
    [villageId, meetingId, agenda],
  );
}

export async function updateAgendaReview(
  tx: Tx,
  villageId: string,
  meetingId: string,
  review: {
    outcome: 'approved' | 'returned';
    note: string;
    reviewerPersonId: string | null;
    on: CalendarDate;
  },
): Promise<void> {
  await tx.query(
    `UPDATE meeting SET agenda_review = $3, agenda_review_note = $4, agenda_reviewed_by = $5, agenda_reviewed_on = $6
     WHERE village_id = $1 AND id = $2`,
    [villageId, meetingId, review.outcome, review.note, review.reviewerPersonId, review.on],
  );
}

export async function markMeetingOpened(
  tx: Tx,
  villageId: string,
  meetingId: string,
  at: Date,
): Promise<void> {
  await tx.query(
    `UPDATE meeting SET status = 'open', opened_at = $3 WHERE village_id = $1 AND id = $2`,
    [villageId, meetingId, at],
  );
}

export async function markMeetingClosed(
  tx: Tx,
  villageId: string,
  meetingId: string,
  at: Date,
  figures: FiguresAtClose,
): Promise<void> {
  await tx.query(
    `UPDATE meeting SET status = 'closed', closed_at = $3, figures_at_close = $4
     WHERE village_id = $1 AND id = $2`,
    [villageId, meetingId, at, JSON.stringify(figures)],
  );
}

export async function updateMinutes(
  tx: Tx,
  villageId: string,
  meetingId: string,
  minutes: string,
): Promise<void> {
  await tx.query('UPDATE meeting SET minutes = $3 WHERE village_id = $1 AND id = $2', [
    villageId,
    meetingId,
    minutes,
  ]);
}

export async function updateVerdict(
  tx: Tx,
  villageId: string,
  meetingId: string,
  verdict: Verdict,
  invalidReason: string | null,
): Promise<void> {
  await tx.query(
    'UPDATE meeting SET verdict = $3, invalid_reason = $4 WHERE village_id = $1 AND id = $2',
    [villageId, meetingId, JSON.stringify(verdict), invalidReason],
  );
}

/** The meeting's notice (会议通知), published with it on the notice board. */
export async function insertMeetingNotice(
  tx: Tx,
  villageId: string,
  n: {
    id: string;
    meetingId: string;
    title: string;
    body: string;
    publishedOn: CalendarDate;
    publishedBy: string | null;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO notice (village_id, id, kind, title, body, published_on, meeting_id, published_by)
     VALUES ($1, $2, 'meeting', $3, $4, $5, $6, $7)`,
    [villageId, n.id, n.title, n.body, n.publishedOn, n.meetingId, n.publishedBy],
  );
}

/** The starting day of the representatives' current term, if one is running (the frequency rule counts from it). */
export async function representativesTermStart(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
): Promise<CalendarDate | null> {
  const [term] = await db.query<{ starts_on: CalendarDate }>(
    `SELECT t.starts_on FROM body_term t JOIN body b ON b.village_id = t.village_id AND b.id = t.body_id
     WHERE t.village_id = $1 AND b.kind = 'representativesMeeting' AND t.starts_on <= $2::date AND $2::date <= t.ends_on
     ORDER BY t.starts_on DESC LIMIT 1`,
    [villageId, on],
  );
  return term?.starts_on ?? null;
}
