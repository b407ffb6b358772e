import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type {
  ComplaintChannel,
  ComplaintClass,
  ComplaintHandler,
  ComplaintStatus,
} from '@cunzhi/core/complaints/complaints';
import type { BodyKind, MemberRole } from '@cunzhi/core/bodies/bodyKinds';
import type { Queryable, Tx } from '../../platform/db/database.ts';

export interface ComplaintRow {
  id: string;
  number: number;
  channel: ComplaintChannel;
  anonymous: boolean;
  complainant_person_id: string | null;
  complainant_name: string | null;
  complainant_phone: string | null;
  subject: string;
  body: string;
  concerns_person_ids: string[];
  class: ComplaintClass | null;
  handler: ComplaintHandler | null;
  status: ComplaintStatus;
  received_on: CalendarDate;
  due_on: CalendarDate | null;
  answer: string | null;
  answered_on: CalendarDate | null;
  entered_by: string | null;
}

const COLUMNS = `id, number, channel, anonymous, complainant_person_id, complainant_name,
  complainant_phone, subject, body, concerns_person_ids::text[] AS concerns_person_ids, class, handler, status,
  to_char(received_on, 'YYYY-MM-DD') AS received_on, to_char(due_on, 'YYYY-MM-DD') AS due_on,
  answer, to_char(answered_on, 'YYYY-MM-DD') AS answered_on, entered_by`;

/** Serialises the numbering of one village's complaints. */
export async function lockVillageComplaints(tx: Tx, villageId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`complaint:${villageId}`]);
}

export async function nextComplaintNumber(tx: Tx, villageId: string): Promise<number> {
  const [row] = await tx.query<{ n: number }>(
    'SELECT coalesce(max(number), 0)::int + 1 AS n FROM complaint WHERE village_id = $1',
    [villageId],
  );
  return row?.n ?? 1;
}

export interface NewComplaint {
  id: string;
  number: number;
  channel: ComplaintChannel;
  anonymous: boolean;
  complainantPersonId: string | null;
  complainantName: string | null;
  complainantPhone: string | null;
  subject: string;
  body: string;
  concernsPersonIds: readonly string[];
  receivedOn: CalendarDate;
  trackingHash: string;
  enteredBy: string | null;
}

export async function insertComplaint(tx: Tx, villageId: string, c: NewComplaint): Promise<void> {
  await tx.query(
    `INSERT INTO complaint (village_id, id, number, channel, anonymous, complainant_person_id,
       complainant_name, complainant_phone, subject, body, concerns_person_ids, status, received_on,
       tracking_hash, entered_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::uuid[], 'received', $12, $13, $14)`,
    [
      villageId,
      c.id,
      c.number,
      c.channel,
      c.anonymous,
      c.complainantPersonId,
      c.complainantName,
      c.complainantPhone,
      c.subject,
      c.body,
      c.concernsPersonIds,
      c.receivedOn,
      c.trackingHash,
      c.enteredBy,
    ],
  );
}

