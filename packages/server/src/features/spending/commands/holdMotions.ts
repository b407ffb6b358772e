import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { RuleRefusal } from '@cunzhi/core/rules/findings';
import type { RuleParams } from '@cunzhi/core/rules/profile';
import { checkRelease } from '@cunzhi/core/spending/holds';
import type { Proposal } from '@cunzhi/contract/supervision';
import type { z } from 'zod';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import {
  insertHold,
  listHolds,
  setHoldDecided,
  setHoldReleased,
  type HoldRow,
} from '../repository.ts';
import {
  actingAccount,
  fieldError,
  requireHold,
  requireInForce,
  requireRequest,
} from './shared.ts';

/**
 * Holds on payments as the supervision committee's motions (委员票决制): a hold
 * is proposed by tabling a motion of kind `hold` and adopted when it carries;
 * the committee's own release is a motion of kind `holdRelease`. The
 * committee's machinery (features/supervision: tableMotion, voteOnMotion,
 * closeMotion) calls these in its transaction; they take the request's and
 * the hold's row locks before anything else is written, in the order every
 * payment takes them, so no payment passes an adopted hold.
 */

type ProposalInput = z.infer<typeof Proposal>;
export type HoldProposal = Extract<ProposalInput, { kind: 'hold' }>;
export type ReleaseProposal = Extract<ProposalInput, { kind: 'holdRelease' }>;

const field = (name: string) => `proposal.${name}`;

/**
 * 联名提出暂缓支付 (seed 002: 白廷清联名其他3个委员): the tabler and the members who
 * sign with them. Their signatures are recorded on the hold; each votes in
 * their own name (a vote is a member's own act, not the proposer's to cast).
 * The proposal alone stops nothing. Returns the hold, the motion's subject.
 */
export async function openHoldProposal(
  tx: Tx,
  cmd: CommandContext,
  p: HoldProposal,
  on: CalendarDate,
  tabledBy: string,
  members: readonly string[],
): Promise<string> {
  const coProposers = [...new Set(p.coProposerIds ?? [])];
  if (coProposers.some((id) => id === tabledBy || !members.includes(id)))
    fieldError(field('coProposerIds'), 'field_invalid');
  const request = await requireRequest(tx, cmd, p.requestId, { forUpdate: true });
  if (request.status === 'paid') throw new DomainError('spending_paid');
  if (request.status !== 'pending') throw new DomainError('spending_closed');
  const open = (await listHolds(tx, cmd.villageId, request.id)).some(
    (h) => h.status === 'proposed' || h.status === 'adopted',
  );
  if (open) throw new DomainError('hold_open');
  const { profile } = await loadVillageProfile(tx, cmd.villageId, on);
  const id = randomUUID();
  await insertHold(tx, cmd.villageId, {
    id,
    requestId: request.id,
    reason: p.reason,
    proposedOn: on,
    proposedBy: tabledBy,
    coProposers,
    profileId: profile.id,
    profileVersion: profile.version,
    createdBy: actingAccount(cmd),
  });
  await recordEvent(
    cmd,
    tx,
    'spending.holdProposed',
    { type: 'spendingHold', id },
    {
      requestId: request.id,
      number: request.number,
      reason: p.reason,
      on,
      personId: tabledBy,
      coProposers,
    },
  );
  return id;
}

/**
 * The locks a hold's motion needs before its vote is written (the audit
 * chain's head is taken by the first event, and a payment takes the request
 * before the head): the request, then the hold, as payments and hold acts do.
 */
export async function lockHoldFor(
  tx: Tx,
  cmd: CommandContext,
  holdId: string,
  kind: 'hold' | 'holdRelease',
): Promise<HoldRow> {
  const first = await requireHold(tx, cmd, holdId);
  if (kind === 'hold') await requireRequest(tx, cmd, first.request_id, { forUpdate: true });
  return requireHold(tx, cmd, holdId, { forUpdate: true });
}

/**
 * The hold motion decided: carried, the hold is in force from today and stops
 * the payment; not carried (or lapsed for want of members), rejected. Carried
 * once the request was already paid or closed, it stopped nothing: lapsed.
 */
export async function settleHold(
  tx: Tx,
  cmd: CommandContext,
  holdId: string,
  carried: boolean,
  on: CalendarDate,
  motionId: string,
): Promise<void> {
  const hold = await lockHoldFor(tx, cmd, holdId, 'hold');
  if (hold.status !== 'proposed') throw new DomainError('hold_not_proposed');
  const request = await requireRequest(tx, cmd, hold.request_id);
  const status = !carried ? 'rejected' : request.status === 'pending' ? 'adopted' : 'lapsed';
  await setHoldDecided(tx, cmd.villageId, hold.id, { status, on });
  const action = {
    adopted: 'spending.holdAdopted',
    rejected: 'spending.holdRejected',
    lapsed: 'spending.holdLapsed',
  }[status];
  await recordEvent(
    cmd,
    tx,
    action,
    { type: 'spendingHold', id: hold.id },
    { requestId: request.id, number: request.number, on, motionId },
  );
}

/**
 * A release by the committee's own vote may be tabled only for a hold in
 * force, inspected first, where the profile lets the committee release it
 * (checkRelease); the vote then carries by the same rule as the hold.
 */
export async function prepareHoldRelease(
  tx: Tx,
  cmd: CommandContext,
  p: ReleaseProposal,
  on: CalendarDate,
  params: RuleParams,
): Promise<string> {
  const hold = await lockHoldFor(tx, cmd, p.holdId, 'holdRelease');
  if (hold.request_id !== p.requestId) fieldError(field('requestId'), 'field_invalid');
  requireInForce(hold);
  const refusal = checkRelease(
    { inspectedOn: hold.inspected_on },
    { kind: 'committeeVote' },
    on,
    params,
  );
  if (refusal) throw new RuleRefusal(refusal);
  return hold.id;
}

/** Carried, the hold is released and the payment may be made; not carried, it stays in force. */
export async function settleHoldRelease(
  tx: Tx,
  cmd: CommandContext,
  p: ReleaseProposal,
  carried: boolean,
  on: CalendarDate,
  motionId: string,
): Promise<void> {
  if (!carried) return;
  const hold = await lockHoldFor(tx, cmd, p.holdId, 'holdRelease');
  requireInForce(hold);
  await setHoldReleased(tx, cmd.villageId, hold.id, {
    on,
    basis: 'committeeVote',
    resolutionId: null,
  });
  await recordEvent(
    cmd,
    tx,
    'spending.holdReleased',
    { type: 'spendingHold', id: hold.id },
    { on, basis: 'committeeVote', motionId, inspectedOn: hold.inspected_on },
  );
}
