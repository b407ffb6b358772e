import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { ReferralAddressee } from '@cunzhi/core/policies/townInbox';
import type {
  DepartmentKind,
  ReferralStatus,
  ReferralStep,
} from '@cunzhi/core/townInbox/referrals';
import type { CommandContext } from '../../platform/command.ts';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { appendAuditEvent } from '../../platform/audit/appendAuditEvent.ts';

export const REFERRAL_SOURCE_KINDS = [
  'complaint',
  'inspection',
  'report',
  'service',
  'minqing',
  'dispute',
  'petition',
] as const;
export type ReferralSourceKind = (typeof REFERRAL_SOURCE_KINDS)[number];

export interface ReferralInput {
  /**
   * What is referred: a complaint, an inspection (its finding), a report of the committee, or a
   * case of issue 13 handed up to a town department (a service, a 民情 case, a dispute, a petition).
   */
  source: { kind: ReferralSourceKind; id: string };
  addressee: ReferralAddressee;
  /** The town department it goes to, when `addressee` is 'department'. */
  departmentId?: string;
  /** The day the town must act by (to accept, or to answer), by the source's rule or promise. */
  dueOn?: CalendarDate | null;
  subject: string;
  summary: string;
  /** The cadres it is about (person ids of the village), if any. */
  concernsPersonIds?: readonly string[];
}

/** Where a village sits, for the town's inbox and the county's audit chain. */
export interface VillagePlace {
  village_id: string;
  village_name: string;
  town_id: string;
  town_name: string;
  county_id: string;
}

export async function villagePlace(db: Queryable, villageId: string): Promise<VillagePlace> {
  const [row] = await db.query<VillagePlace>(
    `SELECT v.id AS village_id, v.name AS village_name, t.id AS town_id, t.name AS town_name,
       t.county_id
     FROM village v JOIN town t ON t.id = v.town_id WHERE v.id = $1`,
    [villageId],
  );
  if (!row) throw new Error(`no village ${villageId}`);
  return row;
}

/**
 * The audit chain a referral's events go on. A referral to the discipline or supervisory
 * commission is recorded on the county's chain, not the village's, so the village's audit log
 * (which its cadres read) does not show that a report about them exists; one to the town
 * government is an ordinary act of the village and goes on its chain.
 */
export function referralChain(addressee: ReferralAddressee, place: VillagePlace): string {
  return addressee === 'townGovernment' || addressee === 'department'
    ? place.village_id
    : place.county_id;
}

/**
 * Files a referral into the town's inbox (报镇纪委, 报乡镇人民政府, 向监察机关报告), inside the
 * caller's transaction, and records `townReferral.filed` (on the county's chain unless it is
 * addressed to the town government). The village acts (cmd.villageId, cmd.actorAccountId);
 * from then on only the addressee's unit of the village's town (and county) reads it, through
 * features/townInbox. Filing the same source to the same addressee twice files it once: the
 * existing referral's id is returned.
 */
export async function fileTownReferral(
  tx: Tx,
  cmd: CommandContext,
  input: ReferralInput,
): Promise<{ referralId: string }> {
  const place = await villagePlace(tx, cmd.villageId);
  const id = randomUUID();
  const now = cmd.clock.now();
  const [row] = await tx.query<{ id: string; inserted: boolean }>(
    `INSERT INTO town_referral (village_id, id, town_id, source_kind, source_id, addressee, subject,
       summary, concerns_person_ids, filed_on, filed_at, filed_by, department_id, due_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::uuid[], $10, $11, $12, $13, $14)
     ON CONFLICT (village_id, source_kind, source_id, addressee) DO UPDATE SET id = town_referral.id
     RETURNING id, (xmax = 0) AS inserted`,
    [
      cmd.villageId,
      id,
      place.town_id,
      input.source.kind,
      input.source.id,
      input.addressee,
      input.subject,
      input.summary,
      input.concernsPersonIds ?? [],
      cmd.clock.today(),
      now,
      cmd.actorAccountId,
      input.departmentId ?? null,
      input.dueOn ?? null,
    ],
  );
  if (!row) throw new Error('referral not filed');
  if (row.inserted) {
    await appendReferralStep(tx, { villageId: cmd.villageId, id: row.id }, 'file', {
      at: now,
      accountId: cmd.actorAccountId,
      departmentId: input.departmentId ?? null,
      dueOn: input.dueOn ?? null,
    });
    await appendAuditEvent(tx, {
      chainId: referralChain(input.addressee, place),
      actorAccountId: cmd.actorAccountId,
      action: 'townReferral.filed',
      targetType: 'townReferral',
      targetId: row.id,
      data: {
        villageId: cmd.villageId,
        source: input.source,
        addressee: input.addressee,
        ...(input.departmentId ? { departmentId: input.departmentId } : {}),
        concerns: input.concernsPersonIds?.length ?? 0,
      },
      occurredAt: now,
    });
  }
  return { referralId: row.id };
}

