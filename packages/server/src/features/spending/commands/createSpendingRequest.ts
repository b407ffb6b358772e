import { randomUUID } from 'node:crypto';
import { BANK, CASH, isPostable } from '@cunzhi/core/finance/accounts';
import { fromYuanText, parseYuan, toYuanText } from '@cunzhi/core/money';
import { finding, RuleRefusal } from '@cunzhi/core/rules/findings';
import { APPROVAL_STEP_INFO } from '@cunzhi/core/spending/chain';
import {
  checkSpendingAuthority,
  providedAuthority,
  type SpendingBasis,
} from '@cunzhi/core/spending/tiers';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { findVillage } from '../../../platform/tenancy/repository.ts';
import { resolutionNumberText } from '../../matters/present.ts';
import {
  amountRequestedUnder,
  findResolutionBasis,
  insertRequest,
  lockVillageSpending,
  insertStep,
} from '../repository.ts';
import {
  actDate,
  actingAccount,
  actorRoles,
  fieldError,
  refuseFallenResolution,
} from './shared.ts';

/** The account a payment is booked to unless the handler names another: 管理费用. */
export const DEFAULT_EXPENSE_ACCOUNT = '5102';

export interface SpendingInput {
  purpose: string;
  payee: string;
  /** as typed: `12,000`, `¥1,680.32` */
  amount: string;
  resolutionId?: string | undefined;
  scheduledOn?: string | undefined;
  expenseAccount?: string | undefined;
  paidFromAccount?: string | undefined;
  note?: string | undefined;
  /** The day it is handed in (not in the future); on by default. */
  on?: string | undefined;
  /** The handler the system records for (demo, CLI); a signed-in handler is themself. */
  handlerId?: string | undefined;
}

function parseInput(input: SpendingInput) {
  const parsed = parseYuan(input.amount);
  if ('problem' in parsed) fieldError('amount', parsed.problem);
  if (parsed.fen === null) fieldError('amount', 'field_required');
  if (parsed.fen === 0n) fieldError('amount', 'money_invalid');
  const expenseAccount = input.expenseAccount || DEFAULT_EXPENSE_ACCOUNT;
  if (!isPostable(expenseAccount)) fieldError('expenseAccount', 'enum_invalid');
  const paidFromAccount = input.paidFromAccount || BANK;
  if (paidFromAccount !== BANK && paidFromAccount !== CASH)
    fieldError('paidFromAccount', 'enum_invalid');
  // a payment date may lie ahead (seed 002: resolved in December, payable on 15 January)
  const scheduledOn = input.scheduledOn ? dateField('scheduledOn', input.scheduledOn) : null;
  return { amount: parsed.fen, expenseAccount, paidFromAccount, scheduledOn };
}

/** What the request relies on, read inside the transaction (so two requests cannot both spend the rest). */
async function basisOf(
  tx: Tx,
  cmd: CommandContext,
  resolutionId: string | undefined,
  on: CalendarDate,
): Promise<SpendingBasis> {
  if (!resolutionId) return { kind: 'tier' };
  const r = await findResolutionBasis(tx, cmd.villageId, resolutionId);
  // a resolution of this village, adopted by the day the request relies on it
  if (!r || r.adopted_on > on) fieldError('resolutionId', 'field_invalid');
  refuseFallenResolution(on, r);
  const village = await findVillage(tx, cmd.villageId);
  return {
    kind: 'resolution',
    meetingKind: r.meeting_kind,
    numberText: village ? resolutionNumberText(village, r) : `〔${r.year}〕第${r.number}号`,
    approved: r.budget === null ? null : fromYuanText(r.budget),
    used: await amountRequestedUnder(tx, cmd.villageId, r.id),
  };
}

/**
 * Hands in a spending request (经办): the amount must be within what its
 * basis may authorise (XWQL-TIER: one signature, the two committees, or a
 * resolution of the representatives' meeting covering it), else it is
 * refused with the rule. The handler's signature is the chain's first step.
 */
export async function createSpendingRequest(
  cmd: CommandContext,
  input: SpendingInput,
): Promise<{ id: string; number: number }> {
  const { amount, expenseAccount, paidFromAccount, scheduledOn } = parseInput(input);
  const on = actDate(cmd, 'on', input.on);
  const handlerId = cmd.actor ? cmd.personId : (input.handlerId ?? null);
  const roles = await actorRoles(cmd);
  const handled = APPROVAL_STEP_INFO.handled;
  if (!handled.seats.some((r) => roles.has(r)))
    throw new RuleRefusal(
      finding(on, 'RVMC-VOUCHER', 'spending_seat', {
        act: handled.zh,
        seat: handled.seatName.zh,
      }),
    );
  const { profile } = await loadVillageProfile(cmd.db, cmd.villageId, on);
  const id = randomUUID();
  return cmd.db.transaction(async (tx) => {
    // requests queue on the village: two cannot both spend what is left of one resolution
    await lockVillageSpending(tx, cmd.villageId);
    const basis = await basisOf(tx, cmd, input.resolutionId, on);
    const refusal = checkSpendingAuthority(amount, basis, on, profile.params);
    if (refusal) throw new RuleRefusal(refusal);
    const authority = providedAuthority(basis) ?? 'oneSignature';
    const number = await insertRequest(tx, cmd.villageId, {
      id,
      purpose: input.purpose,
      payee: input.payee,
      amount: amount,
      expenseAccount,
      paidFromAccount,
      authority,
      resolutionId: input.resolutionId ?? null,
      scheduledOn,
      profileId: profile.id,
      profileVersion: profile.version,
      createdBy: actingAccount(cmd),
    });
    await insertStep(tx, cmd.villageId, id, {
      step: 'handled',
      decision: 'approved',
      on,
      accountId: actingAccount(cmd),
      personId: handlerId,
      note: input.note ?? '',
    });
    await recordEvent(
      cmd,
      tx,
      'spending.requested',
      { type: 'spendingRequest', id },
      {
        number,
        purpose: input.purpose,
        payee: input.payee,
        amount: toYuanText(amount),
        authority,
        resolutionId: input.resolutionId ?? null,
        scheduledOn,
        expenseAccount,
        paidFromAccount,
        profileVersion: profile.version,
      },
    );
    return { id, number };
  });
}
