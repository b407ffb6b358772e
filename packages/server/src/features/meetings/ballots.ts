import { createHash, randomInt, randomUUID } from 'node:crypto';
import type { Tally } from '@cunzhi/core/meetings/quorum';
import type { Tx } from '../../platform/db/database.ts';
import {
  countReceipts,
  dropBallotBox,
  insertBallots,
  readBallotBox,
  type BallotRow,
} from './repository/ballots.ts';
import type { Choice } from './repository/meetings.ts';

/** A uniformly random order (Fisher–Yates with the system's cryptographic randomness). */
export function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The counts of a set of ballots: what anyone holding the published ballots can recompute. */
export function tallyOf(choices: readonly Choice[]): Tally {
  const tally = { yes: 0, no: 0, abstain: 0 };
  for (const c of choices) tally[c] += 1;
  return tally;
}

/** The published ballots of a closing vote: each choice under a fresh random id. */
export function publishedBallots(choices: readonly Choice[]): BallotRow[] {
  return choices
    .map((choice) => ({ id: randomUUID(), choice }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The ballots' fingerprint, recorded in the audit event that closed the vote:
 * SHA-256 (hex) of one line `<id> <choice>\n` per ballot, ids in ascending
 * order (lower-case, with hyphens). Anyone can recompute it from the list.
 */
export function ballotDigest(ballots: readonly BallotRow[]): string {
  const lines = [...ballots]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((b) => `${b.id.toLowerCase()} ${b.choice}\n`)
    .join('');
  return createHash('sha256').update(lines, 'utf8').digest('hex');
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
