import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { upsertHoldVote, type VoteChoice } from '../repository.ts';
import { requireHold, requireSupervisionMember } from './shared.ts';

/** A supervision member votes on a proposed hold, by name (委员票决制); a second vote replaces the first. */
export async function voteOnHold(
  cmd: CommandContext,
  input: { holdId: string; choice: VoteChoice; memberId?: string | undefined },
): Promise<void> {
  const on = cmd.clock.today();
  const { personId } = await requireSupervisionMember(
    cmd.db,
    cmd,
    on,
    cmd.actor ? cmd.personId : (input.memberId ?? null),
  );
  await cmd.db.transaction(async (tx) => {
    const hold = await requireHold(tx, cmd, input.holdId, { forUpdate: true });
    if (hold.status !== 'proposed') throw new DomainError('hold_not_proposed');
    await upsertHoldVote(tx, cmd.villageId, hold.id, personId, input.choice);
    await recordEvent(
      cmd,
      tx,
      'spending.holdVoted',
      { type: 'spendingHold', id: hold.id },
      { personId, choice: input.choice },
    );
  });
}
