import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Period } from '@cunzhi/core/finance/periods';
import type { BookedVoucher, VoucherLineInput, VoucherSource } from '@cunzhi/core/finance/voucher';
import type { OpeningBalance } from '@cunzhi/core/finance/imports';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { bulkInsert } from '../../platform/db/bulkInsert.ts';

/** Writes of the ledger and the reads its commands need. Amounts are integer fen (bigint). */

export interface PeriodRow {
  year: number;
  month: number;
  closed: boolean;
  last_number: number;
}

/** The closed months of a village (few: one a month). */
export async function closedPeriods(db: Queryable, villageId: string): Promise<Period[]> {
  return db.query<Period>(
    `SELECT year, month FROM finance_period WHERE village_id = $1 AND closed ORDER BY year, month`,
    [villageId],
  );
}

/**
 * Takes the next voucher number of a month, locking the month's row until the transaction ends
 * (a closing waits for the booking, a booking for the closing). `closed` tells the caller to
 * refuse; its transaction then rolls the number back.
 */
export async function takeVoucherNumber(
  tx: Tx,
  villageId: string,
  p: Period,
): Promise<{ closed: boolean; lastNumber: number }> {
  const [row] = await tx.query<{ closed: boolean; last_number: number }>(
    `INSERT INTO finance_period (village_id, year, month, last_number) VALUES ($1, $2, $3, 1)
     ON CONFLICT (village_id, year, month) DO UPDATE SET last_number = finance_period.last_number + 1
     RETURNING closed, last_number`,
    [villageId, p.year, p.month],
  );
  if (!row) throw new Error('finance_period upsert returned nothing');
  return { closed: row.closed, lastNumber: row.last_number };
}

export async function insertVoucher(
  tx: Tx,
  villageId: string,
  v: {
    id: string;
    number: string;
    on: CalendarDate;
    summary: string;
    sourceKind: VoucherSource;
    sourceId: string | null;
    reversesId: string | null;
    bookedBy: string | null;
    bookedAt: Date;
    lines: readonly VoucherLineInput[];
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO finance_voucher (village_id, id, number, on_date, summary, source_kind, source_id, reverses_id, booked_by, booked_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      villageId,
      v.id,
      v.number,
      v.on,
      v.summary,
      v.sourceKind,
      v.sourceId,
      v.reversesId,
      v.bookedBy,
      v.bookedAt,
    ],
  );
  await insertVoucherLines(tx, 'finance_voucher_line', villageId, v.id, v.lines);
}

/**
 * A voucher's lines, numbered from 1, into the village's ledger or a collective organisation's
 * book (collective_voucher_line): the two books keep lines of the same shape.
 */
export async function insertVoucherLines(
  tx: Tx,
  table: 'finance_voucher_line' | 'collective_voucher_line',
  villageId: string,
  voucherId: string,
  lines: readonly VoucherLineInput[],
): Promise<void> {
  await bulkInsert(
    tx,
    table,
    [
      'village_id',
      'voucher_id',
      'line_no',
      'account_code',
      'debit_fen',
      'credit_fen',
      'counterparty',
    ],
    lines.map((l, i) => [
      villageId,
      voucherId,
      i + 1,
      l.accountCode,
      String(l.debitFen),
      String(l.creditFen),
      l.counterparty?.trim() || null,
    ]),
  );
}

interface VoucherDbRow {
  id: string;
  number: string;
  on_date: CalendarDate;
  summary: string;
  reverses_id: string | null;
  reversed_by_id: string | null;
  lines: Array<{
    accountCode: string;
    debitFen: number | string;
    creditFen: number | string;
    counterparty: string | null;
  }>;
}

