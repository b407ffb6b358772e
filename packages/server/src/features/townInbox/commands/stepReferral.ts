import { pausedDue } from '@cunzhi/core/cases/deadlines';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import { canReadReferral } from '@cunzhi/core/policies/townInbox';
import type { Actor } from '@cunzhi/core/policies/actor';
import { CHINA_HOLIDAYS } from '@cunzhi/core/rules/holidays';
import {
  referralNext,
  type ReferralSide,
  type ReferralStep,
} from '@cunzhi/core/townInbox/referrals';
import type { AppContext } from '../../../platform/http/context.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import {
  applyReferralStep,
  findDepartment,
  findReferral,
  referralChain,
  villagePlace,
  type ReferralRow,
  type StepChange,
  type VillagePlace,
} from '../repository.ts';
import { referralSource } from '../sources.ts';
import type { OriginConfig } from '../../notifications/enqueue.ts';

const STEP_ACTIONS: Record<ReferralStep, string> = {
  accept: 'townReferral.accepted',
  askMaterials: 'townReferral.materialsRequested',
  materialsIn: 'townReferral.materialsIn',
  handle: 'townReferral.handling',
  answer: 'townReferral.answered',
  close: 'townReferral.closed',
  transfer: 'townReferral.transferred',
  return: 'townReferral.returned',
  refile: 'townReferral.refiled',
};

/** What a step carries: the answer, the materials asked for, a return's reason, a new department. */
export interface StepInput {
  text?: string;
  departmentId?: string;
  /** refile: the new due date the village's rule sets */
  dueOn?: CalendarDate | null;
}

/**
 * Moves a referral one step inside the caller's transaction, once core's referralMachine allows
 * it for `side`: checks what the step needs, applies it, tells the source feature (which may set
 * the next due date and updates its own case: the answer reaches the villager), and records
 * `townReferral.<step>` on the chain the referral's filing is on. The caller has checked that
 * the actor may act on this referral.
 */
export async function moveReferral(
  tx: Tx,
  row: ReferralRow,
  side: ReferralSide,
  step: ReferralStep,
  input: StepInput,
  by: { accountId: string | null; at: Date; today: CalendarDate } & OriginConfig,
): Promise<void> {
  const to = referralNext(row.status, step, side, row.addressee === 'department');
  const change = await stepChange(tx, row, step, input, by);
  const source = referralSource(row.source_kind);
  const due = source?.dueAfter?.(step, by.today, row);
  if (due !== undefined) change.dueOn = due;
  await applyReferralStep(tx, { villageId: row.village_id, id: row.id }, step, to, change);
  await source?.onStep(tx, {
    referral: { ...row, ...(change.departmentId ? { department_id: change.departmentId } : {}) },
    step,
    to,
    at: by.at,
    today: by.today,
    accountId: by.accountId,
    note: change.answer ?? change.note ?? null,
    config: by.config,
  });
  const place = await villagePlace(tx, row.village_id);
  await appendAuditEvent(tx, {
    chainId: referralChain(row.addressee, place),
    actorAccountId: by.accountId,
    action: STEP_ACTIONS[step],
    targetType: 'townReferral',
    targetId: row.id,
    // the text stays in the referral (its readers are the handlers), not on the chain
    data: {
      villageId: row.village_id,
      status: to,
      ...(change.departmentId ? { departmentId: change.departmentId } : {}),
      ...(change.dueOn ? { dueOn: change.dueOn } : {}),
    },
    occurredAt: by.at,
  });
}

/** Checks a step's input and says what it changes besides the status. */
async function stepChange(
  tx: Tx,
  row: ReferralRow,
  step: ReferralStep,
  input: StepInput,
  by: { accountId: string | null; at: Date; today: CalendarDate },
): Promise<StepChange> {
  const base: StepChange = { at: by.at, accountId: by.accountId };
  const text = input.text?.trim() ?? '';
  switch (step) {
    case 'answer':
      if (!text) fieldRequired('answer');
      return { ...base, answer: text };
    case 'return':
      if (!text)
        throw new DomainError('validation_failed', {}, [
          { field: 'reason', error: 'referral_return_reason_required' },
        ]);
      return { ...base, note: text, dueOn: null };
    case 'askMaterials':
      if (!text) fieldRequired('materials');
      return { ...base, note: text, pausedOn: by.today };
    case 'materialsIn':
      return {
        ...base,
        note: text || null,
        pausedOn: null,
        ...(row.due_on && row.paused_on
          ? { dueOn: pausedDue(row.due_on, row.paused_on, by.today, CHINA_HOLIDAYS) }
          : {}),
      };
    case 'transfer':
    case 'refile': {
      const departmentId = await departmentOfTown(tx, row, input.departmentId);
      if (step === 'transfer' && departmentId === row.department_id)
        throw new DomainError('validation_failed', {}, [
          { field: 'departmentId', error: 'referral_transfer_same' },
        ]);
      return {
        ...base,
        note: text || null,
        departmentId,
        ...(step === 'refile' ? { dueOn: input.dueOn ?? null } : {}),
      };
    }
    default:
      return { ...base, note: text || null };
  }
}

function fieldRequired(field: string): never {
  throw new DomainError('validation_failed', {}, [{ field, error: 'field_required' }]);
}

async function departmentOfTown(
  tx: Tx,
  row: ReferralRow,
  departmentId: string | undefined,
): Promise<string> {
  if (!departmentId) fieldRequired('departmentId');
  const department = await findDepartment(tx, departmentId);
  if (!department || department.town_id !== row.town_id)
    throw new DomainError('validation_failed', {}, [
      { field: 'departmentId', error: 'referral_department_unknown' },
    ]);
  return department.id;
}

/**
 * A step of a referral by an official of the town (or county) reading it: the addressee's unit,
 * and for a department's referral that department or the town's leaders. One transaction.
 */
export async function stepReferral(
  app: AppContext,
  by: { actor: Actor; accountId: string },
  ref: { villageId: string; referralId: string },
  step: ReferralStep,
  input: StepInput = {},
): Promise<void> {
  await app.db.transaction(async (tx) => {
    const { row } = await referralOfReader(tx, by.actor, ref, { forUpdate: true });
    await moveReferral(tx, row, 'town', step, input, {
      accountId: by.accountId,
      at: app.clock.now(),
      today: app.clock.today(),
      config: app.config,
    });
  });
}

/**
 * The referral `ref` with its village's place, for an official who may read it (the addressee's
 * unit; for a department's, that department or the town's leaders); a referral of another unit,
 * department or town is as unknown as none.
 */
export async function referralOfReader(
  tx: Tx,
  actor: Actor,
  ref: { villageId: string; referralId: string },
  opts: { forUpdate?: boolean } = {},
): Promise<{ row: ReferralRow; place: VillagePlace }> {
  const row = await findReferral(tx, ref.villageId, ref.referralId, opts);
  const place = row ? await villagePlace(tx, row.village_id) : null;
  if (
    !row ||
    !place ||
    !canReadReferral(
      actor,
      { townId: place.town_id, countyId: place.county_id },
      row.addressee,
      row.department_id,
    )
  )
    throw new DomainError('not_found', { what: 'townReferral' });
  return { row, place };
}
