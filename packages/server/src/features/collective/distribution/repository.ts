import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
import { bulkInsert } from '../../../platform/db/bulkInsert.ts';

/**
 * Income distribution's rows: a year's plan, its dividends and their payments (migration 0052).
 * Amounts are whole fen (int8, read as numbers: the largest income the money column allows,
 * 10^14 fen, is well inside a double's exact range).
 */

export type PlanState = 'draft' | 'published' | 'adopted';
export type PayeeKind = 'person' | 'household';

export interface PlanRow {
  id: string;
  orgId: string;
  year: number;
  charterId: string;
  incomeFen: number;
  reserveRateBp: number;
  reserveFen: number;
  committeeFen: number;
  poolFen: number;
  payeeKind: PayeeKind;
  holdingsOn: CalendarDate;
  totalShares: number;
  note: string;
  state: PlanState;
  publishedOn: CalendarDate | null;
  resolutionId: string | null;
  adoptedOn: CalendarDate | null;
  draftedAt: Date;
}

const PLAN_SELECT = `SELECT id, org_id AS "orgId", year, charter_id AS "charterId",
    income_fen AS "incomeFen", reserve_rate_bp AS "reserveRateBp", reserve_fen AS "reserveFen",
    committee_fen AS "committeeFen", pool_fen AS "poolFen", payee_kind AS "payeeKind",
    holdings_on AS "holdingsOn", total_shares AS "totalShares", note, state,
    published_on AS "publishedOn", resolution_id AS "resolutionId", adopted_on AS "adoptedOn",
    drafted_at AS "draftedAt"
  FROM collective_distribution_plan`;

