import { RATINGS, type Rating } from '@cunzhi/core/evaluations/ratings';
import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../platform/command.ts';
import {
  awaitBoxed,
  digestOf,
  dropInBox,
  drainBox,
  withFreshIds,
} from '../../platform/ballots/box.ts';
import {
  countBox,
  createBox,
  dropBox,
  putInBox,
  readBox,
  type SecretBox,
} from '../../platform/ballots/repository.ts';
import type { Tx } from '../../platform/db/database.ts';
import { countEvaluationReceipts, findRound } from './repository.ts';

/**
 * A round's rating box (docs/security.md "Secret ballots", the meetings'
 * machinery in platform/ballots): `rating_box_<round id>`, one row per rating
 * of a sheet — the cadre's office and the rating, under a random id, never
 * the evaluator or a time. A sheet's ratings are shuffled with the other
 * sheets' of the batch row by row, so not even the rows of one sheet stay
 * together; the count drops the box.
 */
export interface SheetRating {
  membershipId: string;
  rating: Rating;
}

function ratingBox(roundId: string): SecretBox {
  return {
    prefix: 'rating_box',
    id: roundId,
    columns: [
      { name: 'membership_id', type: 'uuid' },
      { name: 'rating', values: RATINGS },
    ],
  };
}

const keyOf = (roundId: string) => `evaluation:${roundId}`;

/** Makes the round's box (when the round is created). */
export async function createRatingBox(tx: Tx, roundId: string): Promise<void> {
  await createBox(tx, ratingBox(roundId));
}

/** Hands a sheet's ratings (its receipt committed) to the round's next batch; resolves once in the box. */
export function dropSheetInBox(
  cmd: CommandContext,
  roundId: string,
  ratings: readonly SheetRating[],
): Promise<void> {
  const villageId = cmd.villageId;
  return dropInBox<SheetRating>(cmd.db, keyOf(roundId), ratings, async (tx, rows) => {
    // FOR SHARE: the count (FOR UPDATE) waits for the batch
    const round = await findRound(tx, villageId, roundId, 'FOR SHARE');
    if (round?.status !== 'open') throw new DomainError('evaluation_not_open');
    await putInBox(
      tx,
      ratingBox(roundId),
      rows.map((r) => ({ membership_id: r.membershipId, rating: r.rating })),
    );
  });
}

/**
 * Before the count: this process's waiting sheets written, and a moment for
 * those of other processes (a receipt whose ratings are not in the box yet:
 * each phone receipt brings one row per cadre).
 */
export async function settleRatingBox(
  cmd: CommandContext,
  roundId: string,
  cadres: number,
): Promise<void> {
  await drainBox(cmd.db, keyOf(roundId));
  const round = await findRound(cmd.db, cmd.villageId, roundId);
  if (round?.status !== 'open' || cadres === 0) return;
  await awaitBoxed(async () => {
    const receipts = await countEvaluationReceipts(cmd.db, cmd.villageId, roundId);
    const rows = await countBox(cmd.db, ratingBox(roundId));
    // paper sheets hold receipts but put nothing in the box
    return { receipts: receipts - round.paper_sheets, boxed: Math.floor(rows / cadres) };
  });
}

/**
 * Counts the box in the transaction that counts the round: its ratings under
 * fresh random ids (published in the order of those ids) and their digest;
 * `publish` writes them through `insert` and drops the box, last in the
 * transaction, so a count that fails leaves nothing.
 */
export async function countRatingBox(
  tx: Tx,
  roundId: string,
  insert: (rows: Array<SheetRating & { id: string }>) => Promise<void>,
): Promise<{
  ratings: Array<SheetRating & { id: string }>;
  digest: string;
  publish: () => Promise<void>;
}> {
  const box = ratingBox(roundId);
  const ratings = withFreshIds(
    (await readBox(tx, box)).map((r) => ({
      membershipId: r.membership_id!,
      rating: r.rating as Rating,
    })),
  );
  return {
    ratings,
    digest: ratingsDigest(ratings),
    publish: async () => {
      await insert(ratings);
      await dropBox(tx, box);
    },
  };
}

/** SHA-256 of one line `<id> <membership id> <rating>\n` per published rating, ids ascending. */
export function ratingsDigest(ratings: ReadonlyArray<SheetRating & { id: string }>): string {
  return digestOf(ratings, (r) => `${r.id} ${r.membershipId} ${r.rating}`);
}
