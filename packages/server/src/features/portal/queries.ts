import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { questionWindow } from '@cunzhi/core/disclosure/questions';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import type { Queryable } from '../../platform/db/database.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { isUuid } from '../../platform/http/access.ts';
import { auditHeadOf, listCheckpoints } from '../../platform/audit/repository.ts';
import { CHECKPOINT_DAYS, publishedCheckpoints } from '../../platform/audit/checkpoints.ts';
import { loadVillageProfile } from '../../platform/rules/villageProfile.ts';

/*
 * The portal's reads. Only what a village has published: notices published on
 * or before today, the names of those serving in its bodies today with a phone
 * only where a notice printed it as the contact, and its audit chain's heads.
 * No statement here selects an ID number, a birth date, a household or an
 * address; a person's phone is never read from the registry.
 */

export interface PortalVillage {
  id: string;
  code: string;
  name: string;
  kind: 'village' | 'community';
  town_name: string;
  county_name: string;
}

/** A village by its statistical code (the portal's addresses) or by its id (QR codes printed by the app). */
export async function findPortalVillage(db: Queryable, key: string): Promise<PortalVillage | null> {
  if (key.length > 64) return null;
  const [row] = await db.query<PortalVillage>(
    `SELECT v.id, v.code, v.name, v.kind, t.name AS town_name, c.name AS county_name
       FROM village v JOIN town t ON t.id = v.town_id JOIN county c ON c.id = t.county_id
      WHERE ${isUuid(key) ? 'v.id = $1::uuid' : 'v.code = $1'}`,
    [key],
  );
  return row ?? null;
}

/** A published notice as a list shows it, with what decides whether it still stands. */
export interface PortalNoticeRow {
  id: string;
  kind: string;
  title: string;
  published_on: CalendarDate;
  period_ends_on: CalendarDate | null;
  created_at: Date;
  resolution_id: string | null;
  revoked: boolean;
  revoked_on: CalendarDate | null;
  invalid_reason: string | null;
  meeting_cancelled: boolean;
}

const NOTICE_COLUMNS = `n.id, n.kind, n.title, n.published_on, n.period_ends_on, n.created_at, n.resolution_id,
    (r.revoked_by IS NOT NULL) AS revoked, r.revoked_on, rm.invalid_reason,
    (n.kind = 'meeting' AND coalesce(nm.status = 'cancelled', false)) AS meeting_cancelled`;

const NOTICE_JOINS = `FROM notice n
    LEFT JOIN resolution r ON r.village_id = n.village_id AND r.id = n.resolution_id
    LEFT JOIN meeting rm ON rm.village_id = r.village_id AND rm.id = r.meeting_id
    LEFT JOIN meeting nm ON nm.village_id = n.village_id AND nm.id = n.meeting_id`;

const PUBLISHED = 'n.village_id = $1 AND n.published_on <= $2::date';

/** The newest `perKind` published notices of every kind, and how many each kind has. */
export async function latestByKind(
  db: Queryable,
  villageId: string,
  today: CalendarDate,
  perKind: number,
): Promise<Array<PortalNoticeRow & { kind_total: number }>> {
  return db.query(
    `SELECT * FROM (
       SELECT ${NOTICE_COLUMNS},
         row_number() OVER (PARTITION BY n.kind ORDER BY n.published_on DESC, n.created_at DESC, n.id) AS rank,
         count(*) OVER (PARTITION BY n.kind)::int AS kind_total
       ${NOTICE_JOINS} WHERE ${PUBLISHED}) ranked
     WHERE rank <= $3 ORDER BY published_on DESC, created_at DESC, id`,
    [villageId, today, perKind],
  );
}

/** `%`, `_` and `\` typed by a reader are searched for as themselves. */
const likeTerm = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface NoticeFilter {
  kind?: string;
  /** Every term appears in the title or the text. */
  terms?: string[];
  limit: number;
  offset: number;
}

