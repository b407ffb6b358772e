import { createHash, randomInt, randomUUID } from 'node:crypto';
import type { Database, Tx } from '../db/database.ts';

/**
 * The way from a receipt to a secret box (docs/security.md "Secret ballots"),
 * shared by the meetings' secret votes and the evaluations' secret ratings.
 * The receipt is committed first, in the voter's own transaction; the secret
 * rows then wait here, in this process's memory and with no voter attached,
 * for up to `BATCH_WINDOW_MS` for others of the same box. The batch is
 * shuffled row by row and written in one transaction of its own (no receipt,
 * no audit event, no time) by the box's writer, so its rows share one
 * transaction id and one place in the write-ahead log. Each voter's request is
 * answered once their batch is committed: an answered ballot survives a crash.
 */
export const BATCH_WINDOW_MS = 1000;
/** A batch is written at once when this many ballots are waiting. */
const BATCH_MAX = 500;

/** Writes a shuffled batch into the box, in the batch's transaction (it checks the vote is still open). */
export type BoxWriter<R> = (tx: Tx, rows: R[]) => Promise<void>;

interface Waiting<R> {
  rows: readonly R[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

interface Slot<R> {
  key: string;
  write: BoxWriter<R>;
  waiting: Waiting<R>[];
  timer: NodeJS.Timeout | null;
  inFlight: Set<Promise<void>>;
}

/** Per database (one server, or one test server) and box. */
const slots = new WeakMap<Database, Map<string, Slot<unknown>>>();

/** A uniformly random order (Fisher–Yates with the system's cryptographic randomness). */
export function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function slotOf<R>(db: Database, key: string, write: BoxWriter<R>): Slot<R> {
  let byKey = slots.get(db);
  if (!byKey) slots.set(db, (byKey = new Map<string, Slot<unknown>>()));
  let slot = byKey.get(key) as Slot<R> | undefined;
  if (!slot) {
    slot = { key, write, waiting: [], timer: null, inFlight: new Set() };
    byKey.set(key, slot as Slot<unknown>);
  }
  return slot;
}

/** Writes the batch waiting now (if any) in one transaction; settles its voters' requests. */
function flush<R>(db: Database, slot: Slot<R>): void {
  if (slot.timer) clearTimeout(slot.timer);
  slot.timer = null;
  const batch = slot.waiting.splice(0);
  if (batch.length === 0) return;
  // row by row: the rows of one sheet do not stay together
  const rows = shuffled(batch.flatMap((w) => w.rows));
  const written = db.transaction((tx) => slot.write(tx, rows));
  const settled = written.then(
    () => batch.forEach((w) => w.resolve()),
    (error: unknown) => batch.forEach((w) => w.reject(error)),
  );
  slot.inFlight.add(settled);
  void settled.finally(() => {
    slot.inFlight.delete(settled);
    if (slot.waiting.length === 0 && slot.inFlight.size === 0) slots.get(db)?.delete(slot.key);
  });
}

/**
 * Hands one ballot's secret rows (its receipt committed) to the box's next
 * batch; resolves once they are in the box. `key` names the box; `write`
 * is its writer (the first caller's serves the batch).
 */
export function dropInBox<R>(
  db: Database,
  key: string,
  rows: readonly R[],
  write: BoxWriter<R>,
): Promise<void> {
  const slot = slotOf(db, key, write);
  const inBox = new Promise<void>((resolve, reject) => {
    slot.waiting.push({ rows, resolve, reject });
  });
  if (slot.waiting.length >= BATCH_MAX) flush(db, slot);
  else slot.timer ??= setTimeout(() => flush(db, slot), BATCH_WINDOW_MS);
  return inBox;
}

/** Writes what waits for the box in this process now, and waits for batches on their way. */
export async function drainBox(db: Database, key: string): Promise<void> {
  const slot = slots.get(db)?.get(key);
  if (!slot) return;
  flush(db, slot);
  await Promise.allSettled([...slot.inFlight]);
}

/**
 * Before a count: a moment for ballots of other server processes still on
 * their way (a receipt whose ballot is not in the box yet). The count then
 * takes what is in the box; a ballot lost on its way (a crash between receipt
 * and box) shows as one receipt more than ballots in the published figures.
 */
export async function awaitBoxed(
  figures: () => Promise<{ receipts: number; boxed: number }>,
): Promise<void> {
  const deadline = Date.now() + BATCH_WINDOW_MS + 1000;
  for (;;) {
    const { receipts, boxed } = await figures();
    if (boxed >= receipts || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Published rows of a count: each under a fresh random id, in the order of those ids. */
export function withFreshIds<T extends object>(rows: readonly T[]): Array<T & { id: string }> {
  return rows
    .map((row) => ({ ...row, id: randomUUID() }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The published rows' fingerprint, recorded in the audit event of the count:
 * SHA-256 (hex) of one line per row (`line`, ending in "\n"), ids in
 * ascending order (lower-case, with hyphens). Anyone can recompute it.
 */
export function digestOf<T extends { id: string }>(
  rows: readonly T[],
  line: (row: T) => string,
): string {
  const lines = [...rows]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => `${line({ ...r, id: r.id.toLowerCase() })}\n`)
    .join('');
  return createHash('sha256').update(lines, 'utf8').digest('hex');
}
