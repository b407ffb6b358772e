import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type {
  PartyCategory,
  PartyLeaveReason,
  PartyMemberOn,
  PartyStatus,
} from '@cunzhi/core/party/members';
import type { PartyMeetingKind } from '@cunzhi/core/party/cadence';
import type { PartyUnitKind } from '@cunzhi/core/party/structure';
import { bulkInsert } from '../../platform/db/bulkInsert.ts';
import type { Queryable, Tx } from '../../platform/db/database.ts';

/**
 * The village's Party members on a day. A party_member row is the record; a person flagged
 * party_member in the registry without a row (entered before the branch kept its roll here, or
 * by the roster import) counts as a formal member whose details are not yet recorded.
 * A row counts from its joined_on (unknown: always) until the day it left; a probationary member
 * converted later (formal_on after `on`) is still probationary on `on`.
 */
export async function partyMembersOn(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
): Promise<PartyMemberOn[]> {
  return db.query<PartyMemberOn>(
    `SELECT p.id AS "personId", p.name, p.household_id AS "householdId", m.unit_id AS "unitId",
            CASE WHEN m.person_id IS NULL THEN 'formal'
                 WHEN m.status = 'formal' AND (m.formal_on IS NULL OR m.formal_on <= $2::date) THEN 'formal'
                 ELSE 'probationary' END AS status,
            m.category, m.whereabouts,
            coalesce(m.joined_on, p.party_joined_on)::text AS "joinedOn", m.formal_on::text AS "formalOn"
       FROM person p
       LEFT JOIN party_member m ON m.village_id = p.village_id AND m.person_id = p.id
      WHERE p.village_id = $1
        AND CASE WHEN m.person_id IS NULL
                 THEN p.party_member AND (p.party_joined_on IS NULL OR p.party_joined_on <= $2::date)
                 ELSE (m.joined_on IS NULL OR m.joined_on <= $2::date) AND (m.left_on IS NULL OR m.left_on > $2::date)
            END
      ORDER BY p.name, p.id`,
    [villageId, on],
  );
}

// ── units ───────────────────────────────────────────────────────────────────

export interface PartyUnitRow {
  id: string;
  kind: PartyUnitKind;
  parent_id: string | null;
  name: string;
  basis: 'villagerGroup' | 'kind' | null;
  villager_group_id: string | null;
  theme_day: number | null;
  approval_ref: string | null;
  founded_on: CalendarDate;
}

/** The units standing on a day, parents before children (by founding, then name). */
export async function unitsOn(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
): Promise<PartyUnitRow[]> {
  return (await unitsIn(db, [villageId], on)).map(({ village_id: _, ...u }) => u);
}

/** The same in several villages at once, each unit with its village. */
export async function unitsIn(
  db: Queryable,
  villageIds: readonly string[],
  on: CalendarDate,
): Promise<Array<PartyUnitRow & { village_id: string }>> {
  return db.query(
    `SELECT village_id, id, kind, parent_id, name, basis, villager_group_id, theme_day, approval_ref, founded_on::text AS founded_on
       FROM party_unit
      WHERE village_id = ANY($1::uuid[]) AND founded_on <= $2::date AND (dissolved_on IS NULL OR dissolved_on > $2::date)
      ORDER BY parent_id IS NOT NULL, founded_on, name`,
    [villageIds, on],
  );
}

/** Serialises the village's structure changes, so two clerks cannot set up two organisations. */
export async function lockParty(tx: Tx, villageId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`party:${villageId}`]);
}

export async function insertUnit(
  tx: Tx,
  villageId: string,
  u: {
    id: string;
    kind: PartyUnitKind;
    parentId: string | null;
    name: string;
    basis: 'villagerGroup' | 'kind' | null;
    villagerGroupId: string | null;
    themeDay: number | null;
    approvalRef: string | null;
    foundedOn: CalendarDate;
    by: string | null;
    at: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO party_unit (village_id, id, kind, parent_id, name, basis, villager_group_id, theme_day, approval_ref, founded_on, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      villageId,
      u.id,
      u.kind,
      u.parentId,
      u.name,
      u.basis,
      u.villagerGroupId,
      u.themeDay,
      u.approvalRef,
      u.foundedOn,
      u.by,
      u.at,
    ],
  );
}

export async function unitNameTaken(
  db: Queryable,
  villageId: string,
  name: string,
): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM party_unit WHERE village_id = $1 AND name = $2', [
    villageId,
    name,
  ]);
  return rows.length > 0;
}

export async function villagerGroupExists(
  db: Queryable,
  villageId: string,
  id: string,
): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM villager_group WHERE village_id = $1 AND id = $2', [
    villageId,
    id,
  ]);
  return rows.length > 0;
}

// ── members ─────────────────────────────────────────────────────────────────

