// PGlite in a worker thread (see pglite.ts, openPglite). Plain JavaScript so
// that it loads the same way under tsx, vitest and plain node: the worker
// gets no TypeScript loader.
//
// Messages from the server's thread, each answered with { id, ok, ... }:
//   { id, op: 'query', text, params, tx? }  -> { rows }
//   { id, op: 'begin' }                     -> { tx }   once inside a transaction
//   { id, op: 'end', tx, commit }           -> {}       after COMMIT or ROLLBACK
//   { id, op: 'close' }                     -> {}
// A transaction holds PGlite's one connection: PGlite's own transaction lock
// makes every query outside it (and every other transaction) wait until it ends.
import { Blob } from 'node:buffer';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, types } from '@electric-sql/pglite';

/** The same parsers as the other driver (database.ts): int8 as number, dates and numerics as text. */
const parseInt8 = (v) => Number(v);
const keepText = (v) => v;

const { dataDir, loadDataDir } = workerData;
let pg;
try {
  pg = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir: new Blob([loadDataDir]) } : {}),
    parsers: { [types.INT8]: parseInt8, [types.DATE]: keepText, [types.NUMERIC]: keepText },
  });
  parentPort.postMessage({ op: 'ready' });
} catch (error) {
  parentPort.postMessage({ op: 'failed', error: describe(error) });
}

/** Open transactions: id -> { t, finish(commit) }. */
const open = new Map();
let nextTx = 1;
class Rollback extends Error {}

parentPort.on('message', (message) => {
  void handle(message).then(
    (answer) => parentPort.postMessage({ id: message.id, ok: true, ...answer }),
    (error) => parentPort.postMessage({ id: message.id, ok: false, error: describe(error) }),
  );
});

async function handle(message) {
  switch (message.op) {
    case 'query': {
      const on = message.tx ? open.get(message.tx)?.t : pg;
      if (!on) throw new Error(`transaction ${message.tx} is not open`);
      const result = await on.query(message.text, message.params);
      return { rows: result.rows };
    }
    case 'begin':
      return begin();
    case 'end': {
      const entry = open.get(message.tx);
      if (!entry) throw new Error(`transaction ${message.tx} is not open`);
      return entry.finish(message.commit);
    }
    case 'close':
      if (!pg.closed) await pg.close();
      return {};
    default:
      throw new Error(`unknown operation ${message.op}`);
  }
}

/**
 * Enters a PGlite transaction and keeps it open until 'end' arrives: the
 * callback waits on a promise the 'end' message settles. Answers once the
 * transaction has begun (PGlite may first wait for another one to end).
 */
function begin() {
  return new Promise((begun, failedToBegin) => {
    const id = nextTx++;
    let settle;
    const ended = new Promise((resolve, reject) => {
      settle = (commit) => (commit ? resolve() : reject(new Rollback('rollback')));
    });
    const outcome = pg
      .transaction(async (t) => {
        // 'end' comes long after `outcome` is assigned
        open.set(id, { t, finish: (commit) => (settle(commit), outcome) });
        begun({ tx: id });
        await ended;
      })
      .then(
        () => ({}),
        (error) => {
          if (error instanceof Rollback) return {};
          throw error;
        },
      )
      .finally(() => open.delete(id));
    // a failure before the callback ran (BEGIN itself) is the answer to 'begin';
    // after it, 'end' answers with it and this settles nothing
    outcome.catch(failedToBegin);
  });
}

/** An error as plain data: its message and the fields PostgreSQL reports (code, constraint, detail, …). */
function describe(error) {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields = { name: error.name, message: error.message };
  for (const [key, value] of Object.entries(error))
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value))
      fields[key] = value;
  return fields;
}
