import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { NoticeKind, QuestionKind } from '@cunzhi/core/disclosure/kinds';
import type { PhotoType } from '@cunzhi/core/disclosure/photo';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { assistedBySql } from '../assistance/marks.ts';

/** A board posting without its photo's bytes (read those only to send them). */
export interface PostingRow {
  id: string;
  notice_id: string;
  place: string;
  posted_on: CalendarDate;
  taken_down_on: CalendarDate | null;
  photo_type: PhotoType;
  photo_bytes: number;
  photo_sha256: string;
  recorded_by_name: string;
}

const POSTING_SELECT = `SELECT b.id, b.notice_id, b.place, b.posted_on, b.taken_down_on, b.photo_type,
    b.photo_bytes, b.photo_sha256, a.display_name AS recorded_by_name
  FROM board_posting b JOIN account a ON a.id = b.recorded_by`;

export async function insertPosting(
  tx: Tx,
  villageId: string,
  p: {
    id: string;
    noticeId: string;
    place: string;
    postedOn: CalendarDate;
    takenDownOn: CalendarDate | null;
    photo: Uint8Array;
    photoType: PhotoType;
    sha256: string;
    recordedBy: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO board_posting (village_id, id, notice_id, place, posted_on, taken_down_on, photo, photo_type,
       photo_bytes, photo_sha256, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      villageId,
      p.id,
      p.noticeId,
      p.place,
      p.postedOn,
      p.takenDownOn,
      p.photo,
      p.photoType,
      p.photo.length,
      p.sha256,
      p.recordedBy,
    ],
  );
}

export async function findPosting(
  db: Queryable,
  villageId: string,
  postingId: string,
  options: { forUpdate?: boolean } = {},
): Promise<PostingRow | null> {
  const lock = options.forUpdate ? ' FOR UPDATE OF b' : '';
  const [row] = await db.query<PostingRow>(
    `${POSTING_SELECT} WHERE b.village_id = $1 AND b.id = $2${lock}`,
    [villageId, postingId],
  );
  return row ?? null;
}

export async function setPostingTakenDown(
  tx: Tx,
  villageId: string,
  postingId: string,
  takenDownOn: CalendarDate,
): Promise<void> {
  await tx.query('UPDATE board_posting SET taken_down_on = $3 WHERE village_id = $1 AND id = $2', [
    villageId,
    postingId,
    takenDownOn,
  ]);
}

export async function findPostingPhoto(
  db: Queryable,
  villageId: string,
  postingId: string,
): Promise<{ photo: Uint8Array; photo_type: PhotoType; photo_sha256: string } | null> {
  const [row] = await db.query<{ photo: Uint8Array; photo_type: PhotoType; photo_sha256: string }>(
    'SELECT photo, photo_type, photo_sha256 FROM board_posting WHERE village_id = $1 AND id = $2',
    [villageId, postingId],
  );
  return row ?? null;
}

export async function listPostings(
  db: Queryable,
  villageId: string,
  noticeIds: readonly string[],
): Promise<PostingRow[]> {
  if (noticeIds.length === 0) return [];
  return db.query<PostingRow>(
    `${POSTING_SELECT} WHERE b.village_id = $1 AND b.notice_id = ANY($2::uuid[])
     ORDER BY b.posted_on, b.recorded_at`,
    [villageId, noticeIds],
  );
}

/**
 * When the village's records here began: the first event of its audit chain (its creation),
 * and the first notice it entered (earlier notices recorded afterwards count from their day).
 */
export async function recordsBegan(
  db: Queryable,
  villageId: string,
): Promise<{ chainStartedAt: Date | null; firstNoticeOn: CalendarDate | null }> {
  const [row] = await db.query<{ started: string | Date | null; first: CalendarDate | null }>(
    `SELECT (SELECT occurred_at FROM audit_event WHERE chain_id = $1 AND seq = 1) AS started,
       (SELECT min(published_on) FROM notice WHERE village_id = $1) AS first`,
    [villageId],
  );
  return {
    chainStartedAt: row?.started ? new Date(row.started) : null,
    firstNoticeOn: row?.first ?? null,
  };
}

/** A notice as the disclosure rules read it. */
export interface DisclosureNoticeRow {
  id: string;
  kind: NoticeKind;
  title: string;
  published_on: CalendarDate;
  period_ends_on: CalendarDate | null;
}

const NOTICE_COLUMNS = 'n.id, n.kind, n.title, n.published_on, n.period_ends_on';

export async function findDisclosureNotice(
  db: Queryable,
  villageId: string,
  noticeId: string,
): Promise<DisclosureNoticeRow | null> {
  const [row] = await db.query<DisclosureNoticeRow>(
    `SELECT ${NOTICE_COLUMNS} FROM notice n WHERE n.village_id = $1 AND n.id = $2`,
    [villageId, noticeId],
  );
  return row ?? null;
}