/** One page of published notices, newest first, and how many match in all. */
export async function publishedNotices(
  db: Queryable,
  villageId: string,
  today: CalendarDate,
  filter: NoticeFilter,
): Promise<{ rows: Array<PortalNoticeRow & { excerpt: string }>; total: number }> {
  const terms = (filter.terms ?? []).map(likeTerm);
  const where = `${PUBLISHED} AND ($3::text IS NULL OR n.kind = $3)
    AND (SELECT bool_and(n.title ILIKE t OR n.body ILIKE t) FROM unnest($4::text[]) AS t) IS NOT FALSE`;
  const params = [villageId, today, filter.kind ?? null, terms];
  const [rows, [count]] = await Promise.all([
    db.query<PortalNoticeRow & { excerpt: string }>(
      `SELECT ${NOTICE_COLUMNS}, left(n.body, 120) AS excerpt ${NOTICE_JOINS} WHERE ${where}
        ORDER BY n.published_on DESC, n.created_at DESC, n.id
        LIMIT ${Math.trunc(filter.limit)} OFFSET ${Math.trunc(filter.offset)}`,
      params,
    ),
    db.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM notice n WHERE ${where}`,
      params,
    ),
  ]);
  return { rows, total: count?.total ?? 0 };
}

/** A published notice in full, for its page and the feed. */
export interface PortalNoticeDetail extends PortalNoticeRow {
  body: string;
  meeting_id: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  resolution_year: number | null;
  resolution_number: number | null;
  resolution_meeting_kind: MeetingKind | null;
}

const DETAIL_COLUMNS = `${NOTICE_COLUMNS}, n.body, n.meeting_id, n.contact_name, n.contact_phone,
    r.year AS resolution_year, r.number AS resolution_number, rm.kind AS resolution_meeting_kind`;

/**
 * The audit record that published a notice, in the same statement: a meeting's notice is
 * published by convening the meeting; any other notice by the first event that names it.
 */
const PUBLISHING_RECORD = `(SELECT json_build_object('seq', e.seq, 'hash', e.hash::text) FROM audit_event e
    WHERE e.chain_id = n.village_id
      AND e.target_type = CASE WHEN n.kind = 'meeting' AND n.meeting_id IS NOT NULL THEN 'meeting' ELSE 'notice' END
      AND e.target_id = CASE WHEN n.kind = 'meeting' AND n.meeting_id IS NOT NULL THEN n.meeting_id::text ELSE n.id::text END
      AND (e.action = 'meeting.convened' OR NOT (n.kind = 'meeting' AND n.meeting_id IS NOT NULL))
    ORDER BY e.seq LIMIT 1) AS record`;

/** The answered questions and objections on the notice, oldest first, without who asked. */
const ANSWERED_QUESTIONS = `(SELECT coalesce(json_agg(json_build_object('kind', q.kind, 'text', q.text,
      'asked_on', q.asked_on, 'answer', q.answer, 'answered_on', q.answered_on)
      ORDER BY q.asked_on, q.created_at, q.id), '[]')
    FROM notice_question q
    WHERE q.village_id = n.village_id AND q.notice_id = n.id
      AND q.answered_on IS NOT NULL AND q.answered_on <= $2::date) AS questions`;

/** Villagers' questions and objections on a notice that the committee has answered: never who asked. */
export interface AnsweredQuestionRow {
  kind: string;
  text: string;
  asked_on: CalendarDate;
  answer: string;
  answered_on: CalendarDate;
}

type NoticeWithRecord = PortalNoticeDetail & {
  record: { seq: number; hash: string } | null;
  questions: AnsweredQuestionRow[];
};

/** A published notice in full, with the audit record that published it and its answered questions. */
export async function publishedNotice(
  db: Queryable,
  villageId: string,
  noticeId: string,
  today: CalendarDate,
): Promise<NoticeWithRecord | null> {
  if (!isUuid(noticeId)) return null;
  const [row] = await db.query<NoticeWithRecord>(
    `SELECT ${DETAIL_COLUMNS}, ${PUBLISHING_RECORD}, ${ANSWERED_QUESTIONS}
       ${NOTICE_JOINS} WHERE ${PUBLISHED} AND n.id = $3::uuid`,
    [villageId, today, noticeId],
  );
  return row ?? null;
}

/** The newest published notices in full, for the Atom feed. */
export async function feedNotices(
  db: Queryable,
  villageId: string,
  today: CalendarDate,
  limit: number,
): Promise<PortalNoticeDetail[]> {
  return db.query<PortalNoticeDetail>(
    `SELECT ${DETAIL_COLUMNS} ${NOTICE_JOINS} WHERE ${PUBLISHED}
      ORDER BY n.published_on DESC, n.created_at DESC, n.id LIMIT ${Math.trunc(limit)}`,
    [villageId, today],
  );
}

/**
 * The newest published notice about a resolution or a meeting (what the QR
 * code on a printed resolution or meeting notice leads to), or null.
 */
export async function noticeAbout(
  db: Queryable,
  villageId: string,
  about: { resolutionId: string } | { meetingId: string },
  today: CalendarDate,
): Promise<string | null> {
  const [column, id] =
    'resolutionId' in about
      ? ['resolution_id', about.resolutionId]
      : ['meeting_id', about.meetingId];
  if (!isUuid(id)) return null;
  const [row] = await db.query<{ id: string }>(
    `SELECT n.id FROM notice n WHERE ${PUBLISHED} AND n.${column} = $3::uuid
      ORDER BY (n.kind = 'resolution' OR n.kind = 'meeting') DESC, n.published_on DESC, n.created_at DESC LIMIT 1`,
    [villageId, today, id],
  );
  return row?.id ?? null;
}

/** Who serves today: body, role and name, and the phone a published notice gave for that name. */
export interface OfficeHolderRow {
  body_id: string;
  body_kind: string;
  body_name: string;
  role: string;
  name: string;
  published_phone: string | null;
}

export async function officeHolders(
  db: Queryable,
  villageId: string,
  today: CalendarDate,
): Promise<OfficeHolderRow[]> {
  return db.query<OfficeHolderRow>(
    `SELECT b.id AS body_id, b.kind AS body_kind, b.name AS body_name, m.role, p.name,
       (SELECT n.contact_phone FROM notice n
         WHERE ${PUBLISHED} AND n.contact_name = p.name AND n.contact_phone IS NOT NULL
         ORDER BY n.published_on DESC, n.created_at DESC LIMIT 1) AS published_phone
     FROM body_membership m
     JOIN body_term t ON t.village_id = m.village_id AND t.id = m.term_id
     JOIN body b ON b.village_id = m.village_id AND b.id = m.body_id
     JOIN person p ON p.village_id = m.village_id AND p.id = m.person_id
     WHERE m.village_id = $1 AND b.kind <> 'villagersAssembly'
       AND t.starts_on <= $2::date AND $2::date <= t.ends_on
       AND m.starts_on <= $2::date AND (m.ended_on IS NULL OR $2::date < m.ended_on)
     ORDER BY b.name, m.starts_on, p.name`,
    [villageId, today],
  );
}

/* Read models: what each page needs, gathered (the routes call these; they do not touch the database). */

type Reader = Pick<AppContext, 'db'>;

/** How many notices of each kind the home page lists. */
export const HOME_PER_KIND = 5;
/** How many published heads the home page lists (the chain page lists CHECKPOINT_DAYS). */
export const HOME_CHECKPOINTS = 7;

export async function homeData({ db }: Reader, villageId: string, today: CalendarDate) {
  const [notices, holders, head, checkpoints] = await Promise.all([
    latestByKind(db, villageId, today, HOME_PER_KIND),
    officeHolders(db, villageId, today),
    auditHeadOf(db, villageId),
    listCheckpoints(db, villageId, HOME_CHECKPOINTS),
  ]);
  return { notices, holders, head, checkpoints };
}

/** The chain page: today's head published now if the daily timer has not yet, and 90 days of heads. */
export async function chainData(ctx: Pick<AppContext, 'db' | 'clock'>, villageId: string) {
  const checkpoints = await publishedCheckpoints(ctx, villageId, CHECKPOINT_DAYS);
  return { head: await auditHeadOf(ctx.db, villageId), checkpoints };
}

export async function noticeData(
  { db }: Reader,
  villageId: string,
  noticeId: string,
  today: CalendarDate,
) {
  const notice = await publishedNotice(db, villageId, noticeId, today);
  return notice ? { notice, record: notice.record, questions: notice.questions } : null;
}

/** When questions may be asked on a notice: its publicity period, by the village's profile today. */
export async function questionWindowOf(
  { db }: Reader,
  villageId: string,
  notice: Pick<PortalNoticeRow, 'published_on' | 'period_ends_on'>,
  today: CalendarDate,
) {
  const { profile } = await loadVillageProfile(db, villageId, today);
  return questionWindow(
    { publishedOn: notice.published_on, periodEndsOn: notice.period_ends_on },
    profile.params,
  );
}

export const findVillageByKey = ({ db }: Reader, key: string) => findPortalVillage(db, key);

export const noticeList = (
  { db }: Reader,
  villageId: string,
  today: CalendarDate,
  filter: NoticeFilter,
) => publishedNotices(db, villageId, today, filter);

export const feedData = ({ db }: Reader, villageId: string, today: CalendarDate, limit: number) =>
  feedNotices(db, villageId, today, limit);

export const noticeIdAbout = (
  { db }: Reader,
  villageId: string,
  about: { resolutionId: string } | { meetingId: string },
  today: CalendarDate,
) => noticeAbout(db, villageId, about, today);

/*
 * The ledger's published months (财务公开, the finance capability's tables): a voucher, its lines
 * and its receipts are public once the statement of its month is published as a notice whose day
 * has come — as the statement says, each line with its purpose and counterparty.
 */

export interface PublicVoucherLine {
  voucher_id: string;
  number: string;
  on_date: CalendarDate;
  summary: string;
  line_no: number;
  account_code: string;
  debit_fen: number;
  credit_fen: number;
  counterparty: string | null;
  receipts: number;
}

/** The month a published finance statement notice covers, or null. */
export async function statementMonthOf(
  db: Queryable,
  villageId: string,
  noticeId: string,
): Promise<{ year: number; month: number } | null> {
  const [row] = await db.query<{ year: number; month: number }>(
    'SELECT year, month FROM finance_statement WHERE village_id = $1 AND notice_id = $2::uuid',
    [villageId, noticeId],
  );
  return row ?? null;
}

const VOUCHER_LINE_COLUMNS = `v.id AS voucher_id, v.number, v.on_date, v.summary, l.line_no, l.account_code,
    l.debit_fen, l.credit_fen, l.counterparty,
    (SELECT count(*)::int FROM finance_receipt r WHERE r.village_id = v.village_id AND r.voucher_id = v.id) AS receipts
  FROM finance_voucher v
  JOIN finance_voucher_line l ON l.village_id = v.village_id AND l.voucher_id = v.id`;

/** Every voucher line of a month, in the order of the vouchers' numbers. */
export async function vouchersOfMonth(
  db: Queryable,
  villageId: string,
  month: { year: number; month: number },
): Promise<PublicVoucherLine[]> {
  return db.query<PublicVoucherLine>(
    `SELECT ${VOUCHER_LINE_COLUMNS}
      WHERE v.village_id = $1 AND v.on_date >= make_date($2::int, $3::int, 1)
        AND v.on_date < make_date($2::int, $3::int, 1) + interval '1 month'
      ORDER BY v.on_date, v.number, l.line_no`,
    [villageId, month.year, month.month],
  );
}

/** The published statement notice whose month holds the voucher (the voucher is public through it). */
const VOUCHER_PUBLISHED = `EXISTS (SELECT 1 FROM finance_statement s
    JOIN notice n ON n.village_id = s.village_id AND n.id = s.notice_id
   WHERE s.village_id = v.village_id AND n.published_on <= $3::date
     AND s.year = extract(year FROM v.on_date) AND s.month = extract(month FROM v.on_date))`;

export interface PublicReceipt {
  id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
}

export async function publishedVoucher(
  db: Queryable,
  villageId: string,
  voucherId: string,
  today: CalendarDate,
): Promise<{
  lines: PublicVoucherLine[];
  receipts: PublicReceipt[];
  noticeId: string | null;
} | null> {
  if (!isUuid(voucherId)) return null;
  const lines = await db.query<PublicVoucherLine>(
    `SELECT ${VOUCHER_LINE_COLUMNS}
      WHERE v.village_id = $1 AND v.id = $2::uuid AND ${VOUCHER_PUBLISHED} ORDER BY l.line_no`,
    [villageId, voucherId, today],
  );
  if (lines.length === 0) return null;
  const [receipts, [statement]] = await Promise.all([
    db.query<PublicReceipt>(
      `SELECT id, file_name, media_type, size_bytes, sha256 FROM finance_receipt
        WHERE village_id = $1 AND voucher_id = $2::uuid ORDER BY uploaded_at, id`,
      [villageId, voucherId],
    ),
    db.query<{ notice_id: string }>(
      `SELECT s.notice_id FROM finance_voucher v JOIN finance_statement s ON s.village_id = v.village_id
         AND s.year = extract(year FROM v.on_date) AND s.month = extract(month FROM v.on_date)
        WHERE v.village_id = $1 AND v.id = $2::uuid`,
      [villageId, voucherId],
    ),
  ]);
  return { lines, receipts, noticeId: statement?.notice_id ?? null };
}

/** A receipt's file, when its voucher is public. */
export async function publishedReceipt(
  db: Queryable,
  villageId: string,
  ids: { voucherId: string; receiptId: string },
  today: CalendarDate,
): Promise<{ file_name: string; media_type: string; bytes: Uint8Array } | null> {
  if (!isUuid(ids.voucherId) || !isUuid(ids.receiptId)) return null;
  const [row] = await db.query<{ file_name: string; media_type: string; bytes: Uint8Array }>(
    `SELECT r.file_name, r.media_type, r.bytes FROM finance_receipt r
       JOIN finance_voucher v ON v.village_id = r.village_id AND v.id = r.voucher_id
      WHERE r.village_id = $1 AND r.voucher_id = $2::uuid AND r.id = $4::uuid AND ${VOUCHER_PUBLISHED}`,
    [villageId, ids.voucherId, today, ids.receiptId],
  );
  return row ?? null;
}

export async function statementData({ db }: Reader, villageId: string, noticeId: string) {
  const month = await statementMonthOf(db, villageId, noticeId);
  return month ? { month, lines: await vouchersOfMonth(db, villageId, month) } : null;
}

export const voucherData = (
  { db }: Reader,
  villageId: string,
  voucherId: string,
  today: CalendarDate,
) => publishedVoucher(db, villageId, voucherId, today);

export const receiptFile = (
  { db }: Reader,
  villageId: string,
  ids: { voucherId: string; receiptId: string },
  today: CalendarDate,
) => publishedReceipt(db, villageId, ids, today);