export interface ReferralRow {
  village_id: string;
  id: string;
  town_id: string;
  source_kind: ReferralSourceKind;
  source_id: string;
  addressee: ReferralAddressee;
  subject: string;
  summary: string;
  concerns_person_ids: string[];
  status: ReferralStatus;
  filed_on: CalendarDate;
  department_id: string | null;
  due_on: CalendarDate | null;
  paused_on: CalendarDate | null;
  return_reason: string | null;
  answer: string | null;
  accepted_at: Date | null;
  answered_at: Date | null;
  closed_at: Date | null;
}

const REFERRAL_COLUMNS = `r.village_id, r.id, r.town_id, r.source_kind, r.source_id, r.addressee,
  r.subject, r.summary, r.concerns_person_ids::text[] AS concerns_person_ids, r.status,
  to_char(r.filed_on, 'YYYY-MM-DD') AS filed_on, r.department_id,
  to_char(r.due_on, 'YYYY-MM-DD') AS due_on, to_char(r.paused_on, 'YYYY-MM-DD') AS paused_on,
  r.return_reason, r.answer, r.accepted_at, r.answered_at, r.closed_at`;

export async function findReferral(
  db: Queryable,
  villageId: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<ReferralRow | null> {
  const [row] = await db.query<ReferralRow>(
    `SELECT ${REFERRAL_COLUMNS} FROM town_referral r WHERE r.village_id = $1 AND r.id = $2${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [villageId, id],
  );
  return row ?? null;
}

/** The referral of a source to the discipline side (a complaint's), for its complainant's view. */
export async function referralOfSource(
  db: Queryable,
  villageId: string,
  source: { kind: ReferralSourceKind; id: string },
): Promise<Pick<ReferralRow, 'status' | 'answer'> | null> {
  const [row] = await db.query<Pick<ReferralRow, 'status' | 'answer'>>(
    `SELECT status, answer FROM town_referral
     WHERE village_id = $1 AND source_kind = $2 AND source_id = $3 ORDER BY filed_at LIMIT 1`,
    [villageId, source.kind, source.id],
  );
  return row ?? null;
}

/** What a step changes besides the status (null leaves a column as it is, unless named). */
export interface StepChange {
  at: Date;
  accountId: string | null;
  answer?: string;
  note?: string | null;
  /** transfer and refile move the referral to this department */
  departmentId?: string | null;
  /** the new due date, when the step sets one */
  dueOn?: CalendarDate | null;
  /** askMaterials stops the clock from this day; materialsIn starts it again (null) */
  pausedOn?: CalendarDate | null;
}

/** The columns a step stamps with its time and account, and the text it keeps. */
const STEP_STAMPS: Partial<Record<ReferralStep, { at?: string; by?: string; text?: string }>> = {
  accept: { at: 'accepted_at', by: 'accepted_by' },
  answer: { at: 'answered_at', by: 'answered_by', text: 'answer' },
  close: { at: 'closed_at', by: 'closed_by' },
  return: { text: 'return_reason' },
};

/** Moves a referral by one step (the caller decided it with core's referralMachine) and logs it. */
export async function applyReferralStep(
  tx: Tx,
  r: { villageId: string; id: string },
  step: ReferralStep,
  to: ReferralStatus,
  change: StepChange,
): Promise<void> {
  const params: unknown[] = [r.villageId, r.id];
  const sets: string[] = [];
  const set = (column: string, value: unknown, keep = false) => {
    params.push(value);
    sets.push(
      keep ? `${column} = coalesce(${column}, $${params.length})` : `${column} = $${params.length}`,
    );
  };
  set('status', to);
  const stamps = STEP_STAMPS[step];
  // starting to handle an unaccepted referral accepts it at the same time
  const acceptsNow = step === 'handle';
  if (stamps?.at) set(stamps.at, change.at);
  if (stamps?.by) set(stamps.by, change.accountId);
  if (acceptsNow) set('accepted_at', change.at, true);
  if (acceptsNow) set('accepted_by', change.accountId, true);
  if (stamps?.text) set(stamps.text, (step === 'answer' ? change.answer : change.note) ?? null);
  if (step === 'refile') set('return_reason', null);
  if (change.departmentId !== undefined) set('department_id', change.departmentId);
  if (change.dueOn !== undefined) set('due_on', change.dueOn);
  if (change.pausedOn !== undefined) set('paused_on', change.pausedOn);
  await tx.query(
    `UPDATE town_referral SET ${sets.join(', ')} WHERE village_id = $1 AND id = $2`,
    params,
  );
  await appendReferralStep(tx, r, step, change);
}

async function appendReferralStep(
  tx: Tx,
  r: { villageId: string; id: string },
  step: ReferralStep | 'file',
  change: StepChange,
): Promise<void> {
  await tx.query(
    `INSERT INTO town_referral_step (village_id, referral_id, seq, step, at, by_account_id,
       department_id, note, due_on)
     SELECT $1, $2, coalesce(max(seq), 0) + 1, $3, $4, $5, $6, $7, $8
     FROM town_referral_step WHERE village_id = $1 AND referral_id = $2`,
    [
      r.villageId,
      r.id,
      step,
      change.at,
      change.accountId,
      change.departmentId ?? null,
      step === 'answer' ? (change.answer ?? null) : (change.note ?? null),
      change.dueOn ?? null,
    ],
  );
}

export interface DepartmentRow {
  id: string;
  town_id: string;
  name: string;
  kind: DepartmentKind;
}

/** A town's departments, by kind then name. */
export async function townDepartments(db: Queryable, townId: string): Promise<DepartmentRow[]> {
  return db.query<DepartmentRow>(
    'SELECT id, town_id, name, kind FROM town_department WHERE town_id = $1 ORDER BY kind, name',
    [townId],
  );
}

export async function findDepartment(db: Queryable, id: string): Promise<DepartmentRow | null> {
  const [row] = await db.query<DepartmentRow>(
    'SELECT id, town_id, name, kind FROM town_department WHERE id = $1',
    [id],
  );
  return row ?? null;
}

/** Adds a department to a town (set-up and the demo); its name is unique in the town. */
export async function insertDepartment(
  tx: Tx,
  d: { id: string; townId: string; name: string; kind: DepartmentKind },
): Promise<void> {
  await tx.query('INSERT INTO town_department (id, town_id, name, kind) VALUES ($1, $2, $3, $4)', [
    d.id,
    d.townId,
    d.name,
    d.kind,
  ]);
}

/** Sets the department of an official's post in a town; false when they hold no post there. */
export async function setStaffDepartment(
  tx: Tx,
  accountId: string,
  townId: string,
  departmentId: string | null,
): Promise<boolean> {
  const rows = await tx.query<{ account_id: string }>(
    `UPDATE staff_scope SET department_id = $3
     WHERE account_id = $1 AND level = 'town' AND scope_id = $2 AND unit = 'government'
     RETURNING account_id`,
    [accountId, townId, departmentId],
  );
  return rows.length > 0;
}
