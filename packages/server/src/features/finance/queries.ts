import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { AccountAmounts, StatementSourceLine } from '@cunzhi/core/finance/ledger';
import type { Period } from '@cunzhi/core/finance/periods';
import type { Queryable } from '../../platform/db/database.ts';

/** Read models of the ledger's pages. Sums are taken in SQL, as bigint, and read as numbers of fen. */

export interface JournalFilter {
  from: CalendarDate | null;
  to: CalendarDate | null;
  accountCode: string | null;
  text: string | null;
  source: string | null;
  limit: number;
  offset: number;
}

export interface JournalRow {
  id: string;
  number: string;
  on_date: CalendarDate;
  summary: string;
  source_kind: string;
  source_id: string | null;
  reverses_id: string | null;
  reversed_by_id: string | null;
  total_fen: number;
  receipts: number;
  booked_by_name: string | null;
  lines: Array<{
    accountCode: string;
    debitFen: string;
    creditFen: string;
    counterparty: string | null;
  }>;
}

const VOUCHER_COLUMNS = `v.id, v.number, v.on_date, v.summary, v.source_kind, v.source_id, v.reverses_id,
  (SELECT r.id FROM finance_voucher r WHERE r.village_id = v.village_id AND r.reverses_id = v.id) AS reversed_by_id,
  (SELECT coalesce(sum(l.debit_fen), 0)::bigint FROM finance_voucher_line l WHERE l.village_id = v.village_id AND l.voucher_id = v.id) AS total_fen,
  (SELECT count(*) FROM finance_receipt f WHERE f.village_id = v.village_id AND f.voucher_id = v.id) AS receipts,
  a.display_name AS booked_by_name,
  (SELECT json_agg(json_build_object('accountCode', l.account_code, 'debitFen', l.debit_fen::text,
     'creditFen', l.credit_fen::text, 'counterparty', l.counterparty) ORDER BY l.line_no)
   FROM finance_voucher_line l WHERE l.village_id = v.village_id AND l.voucher_id = v.id) AS lines`;

const JOURNAL_WHERE = `v.village_id = $1
  AND ($2::date IS NULL OR v.on_date >= $2) AND ($3::date IS NULL OR v.on_date <= $3)
  AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM finance_voucher_line l WHERE l.village_id = v.village_id
       AND l.voucher_id = v.id AND (l.account_code = $4 OR l.account_code LIKE $4 || '__')))
  AND ($5::text IS NULL OR v.summary LIKE '%' || $5 || '%' OR v.number = $5 OR EXISTS (SELECT 1 FROM finance_voucher_line l
       WHERE l.village_id = v.village_id AND l.voucher_id = v.id AND l.counterparty LIKE '%' || $5 || '%'))
  AND ($6::text IS NULL OR v.source_kind = $6)`;

/** The journal (序时账), in date and number order, a page at a time, with the total count. */
export async function journal(
  db: Queryable,
  villageId: string,
  f: JournalFilter,
): Promise<{ rows: JournalRow[]; total: number }> {
  const params = [villageId, f.from, f.to, f.accountCode, f.text, f.source];
  const rows = await db.query<JournalRow>(
    `SELECT ${VOUCHER_COLUMNS}
     FROM finance_voucher v LEFT JOIN account a ON a.id = v.booked_by
     WHERE ${JOURNAL_WHERE}
     ORDER BY v.on_date, v.number LIMIT $7 OFFSET $8`,
    [...params, f.limit, f.offset],
  );
  const count = await db.query<{ total: number }>(
    `SELECT count(*) AS total FROM finance_voucher v WHERE ${JOURNAL_WHERE}`,
    params,
  );
  return { rows, total: count[0]?.total ?? 0 };
}

export interface ReceiptRow {
  id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_at: Date;
  uploaded_by_name: string | null;
}

