import { ymd, type CalendarDate } from '@cunzhi/core/calendarDate';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import type { StoredEvent } from '../../platform/audit/repository.ts';
import type { Queryable } from '../../platform/db/database.ts';

/**
 * The archive as an index over the records where they already are (no copy): closed
 * meetings, resolutions, closed months of the books, published statements, published
 * audits, published supervision reports, and the documents filed by hand. The SQL of the
 * index, of what each item's export holds, and of the audit events that prove it.
 */

export interface MeetingRecordRow {
  id: string;
  kind: MeetingKind;
  title: string;
  meeting_on: CalendarDate;
  place: string;
  closed_on: CalendarDate;
  minutes: string;
  motions: Array<{
    number: number;
    title: string;
    voting: string;
    yes: number | null;
    no: number | null;
    abstain: number | null;
    passed: boolean | null;
  }>;
}

const yearOf = (column: string) =>
  `${column} >= make_date($2, 1, 1) AND ${column} < make_date($2 + 1, 1, 1)`;

/** Closed meetings of the year, with their minutes and the results of their motions. */
export async function closedMeetings(
  db: Queryable,
  villageId: string,
  year: number,
): Promise<MeetingRecordRow[]> {
  return db.query<MeetingRecordRow>(
    `SELECT m.id, m.kind, m.title, m.meeting_on::text AS meeting_on, m.place,
       (m.closed_at AT TIME ZONE 'Asia/Shanghai')::date::text AS closed_on, m.minutes,
       coalesce((SELECT json_agg(json_build_object('number', x.number, 'title', x.title, 'voting', x.voting,
           'yes', x.yes, 'no', x.no, 'abstain', x.abstain, 'passed', x.passed) ORDER BY x.number)
         FROM motion x WHERE x.village_id = m.village_id AND x.meeting_id = m.id AND x.status = 'closed'), '[]'::json) AS motions
     FROM meeting m
     WHERE m.village_id = $1 AND m.status = 'closed' AND ${yearOf('m.meeting_on')}
     ORDER BY m.meeting_on, m.title`,
    [villageId, year],
  );
}

export interface ResolutionRecordRow {
  id: string;
  year: number;
  number: number;
  meeting_kind: MeetingKind;
  title: string;
  body: string;
  adopted_on: CalendarDate;
  revoked_on: CalendarDate | null;
  decision: unknown;
}

export async function resolutionsOfYear(
  db: Queryable,
  villageId: string,
  year: number,
): Promise<ResolutionRecordRow[]> {
  return db.query<ResolutionRecordRow>(
    `SELECT r.id, r.year, r.number, m.kind AS meeting_kind, r.title, r.body, r.adopted_on::text AS adopted_on,
       r.revoked_on::text AS revoked_on, r.decision
     FROM resolution r JOIN meeting m ON m.village_id = r.village_id AND m.id = r.meeting_id
     WHERE r.village_id = $1 AND ${yearOf('r.adopted_on')} ORDER BY r.number`,
    [villageId, year],
  );
}

export interface BooksMonthRow {
  month: number;
  closed_on: CalendarDate;
  vouchers: number;
}

/** The months of the year whose books are closed (结账), with how many vouchers each holds. */
export async function closedMonths(
  db: Queryable,
  villageId: string,
  year: number,
): Promise<BooksMonthRow[]> {
  return db.query<BooksMonthRow>(
    `SELECT p.month, (p.closed_at AT TIME ZONE 'Asia/Shanghai')::date::text AS closed_on,
       (SELECT count(*)::int FROM finance_voucher v WHERE v.village_id = p.village_id
          AND v.on_date >= make_date(p.year, p.month, 1)
          AND v.on_date < make_date(p.year, p.month, 1) + interval '1 month') AS vouchers
     FROM finance_period p WHERE p.village_id = $1 AND p.year = $2 AND p.closed ORDER BY p.month`,
    [villageId, year],
  );
}

export interface VoucherRow {
  number: string;
  on_date: CalendarDate;
  summary: string;
  debit_fen: string;
}

/** The vouchers of a month, for the month's volume in the export. */
export async function vouchersOfMonth(
  db: Queryable,
  villageId: string,
  year: number,
  month: number,
): Promise<VoucherRow[]> {
  return db.query<VoucherRow>(
    `SELECT v.number, v.on_date::text AS on_date, v.summary,
       (SELECT coalesce(sum(l.debit_fen), 0)::text FROM finance_voucher_line l
         WHERE l.village_id = v.village_id AND l.voucher_id = v.id) AS debit_fen
     FROM finance_voucher v
     WHERE v.village_id = $1 AND v.on_date >= make_date($2, $3, 1)
       AND v.on_date < make_date($2, $3, 1) + interval '1 month'
     ORDER BY v.number`,
    [villageId, year, month],
  );
}

export interface StatementRow {
  month: number;
  published_on: CalendarDate;
  notice_id: string;
  review_opinion: string;
  totals: unknown;
}

export async function publishedStatements(
  db: Queryable,
  villageId: string,
  year: number,
): Promise<StatementRow[]> {
  return db.query<StatementRow>(
    `SELECT month, (published_at AT TIME ZONE 'Asia/Shanghai')::date::text AS published_on, notice_id,
       review_opinion, totals
     FROM finance_statement WHERE village_id = $1 AND year = $2 AND published_at IS NOT NULL ORDER BY month`,
    [villageId, year],
  );
}

