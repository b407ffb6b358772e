import type { CalendarDate } from '@cunzhi/core/calendarDate';
import {
  DISPUTE_MACHINE,
  type DisputeAction,
  type DisputeRole,
  type DisputeState,
} from '@cunzhi/core/disputes/machine';
import { DomainError } from '@cunzhi/core/errors';
import type { RuleParams } from '@cunzhi/core/rules/profile';
import { actDate, type CommandContext } from '../../../platform/command.ts';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { findDispute, updateDispute, type DisputeRow } from '../repository.ts';

/**
 * The roles a command acts in for the dispute's machine: a serving mediator of the village's
 * committee; the system (demo, CLI) acts for the committee.
 */
export function disputeRoles(cmd: CommandContext): DisputeRole[] {
  if (!cmd.actor) return ['mediator'];
  const mediator = cmd.actor.posts.some(
    (p) => p.villageId === cmd.villageId && p.bodyKind === 'mediationCommittee',
  );
  return mediator ? ['mediator'] : [];
}

/**
 * The numbers a dispute's deadlines come from: the village's profile on the day it was received
 * (its id and version are stored with the dispute), so a later charter does not move them.
 */
export async function disputeParams(
  db: Queryable,
  villageId: string,
  receivedOn: CalendarDate,
): Promise<RuleParams> {
  return (await loadVillageProfile(db, villageId, receivedOn)).profile.params;
}

/** The day a step happened (given or today), not before an earlier day of the dispute. */
export function stepDate(
  cmd: CommandContext,
  field: string,
  value: string | undefined,
  notBefore: CalendarDate | null,
): CalendarDate {
  const on = actDate(cmd, field, value);
  if (notBefore && on < notBefore) fieldError(field, 'date_order', { other: notBefore });
  return on;
}

/** Who acts in a step: the village whose chain records it, the account, the clock. */
type Actor = Pick<CommandContext, 'villageId' | 'actorAccountId' | 'clock'>;

export interface StepOutcome {
  /** The audit event's data (never a party's address; names of the parties are the record's). */
  data: Record<string, unknown>;
  /** The dispute's columns the step changed besides its state. */
  set?: Parameters<typeof updateDispute>[3];
  /** A second step the first led to (a last signature brings the agreement into effect). */
  then?: DisputeAction;
}

/**
 * One step of a dispute, in one transaction: lock it, ask the machine (refusing a step the
 * procedure or the reader's role does not allow), do the step's work, move the state and record
 * the act on the village's chain as `dispute.<action>`.
 */
export async function disputeStep(
  cmd: CommandContext,
  disputeId: string,
  action: DisputeAction,
  work: (tx: Tx, row: DisputeRow, next: DisputeState) => Promise<StepOutcome>,
  roles: readonly DisputeRole[] = disputeRoles(cmd),
): Promise<void> {
  await cmd.db.transaction(async (tx) => {
    const row = await findDispute(tx, cmd.villageId, disputeId, { forUpdate: true });
    if (!row) throw new DomainError('not_found', { what: 'dispute' });
    await applyStep(tx, cmd, row, action, roles, work);
  });
}

/** The step inside a caller's transaction (the town inbox's hook steps a dispute in its own). */
export async function applyStep(
  tx: Tx,
  cmd: Actor,
  row: DisputeRow,
  action: DisputeAction,
  roles: readonly DisputeRole[],
  work: (tx: Tx, row: DisputeRow, next: DisputeState) => Promise<StepOutcome>,
): Promise<void> {
  let next = DISPUTE_MACHINE.step(row.status, action, roles);
  const outcome = await work(tx, row, next);
  if (outcome.then) next = DISPUTE_MACHINE.step(next, outcome.then, roles);
  await updateDispute(tx, cmd.villageId, row.id, {
    ...outcome.set,
    ...(next !== row.status ? { status: next } : {}),
  });
  await recordDisputeEvent(tx, cmd, `dispute.${action}`, row.id, {
    number: row.number,
    year: row.year,
    from: row.status,
    to: next,
    ...outcome.data,
  });
}

export async function recordDisputeEvent(
  tx: Tx,
  cmd: Actor,
  action: string,
  disputeId: string,
  data: Record<string, unknown>,
): Promise<void> {
  await appendAuditEvent(tx, {
    chainId: cmd.villageId,
    actorAccountId: cmd.actorAccountId,
    action,
    targetType: 'dispute',
    targetId: disputeId,
    data,
    occurredAt: cmd.clock.now(),
  });
}