export async function voucherDetail(
  db: Queryable,
  villageId: string,
  voucherId: string,
): Promise<{ voucher: JournalRow; receipts: ReceiptRow[] } | null> {
  const [voucher] = await db.query<JournalRow>(
    `SELECT ${VOUCHER_COLUMNS}
     FROM finance_voucher v LEFT JOIN account a ON a.id = v.booked_by
     WHERE v.village_id = $1 AND v.id = $2`,
    [villageId, voucherId],
  );
  if (!voucher) return null;
  const receipts = await db.query<ReceiptRow>(
    `SELECT f.id, f.file_name, f.media_type, f.size_bytes, f.sha256, f.uploaded_at, a.display_name AS uploaded_by_name
     FROM finance_receipt f LEFT JOIN account a ON a.id = f.uploaded_by
     WHERE f.village_id = $1 AND f.voucher_id = $2 ORDER BY f.uploaded_at, f.id`,
    [villageId, voucherId],
  );
  return { voucher, receipts };
}

/** A receipt's bytes (base64 from the database, so both drivers return the same). */
export async function receiptFile(
  db: Queryable,
  villageId: string,
  voucherId: string,
  receiptId: string,
): Promise<{ fileName: string; mediaType: string; bytes: Buffer } | null> {
  const [row] = await db.query<{ file_name: string; media_type: string; data: string }>(
    `SELECT file_name, media_type, encode(bytes, 'base64') AS data FROM finance_receipt
     WHERE village_id = $1 AND voucher_id = $2 AND id = $3`,
    [villageId, voucherId, receiptId],
  );
  if (!row) return null;
  return {
    fileName: row.file_name,
    mediaType: row.media_type,
    bytes: Buffer.from(row.data.replace(/\s/g, ''), 'base64'),
  };
}

const amounts = (rows: Array<{ account_code: string; debit_fen: number; credit_fen: number }>) =>
  rows.map<AccountAmounts>((r) => ({
    accountCode: r.account_code,
    debitFen: Number(r.debit_fen),
    creditFen: Number(r.credit_fen),
  }));

/** Each account's debits and credits of vouchers dated in [from, to] (either end open when null). */
export async function movements(
  db: Queryable,
  villageId: string,
  from: CalendarDate | null,
  to: CalendarDate | null,
): Promise<AccountAmounts[]> {
  const rows = await db.query<{ account_code: string; debit_fen: number; credit_fen: number }>(
    `SELECT l.account_code, sum(l.debit_fen)::bigint AS debit_fen, sum(l.credit_fen)::bigint AS credit_fen
     FROM finance_voucher_line l JOIN finance_voucher v ON v.village_id = l.village_id AND v.id = l.voucher_id
     WHERE l.village_id = $1 AND ($2::date IS NULL OR v.on_date >= $2) AND ($3::date IS NULL OR v.on_date <= $3)
     GROUP BY l.account_code`,
    [villageId, from, to],
  );
  return amounts(rows);
}

/**
 * The cumulative movements stored when the latest month before `p` was closed, with that
 * month; null when none is stored (then everything is summed from the start).
 */
export async function latestMonthBalances(
  db: Queryable,
  villageId: string,
  p: Period,
): Promise<{ period: Period; amounts: AccountAmounts[] } | null> {
  const rows = await db.query<{
    year: number;
    month: number;
    account_code: string;
    debit_fen: number;
    credit_fen: number;
  }>(
    `SELECT year, month, account_code, debit_fen, credit_fen FROM finance_month_balance
     WHERE village_id = $1 AND (year, month) = (
       SELECT year, month FROM finance_month_balance
       WHERE village_id = $1 AND (year, month) < ($2::int, $3::int)
       ORDER BY year DESC, month DESC LIMIT 1)`,
    [villageId, p.year, p.month],
  );
  const first = rows[0];
  return first
    ? { period: { year: first.year, month: first.month }, amounts: amounts(rows) }
    : null;
}

/** The opening balances the books started from, if they had started by `asOf`. */
export async function openingBalances(
  db: Queryable,
  villageId: string,
  asOf: CalendarDate,
): Promise<AccountAmounts[]> {
  const rows = await db.query<{ account_code: string; debit_fen: number; credit_fen: number }>(
    `SELECT account_code, debit_fen, credit_fen FROM finance_opening_balance WHERE village_id = $1 AND as_of <= $2`,
    [villageId, asOf],
  );
  return amounts(rows);
}

