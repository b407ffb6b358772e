import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../platform/command.ts';
import { awaitBoxed, dropInBox, drainBox } from '../../platform/ballots/box.ts';
import { boxFigures, putInBallotBox } from './repository/ballots.ts';
import type { Choice } from './repository/meetings.ts';
import { findMotion, lockMotionInMeeting } from './repository/motions.ts';

/**
 * The way from a voter's receipt to the motion's ballot box (docs/security.md
 * "Secret ballots"): the platform's secret box (`platform/ballots/box.ts`)
 * batches and shuffles the choices; here is only what a motion adds — its box
 * is written while the motion is open, under the motion's FOR SHARE lock.
 */
export { BATCH_WINDOW_MS } from '../../platform/ballots/box.ts';

const keyOf = (motionId: string) => `motion:${motionId}`;

/** Hands a choice (its receipt committed) to the motion's next batch; resolves once it is in the box. */
export function dropInBallotBox(
  cmd: CommandContext,
  motionId: string,
  choice: Choice,
): Promise<void> {
  const villageId = cmd.villageId;
  return dropInBox<Choice>(cmd.db, keyOf(motionId), [choice], async (tx, choices) => {
    // FOR SHARE, as a vote: closing the motion (FOR UPDATE) waits for the batch
    const motion = await lockMotionInMeeting(tx, villageId, motionId, 'share');
    if (motion?.status !== 'open') throw new DomainError('motion_not_open');
    await putInBallotBox(tx, motionId, choices);
  });
}

/** Writes what waits for the motion's box in this process now, and waits for batches on their way. */
export async function drainBallotBox(cmd: CommandContext, motionId: string): Promise<void> {
  await drainBox(cmd.db, keyOf(motionId));
}

/**
 * Before a secret vote closes: this process's waiting ballots written, and a
 * moment for those of other server processes (`awaitBoxed`).
 */
export async function settleBallotBox(cmd: CommandContext, motionId: string): Promise<void> {
  await drainBallotBox(cmd, motionId);
  const motion = await findMotion(cmd.db, cmd.villageId, motionId);
  if (motion?.voting !== 'secret' || motion.status !== 'open') return;
  await awaitBoxed(() => boxFigures(cmd.db, cmd.villageId, motion.id));
}
