import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { VOTING_CAPACITIES, type EligibleVoter } from '../presence.ts';
import { loadVoters } from '../queries/presence.ts';
import type { Choice } from '../repository/meetings.ts';
import { insertVote } from '../repository/motions.ts';
import { insertReceipt } from '../repository/ballots.ts';
import { dropInBallotBox } from '../ballotBox.ts';
import { lockedMotion } from './shared.ts';

/** The voice a vote is cast for: the voter's own, or a principal's counted through them. */
function requireVoice(
  subject: EligibleVoter | undefined,
  voterId: string,
  onBehalfOf: string | null | undefined,
): void {
  if (onBehalfOf && onBehalfOf !== voterId) {
    // the holder casts for a principal who is counted through them
    if (!subject || subject.proxyHolderId !== voterId)
      throw new DomainError('not_eligible_to_vote');
    if (!subject.byProxy) throw new DomainError('not_checked_in');
    return;
  }
  if (!subject) throw new DomainError('not_eligible_to_vote');
  if (subject.capacity === null) throw new DomainError('not_checked_in');
  if (!VOTING_CAPACITIES.includes(subject.capacity)) throw new DomainError('not_eligible_to_vote');
}

/**
 * One vote on an electronic (named) or secret motion. The voter must be due
 * at the meeting and checked in with a voting capacity; a proxy holder who is
 * present casts for each principal with `onBehalfOf`. A second vote by (or
 * for) the same person is refused by the primary key, not by a prior read,
 * so simultaneous requests count once.
 *
 * Secret ballots (docs/security.md): the voter's transaction writes only the
 * receipt (who voted) and an audit event naming neither voter nor choice.
 * Once it has committed, the choice goes to the motion's ballot box in a
 * shuffled batch with others, in a transaction of its own (`ballotBox.ts`);
 * the voter is answered when the batch is in. No transaction writes both a
 * receipt and a choice.
 */
export async function castVote(
  cmd: CommandContext,
  input: { motionId: string; choice: Choice; onBehalfOf?: string | null | undefined },
) {
  if (!cmd.personId) throw new DomainError('not_eligible_to_vote');
  const voterId = cmd.personId;
  const subjectId = input.onBehalfOf ?? voterId;
  let motionId = input.motionId;
  const cast = await cmd.db.transaction(async (tx) => {
    // FOR SHARE: votes run side by side, closing the motion (FOR UPDATE) waits for them
    const motion = await lockedMotion(tx, cmd.villageId, input.motionId, 'share');
    motionId = motion.id;
    if (motion.voting === 'showOfHands') throw new DomainError('motion_by_hand');
    if (motion.status !== 'open') throw new DomainError('motion_not_open');
    if (motion.meeting_status !== 'open') throw new DomainError('meeting_not_open');
    const voters = await loadVoters(
      tx,
      cmd.villageId,
      {
        id: motion.meeting_id,
        kind: motion.kind,
        meetingOn: motion.meeting_on,
        villagerGroupId: motion.villager_group_id,
        collectiveOrgId: motion.collective_org_id,
      },
      [...new Set([subjectId, voterId])],
      // the only holder that matters is the voter, who is among them
      { holdersAmongThem: true },
    );
    requireVoice(
      voters.find((v) => v.personId === subjectId),
      voterId,
      input.onBehalfOf,
    );
    if (motion.voting === 'electronic') {
      if (!(await insertVote(tx, cmd.villageId, motion.id, subjectId, input.choice)))
        throw new DomainError('already_voted');
      await recordEvent(
        cmd,
        tx,
        'vote.cast',
        { type: 'motion', id: motion.id },
        {
          motionId: motion.id,
          voting: 'electronic',
          personId: subjectId,
          choice: input.choice,
          ...(subjectId !== voterId ? { castByProxyHolder: voterId } : {}),
        },
      );
      return { voting: 'electronic' as const, choice: input.choice };
    }
    if (!(await insertReceipt(tx, cmd.villageId, motion.id, subjectId)))
      throw new DomainError('already_voted');
    // the event of a secret ballot names no actor and no choice
    await recordEvent(
      { ...cmd, actorAccountId: null },
      tx,
      'vote.cast',
      { type: 'motion', id: motion.id },
      { motionId: motion.id, voting: 'secret', ballot: 'cast' },
    );
    return { voting: 'secret' as const, receipt: true as const };
  });
  // the choice never entered the receipt's transaction: it goes in the box now, batched
  if (cast.voting === 'secret') await dropInBallotBox(cmd, motionId, input.choice);
  return cast;
}
