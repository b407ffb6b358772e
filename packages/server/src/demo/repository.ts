import type { DepartmentKind } from '@cunzhi/core/townInbox/referrals';
import type { Fen } from '@cunzhi/core/money';
import type { DemoCounts } from '@cunzhi/demo/types';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { StaffUnit } from '@cunzhi/core/policies/actor';
import { bulkInsert } from '../platform/db/bulkInsert.ts';
import type { Queryable, Tx } from '../platform/db/database.ts';

/**
 * The demo writer's SQL. The generated county's registry (thousands of
 * persons) is written in bulk, as a roster import would; the decisions made
 * on it go through the real commands (seedDecisions.ts).
 */

/** Two processes starting on one empty database must not both seed it: a lock for the transaction. */
export async function lockSeeding(tx: Tx, key: number): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [key]);
}

export async function anyCountyExists(db: Queryable): Promise<boolean> {
  const rows = await db.query('SELECT id FROM county LIMIT 1');
  return rows.length > 0;
}

/** Column name → how to read it from a record: the name and its value sit side by side. */
export type Columns<T> = Record<string, (row: T) => unknown>;

export async function insertAll<T>(
  tx: Tx,
  table: string,
  rows: readonly T[],
  columns: Columns<T>,
): Promise<void> {
  const getters = Object.values(columns);
  await bulkInsert(
    tx,
    table,
    Object.keys(columns),
    rows.map((row) => getters.map((get) => get(row))),
  );
}

export interface DemoAccountRow {
  id: string;
  kind: 'villager' | 'staff';
  phone: string;
  display_name: string;
  password_hash: string;
  village_id: string | null;
  person_id: string | null;
  level: 'town' | 'county' | null;
  scope_id: string | null;
  title: string | null;
  unit: StaffUnit | null;
  department: DepartmentKind | null;
}

/** The accounts with these phones, with their staff scope. */
export async function demoAccountRows(
  db: Queryable,
  phones: readonly string[],
): Promise<DemoAccountRow[]> {
  return db.query<DemoAccountRow>(
    `SELECT a.id, a.kind, a.phone, a.display_name, a.password_hash, a.village_id, a.person_id, s.level, s.scope_id, s.title, s.unit,
       d.kind AS department
     FROM account a LEFT JOIN staff_scope s ON s.account_id = a.id
       LEFT JOIN town_department d ON d.id = s.department_id
     WHERE a.phone = ANY($1::text[])`,
    [phones],
  );
}

export async function countRows(db: Queryable): Promise<DemoCounts> {
  const [row] = await db.query<Record<keyof DemoCounts, number>>(
    `SELECT (SELECT count(*) FROM town) AS "towns", (SELECT count(*) FROM village) AS "villages",
            (SELECT count(*) FROM villager_group) AS "villagerGroups", (SELECT count(*) FROM grid) AS "grids",
            (SELECT count(*) FROM household) AS "households", (SELECT count(*) FROM person) AS "persons",
            (SELECT count(*) FROM kin_tie) AS "kinTies", (SELECT count(*) FROM body) AS "bodies",
            (SELECT count(*) FROM body_term) AS "bodyTerms", (SELECT count(*) FROM body_membership) AS "memberships",
            (SELECT count(*) FROM account) AS "accounts"`,
  );
  if (!row) throw new Error('count query returned no row');
  return row;
}

/** A paper sign-in sheet of the demo's past meetings, entered at once. */
export async function insertAttendanceRows(tx: Tx, rows: readonly unknown[][]): Promise<void> {
  await bulkInsert(
    tx,
    'attendance',
    ['village_id', 'meeting_id', 'person_id', 'capacity', 'method', 'recorded_by', 'checked_in_at'],
    rows,
  );
}