/** The notices published between two days (the calendar's year). */
export async function listNoticesBetween(
  db: Queryable,
  villageId: string,
  from: CalendarDate,
  to: CalendarDate,
): Promise<DisclosureNoticeRow[]> {
  return db.query<DisclosureNoticeRow>(
    `SELECT ${NOTICE_COLUMNS} FROM notice n
     WHERE n.village_id = $1 AND n.published_on BETWEEN $2 AND $3
     ORDER BY n.published_on, n.created_at`,
    [villageId, from, to],
  );
}

export interface QuestionRow {
  id: string;
  notice_id: string;
  kind: QuestionKind;
  text: string;
  asker_person_id: string;
  asker_name: string;
  /** Null when the villager asked by a phone code: no account entered it. */
  entered_by: string | null;
  on_behalf: boolean;
  asked_on: CalendarDate;
  answer_due_on: CalendarDate;
  answer: string | null;
  answered_on: CalendarDate | null;
  notice_kind: NoticeKind;
  notice_title: string;
  /** Asked for the villager by 代办: the agent's name. */
  assisted_by: string | null;
}

const QUESTION_SELECT = `SELECT q.id, q.notice_id, q.kind, q.text, q.asker_person_id, p.name AS asker_name,
    q.entered_by, q.on_behalf, q.asked_on, q.answer_due_on, q.answer, q.answered_on,
    n.kind AS notice_kind, n.title AS notice_title,
    ${assistedBySql('question', 'q.village_id', 'q.id', 'q.asker_person_id')} AS assisted_by
  FROM notice_question q
  JOIN person p ON p.village_id = q.village_id AND p.id = q.asker_person_id
  JOIN notice n ON n.village_id = q.village_id AND n.id = q.notice_id`;

export async function insertQuestion(
  tx: Tx,
  villageId: string,
  q: {
    id: string;
    noticeId: string;
    kind: QuestionKind;
    text: string;
    askerPersonId: string;
    enteredBy: string | null;
    onBehalf: boolean;
    askedOn: CalendarDate;
    answerDueOn: CalendarDate;
    profile: { id: string; version: string };
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO notice_question (village_id, id, notice_id, kind, text, asker_person_id, entered_by, on_behalf,
       asked_on, answer_due_on, profile_id, profile_version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      villageId,
      q.id,
      q.noticeId,
      q.kind,
      q.text,
      q.askerPersonId,
      q.enteredBy,
      q.onBehalf,
      q.askedOn,
      q.answerDueOn,
      q.profile.id,
      q.profile.version,
    ],
  );
}

export async function findQuestion(
  db: Queryable,
  villageId: string,
  questionId: string,
  options: { forUpdate?: boolean } = {},
): Promise<QuestionRow | null> {
  const lock = options.forUpdate ? ' FOR UPDATE OF q' : '';
  const [row] = await db.query<QuestionRow>(
    `${QUESTION_SELECT} WHERE q.village_id = $1 AND q.id = $2${lock}`,
    [villageId, questionId],
  );
  return row ?? null;
}

export async function setAnswer(
  tx: Tx,
  villageId: string,
  questionId: string,
  a: { answer: string; answeredOn: CalendarDate; answeredBy: string },
): Promise<void> {
  await tx.query(
    `UPDATE notice_question SET answer = $3, answered_on = $4, answered_by = $5
     WHERE village_id = $1 AND id = $2`,
    [villageId, questionId, a.answer, a.answeredOn, a.answeredBy],
  );
}

export async function listQuestions(
  db: Queryable,
  villageId: string,
  filter: { noticeId?: string; unansweredOnly?: boolean } = {},
): Promise<QuestionRow[]> {
  return db.query<QuestionRow>(
    `${QUESTION_SELECT} WHERE q.village_id = $1 AND ($2::uuid IS NULL OR q.notice_id = $2)
       AND (NOT $3 OR q.answered_on IS NULL)
     ORDER BY q.asked_on DESC, q.created_at DESC`,
    [villageId, filter.noticeId ?? null, filter.unansweredOnly ?? false],
  );
}

/** Unanswered questions and those of them past their day (the town's counts). */
export async function countUnanswered(
  db: Queryable,
  villageId: string,
  today: CalendarDate,
): Promise<{ unanswered: number; overdue: number }> {
  const [row] = await db.query<{ unanswered: number; overdue: number }>(
    `SELECT count(*)::int AS unanswered, count(*) FILTER (WHERE answer_due_on < $2)::int AS overdue
     FROM notice_question WHERE village_id = $1 AND answered_on IS NULL`,
    [villageId, today],
  );
  return row ?? { unanswered: 0, overdue: 0 };
}

