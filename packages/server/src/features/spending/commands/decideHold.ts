import { DomainError } from '@cunzhi/core/errors';
import { RuleRefusal } from '@cunzhi/core/rules/findings';
import { committeeVote } from '@cunzhi/core/supervision/committee';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { listHoldVotes, setHoldDecision, type HoldDecision } from '../repository.ts';
import { actDate, requireHold, requireRequest, requireSupervisionMember } from './shared.ts';
import { supervisionMembersOn } from '../../supervision/repository.ts';

/**
 * Counts the committee's vote on a hold (SEED002-SUPERVISION): without
 * enough members present it cannot act (refused, the vote stays open);
 * carried by enough of all members the hold is adopted and stops the
 * payment from the moment this commits — it takes the request's row lock
 * first, as every payment does, so no payment passes it. A request already
 * paid cannot be held.
 */
export async function decideHold(
  cmd: CommandContext,
  input: { holdId: string; on?: string | undefined },
): Promise<{ adopted: boolean }> {
  const on = actDate(cmd, 'on', input.on);
  if (cmd.actor) await requireSupervisionMember(cmd.db, cmd, on);
  const { profile } = await loadVillageProfile(cmd.db, cmd.villageId, on);
  return cmd.db.transaction(async (tx) => {
    const first = await requireHold(tx, cmd, input.holdId);
    // the request's lock before the hold's: the order every payment takes too
    const request = await requireRequest(tx, cmd, first.request_id, { forUpdate: true });
    const hold = await requireHold(tx, cmd, input.holdId, { forUpdate: true });
    if (hold.status !== 'proposed') throw new DomainError('hold_not_proposed');
    if (request.status === 'paid') throw new DomainError('spending_paid');
    const members = await supervisionMembersOn(tx, cmd.villageId, on);
    const votes = (await listHoldVotes(tx, cmd.villageId, [hold.id])).filter((v) =>
      members.includes(v.person_id),
    );
    const count = (c: string) => votes.filter((v) => v.choice === c).length;
    const figures = { members: members.length, present: votes.length, yes: count('yes') };
    const outcome = committeeVote(figures, on, profile.params);
    if (!outcome.quorum && outcome.finding) throw new RuleRefusal(outcome.finding);
    const decision: HoldDecision = {
      ...figures,
      no: count('no'),
      abstain: count('abstain'),
      requiredPresent: outcome.requiredPresent,
      requiredYes: outcome.requiredYes,
      carried: outcome.carried,
    };
    const status = outcome.carried ? 'adopted' : 'rejected';
    await setHoldDecision(tx, cmd.villageId, hold.id, { status, on, decision });
    await recordEvent(
      cmd,
      tx,
      outcome.carried ? 'spending.holdAdopted' : 'spending.holdRejected',
      { type: 'spendingHold', id: hold.id },
      {
        requestId: request.id,
        number: request.number,
        on,
        decision,
        profileVersion: profile.version,
      },
    );
    return { adopted: outcome.carried };
  });
}
