import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
import { assistedBySql } from '../../assistance/marks.ts';
import type { Capacity } from './meetings.ts';

export interface AttendanceRow {
  person_id: string;
  name: string;
  capacity: Capacity;
  method: 'qr' | 'clerk';
  checked_in_at: Date;
  /** Checked in for them by 代办: the agent's name. */
  assisted_by: string | null;
}

// the agent who recorded it: a later self check-in (after a removal) is not marked
const ASSISTED_BY = assistedBySql(
  'checkIn',
  'a.village_id',
  'a.meeting_id',
  'a.person_id',
  'x.agent_account_id = a.recorded_by',
);

export async function listAttendance(
  db: Queryable,
  villageId: string,
  meetingId: string,
): Promise<AttendanceRow[]> {
  return db.query<AttendanceRow>(
    `SELECT a.person_id, p.name, a.capacity, a.method, a.checked_in_at, ${ASSISTED_BY} AS assisted_by
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
    `SELECT a.person_id, p.name, a.capacity, a.method, a.checked_in_at, ${ASSISTED_BY} AS assisted_by
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

/** Records one attendee; `replace` corrects an earlier record (the clerk's), else the first one stands. */
export async function insertAttendance(
  tx: Tx,
  villageId: string,
  meetingId: string,
  a: { personId: string; capacity: Capacity; method: 'qr' | 'clerk'; recordedBy: string },
  replace: boolean,
): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO attendance (village_id, meeting_id, person_id, capacity, method, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (village_id, meeting_id, person_id) DO ${
       replace
         ? 'UPDATE SET capacity = EXCLUDED.capacity, method = EXCLUDED.method, recorded_by = EXCLUDED.recorded_by'
         : 'NOTHING'
     }
     RETURNING person_id`,
    [villageId, meetingId, a.personId, a.capacity, a.method, a.recordedBy],
  );
  return rows.length > 0;
}

/** Records a sheet of attendees in one statement; those already in keep their record. Returns who was added. */
export async function insertSheet(
  tx: Tx,
  villageId: string,
  meetingId: string,
  sheet: { personIds: readonly string[]; capacity: Capacity; recordedBy: string },
): Promise<string[]> {
  const rows = await tx.query<{ person_id: string }>(
    `INSERT INTO attendance (village_id, meeting_id, person_id, capacity, method, recorded_by)
     SELECT $1, $2, p, $3, 'clerk', $4 FROM unnest($5::uuid[]) AS p
     ON CONFLICT (village_id, meeting_id, person_id) DO NOTHING
     RETURNING person_id`,
    [villageId, meetingId, sheet.capacity, sheet.recordedBy, sheet.personIds],
  );
  return rows.map((r) => r.person_id);
}

/**
 * Keeps who was entered from the paper sign-in sheet, apart from the attendance (one row per
 * person): the paper ⇄ online reconciliation (features/reconciliation) needs the paper
 * signatures of those who had checked in online too.
 */
export async function insertPaperSigns(
  tx: Tx,
  villageId: string,
  meetingId: string,
  sheet: { personIds: readonly string[]; enteredBy: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO meeting_paper_sign (village_id, meeting_id, person_id, entered_by)
     SELECT $1, $2, p, $3 FROM unnest($4::uuid[]) AS p
     ON CONFLICT (village_id, meeting_id, person_id) DO NOTHING`,
    [villageId, meetingId, sheet.enteredBy, sheet.personIds],
  );
}

export async function deleteAttendance(
  tx: Tx,
  villageId: string,
  meetingId: string,
  personId: string,
): Promise<void> {
  // a mistaken entry goes from the paper record too, or the reconciliation would still show it
  for (const table of ['attendance', 'meeting_paper_sign'])
    await tx.query(
      `DELETE FROM ${table} WHERE village_id = $1 AND meeting_id = $2 AND person_id = $3`,
      [villageId, meetingId, personId],
    );
}

/** How many principals' proxies a holder already carries at the meeting. */
export async function countProxiesHeld(
  db: Queryable,
  villageId: string,
  meetingId: string,
  holderId: string,
): Promise<number> {
  const [held] = await db.query<{ n: number }>(
    'SELECT count(*) AS n FROM meeting_proxy WHERE village_id = $1 AND meeting_id = $2 AND holder_id = $3',
    [villageId, meetingId, holderId],
  );
  return held?.n ?? 0;
}

export async function insertProxy(
  tx: Tx,
  villageId: string,
  meetingId: string,
  p: { principalId: string; holderId: string; lodgedOn: CalendarDate; recordedBy: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO meeting_proxy (village_id, meeting_id, principal_id, holder_id, lodged_on, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [villageId, meetingId, p.principalId, p.holderId, p.lodgedOn, p.recordedBy],
  );
}