/** Every line of the month's vouchers with its voucher, in date and number order. */
export async function monthLines(
  db: Queryable,
  villageId: string,
  from: CalendarDate,
  to: CalendarDate,
): Promise<StatementSourceLine[]> {
  const rows = await db.query<{
    voucher_id: string;
    number: string;
    on_date: CalendarDate;
    summary: string;
    account_code: string;
    debit_fen: number;
    credit_fen: number;
    counterparty: string | null;
  }>(
    `SELECT v.id AS voucher_id, v.number, v.on_date, v.summary, l.account_code, l.debit_fen, l.credit_fen, l.counterparty
     FROM finance_voucher v JOIN finance_voucher_line l ON l.village_id = v.village_id AND l.voucher_id = v.id
     WHERE v.village_id = $1 AND v.on_date BETWEEN $2 AND $3
     ORDER BY v.on_date, v.number, l.line_no`,
    [villageId, from, to],
  );
  return rows.map((r) => ({
    voucherId: r.voucher_id,
    number: r.number,
    on: r.on_date,
    summary: r.summary,
    accountCode: r.account_code,
    debitFen: Number(r.debit_fen),
    creditFen: Number(r.credit_fen),
    counterparty: r.counterparty,
  }));
}

export async function budgets(
  db: Queryable,
  villageId: string,
  year: number,
): Promise<Array<{ accountCode: string; amountFen: number; note: string }>> {
  const rows = await db.query<{ account_code: string; amount_fen: number; note: string }>(
    `SELECT account_code, amount_fen, note FROM finance_budget WHERE village_id = $1 AND year = $2 ORDER BY account_code`,
    [villageId, year],
  );
  return rows.map((r) => ({
    accountCode: r.account_code,
    amountFen: Number(r.amount_fen),
    note: r.note,
  }));
}

export interface PeriodListRow extends Period {
  closed: boolean;
  last_number: number;
  closed_at: Date | null;
  closed_by_name: string | null;
  statement_reviewed: boolean | null;
  notice_id: string | null;
}

/** The months the books have touched, newest first, with their closing and statement state. */
export async function periods(db: Queryable, villageId: string): Promise<PeriodListRow[]> {
  return db.query<PeriodListRow>(
    `SELECT p.year, p.month, p.closed, p.last_number, p.closed_at, a.display_name AS closed_by_name,
       s.review_passed AS statement_reviewed, s.notice_id
     FROM finance_period p LEFT JOIN account a ON a.id = p.closed_by
     LEFT JOIN finance_statement s ON s.village_id = p.village_id AND s.year = p.year AND s.month = p.month
     WHERE p.village_id = $1 ORDER BY p.year DESC, p.month DESC`,
    [villageId],
  );
}

export async function isPeriodClosed(
  db: Queryable,
  villageId: string,
  p: Period,
): Promise<boolean> {
  const [row] = await db.query<{ closed: boolean }>(
    `SELECT closed FROM finance_period WHERE village_id = $1 AND year = $2 AND month = $3`,
    [villageId, p.year, p.month],
  );
  return row?.closed ?? false;
}

/** The month of a published statement whose notice this is (the portal's finance notice). */
export async function statementPeriodOfNotice(
  db: Queryable,
  villageId: string,
  noticeId: string,
): Promise<Period | null> {
  const [row] = await db.query<Period>(
    `SELECT year, month FROM finance_statement WHERE village_id = $1 AND notice_id = $2`,
    [villageId, noticeId],
  );
  return row ?? null;
}

/** Whether a voucher falls in a month whose statement is published (so anyone may read it). */
export async function isVoucherPublished(
  db: Queryable,
  villageId: string,
  voucherId: string,
): Promise<boolean> {
  const [row] = await db.query<{ published: boolean }>(
    `SELECT EXISTS (
       SELECT 1 FROM finance_voucher v JOIN finance_statement s
         ON s.village_id = v.village_id AND s.year = extract(year FROM v.on_date)::int
        AND s.month = extract(month FROM v.on_date)::int
       WHERE v.village_id = $1 AND v.id = $2 AND s.notice_id IS NOT NULL) AS published`,
    [villageId, voucherId],
  );
  return row?.published ?? false;
}
