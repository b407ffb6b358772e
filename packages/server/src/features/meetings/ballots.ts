import type { Tally } from '@cunzhi/core/meetings/quorum';
import { digestOf, withFreshIds } from '../../platform/ballots/box.ts';
import type { Tx } from '../../platform/db/database.ts';
import {
  countReceipts,
  dropBallotBox,
  insertBallots,
  readBallotBox,
  type BallotRow,
} from './repository/ballots.ts';
import type { Choice } from './repository/meetings.ts';

export { shuffled } from '../../platform/ballots/box.ts';

/** The counts of a set of ballots: what anyone holding the published ballots can recompute. */
export function tallyOf(choices: readonly Choice[]): Tally {
  const tally = { yes: 0, no: 0, abstain: 0 };
  for (const c of choices) tally[c] += 1;
  return tally;
}

/** The published ballots of a closing vote: each choice under a fresh random id. */
export function publishedBallots(choices: readonly Choice[]): BallotRow[] {
  return withFreshIds(choices.map((choice) => ({ choice })));
}

/**
 * The ballots' fingerprint, recorded in the audit event that closed the vote:
 * SHA-256 (hex) of one line `<id> <choice>\n` per ballot, ids in ascending
 * order (lower-case, with hyphens). Anyone can recompute it from the list.
 */
export function ballotDigest(ballots: readonly BallotRow[]): string {
  return digestOf(ballots, (b) => `${b.id} ${b.choice}`);
}

/** What closing a secret vote records of its ballots (in the audit event) besides the counts. */
export interface SealedBallots {
  /** Ballots counted (in the box when the vote closed). */
  count: number;
  /** Receipts: how many voted. More than `count` only if a ballot was lost on its way to the box. */
  receipts: number;
  /** `ballotDigest` of the published ballots. */
  digest: string;
}

/**
 * Counts a secret vote in the transaction that closes it: the box's ballots
 * get fresh random ids (published in the order of those ids, so neither their
 * transaction id, shared by all, nor their place on disk says anything) and
 * the counts are computed from them. `publish` writes them and drops the box:
 * the closing transaction calls it last, so a close that fails leaves nothing.
 */
export async function countBallotBox(
  tx: Tx,
  villageId: string,
  motionId: string,
): Promise<{ tally: Tally; sealed: SealedBallots; publish: () => Promise<void> }> {
  const ballots = publishedBallots(await readBallotBox(tx, motionId));
  const receipts = await countReceipts(tx, villageId, motionId);
  return {
    tally: tallyOf(ballots.map((b) => b.choice)),
    sealed: { count: ballots.length, receipts, digest: ballotDigest(ballots) },
    publish: async () => {
      await insertBallots(tx, villageId, motionId, ballots);
      await dropBallotBox(tx, motionId);
    },
  };
}
