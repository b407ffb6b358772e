import { ballotDigest } from '../ballots.ts';
import { listBallots, recordedBallotDigest } from '../repository/ballots.ts';
import type { Reader } from './demands.ts';
import { loadMotion } from './meetingPage.ts';

/**
 * A motion's published ballots: a closed secret vote's, with the counts and
 * digest recorded when it closed, for anyone to recount; nothing while the
 * vote is open, nor for a named vote or a show of hands.
 */
export async function loadBallots(reader: Reader, motionId: string) {
  const mo = await loadMotion(reader, motionId);
  const published = mo.voting === 'secret' && mo.status === 'closed';
  const ballots = published ? await listBallots(reader.db, reader.villageId, mo.id) : [];
  return {
    motionId: mo.id,
    voting: mo.voting,
    status: mo.status,
    receipts: mo.ballots,
    ballots,
    tally: published ? { yes: mo.yes ?? 0, no: mo.no ?? 0, abstain: mo.abstain ?? 0 } : null,
    digest: published ? ballotDigest(ballots) : null,
    recordedDigest: published
      ? await recordedBallotDigest(reader.db, reader.villageId, {
          id: mo.id,
          meetingId: mo.meeting_id,
        })
      : null,
  };
}
