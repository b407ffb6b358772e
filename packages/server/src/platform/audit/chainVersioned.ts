import type { Queryable } from '../db/database.ts';
import { chainHeadSeq, chainHeadSeqs } from './repository.ts';

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

/** The entry kept for `key` at version `seq`, if it is still young; touched as most recently used. */
function kept(store: Map<string, Entry>, k: string, seq: number, now: number): Entry | undefined {
  const hit = store.get(k);
  if (!hit || hit.seq !== seq || now - hit.storedAt >= MAX_AGE_MS) return undefined;
  // most recently used last: the oldest is the first to go
  store.delete(k);
  store.set(k, hit);
  return hit;
}

function keep(store: Map<string, Entry>, k: string, seq: number, now: number, value: unknown) {
  store.delete(k);
  store.set(k, { seq, storedAt: now, value });
  if (store.size > MAX_ENTRIES) store.delete(store.keys().next().value!);
}

const entryKey = (chainId: string, key: string) => `${chainId}\u0000${key}`;

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
    const k = entryKey(chainId, key);
    const hit = kept(store, k, seq, now());
    if (hit) return hit.value as T;
    const value = await load();
    keep(store, k, seq, now(), value);
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

/**
 * The same for many chains at once — a town's or a county's villages on the dashboard: every
 * chain's version in one statement, the models kept at their versions reused, and the others
 * computed together by one call for just the chains that missed, so a set-based reader stays
 * set-based. A chain the loader gives nothing for is remembered as having nothing.
 */
export async function readEachAtChainVersion<T>(
  db: Queryable,
  chainIds: readonly string[],
  key: string,
  loadMany: (chainIds: string[]) => Promise<Map<string, T>>,
  now: () => number = Date.now,
): Promise<Map<string, T>> {
  const heads = await chainHeadSeqs(db, chainIds);
  const seqs = new Map(chainIds.map((id) => [id, heads.get(id) ?? 0]));
  return readEachAtVersions(db, seqs, key, loadMany, now);
}

/**
 * The same at versions the caller has read already — in a statement it needed anyway and that
 * finished before this call (the dashboard reads them with its villages), which saves a round
 * trip before the models' own reads. Read any later and an entry could be newer than its data.
 */
export async function readEachAtVersions<T>(
  db: Queryable,
  seqs: ReadonlyMap<string, number>,
  key: string,
  loadMany: (chainIds: string[]) => Promise<Map<string, T>>,
  now: () => number = Date.now,
): Promise<Map<string, T>> {
  const store = storeOf(db);
  const out = new Map<string, T>();
  const missed: string[] = [];
  for (const [id, seq] of seqs) {
    const hit = kept(store, entryKey(id, key), seq, now());
    if (!hit) missed.push(id);
    else if (hit.value !== undefined) out.set(id, hit.value as T);
  }
  if (missed.length === 0) return out;
  const loaded = await loadMany(missed);
  for (const id of missed) {
    const value = loaded.get(id);
    keep(store, entryKey(id, key), seqs.get(id)!, now(), value);
    if (value !== undefined) out.set(id, value);
  }
  return out;
}
