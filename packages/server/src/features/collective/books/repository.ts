import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Period } from '@cunzhi/core/finance/periods';
import type { VoucherLineInput, VoucherSource } from '@cunzhi/core/finance/voucher';
import type { DerivativeAnswer } from '@cunzhi/core/collective/books/derivative';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
import { bulkInsert } from '../../../platform/db/bulkInsert.ts';
import { insertVoucherLines } from '../../finance/repository.ts';

/** Writes of the organisation's accounts, books and requests to sue, and the reads they need. */

/** The organisation's name and level, and the village's name (the committee's book is the village's). */
export async function orgNames(
  db: Queryable,
  villageId: string,
  orgId: string,
): Promise<{ orgName: string; level: string; villageName: string } | null> {
  const [row] = await db.query<{ org_name: string; level: string; village_name: string }>(
    `SELECT o.name AS org_name, o.level, v.name AS village_name
     FROM collective_org o JOIN village v ON v.id = o.village_id
     WHERE o.village_id = $1 AND o.id = $2`,
    [villageId, orgId],
  );
  return row ? { orgName: row.org_name, level: row.level, villageName: row.village_name } : null;
}

export interface BankAccountRow {
  id: string;
  org_id: string;
  bank_name: string;
  account_no: string;
  holder_name: string;
  purpose: string;
  opened_on: CalendarDate;
  closed_on: CalendarDate | null;
}

export async function insertBankAccount(
  tx: Tx,
  villageId: string,
  a: Omit<BankAccountRow, 'closed_on'> & { recordedBy: string | null; recordedAt: Date },
): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO collective_bank_account
       (village_id, id, org_id, bank_name, account_no, holder_name, purpose, opened_on, recorded_by, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (village_id, account_no) DO NOTHING RETURNING id`,
    [
      villageId,
      a.id,
      a.org_id,
      a.bank_name,
      a.account_no,
      a.holder_name,
      a.purpose,
      a.opened_on,
      a.recordedBy,
      a.recordedAt,
    ],
  );
  return rows.length === 1;
}

export async function findBankAccount(
  db: Queryable,
  villageId: string,
  accountId: string,
  forUpdate = false,
): Promise<BankAccountRow | null> {
  const [row] = await db.query<BankAccountRow>(
    `SELECT id, org_id, bank_name, account_no, holder_name, purpose, opened_on, closed_on
     FROM collective_bank_account WHERE village_id = $1 AND id = $2${forUpdate ? ' FOR UPDATE' : ''}`,
    [villageId, accountId],
  );
  return row ?? null;
}

export async function closeBankAccount(
  tx: Tx,
  villageId: string,
  accountId: string,
  on: CalendarDate,
): Promise<void> {
  await tx.query(
    `UPDATE collective_bank_account SET closed_on = $3 WHERE village_id = $1 AND id = $2`,
    [villageId, accountId, on],
  );
}

export async function bankAccounts(
  db: Queryable,
  villageId: string,
  orgId: string,
): Promise<BankAccountRow[]> {
  return db.query<BankAccountRow>(
    `SELECT id, org_id, bank_name, account_no, holder_name, purpose, opened_on, closed_on
     FROM collective_bank_account WHERE village_id = $1 AND org_id = $2
     ORDER BY closed_on IS NOT NULL, opened_on, bank_name`,
    [villageId, orgId],
  );
}

/** The organisation's next voucher number in a month, its month row locked until commit. */
export async function takeOrgVoucherNumber(
  tx: Tx,
  villageId: string,
  orgId: string,
  p: Period,
): Promise<number> {
  const [row] = await tx.query<{ last_number: number }>(
    `INSERT INTO collective_book_period (village_id, org_id, year, month, last_number)
     VALUES ($1, $2, $3, $4, 1)
     ON CONFLICT (village_id, org_id, year, month)
     DO UPDATE SET last_number = collective_book_period.last_number + 1
     RETURNING last_number`,
    [villageId, orgId, p.year, p.month],
  );
  if (!row) throw new Error('collective_book_period upsert returned nothing');
  return row.last_number;
}

export async function insertOrgVoucher(
  tx: Tx,
  villageId: string,
  v: {
    id: string;
    orgId: string;
    number: string;
    on: CalendarDate;
    summary: string;
    sourceKind: Extract<VoucherSource, 'payment' | 'manual'>;
    sourceId: string | null;
    villageVoucherId: string | null;
    bookedBy: string | null;
    bookedAt: Date;
    lines: readonly VoucherLineInput[];
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO collective_voucher (village_id, id, org_id, number, on_date, summary, source_kind,
       source_id, village_voucher_id, booked_by, booked_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      villageId,
      v.id,
      v.orgId,
      v.number,
      v.on,
      v.summary,
      v.sourceKind,
      v.sourceId,
      v.villageVoucherId,
      v.bookedBy,
      v.bookedAt,
    ],
  );
  await insertVoucherLines(tx, 'collective_voucher_line', villageId, v.id, v.lines);
}

export interface DerivativeRow {
  id: string;
  org_id: string;
  received_on: CalendarDate;
  grounds: string;
  answer: DerivativeAnswer | null;
  answered_on: CalendarDate | null;
  answer_note: string | null;
}

export async function insertDerivativeRequest(
  tx: Tx,
  villageId: string,
  r: Pick<DerivativeRow, 'id' | 'org_id' | 'received_on' | 'grounds'> & {
    requesterIds: readonly string[];
    recordedBy: string | null;
    recordedAt: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO collective_derivative_request
       (village_id, id, org_id, received_on, grounds, recorded_by, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [villageId, r.id, r.org_id, r.received_on, r.grounds, r.recordedBy, r.recordedAt],
  );
  await bulkInsert(
    tx,
    'collective_derivative_requester',
    ['village_id', 'request_id', 'person_id'],
    r.requesterIds.map((p) => [villageId, r.id, p]),
  );
}

export async function findDerivativeRequest(
  db: Queryable,
  villageId: string,
  requestId: string,
  forUpdate = false,
): Promise<DerivativeRow | null> {
  const [row] = await db.query<DerivativeRow>(
    `SELECT id, org_id, received_on, grounds, answer, answered_on, answer_note
     FROM collective_derivative_request WHERE village_id = $1 AND id = $2${forUpdate ? ' FOR UPDATE' : ''}`,
    [villageId, requestId],
  );
  return row ?? null;
}

export async function answerDerivativeRequest(
  tx: Tx,
  villageId: string,
  requestId: string,
  a: { answer: DerivativeAnswer; on: CalendarDate; note: string },
): Promise<void> {
  await tx.query(
    `UPDATE collective_derivative_request SET answer = $3, answered_on = $4, answer_note = $5
     WHERE village_id = $1 AND id = $2`,
    [villageId, requestId, a.answer, a.on, a.note],
  );
}

/** Persons of the village by id (the requesters named, for their names in a refusal). */
export async function personsByIds(
  db: Queryable,
  villageId: string,
  ids: readonly string[],
): Promise<Array<{ id: string; name: string }>> {
  return db.query<{ id: string; name: string }>(
    `SELECT id, name FROM person WHERE village_id = $1 AND id = ANY($2::uuid[])`,
    [villageId, ids],
  );
}
