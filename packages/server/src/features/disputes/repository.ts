import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Consent } from '@cunzhi/core/disputes/rules';
import type { DisputeStage, DisputeState } from '@cunzhi/core/disputes/machine';
import type { Queryable, Tx } from '../../platform/db/database.ts';

/** The dispute's own row, as commands read and lock it. */
export interface DisputeRow {
  id: string;
  number: number;
  year: number;
  category: string;
  origin: 'application' | 'initiative';
  subject: string;
  facts: string;
  status: DisputeState;
  received_on: CalendarDate;
  accepted_on: CalendarDate | null;
  ended_on: CalendarDate | null;
  end_reason: string | null;
  closed_on: CalendarDate | null;
  outcome: string | null;
  profile_id: string;
  profile_version: string;
}

export interface PartyRow {
  id: string;
  seq: number;
  person_id: string | null;
  name: string;
  address: string | null;
  consent: Consent;
  consent_on: CalendarDate | null;
  signed_on: CalendarDate | null;
  mark: 'signature' | 'seal' | 'fingerprint' | null;
}

export interface AgreementRow {
  form: 'written' | 'oral';
  year: number;
  number: number | null;
  reached_on: CalendarDate;
  terms: string;
  performance: string;
  mediator_person_id: string | null;
  mediator_signed_on: CalendarDate | null;
  sealed_on: CalendarDate | null;
  effective_on: CalendarDate | null;
  confirm_last_day: CalendarDate | null;
  performed_on: CalendarDate | null;
}

export interface ConfirmationRow {
  court: string;
  applied_on: CalendarDate;
  accept_by: CalendarDate;
  accepted_on: CalendarDate | null;
  extended: boolean;
  decide_by: CalendarDate | null;
  ruling: 'confirmed' | 'rejected' | null;
  ruling_on: CalendarDate | null;
  case_number: string | null;
}

export interface StageRow {
  seq: number;
  stage: DisputeStage;
  body: string;
  handler: string | null;
  department_id: string | null;
  referral_id: string | null;
  started_on: CalendarDate;
  ended_on: CalendarDate | null;
  outcome: string | null;
}

const DISPUTE_COLUMNS = `id, number, year, category, origin, subject, facts, status, received_on,
  accepted_on, ended_on, end_reason, closed_on, outcome, profile_id, profile_version`;