/** A booked voucher with its lines and whether it was reversed; locked when asked. */
export async function findVoucher(
  db: Queryable,
  villageId: string,
  voucherId: string,
  options: { forUpdate?: boolean } = {},
): Promise<BookedVoucher | null> {
  const [row] = await db.query<VoucherDbRow>(
    `SELECT v.id, v.number, v.on_date, v.summary, v.reverses_id,
       (SELECT r.id FROM finance_voucher r WHERE r.village_id = v.village_id AND r.reverses_id = v.id) AS reversed_by_id,
       (SELECT json_agg(json_build_object('accountCode', l.account_code, 'debitFen', l.debit_fen::text,
          'creditFen', l.credit_fen::text, 'counterparty', l.counterparty) ORDER BY l.line_no)
        FROM finance_voucher_line l WHERE l.village_id = v.village_id AND l.voucher_id = v.id) AS lines
     FROM finance_voucher v WHERE v.village_id = $1 AND v.id = $2${options.forUpdate ? ' FOR UPDATE' : ''}`,
    [villageId, voucherId],
  );
  if (!row) return null;
  return {
    id: row.id,
    number: row.number,
    on: row.on_date,
    summary: row.summary,
    reversesId: row.reverses_id,
    reversedById: row.reversed_by_id,
    lines: (row.lines ?? []).map((l) => ({
      accountCode: l.accountCode,
      debitFen: Number(l.debitFen),
      creditFen: Number(l.creditFen),
      ...(l.counterparty ? { counterparty: l.counterparty } : {}),
    })),
  };
}

/** A month's row, locked for closing (made open if the month had no voucher yet). */
export async function lockPeriod(tx: Tx, villageId: string, p: Period): Promise<PeriodRow> {
  const [row] = await tx.query<PeriodRow>(
    `INSERT INTO finance_period (village_id, year, month) VALUES ($1, $2, $3)
     ON CONFLICT (village_id, year, month) DO UPDATE SET last_number = finance_period.last_number
     RETURNING year, month, closed, last_number`,
    [villageId, p.year, p.month],
  );
  if (!row) throw new Error('finance_period upsert returned nothing');
  return row;
}

/** The earliest month before `p` that holds vouchers and is not closed. */
export async function earlierOpenPeriod(
  db: Queryable,
  villageId: string,
  p: Period,
): Promise<Period | null> {
  const [row] = await db.query<Period>(
    `SELECT year, month FROM finance_period
     WHERE village_id = $1 AND NOT closed AND last_number > 0 AND (year, month) < ($2::int, $3::int)
     ORDER BY year, month LIMIT 1`,
    [villageId, p.year, p.month],
  );
  return row ?? null;
}

export async function markPeriodClosed(
  tx: Tx,
  villageId: string,
  p: Period,
  by: string | null,
  at: Date,
): Promise<void> {
  await tx.query(
    `UPDATE finance_period SET closed = true, closed_by = $4, closed_at = $5
     WHERE village_id = $1 AND year = $2 AND month = $3`,
    [villageId, p.year, p.month, by, at],
  );
}

/**
 * Closing `p` closes every earlier month too (结账 runs in order): the earlier ones still open
 * hold no voucher — the closing rule refused otherwise — and months never booked get their row
 * here, so a booking into one of them, racing this closing, waits for it and is then refused.
 * From the books' first month (their first period row or opening balances) up to `p`'s; the
 * months it closed.
 */
export async function closeEarlierMonths(
  tx: Tx,
  villageId: string,
  p: Period,
  by: string | null,
  at: Date,
): Promise<Period[]> {
  return tx.query<Period>(
    `WITH start AS (
       SELECT least(
         (SELECT min(make_date(year, month, 1)) FROM finance_period WHERE village_id = $1),
         (SELECT min(date_trunc('month', as_of)::date) FROM finance_opening_balance WHERE village_id = $1)
       ) AS first_month
     )
     INSERT INTO finance_period (village_id, year, month, closed, closed_by, closed_at)
     SELECT $1, extract(year FROM m)::int, extract(month FROM m)::int, true, $4, $5
     FROM start, generate_series(start.first_month, make_date($2, $3, 1) - interval '1 month', interval '1 month') AS m
     WHERE start.first_month IS NOT NULL
     ON CONFLICT (village_id, year, month) DO UPDATE SET closed = true, closed_by = $4, closed_at = $5
       WHERE NOT finance_period.closed
     RETURNING year, month`,
    [villageId, p.year, p.month, by, at],
  );
}