export async function findPlan(
  db: Queryable,
  villageId: string,
  planId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<PlanRow | null> {
  const [row] = await db.query<PlanRow>(
    `${PLAN_SELECT} WHERE village_id = $1 AND id = $2${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [villageId, planId],
  );
  return row ?? null;
}

/** An organisation's plans, the latest year first. */
export async function plansOf(db: Queryable, villageId: string, orgId: string): Promise<PlanRow[]> {
  return db.query<PlanRow>(
    `${PLAN_SELECT} WHERE village_id = $1 AND org_id = $2 ORDER BY year DESC, drafted_at DESC`,
    [villageId, orgId],
  );
}

/** The plan adopted for a year, if any. */
export async function adoptedPlanOf(
  db: Queryable,
  villageId: string,
  orgId: string,
  year: number,
): Promise<PlanRow | null> {
  const [row] = await db.query<PlanRow>(
    `${PLAN_SELECT} WHERE village_id = $1 AND org_id = $2 AND year = $3 AND state = 'adopted'`,
    [villageId, orgId, year],
  );
  return row ?? null;
}

export interface NewPlan extends Omit<
  PlanRow,
  'state' | 'publishedOn' | 'resolutionId' | 'adoptedOn' | 'draftedAt'
> {
  draftedBy: string | null;
  draftedAt: Date;
}

export interface NewDividend {
  id: string;
  personId: string | null;
  householdId: string | null;
  registerNo: number;
  shares: bigint;
  amountFen: bigint;
}

/** The plan and its dividends, written once. */
export async function insertPlan(
  tx: Tx,
  villageId: string,
  p: NewPlan,
  dividends: readonly NewDividend[],
): Promise<void> {
  await tx.query(
    `INSERT INTO collective_distribution_plan (village_id, id, org_id, year, charter_id, income_fen,
       reserve_rate_bp, reserve_fen, committee_fen, pool_fen, payee_kind, holdings_on, total_shares,
       note, drafted_by, drafted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
    [
      villageId,
      p.id,
      p.orgId,
      p.year,
      p.charterId,
      p.incomeFen,
      p.reserveRateBp,
      p.reserveFen,
      p.committeeFen,
      p.poolFen,
      p.payeeKind,
      p.holdingsOn,
      p.totalShares,
      p.note,
      p.draftedBy,
      p.draftedAt,
    ],
  );
  await bulkInsert(
    tx,
    'collective_dividend',
    [
      'village_id',
      'id',
      'plan_id',
      'person_id',
      'household_id',
      'register_no',
      'shares',
      'amount_fen',
    ],
    dividends.map((d) => [
      villageId,
      d.id,
      p.id,
      d.personId,
      d.householdId,
      d.registerNo,
      d.shares.toString(),
      d.amountFen.toString(),
    ]),
  );
}

/** The plan a resolution adopted, if any (a resolution adopts one plan). */
export async function planAdoptedBy(
  db: Queryable,
  villageId: string,
  resolutionId: string,
): Promise<{ id: string; year: number } | null> {
  const [row] = await db.query<{ id: string; year: number }>(
    `SELECT id, year FROM collective_distribution_plan WHERE village_id = $1 AND resolution_id = $2`,
    [villageId, resolutionId],
  );
  return row ?? null;
}

export async function markPublished(
  tx: Tx,
  villageId: string,
  planId: string,
  on: CalendarDate,
): Promise<void> {
  await tx.query(
    `UPDATE collective_distribution_plan SET state = 'published', published_on = $3,
       version = version + 1
     WHERE village_id = $1 AND id = $2`,
    [villageId, planId, on],
  );
}

export async function markAdopted(
  tx: Tx,
  villageId: string,
  planId: string,
  a: {
    resolutionId: string;
    on: CalendarDate;
    reserveVoucherId: string;
    payablesVoucherId: string;
    committeeVoucherId: string | null;
  },
): Promise<void> {
  await tx.query(
    `UPDATE collective_distribution_plan SET state = 'adopted', resolution_id = $3, adopted_on = $4,
       reserve_voucher_id = $5, payables_voucher_id = $6, committee_voucher_id = $7,
       version = version + 1
     WHERE village_id = $1 AND id = $2`,
    [
      villageId,
      planId,
      a.resolutionId,
      a.on,
      a.reserveVoucherId,
      a.payablesVoucherId,
      a.committeeVoucherId,
    ],
  );
}

/** The adopting resolution as the command checks it: its meeting's kind and day. */
export interface ResolutionFacts {
  id: string;
  year: number;
  number: number;
  title: string;
  adoptedOn: CalendarDate;
  revoked: boolean;
  meetingKind: string;
  meetingOn: CalendarDate;
  /** the organisation whose meeting adopted it (null: a villagers' body's) */
  orgId: string | null;
  /** the Art. 26 power its motion exercised (collective meetings) */
  power: string | null;
}

export async function resolutionFacts(
  db: Queryable,
  villageId: string,
  resolutionId: string,
): Promise<ResolutionFacts | null> {
  const [row] = await db.query<ResolutionFacts>(
    `SELECT r.id, r.year, r.number, r.title, r.adopted_on AS "adoptedOn",
       r.revoked_on IS NOT NULL AS revoked, m.kind AS "meetingKind", m.meeting_on AS "meetingOn",
       m.collective_org_id AS "orgId", mo.collective_power AS power
     FROM resolution r JOIN meeting m ON m.village_id = r.village_id AND m.id = r.meeting_id
     JOIN motion mo ON mo.village_id = r.village_id AND mo.id = r.motion_id
     WHERE r.village_id = $1 AND r.id = $2`,
    [villageId, resolutionId],
  );
  return row ?? null;
}

/** What a plan's view adds to its row: the organisation, the charter and the resolution. */
export async function planFacts(db: Queryable, villageId: string, planId: string) {
  const [row] = await db.query<{
    orgName: string;
    charterVersion: number;
    charterRateBp: number;
    resolutionYear: number | null;
    resolutionNumber: number | null;
    payees: number;
  }>(
    `SELECT o.name AS "orgName", c.version AS "charterVersion",
       (c.terms ->> 'reserveRateBp')::int AS "charterRateBp",
       r.year AS "resolutionYear", r.number AS "resolutionNumber",
       (SELECT count(*)::int8 FROM collective_dividend d
        WHERE d.village_id = $1 AND d.plan_id = $2) AS payees
     FROM collective_distribution_plan p
     JOIN collective_org o ON o.village_id = p.village_id AND o.id = p.org_id
     JOIN collective_charter c ON c.village_id = p.village_id AND c.id = p.charter_id
     LEFT JOIN resolution r ON r.village_id = p.village_id AND r.id = p.resolution_id
     WHERE p.village_id = $1 AND p.id = $2`,
    [villageId, planId],
  );
  return row!;
}

/** The resolutions of the organisation's members' and representatives' assemblies, newest first. */
export async function assemblyResolutionsOf(
  db: Queryable,
  villageId: string,
  orgId: string,
): Promise<
  Array<{ id: string; year: number; number: number; title: string; meetingOn: CalendarDate }>
> {
  return db.query(
    `SELECT r.id, r.year, r.number, r.title, m.meeting_on AS "meetingOn"
     FROM resolution r JOIN meeting m ON m.village_id = r.village_id AND m.id = r.meeting_id
     WHERE r.village_id = $1 AND m.collective_org_id = $2 AND r.revoked_on IS NULL
       AND m.kind IN ('membersAssembly', 'membersRepresentativesAssembly')
     ORDER BY m.meeting_on DESC, r.number DESC LIMIT 50`,
    [villageId, orgId],
  );
}

// ------------------------------------------------------------------ dividends and payments

export interface DividendRow {
  id: string;
  planId: string;
  personId: string | null;
  householdId: string | null;
  registerNo: number;
  shares: number;
  amountFen: number;
  /** the person's name, or the household's head and number */
  payeeName: string;
  householdNumber: string;
  /** a household payee's head (who usually collects for it) */
  headId: string | null;
  paidOn: CalendarDate | null;
  method: 'transfer' | 'cash' | null;
  bankReference: string | null;
  acknowledged: 'signature' | 'thumbprint' | null;
  paidToId: string | null;
  paidToName: string | null;
  heirEvidence: string | null;
}

const DIVIDEND_SELECT = `SELECT d.id, d.plan_id AS "planId", d.person_id AS "personId",
    d.household_id AS "householdId", d.register_no AS "registerNo", d.shares,
    d.amount_fen AS "amountFen",
    COALESCE(p.name, hh.name, '') AS "payeeName", h.number AS "householdNumber",
    hh.id AS "headId",
    pay.paid_on AS "paidOn", pay.method, pay.bank_reference AS "bankReference",
    pay.acknowledged, pay.paid_to AS "paidToId", r.name AS "paidToName",
    pay.heir_evidence AS "heirEvidence"
  FROM collective_dividend d
  LEFT JOIN person p ON p.village_id = d.village_id AND p.id = d.person_id
  JOIN household h ON h.village_id = d.village_id AND h.id = COALESCE(d.household_id, p.household_id)
  LEFT JOIN person hh ON hh.village_id = d.village_id AND hh.household_id = d.household_id
    AND hh.relation_to_head = 'head'
  LEFT JOIN collective_dividend_payment pay ON pay.village_id = d.village_id AND pay.dividend_id = d.id
  LEFT JOIN person r ON r.village_id = pay.village_id AND r.id = pay.paid_to`;

/** A plan's dividends in register order. */
export async function dividendsOf(
  db: Queryable,
  villageId: string,
  planId: string,
): Promise<DividendRow[]> {
  return db.query<DividendRow>(
    `${DIVIDEND_SELECT} WHERE d.village_id = $1 AND d.plan_id = $2 ORDER BY d.register_no`,
    [villageId, planId],
  );
}

export async function findDividend(
  db: Queryable,
  villageId: string,
  dividendId: string,
): Promise<DividendRow | null> {
  const [row] = await db.query<DividendRow>(
    `${DIVIDEND_SELECT} WHERE d.village_id = $1 AND d.id = $2`,
    [villageId, dividendId],
  );
  return row ?? null;
}

/**
 * Locks a dividend row for its payment: concurrent payments of one dividend wait here, one after
 * the other, and each later one sees the earlier payment. Returns its plan's id, or null.
 */
export async function lockDividend(
  tx: Tx,
  villageId: string,
  dividendId: string,
): Promise<{ planId: string } | null> {
  const [row] = await tx.query<{ planId: string }>(
    `SELECT plan_id AS "planId" FROM collective_dividend
     WHERE village_id = $1 AND id = $2 FOR UPDATE`,
    [villageId, dividendId],
  );
  return row ?? null;
}

export async function insertPayment(
  tx: Tx,
  villageId: string,
  p: {
    dividendId: string;
    method: 'transfer' | 'cash';
    bankReference: string | null;
    acknowledged: 'signature' | 'thumbprint' | null;
    paidTo: string;
    heirEvidence: string | null;
    paidOn: CalendarDate;
    voucherId: string;
    recordedBy: string | null;
    recordedAt: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO collective_dividend_payment (village_id, dividend_id, method, bank_reference,
       acknowledged, paid_to, heir_evidence, paid_on, voucher_id, recorded_by, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      villageId,
      p.dividendId,
      p.method,
      p.bankReference,
      p.acknowledged,
      p.paidTo,
      p.heirEvidence,
      p.paidOn,
      p.voucherId,
      p.recordedBy,
      p.recordedAt,
    ],
  );
}

/** A registry person's name and household, for the receiver of a payment. */
export async function personFacts(
  db: Queryable,
  villageId: string,
  personId: string,
): Promise<{ id: string; name: string; householdId: string } | null> {
  const [row] = await db.query<{ id: string; name: string; householdId: string }>(
    `SELECT id, name, household_id AS "householdId" FROM person WHERE village_id = $1 AND id = $2`,
    [villageId, personId],
  );
  return row ?? null;
}

/**
 * The day a member's membership ended by death (Art. 17(一)), if their last membership act on or
 * before `on` is that loss: the registry keeps no date of death, the register does.
 */
export async function diedOn(
  db: Queryable,
  villageId: string,
  orgId: string,
  personId: string,
  on: CalendarDate,
): Promise<CalendarDate | null> {
  const [row] = await db.query<{ kind: string; ground: string; occurredOn: CalendarDate }>(
    `SELECT kind, ground, occurred_on AS "occurredOn" FROM collective_member_event
     WHERE village_id = $1 AND org_id = $2 AND person_id = $3 AND occurred_on <= $4
       AND kind <> 'refuse'
     ORDER BY occurred_on DESC, recorded_at DESC LIMIT 1`,
    [villageId, orgId, personId, on],
  );
  return row && row.kind === 'lose' && row.ground === 'death' ? row.occurredOn : null;
}

/** Paid and unpaid totals of a plan (the list's foot and the overview). */
export async function paymentTotals(
  db: Queryable,
  villageId: string,
  planId: string,
): Promise<{ paidCount: number; paidFen: number; unpaidCount: number; unpaidFen: number }> {
  const [row] = await db.query<{
    paidCount: number;
    paidFen: number;
    unpaidCount: number;
    unpaidFen: number;
  }>(
    `SELECT count(pay.dividend_id)::int8 AS "paidCount",
       COALESCE(SUM(d.amount_fen) FILTER (WHERE pay.dividend_id IS NOT NULL), 0)::int8 AS "paidFen",
       (count(*) - count(pay.dividend_id))::int8 AS "unpaidCount",
       COALESCE(SUM(d.amount_fen) FILTER (WHERE pay.dividend_id IS NULL), 0)::int8 AS "unpaidFen"
     FROM collective_dividend d
     LEFT JOIN collective_dividend_payment pay
       ON pay.village_id = d.village_id AND pay.dividend_id = d.id
     WHERE d.village_id = $1 AND d.plan_id = $2`,
    [villageId, planId],
  );
  return row!;
}