// ---------------------------------------------------------------- one-time codes by SMS

/**
 * The registered person of the village with this mobile number and name, if any (a household
 * often shares one number: the name tells its members apart). Lowest id first when two match.
 */
export async function findAskerByPhone(
  db: Queryable,
  villageId: string,
  phone: string,
  name: string,
): Promise<string | null> {
  const [row] = await db.query<{ id: string }>(
    `SELECT id FROM person WHERE village_id = $1 AND phone = $2 AND name = $3 ORDER BY id LIMIT 1`,
    [villageId, phone, name],
  );
  return row?.id ?? null;
}

/** Serialises code requests for one number, so simultaneous requests count each other. */
export async function lockCodeSends(tx: Tx, phoneHash: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`question_code:${phoneHash}`]);
}

interface Sends {
  count: number;
  oldest: Date | null;
}

/** Codes sent since a moment to this number and to this address, in every village. */
export async function recentCodeSends(
  tx: Tx,
  keys: { phoneHash: string; addressHash: string },
  since: Date,
): Promise<{ phone: Sends; address: Sends }> {
  const [row] = await tx.query<{ phone: Sends; address: Sends }>(
    `SELECT
       (SELECT json_build_object('count', count(*), 'oldest', min(sent_at)) FROM question_code
         WHERE phone_hash = $1 AND sent_at > $3) AS phone,
       (SELECT json_build_object('count', count(*), 'oldest', min(sent_at)) FROM question_code
         WHERE address_hash = $2 AND sent_at > $3) AS address`,
    [keys.phoneHash, keys.addressHash, since],
  );
  // json_build_object gives the times as text
  const read = (s: Sends | undefined): Sends => ({
    count: Number(s?.count ?? 0),
    oldest: s?.oldest ? new Date(s.oldest) : null,
  });
  return { phone: read(row?.phone), address: read(row?.address) };
}

export async function insertQuestionCode(
  tx: Tx,
  villageId: string,
  c: {
    id: string;
    noticeId: string;
    personId: string | null;
    phoneHash: string;
    addressHash: string;
    codeHash: string;
    sentAt: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO question_code (village_id, id, notice_id, person_id, phone_hash, address_hash, code_hash,
       sent_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      villageId,
      c.id,
      c.noticeId,
      c.personId,
      c.phoneHash,
      c.addressHash,
      c.codeHash,
      c.sentAt,
      c.expiresAt,
    ],
  );
}

/** Codes sent before a moment are forgotten (the limits look back an hour). */
export async function pruneQuestionCodes(tx: Tx, before: Date): Promise<void> {
  await tx.query('DELETE FROM question_code WHERE sent_at < $1', [before]);
}

export interface QuestionCodeRow {
  person_id: string | null;
  code_hash: string;
  attempts: number;
  expires_at: Date;
  used_at: Date | null;
}

const CODE_COLUMNS = 'person_id, code_hash, attempts, expires_at, used_at';

/**
 * Counts a try at a code of this notice before it is compared, and returns the code: only while
 * it is unspent, unexpired and has tries left. Counting first, in one statement, keeps
 * simultaneous guesses within the limit. Null when it may not be tried (see findQuestionCode).
 */
export async function tryQuestionCode(
  db: Queryable,
  villageId: string,
  code: { id: string; noticeId: string },
  now: Date,
  maxAttempts: number,
): Promise<QuestionCodeRow | null> {
  const [row] = await db.query<QuestionCodeRow>(
    `UPDATE question_code SET attempts = attempts + 1
     WHERE village_id = $1 AND id = $2 AND notice_id = $3
       AND used_at IS NULL AND expires_at > $4 AND attempts < $5
     RETURNING ${CODE_COLUMNS}`,
    [villageId, code.id, code.noticeId, now, maxAttempts],
  );
  return row ?? null;
}

export async function findQuestionCode(
  db: Queryable,
  villageId: string,
  code: { id: string; noticeId: string },
): Promise<QuestionCodeRow | null> {
  const [row] = await db.query<QuestionCodeRow>(
    `SELECT ${CODE_COLUMNS} FROM question_code WHERE village_id = $1 AND id = $2 AND notice_id = $3`,
    [villageId, code.id, code.noticeId],
  );
  return row ?? null;
}

/** Spends a code (single use); false when it was spent already. */
export async function spendQuestionCode(
  tx: Tx,
  villageId: string,
  id: string,
  now: Date,
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE question_code SET used_at = $3 WHERE village_id = $1 AND id = $2 AND used_at IS NULL
     RETURNING id`,
    [villageId, id, now],
  );
  return rows.length > 0;
}