/**
 * Stores `p`'s cumulative movements per account as it closes: the latest stored month before
 * it plus every voucher dated after that month and up to `p`'s last day (all of them when
 * none is stored). Run after `closeEarlierMonths`, so nothing can still be booked in between.
 */
export async function storeMonthBalances(tx: Tx, villageId: string, p: Period): Promise<void> {
  await tx.query(
    `WITH base AS (
       SELECT year, month FROM finance_month_balance
       WHERE village_id = $1 AND (year, month) < ($2::int, $3::int)
       ORDER BY year DESC, month DESC LIMIT 1
     ), amounts AS (
       SELECT b.account_code, b.debit_fen, b.credit_fen
       FROM finance_month_balance b JOIN base USING (year, month) WHERE b.village_id = $1
       UNION ALL
       SELECT l.account_code, l.debit_fen, l.credit_fen
       FROM finance_voucher v JOIN finance_voucher_line l ON l.village_id = v.village_id AND l.voucher_id = v.id
       WHERE v.village_id = $1
         AND v.on_date > coalesce((SELECT (make_date(year, month, 1) + interval '1 month - 1 day')::date FROM base), '-infinity'::date)
         AND v.on_date < make_date($2, $3, 1) + interval '1 month'
     )
     INSERT INTO finance_month_balance (village_id, year, month, account_code, debit_fen, credit_fen)
     SELECT $1, $2, $3, account_code, sum(debit_fen), sum(credit_fen) FROM amounts GROUP BY account_code`,
    [villageId, p.year, p.month],
  );
}

export async function upsertBudget(
  tx: Tx,
  villageId: string,
  b: {
    year: number;
    accountCode: string;
    amountFen: number;
    note: string;
    by: string | null;
    at: Date;
  },
): Promise<{ previousFen: number | null }> {
  const [before] = await tx.query<{ amount_fen: number }>(
    `SELECT amount_fen FROM finance_budget WHERE village_id = $1 AND year = $2 AND account_code = $3 FOR UPDATE`,
    [villageId, b.year, b.accountCode],
  );
  await tx.query(
    `INSERT INTO finance_budget (village_id, year, account_code, amount_fen, note, set_by, set_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (village_id, year, account_code)
     DO UPDATE SET amount_fen = EXCLUDED.amount_fen, note = EXCLUDED.note, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at`,
    [villageId, b.year, b.accountCode, String(b.amountFen), b.note, b.by, b.at],
  );
  return { previousFen: before ? Number(before.amount_fen) : null };
}

export async function insertReceipt(
  tx: Tx,
  villageId: string,
  r: {
    id: string;
    voucherId: string;
    fileName: string;
    mediaType: string;
    sizeBytes: number;
    sha256: string;
    bytes: Buffer;
    by: string | null;
    at: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO finance_receipt (village_id, id, voucher_id, file_name, media_type, size_bytes, sha256, bytes, uploaded_by, uploaded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, decode($8, 'base64'), $9, $10)`,
    [
      villageId,
      r.id,
      r.voucherId,
      r.fileName,
      r.mediaType,
      r.sizeBytes,
      r.sha256,
      r.bytes.toString('base64'),
      r.by,
      r.at,
    ],
  );
}

/** Whether the books have begun: opening balances imported or any voucher booked. */
export async function booksStarted(db: Queryable, villageId: string): Promise<boolean> {
  const [row] = await db.query<{ started: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM finance_opening_balance WHERE village_id = $1)
         OR EXISTS (SELECT 1 FROM finance_voucher WHERE village_id = $1) AS started`,
    [villageId],
  );
  return row?.started ?? false;
}