export async function personForParty(
  db: Queryable,
  villageId: string,
  personId: string,
): Promise<{ name: string; recorded: boolean; left: boolean } | null> {
  const [row] = await db.query<{ name: string; recorded: boolean; left: boolean }>(
    `SELECT p.name, m.person_id IS NOT NULL AS recorded, m.left_on IS NOT NULL AS left
       FROM person p LEFT JOIN party_member m ON m.village_id = p.village_id AND m.person_id = p.id
      WHERE p.village_id = $1 AND p.id = $2`,
    [villageId, personId],
  );
  return row ?? null;
}

/**
 * Records (or corrects) a member's details and keeps the registry's flag true, with the day of
 * joining, for every reader of person.party_member. A member who had left and rejoins starts anew.
 */
export async function upsertMember(
  tx: Tx,
  villageId: string,
  m: {
    personId: string;
    unitId: string | null;
    status: PartyStatus;
    joinedOn: CalendarDate;
    formalOn: CalendarDate | null;
    category: PartyCategory;
    whereabouts: string | null;
    by: string | null;
    at: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO party_member (village_id, person_id, unit_id, status, joined_on, formal_on, category, whereabouts, recorded_by, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (village_id, person_id) DO UPDATE SET
       unit_id = EXCLUDED.unit_id, status = EXCLUDED.status, joined_on = EXCLUDED.joined_on,
       formal_on = EXCLUDED.formal_on, category = EXCLUDED.category, whereabouts = EXCLUDED.whereabouts,
       left_on = NULL, left_reason = NULL, recorded_by = EXCLUDED.recorded_by,
       recorded_at = EXCLUDED.recorded_at, version = party_member.version + 1`,
    [
      villageId,
      m.personId,
      m.unitId,
      m.status,
      m.joinedOn,
      m.formalOn,
      m.category,
      m.whereabouts,
      m.by,
      m.at,
    ],
  );
  await tx.query(
    `UPDATE person SET party_member = true, party_joined_on = $3, version = version + 1, updated_at = $4
      WHERE village_id = $1 AND id = $2`,
    [villageId, m.personId, m.joinedOn, m.at],
  );
}

/** A member leaves: the record keeps the day and reason; the registry's flag goes false. */
export async function memberLeaves(
  tx: Tx,
  villageId: string,
  personId: string,
  leftOn: CalendarDate,
  reason: PartyLeaveReason,
  at: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO party_member (village_id, person_id, status, joined_on, recorded_at)
     SELECT village_id, id, 'formal', party_joined_on, $3 FROM person
      WHERE village_id = $1 AND id = $2
     ON CONFLICT (village_id, person_id) DO NOTHING`,
    [villageId, personId, at],
  );
  await tx.query(
    `UPDATE party_member SET left_on = $3, left_reason = $4, version = version + 1
      WHERE village_id = $1 AND person_id = $2`,
    [villageId, personId, leftOn, reason],
  );
  await tx.query(
    `UPDATE person SET party_member = false, version = version + 1, updated_at = $3
      WHERE village_id = $1 AND id = $2`,
    [villageId, personId, at],
  );
  await tx.query(
    `UPDATE party_committee_seat SET until = greatest(since, $3::date)
      WHERE village_id = $1 AND person_id = $2 AND until IS NULL`,
    [villageId, personId, leftOn],
  );
}

// ── committee seats ─────────────────────────────────────────────────────────

export interface SeatRow {
  unit_id: string;
  person_id: string;
  name: string;
  role: 'secretary' | 'deputySecretary' | 'member';
  since: CalendarDate;
}

export async function seatsOn(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
): Promise<SeatRow[]> {
  return (await seatsIn(db, [villageId], on)).map(({ village_id: _, ...seat }) => seat);
}

/** The committees' seats on a day in several villages at once. */
export async function seatsIn(
  db: Queryable,
  villageIds: readonly string[],
  on: CalendarDate,
): Promise<Array<SeatRow & { village_id: string }>> {
  return db.query(
    `SELECT s.village_id, s.unit_id, s.person_id, p.name, s.role, s.since::text AS since
       FROM party_committee_seat s JOIN person p ON p.village_id = s.village_id AND p.id = s.person_id
      WHERE s.village_id = ANY($1::uuid[]) AND s.since <= $2::date AND (s.until IS NULL OR s.until > $2::date)
      ORDER BY CASE s.role WHEN 'secretary' THEN 0 WHEN 'deputySecretary' THEN 1 ELSE 2 END, s.since, p.name`,
    [villageIds, on],
  );
}

export async function insertSeat(
  tx: Tx,
  villageId: string,
  s: { id: string; unitId: string; personId: string; role: SeatRow['role']; since: CalendarDate },
): Promise<void> {
  await tx.query(
    `INSERT INTO party_committee_seat (village_id, id, unit_id, person_id, role, since)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [villageId, s.id, s.unitId, s.personId, s.role, s.since],
  );
}

// ── meetings ────────────────────────────────────────────────────────────────

export async function insertMeeting(
  tx: Tx,
  villageId: string,
  m: {
    id: string;
    unitId: string;
    kind: PartyMeetingKind;
    heldOn: CalendarDate;
    venueId: string | null;
    venue: string | null;
    hostPersonId: string;
    topic: string;
    minutes: string;
    by: string | null;
    at: Date;
    attendance: ReadonlyArray<{
      personId: string;
      presence: 'present' | 'leave' | 'absent';
      leaveReason: string | null;
      rating: string | null;
    }>;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO party_meeting (village_id, id, unit_id, kind, held_on, venue_id, venue, host_person_id, topic, minutes, recorded_by, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      villageId,
      m.id,
      m.unitId,
      m.kind,
      m.heldOn,
      m.venueId,
      m.venue,
      m.hostPersonId,
      m.topic,
      m.minutes,
      m.by,
      m.at,
    ],
  );
  await bulkInsert(
    tx,
    'party_meeting_attendee',
    ['village_id', 'meeting_id', 'person_id', 'presence', 'leave_reason', 'rating'],
    m.attendance.map((a) => [villageId, m.id, a.personId, a.presence, a.leaveReason, a.rating]),
  );
}

export async function venueExists(db: Queryable, villageId: string, id: string): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM micro_unit WHERE village_id = $1 AND id = $2 AND kind = 'venue' AND active`,
    [villageId, id],
  );
  return rows.length > 0;
}

export async function meetingUnit(
  db: Queryable,
  villageId: string,
  meetingId: string,
): Promise<string | null> {
  const [row] = await db.query<{ unit_id: string }>(
    'SELECT unit_id FROM party_meeting WHERE village_id = $1 AND id = $2',
    [villageId, meetingId],
  );
  return row?.unit_id ?? null;
}

// ── what the cadence counts ─────────────────────────────────────────────────

export type SeatHistory = Array<{
  unit_id: string;
  since: CalendarDate;
  until: CalendarDate | null;
}>;

/** Every seat a unit's committee has had, to count those seated on a meeting's day. */
export async function seatHistory(db: Queryable, villageId: string): Promise<SeatHistory> {
  return seatHistoryIn(db, [villageId]);
}

/** The same in several villages at once (unit ids are unique: no village needed to tell them apart). */
export async function seatHistoryIn(
  db: Queryable,
  villageIds: readonly string[],
): Promise<SeatHistory> {
  return db.query(
    `SELECT unit_id, since::text AS since, until::text AS until FROM party_committee_seat
      WHERE village_id = ANY($1::uuid[])`,
    [villageIds],
  );
}

/** Each meeting held in [from, to] in several villages, with the number present. */
export async function meetingFactsIn(
  db: Queryable,
  villageIds: readonly string[],
  from: CalendarDate,
  to: CalendarDate,
): Promise<
  Array<{ unit_id: string; kind: PartyMeetingKind; held_on: CalendarDate; present: number }>
> {
  return db.query(
    `SELECT m.unit_id, m.kind, m.held_on::text AS held_on,
            count(*) FILTER (WHERE a.presence = 'present')::int AS present
       FROM party_meeting m
       LEFT JOIN party_meeting_attendee a ON a.village_id = m.village_id AND a.meeting_id = m.id
      WHERE m.village_id = ANY($1::uuid[]) AND m.held_on BETWEEN $2::date AND $3::date
      GROUP BY m.village_id, m.id`,
    [villageIds, from, to],
  );
}

/** 党员大会 convened in the meetings register (四议两公开) in [from, to], not cancelled, in several villages. */
export async function registerPartyMeetingsIn(
  db: Queryable,
  villageIds: readonly string[],
  from: CalendarDate,
  to: CalendarDate,
): Promise<Array<{ village_id: string; meeting_on: CalendarDate }>> {
  return db.query(
    `SELECT village_id, meeting_on::text AS meeting_on FROM meeting
      WHERE village_id = ANY($1::uuid[]) AND kind = 'partyMembersMeeting' AND status <> 'cancelled'
        AND meeting_on BETWEEN $2::date AND $3::date`,
    [villageIds, from, to],
  );
}

/**
 * The days the village organisation itself (no parent unit) held its 党员大会 as recorded here:
 * the meetings register's PARTY-3H1K finding counts them with its own, so neither page says a
 * quarter went without one that the other shows held.
 */
export async function organisationMembersMeetings(
  db: Queryable,
  villageId: string,
): Promise<CalendarDate[]> {
  const rows = await db.query<{ held_on: CalendarDate }>(
    `SELECT m.held_on::text AS held_on FROM party_meeting m
       JOIN party_unit u ON u.village_id = m.village_id AND u.id = m.unit_id
      WHERE m.village_id = $1 AND m.kind = 'membersMeeting' AND u.parent_id IS NULL`,
    [villageId],
  );
  return rows.map((r) => r.held_on);
}
