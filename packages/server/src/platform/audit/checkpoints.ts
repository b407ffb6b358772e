import type { Database, Queryable } from '../db/database.ts';
import type { Clock } from '../clock.ts';
import {
  eventsWithHash,
  insertCheckpoint,
  insertCheckpointsForAll,
  listCheckpoints,
  type CheckpointRow,
} from './repository.ts';
import { verifyChain, type ChainVerdict } from './verifyChain.ts';

/*
 * Checkpoints: a village's chain head, published once a day. The first time a
 * day's head is asked for (the public page, a notice printed, the daily timer
 * of the server) it is recorded for the day and never changes; whoever keeps it
 * (a printed notice on the board, a copy of the public page) can later check
 * that the chain still holds it. A chain cut back, or deleted and restarted,
 * no longer holds the heads published before.
 */

/** How many days of published heads the public page lists. */
export const CHECKPOINT_DAYS = 90;

/** The village's published heads, newest first, today's among them (published now if not yet). */
export async function publishedCheckpoints(
  { db, clock }: { db: Database; clock: Clock },
  villageId: string,
  limit = CHECKPOINT_DAYS,
): Promise<CheckpointRow[]> {
  await insertCheckpoint(db, villageId, clock.today(), clock.now());
  return listCheckpoints(db, villageId, limit);
}

/** Today's published head of the village (published now if not yet): what a notice printed today carries. */
export async function todaysCheckpoint(
  ctx: { db: Database; clock: Clock },
  villageId: string,
): Promise<CheckpointRow | null> {
  const [latest] = await publishedCheckpoints(ctx, villageId, 1);
  return latest ?? null;
}

/** Publishes today's head of every village that has none yet (the server runs this hourly). */
export function publishDailyCheckpoints(db: Database, clock: Clock): Promise<number> {
  return insertCheckpointsForAll(db, clock.today(), clock.now());
}

/** A published head as someone holds it: the full hash, or at least its first 8 hex digits. */
export const HEAD_TEXT = /^[0-9a-f]{8,64}$/;

export type SinceVerdict =
  | { found: false; hash: string }
  | {
      found: true;
      ambiguous: boolean;
      chainId: string;
      seq: number;
      hash: string;
      chain: ChainVerdict;
    };

/**
 * Is a head published earlier still on its chain? It is when an event of the
 * chain has that hash and the chain verifies: every event up to it links back
 * to the genesis hash, so the chain as it was then is still its beginning.
 */
export async function verifySince(
  db: Queryable,
  head: string,
  chainId: string | null,
): Promise<SinceVerdict> {
  const hash = head.toLowerCase();
  const events = await eventsWithHash(db, hash, chainId);
  const [event] = events;
  if (!event) return { found: false, hash };
  return {
    found: true,
    ambiguous: events.length > 1,
    chainId: event.chain_id,
    seq: event.seq,
    hash: event.hash,
    chain: await verifyChain(db, event.chain_id),
  };
}