export async function findComplaint(
  db: Queryable,
  villageId: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<ComplaintRow | null> {
  const [row] = await db.query<ComplaintRow>(
    `SELECT ${COLUMNS} FROM complaint WHERE village_id = $1 AND id = $2${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [villageId, id],
  );
  return row ?? null;
}

export async function findComplaintByTracking(
  db: Queryable,
  villageId: string,
  trackingHash: string,
): Promise<ComplaintRow | null> {
  const [row] = await db.query<ComplaintRow>(
    `SELECT ${COLUMNS} FROM complaint WHERE village_id = $1 AND tracking_hash = $2`,
    [villageId, trackingHash],
  );
  return row ?? null;
}

/** Classes and hands on a complaint: to a body with its due day, or to the town (referred). */
export async function setComplaintRouting(
  tx: Tx,
  villageId: string,
  id: string,
  r: {
    class: ComplaintClass;
    handler: ComplaintHandler | null;
    dueOn: CalendarDate | null;
    concernsPersonIds: readonly string[];
  },
): Promise<void> {
  await tx.query(
    `UPDATE complaint SET class = $3, handler = $4, due_on = $5, concerns_person_ids = $6::uuid[],
       status = CASE WHEN $3 = 'discipline' THEN 'referred' ELSE 'assigned' END
     WHERE village_id = $1 AND id = $2`,
    [villageId, id, r.class, r.handler, r.dueOn, r.concernsPersonIds],
  );
}

export async function setComplaintAnswer(
  tx: Tx,
  villageId: string,
  id: string,
  a: { answer: string; on: CalendarDate; by: string | null },
): Promise<void> {
  await tx.query(
    `UPDATE complaint SET answer = $3, answered_on = $4, answered_by = $5, status = 'answered'
     WHERE village_id = $1 AND id = $2`,
    [villageId, id, a.answer, a.on, a.by],
  );
}

/** The serving members of the village's bodies on a day, with their seats. */
export async function servingCadres(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
): Promise<
  Array<{ person_id: string; name: string; seats: Array<{ kind: BodyKind; role: MemberRole }> }>
> {
  return db.query(
    `SELECT m.person_id, p.name,
       json_agg(json_build_object('kind', b.kind, 'role', m.role) ORDER BY b.kind) AS seats
     FROM body_membership m
     JOIN body_term t ON t.village_id = m.village_id AND t.id = m.term_id
     JOIN body b ON b.village_id = m.village_id AND b.id = m.body_id
     JOIN person p ON p.village_id = m.village_id AND p.id = m.person_id
     WHERE m.village_id = $1 AND t.starts_on <= $2::date AND $2::date <= t.ends_on
       AND m.starts_on <= $2::date AND (m.ended_on IS NULL OR $2::date < m.ended_on)
     GROUP BY m.person_id, p.name ORDER BY p.name, m.person_id`,
    [villageId, on],
  );
}

/** Whether a registered person of the village has this id (a complainant chosen by a member). */
export async function personExists(
  db: Queryable,
  villageId: string,
  personId: string,
): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM person WHERE village_id = $1 AND id = $2', [
    villageId,
    personId,
  ]);
  return rows.length > 0;
}

// ------------------------------------------------------------ portal one-time codes

/**
 * A complaint's one-time code, in the question codes' table (purpose 'complaint', no notice),
 * so that one number's and one address's sending limits count codes of both kinds.
 */
/**
 * The one-time codes kept here besides a question's: a named complaint's, and a villager's
 * consent to 代办 (features/assistance), which shares the table and so the sending limits.
 */
export type CodePurpose = 'complaint' | 'consent';

export async function insertComplaintCode(
  tx: Tx,
  villageId: string,
  c: {
    id: string;
    personId: string | null;
    phoneHash: string;
    addressHash: string;
    codeHash: string;
    sentAt: Date;
    expiresAt: Date;
  },
  purpose: CodePurpose = 'complaint',
): Promise<void> {
  await tx.query(
    `INSERT INTO question_code (village_id, id, notice_id, purpose, person_id, phone_hash,
       address_hash, code_hash, sent_at, expires_at)
     VALUES ($1, $2, NULL, $9, $3, $4, $5, $6, $7, $8)`,
    [
      ...[villageId, c.id, c.personId, c.phoneHash, c.addressHash, c.codeHash, c.sentAt],
      ...[c.expiresAt, purpose],
    ],
  );
}

export interface ComplaintCodeRow {
  person_id: string | null;
  code_hash: string;
  attempts: number;
  expires_at: Date;
  used_at: Date | null;
}

const CODE_COLUMNS = 'person_id, code_hash, attempts, expires_at, used_at';

/** Counts a try before the comparison (see tryQuestionCode); null when it may not be tried. */
export async function tryComplaintCode(
  db: Queryable,
  villageId: string,
  id: string,
  now: Date,
  maxAttempts: number,
  purpose: CodePurpose = 'complaint',
): Promise<ComplaintCodeRow | null> {
  const [row] = await db.query<ComplaintCodeRow>(
    `UPDATE question_code SET attempts = attempts + 1
     WHERE village_id = $1 AND id = $2 AND purpose = $5
       AND used_at IS NULL AND expires_at > $3 AND attempts < $4
     RETURNING ${CODE_COLUMNS}`,
    [villageId, id, now, maxAttempts, purpose],
  );
  return row ?? null;
}

export async function findComplaintCode(
  db: Queryable,
  villageId: string,
  id: string,
  purpose: CodePurpose = 'complaint',
): Promise<ComplaintCodeRow | null> {
  const [row] = await db.query<ComplaintCodeRow>(
    `SELECT ${CODE_COLUMNS} FROM question_code WHERE village_id = $1 AND id = $2 AND purpose = $3`,
    [villageId, id, purpose],
  );
  return row ?? null;
}

export async function spendComplaintCode(
  tx: Tx,
  villageId: string,
  id: string,
  now: Date,
  purpose: CodePurpose = 'complaint',
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE question_code SET used_at = $3
     WHERE village_id = $1 AND id = $2 AND purpose = $4 AND used_at IS NULL RETURNING id`,
    [villageId, id, now, purpose],
  );
  return rows.length > 0;
}

/** The registered complainant's name and number (shown only by the audited reveal). */
export async function complainantPerson(
  db: Queryable,
  villageId: string,
  personId: string,
): Promise<{ name: string; phone: string | null } | null> {
  const [row] = await db.query<{ name: string; phone: string | null }>(
    'SELECT name, phone FROM person WHERE village_id = $1 AND id = $2',
    [villageId, personId],
  );
  return row ?? null;
}

/** The name of the account that reads an identity, for the audit event. */
export async function accountName(db: Queryable, accountId: string): Promise<string | null> {
  const [row] = await db.query<{ display_name: string }>(
    'SELECT display_name FROM account WHERE id = $1',
    [accountId],
  );
  return row?.display_name ?? null;
}
