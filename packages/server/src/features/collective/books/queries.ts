import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { DerivativeAnswer } from '@cunzhi/core/collective/books/derivative';
import type { Queryable } from '../../../platform/db/database.ts';

/** Read models of the organisation's books, accounts and requests to sue. Amounts in fen. */

export interface OrgVoucherRow {
  id: string;
  number: string;
  on_date: CalendarDate;
  summary: string;
  source_kind: 'payment' | 'manual';
  village_voucher_number: string | null;
  lines: Array<{
    accountCode: string;
    debitFen: string;
    creditFen: string;
    counterparty: string | null;
  }>;
}

/** The latest vouchers of the organisation's book, newest first, with their lines. */
export async function orgVouchers(
  db: Queryable,
  villageId: string,
  orgId: string,
  limit: number,
): Promise<OrgVoucherRow[]> {
  return db.query<OrgVoucherRow>(
    `SELECT v.id, v.number, v.on_date, v.summary, v.source_kind, fv.number AS village_voucher_number,
       (SELECT json_agg(json_build_object('accountCode', l.account_code, 'debitFen', l.debit_fen::text,
          'creditFen', l.credit_fen::text, 'counterparty', l.counterparty) ORDER BY l.line_no)
        FROM collective_voucher_line l WHERE l.village_id = v.village_id AND l.voucher_id = v.id) AS lines
     FROM collective_voucher v
     LEFT JOIN finance_voucher fv ON fv.village_id = v.village_id AND fv.id = v.village_voucher_id
     WHERE v.village_id = $1 AND v.org_id = $2
     ORDER BY v.on_date DESC, v.number DESC LIMIT $3`,
    [villageId, orgId, limit],
  );
}

/** Each account's debits and credits on the organisation's book up to a day (科目余额). */
export async function orgBalances(
  db: Queryable,
  villageId: string,
  orgId: string,
  to: CalendarDate,
): Promise<Array<{ account_code: string; debit_fen: string; credit_fen: string }>> {
  return db.query(
    `SELECT l.account_code, sum(l.debit_fen)::text AS debit_fen, sum(l.credit_fen)::text AS credit_fen
     FROM collective_voucher_line l
     JOIN collective_voucher v ON v.village_id = l.village_id AND v.id = l.voucher_id
     WHERE v.village_id = $1 AND v.org_id = $2 AND v.on_date <= $3
     GROUP BY l.account_code ORDER BY l.account_code`,
    [villageId, orgId, to],
  );
}

/**
 * The year's movements per account on the organisation's book: what the public totals and a
 * member's page sum into income, spending, the reserve and the distribution.
 */
export async function orgYearMovements(
  db: Queryable,
  villageId: string,
  orgId: string,
  year: number,
): Promise<Array<{ account_code: string; debit_fen: string; credit_fen: string }>> {
  return db.query(
    `SELECT l.account_code, sum(l.debit_fen)::text AS debit_fen, sum(l.credit_fen)::text AS credit_fen
     FROM collective_voucher_line l
     JOIN collective_voucher v ON v.village_id = l.village_id AND v.id = l.voucher_id
     WHERE v.village_id = $1 AND v.org_id = $2
       AND v.on_date >= make_date($3, 1, 1) AND v.on_date <= make_date($3, 12, 31)
     GROUP BY l.account_code`,
    [villageId, orgId, year],
  );
}

export interface DerivativeListRow {
  id: string;
  received_on: CalendarDate;
  grounds: string;
  answer: DerivativeAnswer | null;
  answered_on: CalendarDate | null;
  answer_note: string | null;
  requesters: string[];
}

export async function derivativeRequests(
  db: Queryable,
  villageId: string,
  orgId: string,
): Promise<DerivativeListRow[]> {
  return db.query<DerivativeListRow>(
    `SELECT r.id, r.received_on, r.grounds, r.answer, r.answered_on, r.answer_note,
       coalesce((SELECT array_agg(p.name ORDER BY p.name) FROM collective_derivative_requester q
         JOIN person p ON p.village_id = q.village_id AND p.id = q.person_id
         WHERE q.village_id = r.village_id AND q.request_id = r.id), '{}') AS requesters
     FROM collective_derivative_request r
     WHERE r.village_id = $1 AND r.org_id = $2 ORDER BY r.received_on DESC`,
    [villageId, orgId],
  );
}