export async function findDispute(
  db: Queryable,
  villageId: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<DisputeRow | null> {
  const [row] = await db.query<DisputeRow>(
    `SELECT ${DISPUTE_COLUMNS} FROM dispute WHERE village_id = $1 AND id = $2
     ${opts.forUpdate ? 'FOR UPDATE' : ''}`,
    [villageId, id],
  );
  return row ?? null;
}

export async function partiesOf(db: Queryable, villageId: string, id: string): Promise<PartyRow[]> {
  return db.query<PartyRow>(
    `SELECT id, seq, person_id, name, address, consent, consent_on, signed_on, mark
     FROM dispute_party WHERE village_id = $1 AND dispute_id = $2 ORDER BY seq`,
    [villageId, id],
  );
}

export async function agreementOf(
  db: Queryable,
  villageId: string,
  id: string,
): Promise<AgreementRow | null> {
  const [row] = await db.query<AgreementRow>(
    `SELECT form, year, number, reached_on, terms, performance, mediator_person_id,
       mediator_signed_on, sealed_on, effective_on, confirm_last_day, performed_on
     FROM dispute_agreement WHERE village_id = $1 AND dispute_id = $2`,
    [villageId, id],
  );
  return row ?? null;
}

export async function confirmationOf(
  db: Queryable,
  villageId: string,
  id: string,
): Promise<ConfirmationRow | null> {
  const [row] = await db.query<ConfirmationRow>(
    `SELECT court, applied_on, accept_by, accepted_on, extended, decide_by, ruling, ruling_on,
       case_number
     FROM dispute_confirmation WHERE village_id = $1 AND dispute_id = $2`,
    [villageId, id],
  );
  return row ?? null;
}

export async function stagesOf(db: Queryable, villageId: string, id: string): Promise<StageRow[]> {
  return db.query<StageRow>(
    `SELECT seq, stage, body, handler, department_id, referral_id, started_on, ended_on, outcome
     FROM dispute_stage WHERE village_id = $1 AND dispute_id = $2 ORDER BY seq`,
    [villageId, id],
  );
}

export async function mediatorIdsOf(
  db: Queryable,
  villageId: string,
  id: string,
): Promise<string[]> {
  const rows = await db.query<{ person_id: string }>(
    'SELECT person_id FROM dispute_mediator WHERE village_id = $1 AND dispute_id = $2',
    [villageId, id],
  );
  return rows.map((r) => r.person_id);
}

/** The dispute that a town referral came from, locked (the town's step flows back to it). */
export async function disputeOfReferral(
  tx: Tx,
  villageId: string,
  referralId: string,
): Promise<DisputeRow | null> {
  const [row] = await tx.query<DisputeRow>(
    `SELECT ${DISPUTE_COLUMNS} FROM dispute d
     WHERE d.village_id = $1 AND d.id = (SELECT dispute_id FROM dispute_stage
       WHERE village_id = $1 AND referral_id = $2)
     FOR UPDATE`,
    [villageId, referralId],
  );
  return row ?? null;
}

/**
 * The next number of a series per village and year, under a lock on the village's row so two
 * registrations the same moment do not take the same number.
 */
export async function nextNumber(
  tx: Tx,
  villageId: string,
  series: 'dispute' | 'agreement',
  year: number,
): Promise<number> {
  await tx.query('SELECT id FROM village WHERE id = $1 FOR UPDATE', [villageId]);
  const table = series === 'dispute' ? 'dispute' : 'dispute_agreement';
  const [row] = await tx.query<{ n: number }>(
    `SELECT COALESCE(MAX(number), 0) + 1 AS n FROM ${table} WHERE village_id = $1 AND year = $2`,
    [villageId, year],
  );
  return Number(row!.n);
}

export async function insertDispute(
  tx: Tx,
  villageId: string,
  d: Omit<DisputeRow, 'accepted_on' | 'ended_on' | 'end_reason' | 'closed_on' | 'outcome'> & {
    registeredBy: string | null;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO dispute (village_id, id, number, year, category, origin, subject, facts, status,
       received_on, profile_id, profile_version, registered_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      villageId,
      d.id,
      d.number,
      d.year,
      d.category,
      d.origin,
      d.subject,
      d.facts,
      d.status,
      d.received_on,
      d.profile_id,
      d.profile_version,
      d.registeredBy,
    ],
  );
}

export async function insertParty(
  tx: Tx,
  villageId: string,
  disputeId: string,
  p: { id: string; seq: number; personId: string | null; name: string; address: string | null },
): Promise<void> {
  await tx.query(
    `INSERT INTO dispute_party (village_id, dispute_id, id, seq, person_id, name, address)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [villageId, disputeId, p.id, p.seq, p.personId, p.name, p.address],
  );
}

/**
 * Sets the columns a step changed on the dispute's row or its agreement's (the names are the
 * code's, never input).
 */
async function setColumns(
  tx: Tx,
  table: 'dispute' | 'dispute_agreement',
  key: { villageId: string; id: string },
  set: Record<string, unknown>,
): Promise<void> {
  const entries = Object.entries(set);
  if (entries.length === 0) return;
  const assignments = entries.map(([column], i) => `${column} = $${i + 3}`).join(', ');
  const idColumn = table === 'dispute' ? 'id' : 'dispute_id';
  await tx.query(`UPDATE ${table} SET ${assignments} WHERE village_id = $1 AND ${idColumn} = $2`, [
    key.villageId,
    key.id,
    ...entries.map(([, value]) => value),
  ]);
}

export const updateDispute = (
  tx: Tx,
  villageId: string,
  id: string,
  set: Partial<
    Pick<DisputeRow, 'status' | 'accepted_on' | 'ended_on' | 'end_reason' | 'closed_on' | 'outcome'>
  >,
) => setColumns(tx, 'dispute', { villageId, id }, set);

export async function setConsent(
  tx: Tx,
  villageId: string,
  disputeId: string,
  partyId: string,
  consent: Consent,
  on: CalendarDate,
): Promise<void> {
  await tx.query(
    `UPDATE dispute_party SET consent = $4, consent_on = $5
     WHERE village_id = $1 AND dispute_id = $2 AND id = $3`,
    [villageId, disputeId, partyId, consent, on],
  );
}

export async function setPartyMark(
  tx: Tx,
  villageId: string,
  disputeId: string,
  partyId: string,
  mark: { on: CalendarDate; mark: string },
): Promise<void> {
  await tx.query(
    `UPDATE dispute_party SET signed_on = $4, mark = $5
     WHERE village_id = $1 AND dispute_id = $2 AND id = $3`,
    [villageId, disputeId, partyId, mark.on, mark.mark],
  );
}

export async function addMediators(
  tx: Tx,
  villageId: string,
  disputeId: string,
  mediators: ReadonlyArray<{ personId: string; how: 'assigned' | 'chosen' }>,
  since: CalendarDate,
): Promise<void> {
  for (const m of mediators)
    await tx.query(
      `INSERT INTO dispute_mediator (village_id, dispute_id, person_id, how, since)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (village_id, dispute_id, person_id) DO UPDATE SET how = EXCLUDED.how`,
      [villageId, disputeId, m.personId, m.how, since],
    );
}

export async function insertRecord(
  tx: Tx,
  villageId: string,
  disputeId: string,
  r: { heldOn: CalendarDate; place: string; present: string; content: string; by: string | null },
): Promise<number> {
  const [row] = await tx.query<{ seq: number }>(
    `INSERT INTO dispute_record (village_id, dispute_id, seq, held_on, place, present, content,
       recorded_by)
     SELECT $1, $2, COALESCE(MAX(seq), 0) + 1, $3, $4, $5, $6, $7
     FROM dispute_record WHERE village_id = $1 AND dispute_id = $2
     RETURNING seq`,
    [villageId, disputeId, r.heldOn, r.place, r.present, r.content, r.by],
  );
  return row!.seq;
}

export async function insertAgreement(
  tx: Tx,
  villageId: string,
  disputeId: string,
  a: Pick<
    AgreementRow,
    'form' | 'year' | 'number' | 'reached_on' | 'terms' | 'performance' | 'mediator_person_id'
  > &
    Pick<AgreementRow, 'effective_on' | 'confirm_last_day'>,
): Promise<void> {
  await tx.query(
    `INSERT INTO dispute_agreement (village_id, dispute_id, form, year, number, reached_on, terms,
       performance, mediator_person_id, effective_on, confirm_last_day)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      villageId,
      disputeId,
      a.form,
      a.year,
      a.number,
      a.reached_on,
      a.terms,
      a.performance,
      a.mediator_person_id,
      a.effective_on,
      a.confirm_last_day,
    ],
  );
}

