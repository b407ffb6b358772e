import { DomainError } from '@cunzhi/core/errors';
import type { VoteChoice } from '@cunzhi/core/supervision/committee';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { upsertVote } from '../repository.ts';
import { countAndSettle } from './decide.ts';
import { lockSubjectFor } from './subjects.ts';
import { actingAccount, requireMember, requireMotion } from './shared.ts';

/**
 * A member votes by name on a remote motion, within its window; a second vote
 * replaces the first. The vote that makes the outcome certain decides it.
 */
export async function voteOnMotion(
  cmd: CommandContext,
  input: { motionId: string; choice: VoteChoice; memberId?: string },
): Promise<void> {
  const today = cmd.clock.today();
  const { personId } = await requireMember(cmd.db, cmd, today, input.memberId);
  await cmd.db.transaction(async (tx) => {
    const motion = await requireMotion(tx, cmd, input.motionId, { forUpdate: true });
    if (motion.status !== 'open' || motion.mode !== 'remote' || today > motion.closes_on!)
      throw new DomainError('motion_not_open');
    await lockSubjectFor(tx, cmd, motion);
    await upsertVote(tx, cmd.villageId, {
      motionId: motion.id,
      personId,
      choice: input.choice,
      recordedBy: actingAccount(cmd),
    });
    await recordEvent(
      cmd,
      tx,
      'supervision.voted',
      { type: 'supervisionMotion', id: motion.id },
      { personId, choice: input.choice },
    );
    await countAndSettle(tx, cmd, motion, today);
  });
}