/** The organisation a person is a member of today (their village's), with the register number. */
export async function membershipOf(
  db: Queryable,
  villageId: string,
  personId: string,
): Promise<
  Array<{
    org_id: string;
    org_name: string;
    register_no: number;
    status: string;
    since: CalendarDate;
  }>
> {
  return db.query(
    `SELECT m.org_id, o.name AS org_name, m.register_no, m.status, m.since
     FROM collective_member m JOIN collective_org o ON o.village_id = m.village_id AND o.id = m.org_id
     WHERE m.village_id = $1 AND m.person_id = $2 ORDER BY o.level = 'group', o.name`,
    [villageId, personId],
  );
}

/** A person's share units today, by class (the sum of the dated entries up to today). */
export async function sharesOf(
  db: Queryable,
  villageId: string,
  orgId: string,
  personId: string,
  on: CalendarDate,
): Promise<Array<{ share_class: string; units: string }>> {
  return db.query(
    `SELECT share_class, sum(units)::text AS units FROM collective_share_entry
     WHERE village_id = $1 AND org_id = $2 AND person_id = $3 AND effective_on <= $4
     GROUP BY share_class HAVING sum(units) <> 0 ORDER BY share_class`,
    [villageId, orgId, personId, on],
  );
}

/** The dividends of adopted plans paid to the person, or to their household, newest first. */
export async function dividendsOf(
  db: Queryable,
  villageId: string,
  orgId: string,
  personId: string,
): Promise<
  Array<{
    year: number;
    person_id: string | null;
    shares: string;
    amount_fen: string;
    paid_on: CalendarDate | null;
  }>
> {
  return db.query(
    `SELECT p.year, d.person_id, d.shares::text, d.amount_fen::text, pay.paid_on
     FROM collective_dividend d
     JOIN collective_distribution_plan p ON p.village_id = d.village_id AND p.id = d.plan_id
     LEFT JOIN collective_dividend_payment pay ON pay.village_id = d.village_id AND pay.dividend_id = d.id
     WHERE d.village_id = $1 AND p.org_id = $2 AND p.state = 'adopted'
       AND (d.person_id = $3 OR d.household_id =
         (SELECT household_id FROM person WHERE village_id = $1 AND id = $3))
     ORDER BY p.year DESC`,
    [villageId, orgId, personId],
  );
}

/** The resolutions in the organisation's own series (its assemblies' and council's), newest first. */
export async function orgResolutions(
  db: Queryable,
  villageId: string,
  orgId: string,
  limit: number,
): Promise<Array<{ year: number; number: number; title: string; adopted_on: CalendarDate }>> {
  return db.query(
    `SELECT r.year, r.number, r.title, r.adopted_on FROM resolution r
     WHERE r.village_id = $1 AND r.collective_org_id = $2 AND r.revoked_on IS NULL
     ORDER BY r.adopted_on DESC, r.number DESC LIMIT $3`,
    [villageId, orgId, limit],
  );
}

/** The public totals of a village's organisations: members, households and share units today. */
export async function publicTotals(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
): Promise<
  Array<{ id: string; name: string; members: string; households: string; shares: string }>
> {
  return db.query(
    `SELECT o.id, o.name,
       (SELECT count(*) FROM collective_member m WHERE m.village_id = o.village_id AND m.org_id = o.id
          AND m.status = 'member')::text AS members,
       (SELECT count(DISTINCT p.household_id) FROM collective_member m
          JOIN person p ON p.village_id = m.village_id AND p.id = m.person_id
          WHERE m.village_id = o.village_id AND m.org_id = o.id AND m.status = 'member')::text AS households,
       (SELECT coalesce(sum(e.units), 0) FROM collective_share_entry e
          WHERE e.village_id = o.village_id AND e.org_id = o.id AND e.effective_on <= $2)::text AS shares
     FROM collective_org o WHERE o.village_id = $1 ORDER BY o.level = 'group', o.name`,
    [villageId, on],
  );
}