export const updateAgreement = (
  tx: Tx,
  villageId: string,
  disputeId: string,
  set: Partial<
    Pick<
      AgreementRow,
      'mediator_signed_on' | 'sealed_on' | 'effective_on' | 'confirm_last_day' | 'performed_on'
    >
  >,
) => setColumns(tx, 'dispute_agreement', { villageId, id: disputeId }, set);

export async function insertConfirmation(
  tx: Tx,
  villageId: string,
  disputeId: string,
  c: { court: string; appliedOn: CalendarDate; acceptBy: CalendarDate; by: string | null },
): Promise<void> {
  await tx.query(
    `INSERT INTO dispute_confirmation (village_id, dispute_id, court, applied_on, accept_by,
       entered_by)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [villageId, disputeId, c.court, c.appliedOn, c.acceptBy, c.by],
  );
}

export async function updateConfirmation(
  tx: Tx,
  villageId: string,
  disputeId: string,
  c: Pick<
    ConfirmationRow,
    'accepted_on' | 'extended' | 'decide_by' | 'ruling' | 'ruling_on' | 'case_number'
  >,
): Promise<void> {
  await tx.query(
    `UPDATE dispute_confirmation SET accepted_on = $3, extended = $4, decide_by = $5,
       ruling = $6, ruling_on = $7, case_number = $8
     WHERE village_id = $1 AND dispute_id = $2`,
    [
      villageId,
      disputeId,
      c.accepted_on,
      c.extended,
      c.decide_by,
      c.ruling,
      c.ruling_on,
      c.case_number,
    ],
  );
}

/** Opens a stage of 三调联动 (the people's stage opens with the dispute). */
export async function openStage(
  tx: Tx,
  villageId: string,
  disputeId: string,
  s: Omit<StageRow, 'seq' | 'ended_on' | 'outcome'>,
): Promise<void> {
  await tx.query(
    `INSERT INTO dispute_stage (village_id, dispute_id, seq, stage, body, handler, department_id,
       referral_id, started_on)
     SELECT $1, $2, COALESCE(MAX(seq), 0) + 1, $3, $4, $5, $6, $7, $8
     FROM dispute_stage WHERE village_id = $1 AND dispute_id = $2`,
    [
      villageId,
      disputeId,
      s.stage,
      s.body,
      s.handler,
      s.department_id,
      s.referral_id,
      s.started_on,
    ],
  );
}

/** Ends the stage in progress (the latest) with its outcome; the handler when first known. */
export async function endStage(
  tx: Tx,
  villageId: string,
  disputeId: string,
  e: { on: CalendarDate; outcome: string; handler?: string | null },
): Promise<void> {
  await tx.query(
    `UPDATE dispute_stage SET ended_on = $3, outcome = $4, handler = COALESCE(handler, $5)
     WHERE village_id = $1 AND dispute_id = $2 AND ended_on IS NULL
       AND seq = (SELECT MAX(seq) FROM dispute_stage WHERE village_id = $1 AND dispute_id = $2)`,
    [villageId, disputeId, e.on, e.outcome, e.handler ?? null],
  );
}

/** Names who handles the stage in progress (the mediators; the town official who accepted). */
export async function setStageHandler(
  tx: Tx,
  villageId: string,
  disputeId: string,
  handler: string,
): Promise<void> {
  await tx.query(
    `UPDATE dispute_stage SET handler = $3
     WHERE village_id = $1 AND dispute_id = $2 AND ended_on IS NULL
       AND seq = (SELECT MAX(seq) FROM dispute_stage WHERE village_id = $1 AND dispute_id = $2)`,
    [villageId, disputeId, handler],
  );
}

/** The names of a dispute's mediators, in the order they were assigned. */
export async function mediatorNamesOf(
  db: Queryable,
  villageId: string,
  disputeId: string,
): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    `SELECT p.name FROM dispute_mediator m
     JOIN person p ON p.village_id = m.village_id AND p.id = m.person_id
     WHERE m.village_id = $1 AND m.dispute_id = $2 ORDER BY m.since, p.name`,
    [villageId, disputeId],
  );
  return rows.map((r) => r.name);
}

/** An account's display name (the town official who took a referred dispute). */
export async function accountName(db: Queryable, accountId: string): Promise<string | null> {
  const [row] = await db.query<{ display_name: string }>(
    'SELECT display_name FROM account WHERE id = $1',
    [accountId],
  );
  return row?.display_name ?? null;
}

export { departmentOfVillageTown as departmentOfTown } from '../townInbox/queries.ts';

export async function personNames(
  db: Queryable,
  villageId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM person WHERE village_id = $1 AND id = ANY($2::uuid[])',
    [villageId, [...ids]],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}
