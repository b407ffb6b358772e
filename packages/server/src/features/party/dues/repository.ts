import type { DuesFacts } from '@cunzhi/core/party/dues/account';
import { addMonths, monthOf, type DuesMonth } from '@cunzhi/core/party/dues/months';
import type { DuesBasisKind } from '@cunzhi/core/party/dues/standard';
import type { Queryable, Tx } from '../../../platform/db/database.ts';

/** The dues tables (migration 0055): bases and payments, and the facts core judges them by. */

/**
 * Serialises the dues writes of one member: the person's row, locked in the transaction, so a
 * basis recorded at the same time as a payment is judged before or after it, never half-way.
 */
export async function lockMember(tx: Tx, villageId: string, personId: string): Promise<void> {
  await tx.query('SELECT 1 FROM person WHERE village_id = $1 AND id = $2 FOR UPDATE', [
    villageId,
    personId,
  ]);
}

export async function insertBasis(
  tx: Tx,
  villageId: string,
  b: {
    id: string;
    personId: string;
    fromMonth: DuesMonth;
    kind: DuesBasisKind;
    monthlyIncomeFen: number | null;
    by: string | null;
    at: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO party_dues_basis (village_id, id, person_id, from_month, kind, monthly_income_fen, recorded_by, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [villageId, b.id, b.personId, `${b.fromMonth}-01`, b.kind, b.monthlyIncomeFen, b.by, b.at],
  );
}

export interface PaymentRow {
  id: string;
  personId: string;
  month: DuesMonth;
  amountFen: number;
  paidOn: string;
  method: 'cash' | 'transfer' | 'online';
}

/** Inserts the payments; a month already paid is a unique-key conflict, reported as false. */
export async function insertPayments(
  tx: Tx,
  villageId: string,
  rows: readonly PaymentRow[],
  by: string | null,
  at: Date,
): Promise<boolean> {
  for (const p of rows) {
    const inserted = await tx.query(
      `INSERT INTO party_dues_payment (village_id, id, person_id, month, amount_fen, paid_on, method, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (village_id, person_id, month) DO NOTHING RETURNING id`,
      [villageId, p.id, p.personId, `${p.month}-01`, p.amountFen, p.paidOn, p.method, by, at],
    );
    if (inserted.length === 0) return false;
  }
  return true;
}

/** A month already paid, with the day it was paid (the refusal names it). */
export async function paidMonth(
  db: Queryable,
  villageId: string,
  personId: string,
  month: DuesMonth,
): Promise<{ paid_on: string } | null> {
  const [row] = await db.query<{ paid_on: string }>(
    `SELECT to_char(paid_on, 'YYYY-MM-DD') AS paid_on FROM party_dues_payment
      WHERE village_id = $1 AND person_id = $2 AND month = $3`,
    [villageId, personId, `${month}-01`],
  );
  return row ?? null;
}

/** The member as dues see them: from when they owe. */
export interface DuesMember {
  personId: string;
  joinedOn: string | null;
  /** the day they left the organisation (transferred out, deceased …): they owe through the month before it, or its month if they were a member part of it */
  leftOn?: string | null;
}

/**
 * The dues facts of these members. Owing starts with the later of the month they joined (预备党员
 * 从支部大会通过之日起交纳党费) and the first basis the branch recorded here: the platform does not
 * invent arrears for the years before the branch kept its dues in it. A member with no basis yet
 * owes from the current month (shown as 基数未核定, never in arrears).
 */
export async function duesFactsOf(
  db: Queryable,
  villageId: string,
  members: readonly DuesMember[],
  today: string,
): Promise<Map<string, DuesFacts>> {
  const ids = members.map((m) => m.personId);
  const [bases, payments] = await Promise.all([
    db.query<{
      person_id: string;
      from_month: string;
      kind: DuesBasisKind;
      monthly_income_fen: string | null;
    }>(
      `SELECT person_id, to_char(from_month, 'YYYY-MM') AS from_month, kind, monthly_income_fen::text
         FROM party_dues_basis WHERE village_id = $1 AND person_id = ANY($2::uuid[])
        ORDER BY from_month, recorded_at, id`,
      [villageId, ids],
    ),
    db.query<{ person_id: string; month: string; amount_fen: string }>(
      `SELECT person_id, to_char(month, 'YYYY-MM') AS month, amount_fen::text
         FROM party_dues_payment WHERE village_id = $1 AND person_id = ANY($2::uuid[])`,
      [villageId, ids],
    ),
  ]);
  const facts = new Map<string, DuesFacts>();
  for (const m of members) {
    const own = bases.filter((b) => b.person_id === m.personId);
    const first = (own[0]?.from_month as DuesMonth | undefined) ?? monthOf(today);
    const joined = m.joinedOn ? monthOf(m.joinedOn) : first;
    facts.set(m.personId, {
      from: joined > first ? joined : first,
      until: m.leftOn ? lastMonthAsMember(m.leftOn) : null,
      bases: own.map((b) => ({
        from: b.from_month as DuesMonth,
        basis: {
          kind: b.kind,
          monthlyIncomeFen: b.monthly_income_fen === null ? null : Number(b.monthly_income_fen),
        },
      })),
      paid: new Map(
        payments
          .filter((p) => p.person_id === m.personId)
          .map((p) => [p.month as DuesMonth, Number(p.amount_fen)]),
      ),
    });
  }
  return facts;
}

/** The last month a member who left on `leftOn` belonged in (left on the 1st: the month before). */
function lastMonthAsMember(leftOn: string): DuesMonth {
  const month = monthOf(leftOn);
  return leftOn.endsWith('-01') ? addMonths(month, -1) : month;
}

/**
 * Members who left in (after, through]: the year's statement still owes their months as members.
 * Only recorded members leave (the registry's tick alone has no leaving day).
 */
export async function membersLeftBetween(
  db: Queryable,
  villageId: string,
  after: string,
  through: string,
): Promise<Array<{ personId: string; name: string; joinedOn: string | null; leftOn: string }>> {
  return db.query(
    `SELECT p.id AS "personId", p.name, coalesce(m.joined_on, p.party_joined_on)::text AS "joinedOn",
            m.left_on::text AS "leftOn"
       FROM party_member m JOIN person p ON p.village_id = m.village_id AND p.id = m.person_id
      WHERE m.village_id = $1 AND m.left_on > $2::date AND m.left_on <= $3::date
      ORDER BY p.name, p.id`,
    [villageId, after, through],
  );
}