export async function insertOpeningBalances(
  tx: Tx,
  villageId: string,
  asOf: CalendarDate,
  balances: readonly OpeningBalance[],
  by: string | null,
  at: Date,
): Promise<void> {
  await bulkInsert(
    tx,
    'finance_opening_balance',
    [
      'village_id',
      'account_code',
      'as_of',
      'debit_fen',
      'credit_fen',
      'imported_by',
      'imported_at',
    ],
    balances.map((b) => [
      villageId,
      b.accountCode,
      asOf,
      String(b.debitFen),
      String(b.creditFen),
      by,
      at,
    ]),
  );
}

/**
 * Serialises the books' imports of one village (a second import waits for the first). NO KEY:
 * the village's other writes (their foreign keys share-lock this row) go on meanwhile.
 */
export async function lockBooks(tx: Tx, villageId: string): Promise<void> {
  await tx.query(`SELECT id FROM village WHERE id = $1 FOR NO KEY UPDATE`, [villageId]);
}

export interface StatementRecord {
  year: number;
  month: number;
  review_passed: boolean;
  review_opinion: string;
  reviewed_by: string;
  reviewed_by_name: string;
  reviewed_at: Date;
  notice_id: string | null;
  published_at: Date | null;
}

export async function findStatementRecord(
  db: Queryable,
  villageId: string,
  p: Period,
  options: { forUpdate?: boolean } = {},
): Promise<StatementRecord | null> {
  const [row] = await db.query<StatementRecord>(
    `SELECT s.year, s.month, s.review_passed, s.review_opinion, s.reviewed_by, a.display_name AS reviewed_by_name,
       s.reviewed_at, s.notice_id, s.published_at
     FROM finance_statement s JOIN account a ON a.id = s.reviewed_by
     WHERE s.village_id = $1 AND s.year = $2 AND s.month = $3${options.forUpdate ? ' FOR UPDATE OF s' : ''}`,
    [villageId, p.year, p.month],
  );
  return row ?? null;
}

export async function upsertStatementReview(
  tx: Tx,
  villageId: string,
  r: { period: Period; passed: boolean; opinion: string; by: string; at: Date; totals: unknown },
): Promise<void> {
  await tx.query(
    `INSERT INTO finance_statement (village_id, year, month, review_passed, review_opinion, reviewed_by, reviewed_at, totals)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (village_id, year, month) DO UPDATE SET review_passed = EXCLUDED.review_passed,
       review_opinion = EXCLUDED.review_opinion, reviewed_by = EXCLUDED.reviewed_by,
       reviewed_at = EXCLUDED.reviewed_at, totals = EXCLUDED.totals`,
    [
      villageId,
      r.period.year,
      r.period.month,
      r.passed,
      r.opinion,
      r.by,
      r.at,
      JSON.stringify(r.totals),
    ],
  );
}

/** Posts the statement as a notice of kind financeStatement and links the two. */
export async function publishStatementNotice(
  tx: Tx,
  villageId: string,
  n: {
    noticeId: string;
    period: Period;
    title: string;
    body: string;
    publishedOn: CalendarDate;
    periodEndsOn: CalendarDate;
    by: string;
    at: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO notice (village_id, id, kind, title, body, published_on, period_ends_on, published_by)
     VALUES ($1, $2, 'financeStatement', $3, $4, $5, $6, $7)`,
    [villageId, n.noticeId, n.title, n.body, n.publishedOn, n.periodEndsOn, n.by],
  );
  await tx.query(
    `UPDATE finance_statement SET notice_id = $4, published_at = $5
     WHERE village_id = $1 AND year = $2 AND month = $3`,
    [villageId, n.period.year, n.period.month, n.noticeId, n.at],
  );
}

export async function villageName(db: Queryable, villageId: string): Promise<string> {
  const [row] = await db.query<{ name: string }>(`SELECT name FROM village WHERE id = $1`, [
    villageId,
  ]);
  return row?.name ?? '';
}