/** The latest resolution a meeting of this kind adopted on a matter whose title matches (the demo's own story). */
export async function resolutionOnMatter(
  db: Queryable,
  villageId: string,
  titleLike: string,
  meetingKind: string,
): Promise<{ id: string; adoptedOn: CalendarDate; matterId: string } | null> {
  const [row] = await db.query<{ id: string; adopted_on: CalendarDate; matter_id: string }>(
    `SELECT r.id, r.adopted_on::text AS adopted_on, r.matter_id
     FROM resolution r
     JOIN matter m ON m.village_id = r.village_id AND m.id = r.matter_id
     JOIN meeting g ON g.village_id = r.village_id AND g.id = r.meeting_id
     WHERE r.village_id = $1 AND m.title LIKE $2 AND g.kind = $3
     ORDER BY r.adopted_on DESC LIMIT 1`,
    [villageId, titleLike, meetingKind],
  );
  return row ? { id: row.id, adoptedOn: row.adopted_on, matterId: row.matter_id } : null;
}

/** The largest cash or bank payment booked by hand in a month of the books (the demo's inspection finds it). */
export async function largestManualPayment(
  db: Queryable,
  villageId: string,
  from: CalendarDate,
  to: CalendarDate,
): Promise<{ number: string; summary: string; fen: Fen } | null> {
  const [row] = await db.query<{ number: string; summary: string; fen: string }>(
    `SELECT v.number, v.summary, sum(l.credit_fen)::text AS fen
     FROM finance_voucher v
     JOIN finance_voucher_line l ON l.village_id = v.village_id AND l.voucher_id = v.id
     WHERE v.village_id = $1 AND v.on_date BETWEEN $2 AND $3 AND v.source_kind IN ('manual', 'import')
       AND l.account_code IN ('1001', '1002')
     GROUP BY v.id, v.number, v.summary
     HAVING sum(l.credit_fen) > 0
     ORDER BY sum(l.credit_fen) DESC, v.number LIMIT 1`,
    [villageId, from, to],
  );
  return row ? { number: row.number, summary: row.summary, fen: BigInt(row.fen) as Fen } : null;
}

/** Registered here, living elsewhere (外出), 18 by `adultOn`: the first by household number. */
export async function adultMigrantsOut(
  db: Queryable,
  villageId: string,
  adultOn: CalendarDate,
  limit: number,
): Promise<Array<{ id: string; name: string }>> {
  return db.query<{ id: string; name: string }>(
    `SELECT p.id, p.name
     FROM person p JOIN household h ON h.village_id = p.village_id AND h.id = p.household_id
     WHERE p.village_id = $1 AND p.residence_status = 'migrantOut'
       AND p.birth_date <= ($2::date - interval '18 years')
     ORDER BY h.number, p.id LIMIT $3`,
    [villageId, adultOn, limit],
  );
}

/** A neighbouring village of the same town (the first by name), for a second village's story. */
export async function neighbourVillage(
  db: Queryable,
  villageId: string,
): Promise<{ id: string; name: string } | null> {
  const [row] = await db.query<{ id: string; name: string }>(
    `SELECT v.id, v.name FROM village v
      WHERE v.town_id = (SELECT town_id FROM village WHERE id = $1) AND v.id <> $1 AND v.kind = 'village'
      ORDER BY v.name LIMIT 1`,
    [villageId],
  );
  return row ?? null;
}

/**
 * The demo's history is seeded as it happened, so each notice and meeting of the past half year
 * told every household when it was published — some 100,000 messages, with 50,000 SMS for the
 * first start to send. A village that starts today has told no one of what is over, so the demo
 * keeps only the messages of notices still up and meetings still ahead; the rest of theirs it
 * forgets. The messages about a person's own records (answers, service requests, complaints,
 * petitions) it keeps on purpose, closed or not: they are each villager's 我的消息, a few dozen
 * rows, and their numbers are forgotten 30 days after delivery like any village's
 * (forgetDeliveredNumbers, docs/notifications.md 保存期限). Answers how many it forgot.
 */
export async function forgetSettledMessages(db: Queryable, today: CalendarDate): Promise<number> {
  const rows = await db.query(
    `DELETE FROM outbox_message m USING notice n
     LEFT JOIN meeting mt ON mt.village_id = n.village_id AND mt.id = n.meeting_id
     WHERE m.village_id = n.village_id AND m.notice_id = n.id AND m.reason IN ('notice', 'meeting')
       AND COALESCE(n.period_ends_on, mt.meeting_on) < $1
     RETURNING m.id`,
    [today],
  );
  return rows.length;
}
