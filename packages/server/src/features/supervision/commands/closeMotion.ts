import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { countAndSettle } from './decide.ts';
import { lockSubjectFor } from './subjects.ts';
import { requireMember, requireMotion } from './shared.ts';

/**
 * Counts a remote motion whose window has passed (members who did not vote
 * are absent: too few, and it lapses). Refused while members may still vote.
 */
export async function closeMotion(
  cmd: CommandContext,
  input: { motionId: string; memberId?: string },
): Promise<void> {
  const today = cmd.clock.today();
  await requireMember(cmd.db, cmd, today, input.memberId);
  await cmd.db.transaction(async (tx) => {
    const motion = await requireMotion(tx, cmd, input.motionId, { forUpdate: true });
    if (motion.status !== 'open') throw new DomainError('motion_not_open');
    await lockSubjectFor(tx, cmd, motion);
    const outcome = await countAndSettle(tx, cmd, motion, today);
    if (outcome.status === 'open')
      throw new DomainError('motion_window_open', { closesOn: motion.closes_on! });
  });
}