export interface ReportRow {
  id: string;
  number: number;
  title: string;
  body: string;
  published_on: CalendarDate;
}

/**
 * Published supervision reports (features/supervision's table), once that table exists: the
 * archive reads it where it is, like every other record. Null: not there (yet).
 */
export async function publishedReports(
  db: Queryable,
  villageId: string,
  year: number,
): Promise<ReportRow[] | null> {
  const [t] = await db.query<{ present: boolean }>(
    `SELECT to_regclass('supervision_report') IS NOT NULL AS present`,
  );
  if (!t?.present) return null;
  return db.query<ReportRow>(
    `SELECT id, number, title, body, published_on::text AS published_on FROM supervision_report
     WHERE village_id = $1 AND status = 'published' AND published_on IS NOT NULL AND ${yearOf('published_on')}
     ORDER BY number`,
    [villageId, year],
  );
}

/** An event as the chain stores it, with its chain: what an item's proof shows. */
export type ProofEventRow = StoredEvent & { chain_id: string };

/** The chain's events on some targets (type, id), oldest first. */
export async function eventsOn(
  db: Queryable,
  villageId: string,
  targets: ReadonlyArray<{ type: string; id: string }>,
): Promise<ProofEventRow[]> {
  if (targets.length === 0) return [];
  return db.query<ProofEventRow>(
    `SELECT e.chain_id, e.seq::int AS seq, e.actor_account_id, e.action, e.target_type, e.target_id, e.data,
       e.occurred_at, e.prev_hash::text AS prev_hash, e.hash::text AS hash
     FROM audit_event e
     JOIN unnest($2::text[], $3::text[]) AS t (type, id) ON e.target_type = t.type AND e.target_id = t.id
     WHERE e.chain_id = $1 ORDER BY e.seq`,
    [villageId, targets.map((t) => t.type), targets.map((t) => t.id)],
  );
}

/** Years that hold any record or filed document (this year is added by the caller). */
export async function archiveYears(db: Queryable, villageId: string): Promise<number[]> {
  const rows = await db.query<{ year: number }>(
    `SELECT DISTINCT y::int AS year FROM (
       SELECT extract(year FROM meeting_on) AS y FROM meeting WHERE village_id = $1 AND status = 'closed'
       UNION SELECT year FROM finance_period WHERE village_id = $1 AND closed
       UNION SELECT extract(year FROM document_on) FROM archive_item WHERE village_id = $1
       UNION SELECT extract(year FROM published_on) FROM responsibility_audit WHERE village_id = $1 AND published_on IS NOT NULL
     ) s ORDER BY year DESC`,
    [villageId],
  );
  return rows.map((r) => r.year);
}

// ------------------------------------------------------------------ duties

export interface DutyFacts {
  meetings: Array<{
    title: string;
    meeting_on: CalendarDate;
    closed_on: CalendarDate;
    has_minutes: boolean;
  }>;
  books: Array<{ year: number; first_month: number; closed_months: number[] }>;
  currentTermStartsOn: CalendarDate | null;
  electionFiles: CalendarDate[];
}

/** What the filing rules judge: closed meetings, the books' years, the committee in office. */
export async function dutyFacts(
  db: Queryable,
  villageId: string,
  today: CalendarDate,
): Promise<DutyFacts> {
  const meetings = await db.query<DutyFacts['meetings'][number]>(
    `SELECT title, meeting_on::text AS meeting_on, (closed_at AT TIME ZONE 'Asia/Shanghai')::date::text AS closed_on,
       minutes <> '' AS has_minutes
     FROM meeting WHERE village_id = $1 AND status = 'closed' AND closed_at IS NOT NULL ORDER BY meeting_on`,
    [villageId],
  );
  const books = await db.query<DutyFacts['books'][number]>(
    `SELECT year, min(month)::int AS first_month,
       coalesce(array_agg(month ORDER BY month) FILTER (WHERE closed), '{}') AS closed_months
     FROM finance_period WHERE village_id = $1 AND year < $2 GROUP BY year ORDER BY year`,
    [villageId, ymd(today).year],
  );
  // a committee that took office before the village's records began here (its chain's first
  // event) is not judged: its election was filed, or not, on paper before the product
  const [term] = await db.query<{ starts_on: CalendarDate }>(
    `SELECT t.starts_on::text AS starts_on FROM body_term t JOIN body b ON b.village_id = t.village_id AND b.id = t.body_id
     WHERE t.village_id = $1 AND b.kind = 'villagersCommittee' AND t.starts_on <= $2::date AND $2::date <= t.ends_on
       AND t.starts_on >= (SELECT left(e.occurred_at, 10)::date FROM audit_event e WHERE e.chain_id = $1 AND e.seq = 1)
     ORDER BY t.starts_on DESC LIMIT 1`,
    [villageId, today],
  );
  const files = await db.query<{ document_on: CalendarDate }>(
    `SELECT document_on::text AS document_on FROM archive_item WHERE village_id = $1 AND type = 'electionFiles'`,
    [villageId],
  );
  return {
    meetings,
    books,
    currentTermStartsOn: term?.starts_on ?? null,
    electionFiles: files.map((f) => f.document_on),
  };
}
