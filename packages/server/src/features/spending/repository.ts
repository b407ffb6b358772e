import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import { fromYuanText, toYuanText, type Fen } from '@cunzhi/core/money';
import type { ApprovalStep } from '@cunzhi/core/spending/chain';
import type { SpendingAuthority } from '@cunzhi/core/spending/tiers';
import type { Queryable, Tx } from '../../platform/db/database.ts';

export type SpendingStatus = 'pending' | 'refused' | 'paid';
/** lapsed: its motion carried after the request was paid or closed, so it stopped nothing. */
export type HoldStatus = 'proposed' | 'adopted' | 'rejected' | 'released' | 'lapsed';

export interface RequestRow {
  id: string;
  number: number;
  purpose: string;
  payee: string;
  /** numeric(14,2) as text */
  amount: string;
  expense_account: string;
  paid_from_account: string;
  authority: SpendingAuthority;
  resolution_id: string | null;
  scheduled_on: CalendarDate | null;
  status: SpendingStatus;
  profile_id: string;
  profile_version: string;
  created_by: string;
  created_at: Date;
}

const REQUEST_COLUMNS = `id, number, purpose, payee, amount::text AS amount, expense_account, paid_from_account,
  authority, resolution_id, scheduled_on, status, profile_id, profile_version, created_by, created_at`;

