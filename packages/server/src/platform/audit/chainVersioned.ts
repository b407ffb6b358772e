import type { Queryable } from '../db/database.ts';
import { chainHeadSeq } from './repository.ts';

/**
 * A village's read models kept until its audit chain moves.
 *
 * Every change to a village's records is a command that appends an event to the village's
 * chain in its own transaction (docs/architecture.md, "one use-case: load → core decides →
 * write → audit"), so the chain head's sequence number is the version of everything the
 * village's pages show. A read asks for that number — one indexed read of a one-row-per-village
 * table — and reuses the model it computed at the same number, else computes it again.
 *
 * The number is read before the model: a write that commits in between leaves an entry older
 * than its data, never newer, and the next read computes again. Being read from the database,
 * the number is the same for every server process: nothing to invalidate, no lag across
 * processes. What it cannot see is a change made without an event — SQL typed by hand against
 * the database: such a change shows once the village's next event is written, or after the
 * entry's age limit (MAX_AGE_MS).
 *
 * The key must hold everything else the model depends on (the day, for ages and terms).
 */
const MAX_ENTRIES = 2_000;
export const MAX_AGE_MS = 10 * 60_000;

interface Entry {
  seq: number;
  storedAt: number;
  value: unknown;
}

/**
 * Per database: test servers in one process share village ids, never answers. (A transaction is
 * its own key: what it reads, its own uncommitted writes included, stays with it.)
 */
const stores = new WeakMap<Queryable, Map<string, Entry>>();

function storeOf(db: Queryable): Map<string, Entry> {
  let store = stores.get(db);
  if (!store) stores.set(db, (store = new Map<string, Entry>()));
  return store;
}

/** Reads models at one version of a chain: the version read once, for every model of one request. */
export type ChainVersionReader = <T>(key: string, load: () => Promise<T>) => Promise<T>;

export async function atChainVersion(
  db: Queryable,
  chainId: string,
  now: () => number = Date.now,
): Promise<ChainVersionReader> {
  const seq = await chainHeadSeq(db, chainId);
  const store = storeOf(db);
  return async <T>(key: string, load: () => Promise<T>): Promise<T> => {
    const k = `${chainId}\u0000${key}`;
    const hit = store.get(k);
    if (hit && hit.seq === seq && now() - hit.storedAt < MAX_AGE_MS) {
      // most recently used last: the oldest is the first to go
      store.delete(k);
      store.set(k, hit);
      return hit.value as T;
    }
    const value = await load();
    store.delete(k);
    store.set(k, { seq, storedAt: now(), value });
    if (store.size > MAX_ENTRIES) store.delete(store.keys().next().value!);
    return value;
  };
}

export async function readAtChainVersion<T>(
  db: Queryable,
  chainId: string,
  key: string,
  load: () => Promise<T>,
  now: () => number = Date.now,
): Promise<T> {
  return (await atChainVersion(db, chainId, now))(key, load);
}
