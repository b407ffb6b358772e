import { Worker } from 'node:worker_threads';
import { PGlite, types } from '@electric-sql/pglite';
import type { Database, Queryable, Tx } from './database.ts';
import { keepText, parseInt8 } from './database.ts';
import { holdDataDir } from './dataDirLock.ts';

export interface PgliteOptions {
  dataDir?: string;
  loadDataDir?: Blob;
  /**
   * Where the database runs. 'worker' (the default): in a worker thread, so
   * the WebAssembly PostgreSQL does not hold the HTTP thread while it
   * executes a statement — the server parses, checks and answers other
   * requests meanwhile (measured in docs/benchmarks.md). 'main': on the
   * caller's thread, as before; kept for the bench's comparison.
   */
  thread?: 'worker' | 'main';
}

/** Embedded PostgreSQL (PGlite): data in a local folder, or in memory when `dataDir` is omitted. */
export async function openPglite(options: PgliteOptions = {}): Promise<Database> {
  const release = options.dataDir ? holdDataDir(options.dataDir) : () => undefined;
  try {
    const db = await (options.thread === 'main' ? openInThread(options) : openInWorker(options));
    return {
      ...db,
      async close() {
        try {
          await db.close();
        } finally {
          // a close that fails leaves nothing to protect: the next opener must not be refused
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

type Answer = { ok: true; rows?: unknown[]; tx?: number } | { ok: false; error: ErrorFields };
type ErrorFields = Record<string, string | number | boolean | null> & { message: string };

/**
 * PGlite in a worker thread behind the same `Database`: each call is a
 * message to the worker and its answer. A transaction holds the worker's one
 * connection until it ends; queries outside it wait (PGlite's own lock, as on
 * the main thread). Errors come back with PostgreSQL's fields (code,
 * constraint, detail, …) on a new Error.
 */
async function openInWorker(options: PgliteOptions): Promise<Database> {
  const loadDataDir = options.loadDataDir ? await options.loadDataDir.arrayBuffer() : undefined;
  const worker = new Worker(new URL('./pgliteWorker.mjs', import.meta.url), {
    workerData: { dataDir: options.dataDir, loadDataDir },
    ...(loadDataDir ? { transferList: [loadDataDir] } : {}),
  });
  const pending = new Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let closed = false;
  let broken: Error | null = null;

  // the worker keeps the process alive only while an answer is awaited
  const refresh = () => (pending.size > 0 ? worker.ref() : worker.unref());
  const fail = (error: Error) => {
    broken ??= error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    refresh();
  };

  await new Promise<void>((resolve, reject) => {
    const onMessage = (m: { op?: string; error?: ErrorFields }) => {
      worker.off('message', onMessage);
      worker.off('error', reject);
      if (m.op === 'ready') resolve();
      else reject(toError(m.error ?? { message: 'PGlite worker failed to start' }));
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
  worker.on('message', (m: Answer & { id: number }) => {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    refresh();
    p.resolve(m);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`PGlite worker exited (${code})`)));
  refresh();

  async function call(message: Record<string, unknown>): Promise<Answer & { ok: true }> {
    if (broken) throw broken;
    if (closed) throw new Error('the database is closed');
    const id = nextId++;
    const answer = await new Promise<Answer>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      refresh();
      worker.postMessage({ id, ...message });
    });
    if (!answer.ok) throw toError(answer.error);
    return answer;
  }
  const queryOn = (tx: number | undefined): Queryable['query'] =>
    (async (text: string, params: readonly unknown[] = []) => {
      const answer = await call({ op: 'query', text, params, ...(tx ? { tx } : {}) });
      return answer.rows ?? [];
    }) as Queryable['query'];

  return {
    kind: 'pglite',
    query: queryOn(undefined),
    async transaction(work) {
      const { tx: id } = await call({ op: 'begin' });
      const tx: Tx = { inTransaction: true, query: queryOn(id) };
      let value;
      try {
        value = await work(tx);
      } catch (error) {
        await call({ op: 'end', tx: id, commit: false }).catch(() => undefined);
        throw error;
      }
      await call({ op: 'end', tx: id, commit: true });
      return value;
    },
    async close() {
      // closing twice (shutdown signal and test teardown) is harmless
      if (closed) return;
      if (!broken) await call({ op: 'close' }).catch(() => undefined);
      closed = true;
      await worker.terminate();
    },
  };
}

function toError(fields: ErrorFields): Error {
  const { message, name, ...rest } = fields;
  const error = new Error(message);
  if (typeof name === 'string') error.name = name;
  return Object.assign(error, rest);
}

/** PGlite on the caller's thread. */
async function openInThread(options: PgliteOptions): Promise<Database> {
  const pg = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers: { [types.INT8]: parseInt8, [types.DATE]: keepText, [types.NUMERIC]: keepText },
  });
  return {
    kind: 'pglite',
    async query(text, params = []) {
      const result = await pg.query(text, params as unknown[]);
      return result.rows as never[];
    },
    transaction(work) {
      return pg.transaction(async (t) => {
        const tx: Tx = {
          inTransaction: true,
          async query(text, params = []) {
            const result = await t.query(text, params as unknown[]);
            return result.rows as never[];
          },
        };
        return work(tx);
      });
    },
    async close() {
      // closing twice (shutdown signal and test teardown) is harmless
      if (!pg.closed) await pg.close();
    },
  };
}

/** Dumps a PGlite database to a tarball, to start test databases quickly from a migrated state. */
export async function dumpPglite(dataDir: string): Promise<Blob> {
  const pg = await PGlite.create({ dataDir });
  try {
    return await pg.dumpDataDir('none');
  } finally {
    await pg.close();
  }
}