/** A request; `forUpdate` takes its row lock, which every payment and every hold decision queue on. */
export async function findRequest(
  db: Queryable,
  villageId: string,
  requestId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<RequestRow | null> {
  const [row] = await db.query<RequestRow>(
    `SELECT ${REQUEST_COLUMNS} FROM spending_request WHERE village_id = $1 AND id = $2${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [villageId, requestId],
  );
  return row ?? null;
}

export async function listRequests(db: Queryable, villageId: string): Promise<RequestRow[]> {
  return db.query<RequestRow>(
    `SELECT ${REQUEST_COLUMNS} FROM spending_request WHERE village_id = $1 ORDER BY number DESC`,
    [villageId],
  );
}

/** Spending requests of a village queue here (numbers, and what is left of a resolution). */
export async function lockVillageSpending(tx: Tx, villageId: string): Promise<void> {
  await tx.query('SELECT id FROM village WHERE id = $1 FOR NO KEY UPDATE', [villageId]);
}

export async function insertRequest(
  tx: Tx,
  villageId: string,
  r: {
    id: string;
    purpose: string;
    payee: string;
    amount: Fen;
    expenseAccount: string;
    paidFromAccount: string;
    authority: SpendingAuthority;
    resolutionId: string | null;
    scheduledOn: CalendarDate | null;
    profileId: string;
    profileVersion: string;
    createdBy: string;
  },
): Promise<number> {
  // numbers are sequential per village: concurrent requests queue on the village row
  await lockVillageSpending(tx, villageId);
  const [row] = await tx.query<{ number: number }>(
    `INSERT INTO spending_request (village_id, id, number, purpose, payee, amount, expense_account, paid_from_account,
       authority, resolution_id, scheduled_on, profile_id, profile_version, created_by)
     VALUES ($1, $2, (SELECT coalesce(max(number), 0) + 1 FROM spending_request WHERE village_id = $1),
       $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     RETURNING number`,
    [
      villageId,
      r.id,
      r.purpose,
      r.payee,
      toYuanText(r.amount),
      r.expenseAccount,
      r.paidFromAccount,
      r.authority,
      r.resolutionId,
      r.scheduledOn,
      r.profileId,
      r.profileVersion,
      r.createdBy,
    ],
  );
  if (!row) throw new Error('spending request insert returned no row');
  return row.number;
}

export async function setRequestStatus(
  tx: Tx,
  villageId: string,
  requestId: string,
  status: SpendingStatus,
): Promise<void> {
  await tx.query('UPDATE spending_request SET status = $3 WHERE village_id = $1 AND id = $2', [
    villageId,
    requestId,
    status,
  ]);
}

/** What the requests already made under a resolution add up to (refused ones not counted). */
export async function amountRequestedUnder(
  db: Queryable,
  villageId: string,
  resolutionId: string,
): Promise<Fen> {
  const [row] = await db.query<{ total: string }>(
    `SELECT coalesce(sum(amount), 0)::numeric(14,2)::text AS total FROM spending_request
     WHERE village_id = $1 AND resolution_id = $2 AND status <> 'refused'`,
    [villageId, resolutionId],
  );
  return fromYuanText(row?.total ?? '0.00');
}

/** A resolution as a spending basis: its meeting, validity and the budget of its matter. */
export interface ResolutionBasisRow {
  id: string;
  year: number;
  number: number;
  matter_id: string | null;
  meeting_kind: MeetingKind;
  meeting_invalid_reason: string | null;
  revoked_by: string | null;
  adopted_on: CalendarDate;
  budget: string | null;
}

export async function findResolutionBasis(
  db: Queryable,
  villageId: string,
  resolutionId: string,
): Promise<ResolutionBasisRow | null> {
  const [row] = await db.query<ResolutionBasisRow>(
    `SELECT r.id, r.year, r.number, r.matter_id, m.kind AS meeting_kind, m.invalid_reason AS meeting_invalid_reason,
       r.revoked_by, r.adopted_on, t.budget::text AS budget
     FROM resolution r JOIN meeting m ON m.village_id = r.village_id AND m.id = r.meeting_id
     LEFT JOIN matter t ON t.village_id = r.village_id AND t.id = r.matter_id
     WHERE r.village_id = $1 AND r.id = $2`,
    [villageId, resolutionId],
  );
  return row ?? null;
}

// ------------------------------------------------------------------ steps

export interface StepRow {
  step: ApprovalStep;
  decision: 'approved' | 'refused';
  on_date: CalendarDate;
  account_id: string;
  person_id: string | null;
  note: string;
}

export async function listStepRows(
  db: Queryable,
  villageId: string,
  requestId: string,
): Promise<StepRow[]> {
  return db.query<StepRow>(
    `SELECT step, decision, on_date, account_id, person_id, note FROM spending_step
     WHERE village_id = $1 AND request_id = $2 ORDER BY recorded_at`,
    [villageId, requestId],
  );
}

export async function insertStep(
  tx: Tx,
  villageId: string,
  requestId: string,
  s: {
    step: ApprovalStep;
    decision: 'approved' | 'refused';
    on: CalendarDate;
    accountId: string;
    personId: string | null;
    note: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO spending_step (village_id, request_id, step, decision, on_date, account_id, person_id, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [villageId, requestId, s.step, s.decision, s.on, s.accountId, s.personId, s.note],
  );
}

// ---------------------------------------------------------------- payment

export interface PaymentRow {
  id: string;
  request_id: string;
  paid_on: CalendarDate;
  amount: string;
  voucher_id: string | null;
  voucher_number: string | null;
}

export async function findPayment(
  db: Queryable,
  villageId: string,
  requestId: string,
): Promise<PaymentRow | null> {
  const [row] = await db.query<PaymentRow>(
    `SELECT id, request_id, paid_on, amount::text AS amount, voucher_id, voucher_number
     FROM spending_payment WHERE village_id = $1 AND request_id = $2`,
    [villageId, requestId],
  );
  return row ?? null;
}

export async function insertPayment(
  tx: Tx,
  villageId: string,
  p: { id: string; requestId: string; paidOn: CalendarDate; amount: Fen; paidBy: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO spending_payment (village_id, id, request_id, paid_on, amount, paid_by)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [villageId, p.id, p.requestId, p.paidOn, toYuanText(p.amount), p.paidBy],
  );
}

export async function setPaymentVoucher(
  tx: Tx,
  villageId: string,
  paymentId: string,
  voucher: { voucherId: string; number: string },
): Promise<void> {
  await tx.query(
    'UPDATE spending_payment SET voucher_id = $3, voucher_number = $4 WHERE village_id = $1 AND id = $2',
    [villageId, paymentId, voucher.voucherId, voucher.number],
  );
}

// ------------------------------------------------------------------ holds

export interface HoldRow {
  id: string;
  request_id: string;
  reason: string;
  proposed_on: CalendarDate;
  proposed_by: string;
  co_proposers: string[];
  status: HoldStatus;
  /** The day its motion was decided (adopted: in force from then). The count is the motion's. */
  decided_on: CalendarDate | null;
  referred_matter_id: string | null;
  referred_on: CalendarDate | null;
  inspected_on: CalendarDate | null;
  inspection_note: string | null;
  release_basis: 'resolution' | 'committeeVote' | null;
  release_resolution_id: string | null;
  release_decision: HoldDecision | null;
  released_on: CalendarDate | null;
  profile_id: string;
  profile_version: string;
}

/** A release by the committee counted before its votes were kept by name: the figures as typed. */
export interface HoldDecision {
  members: number;
  present: number;
  yes: number;
  no: number;
  abstain: number;
  requiredPresent: number;
  requiredYes: number;
  carried: boolean;
}

const HOLD_COLUMNS = `id, request_id, reason, proposed_on, proposed_by, co_proposers, status, decided_on,
  referred_matter_id, referred_on, inspected_on, inspection_note, release_basis, release_resolution_id,
  release_decision, released_on, profile_id, profile_version`;

export async function findHold(
  db: Queryable,
  villageId: string,
  holdId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<HoldRow | null> {
  const [row] = await db.query<HoldRow>(
    `SELECT ${HOLD_COLUMNS} FROM spending_hold WHERE village_id = $1 AND id = $2${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [villageId, holdId],
  );
  return row ?? null;
}

export async function listHolds(
  db: Queryable,
  villageId: string,
  requestId?: string,
): Promise<HoldRow[]> {
  return db.query<HoldRow>(
    `SELECT ${HOLD_COLUMNS} FROM spending_hold WHERE village_id = $1 AND ($2::uuid IS NULL OR request_id = $2)
     ORDER BY proposed_on, created_at`,
    [villageId, requestId ?? null],
  );
}

export async function insertHold(
  tx: Tx,
  villageId: string,
  h: {
    id: string;
    requestId: string;
    reason: string;
    proposedOn: CalendarDate;
    proposedBy: string;
    coProposers: string[];
    profileId: string;
    profileVersion: string;
    createdBy: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO spending_hold (village_id, id, request_id, reason, proposed_on, proposed_by, co_proposers,
       profile_id, profile_version, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      villageId,
      h.id,
      h.requestId,
      h.reason,
      h.proposedOn,
      h.proposedBy,
      h.coProposers,
      h.profileId,
      h.profileVersion,
      h.createdBy,
    ],
  );
}

/** Its motion decided: adopted (in force), rejected, or lapsed (carried once the request was no longer pending). */
export async function setHoldDecided(
  tx: Tx,
  villageId: string,
  holdId: string,
  d: { status: 'adopted' | 'rejected' | 'lapsed'; on: CalendarDate },
): Promise<void> {
  await tx.query(
    'UPDATE spending_hold SET status = $3, decided_on = $4 WHERE village_id = $1 AND id = $2',
    [villageId, holdId, d.status, d.on],
  );
}

export async function setHoldReferred(
  tx: Tx,
  villageId: string,
  holdId: string,
  matterId: string,
  on: CalendarDate,
): Promise<void> {
  await tx.query(
    'UPDATE spending_hold SET referred_matter_id = $3, referred_on = $4 WHERE village_id = $1 AND id = $2',
    [villageId, holdId, matterId, on],
  );
}

export async function setHoldInspection(
  tx: Tx,
  villageId: string,
  holdId: string,
  i: { on: CalendarDate; note: string; by: string },
): Promise<void> {
  await tx.query(
    `UPDATE spending_hold SET inspected_on = $3, inspection_note = $4, inspected_by = $5
     WHERE village_id = $1 AND id = $2`,
    [villageId, holdId, i.on, i.note, i.by],
  );
}

export async function setHoldReleased(
  tx: Tx,
  villageId: string,
  holdId: string,
  r: { on: CalendarDate; basis: 'resolution' | 'committeeVote'; resolutionId: string | null },
): Promise<void> {
  await tx.query(
    `UPDATE spending_hold SET status = 'released', released_on = $3, release_basis = $4,
       release_resolution_id = $5
     WHERE village_id = $1 AND id = $2`,
    [villageId, holdId, r.on, r.basis, r.resolutionId],
  );
}
