import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { insertHold, listHolds } from '../repository.ts';
import {
  actDate,
  actingAccount,
  fieldError,
  requireRequest,
  requireSupervisionMember,
} from './shared.ts';

/**
 * A supervision member proposes to hold a payment (seed 002: 白廷清联名其他3个委员，
 * 提出暂缓支付物管费的建议), with the members who sign it too. The committee then
 * votes; the proposal alone stops nothing.
 */
export async function proposeHold(
  cmd: CommandContext,
  input: {
    requestId: string;
    reason: string;
    coProposerIds?: string[] | undefined;
    on?: string | undefined;
    /** The member the system records for (demo, CLI); a signed-in member is themself. */
    memberId?: string | undefined;
  },
): Promise<{ id: string }> {
  const on = actDate(cmd, 'on', input.on);
  const { personId, members } = await requireSupervisionMember(
    cmd.db,
    cmd,
    on,
    cmd.actor ? cmd.personId : (input.memberId ?? null),
  );
  const coProposers = [...new Set(input.coProposerIds ?? [])];
  if (coProposers.some((p) => p === personId || !members.includes(p)))
    fieldError('coProposerIds', 'field_invalid');
  const { profile } = await loadVillageProfile(cmd.db, cmd.villageId, on);
  const id = randomUUID();
  return cmd.db.transaction(async (tx) => {
    const request = await requireRequest(tx, cmd, input.requestId, { forUpdate: true });
    if (request.status === 'paid') throw new DomainError('spending_paid');
    if (request.status !== 'pending') throw new DomainError('spending_closed');
    const open = (await listHolds(tx, cmd.villageId, request.id)).some(
      (h) => h.status === 'proposed' || h.status === 'adopted',
    );
    if (open) throw new DomainError('hold_open');
    await insertHold(tx, cmd.villageId, {
      id,
      requestId: request.id,
      reason: input.reason,
      proposedOn: on,
      proposedBy: personId,
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
        reason: input.reason,
        on,
        personId,
        coProposers,
      },
    );
    return { id };
  });
}
