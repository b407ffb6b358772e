import { DomainError } from '@cunzhi/core/errors';
import { describePath, noQuorumFinding, quorum } from '@cunzhi/core/meetings/quorum';
import { RuleRefusal } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { facts } from '../presence.ts';
import { meetingPresence } from '../queries/presence.ts';
import { hasOpenMotion, markMotionOpened } from '../repository/motions.ts';
import { createBallotBox } from '../repository/ballots.ts';
import { lockedMeeting, lockedMotion } from './shared.ts';

/**
 * Opens the vote on a motion: the meeting must be in session and quorate now
 * (a meeting without quorum cannot vote), and only one motion is voted at a time.
 * A secret vote gets its ballot box, a table of its own dropped when the vote closes.
 */
export async function openMotion(cmd: CommandContext, input: { motionId: string }) {
  return cmd.db.transaction(async (tx) => {
    const motion = await lockedMotion(tx, cmd.villageId, input.motionId, 'update');
    const m = await lockedMeeting(tx, cmd.villageId, motion.meeting_id, ['open']);
    if (motion.status !== 'draft') throw new DomainError('conflict_stale');
    if (await hasOpenMotion(tx, cmd.villageId, m.id)) throw new DomainError('motion_still_open');
    const { profile } = await loadVillageProfile(tx, cmd.villageId, m.meeting_on);
    const { presence } = await meetingPresence(tx, cmd.villageId, facts(m));
    const q = quorum(m.kind, presence, profile.params);
    if (!q.met) throw new RuleRefusal(noQuorumFinding(m.kind, q, m.meeting_on, cmd.locale));
    await markMotionOpened(tx, cmd.villageId, motion.id, cmd.clock.now());
    if (motion.voting === 'secret') await createBallotBox(tx, motion.id);
    await recordEvent(
      cmd,
      tx,
      'motion.opened',
      { type: 'meeting', id: m.id },
      {
        motionId: motion.id,
        number: motion.number,
        presence,
        quorum: q.paths.map((p) => describePath(p, 'zh-CN')),
      },
    );
  });
}
