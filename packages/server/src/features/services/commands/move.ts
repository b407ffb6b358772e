import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import {
  REQUEST_MACHINE,
  type RequestAction,
  type RequestActor,
} from '@cunzhi/core/services/requests';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import {
  accountDisplayName,
  appendStep,
  findRequest,
  servesAtStation,
  updateRequest,
  type RequestChange,
  type RequestRow,
} from '../repository.ts';

/** What each step is called on the audit chain (features/audit/actions.ts names them). */
export const STEP_EVENTS: Record<RequestAction | 'order', string> = {
  order: 'serviceRequest.ordered',
  accept: 'serviceRequest.accepted',
  askMaterials: 'serviceRequest.materialsRequested',
  supplyMaterials: 'serviceRequest.materialsSupplied',
  process: 'serviceRequest.processing',
  handToTown: 'serviceRequest.handedToTown',
  townAnswer: 'serviceRequest.townAnswered',
  complete: 'serviceRequest.completed',
  rate: 'serviceRequest.rated',
  refuse: 'serviceRequest.refused',
  withdraw: 'serviceRequest.withdrawn',
};

/** The request for a step, locked; a 404 when the village has no such request. */
export async function lockRequest(tx: Tx, cmd: CommandContext, id: string): Promise<RequestRow> {
  const row = await findRequest(tx, cmd.villageId, id, { forUpdate: true });
  if (!row) throw new DomainError('not_found', { what: 'serviceRequest' });
  return row;
}

/**
 * After acceptance only the 首问责任人 moves a request (首问责任制: "谁首问、谁负责到底"); the
 * system (demo, CLI) acts for them. When the 首问责任人 no longer holds a seat at the station (they
 * left), the staffer who takes the next step takes the request over, and the timeline says so.
 */
export async function checkFirstContact(
  tx: Tx,
  cmd: CommandContext,
  row: RequestRow,
): Promise<RequestRow> {
  const holder = row.first_contact_account_id;
  if (!cmd.actor || !holder || cmd.actorAccountId === holder) return row;
  if (await servesAtStation(tx, cmd.villageId, holder, cmd.clock.today()))
    throw new DomainError('service_not_first_contact', { name: row.first_contact_name ?? '' });
  const account = cmd.actorAccountId!;
  const name = (await accountDisplayName(tx, account)) ?? '';
  await updateRequest(tx, cmd.villageId, row.id, {
    state: row.state,
    firstContactAccountId: account,
    firstContactName: name,
  });
  await noteStep(tx, cmd, row, 'takeOver', row.first_contact_name);
  return { ...row, first_contact_account_id: account, first_contact_name: name };
}

/** What a step needs of its command: the village, who acts and the clock (the town's hook too). */
export type StepContext = Pick<CommandContext, 'villageId' | 'actorAccountId' | 'clock'>;

export interface Move {
  action: RequestAction | 'order';
  actor: RequestActor;
  change?: Omit<RequestChange, 'state'>;
  note?: string | null;
  /** The town's account (a town step), else the command's. */
  accountId?: string | null;
  on?: CalendarDate;
}

/**
 * One step of a request inside the caller's transaction: core's machine decides the next state
 * (or refuses, saying why), the row changes, the step joins the timeline with the due date as
 * it now stands, and the act goes on the village's chain — without the requester's name, number
 * or words (the request holds them; its readers are the station's).
 */
export async function moveRequest(
  tx: Tx,
  cmd: StepContext,
  row: RequestRow,
  m: Move,
): Promise<void> {
  const state =
    m.action === 'order' ? 'ordered' : REQUEST_MACHINE.step(row.state, m.action, [m.actor]);
  const change: RequestChange = { ...m.change, state };
  if (m.action !== 'order') await updateRequest(tx, cmd.villageId, row.id, change);
  const accountId = m.accountId === undefined ? cmd.actorAccountId : m.accountId;
  const at = cmd.clock.now();
  const dueOn = change.dueOn === undefined ? row.due_on : change.dueOn;
  await appendStep(tx, cmd.villageId, row.id, {
    action: m.action,
    state,
    at,
    onDate: m.on ?? cmd.clock.today(),
    byAccountId: accountId,
    byName: accountId ? await accountDisplayName(tx, accountId) : null,
    note: m.note ?? null,
    dueOn,
  });
  await appendAuditEvent(tx, {
    chainId: cmd.villageId,
    actorAccountId: accountId,
    action: STEP_EVENTS[m.action],
    targetType: 'serviceRequest',
    targetId: row.id,
    data: { year: row.year, number: row.number, itemId: row.item_id, state, dueOn },
    occurredAt: at,
  });
}

/** A step of someone else's (the town's) that changes nothing here but joins the timeline. */
export async function noteStep(
  tx: Tx,
  cmd: StepContext,
  row: RequestRow,
  action: string,
  note: string | null,
): Promise<void> {
  await appendStep(tx, cmd.villageId, row.id, {
    action,
    state: row.state,
    at: cmd.clock.now(),
    onDate: cmd.clock.today(),
    byAccountId: cmd.actorAccountId,
    byName: cmd.actorAccountId ? await accountDisplayName(tx, cmd.actorAccountId) : null,
    note,
    dueOn: row.due_on,
  });
}
