/**
 * `npm run bench:outbox`: the notification outbox's delivery throughput against a bare loop in
 * the same run. For each database, BENCH_OUTBOX_MESSAGES SMS (10,000 by default) are put in the
 * outbox and delivered by the worker (claims of 200 with FOR UPDATE SKIP LOCKED, each sent, the
 * batch acknowledged) through an adapter that takes every message at once, so what is measured is
 * the queue; the baseline is the least a durable record of sending can cost: one INSERT and one
 * UPDATE per message into a bare table, in a loop. Prints a Markdown table with the ratio.
 *
 *   BENCH_DB=pglite|postgres|both   default: postgres when TEST_DATABASE_URL or DATABASE_URL is set, else pglite
 *   BENCH_OUTBOX_MESSAGES=10000
 */
import { performance } from 'node:perf_hooks';
import { drainOutbox } from '../../packages/server/src/platform/outbox/worker.ts';
import type { SmsAdapter } from '../../packages/server/src/platform/outbox/adapter.ts';
import type { Database } from '../../packages/server/src/platform/db/database.ts';
import { seedSmsBatch } from '../../packages/server/src/testing/outboxBatch.ts';
import { openBenchDatabase, type BenchDbKind } from './databases.ts';
import { describeMachine } from './machine.ts';
import { chosenDatabases, describeCommand, UsageError, wholeNumber } from './settings.ts';

/** Takes every message at once: the gateway is not what is measured. */
const INSTANT: SmsAdapter = { name: 'instant', send: async () => undefined };

async function bareLoop(db: Database, count: number): Promise<number> {
  await db.query(
    `CREATE TABLE bench_bare_sms (id integer PRIMARY KEY, recipient text NOT NULL, text text NOT NULL, status text NOT NULL)`,
  );
  const started = performance.now();
  for (let i = 1; i <= count; i++) {
    await db.query(`INSERT INTO bench_bare_sms VALUES ($1, $2, $3, 'pending')`, [
      i,
      `1390000${String(i).padStart(4, '0')}`,
      `【测试村】第${i}号通知`,
    ]);
    await db.query(`UPDATE bench_bare_sms SET status = 'sent' WHERE id = $1`, [i]);
  }
  return performance.now() - started;
}

async function pass(kind: BenchDbKind, count: number) {
  const bench = await openBenchDatabase(kind);
  try {
    await seedSmsBatch(bench.db, count, 'bench');
    const started = performance.now();
    const result = await drainOutbox(bench.db, INSTANT);
    const outboxMs = performance.now() - started;
    if (result.sent !== count) throw new Error(`outbox sent ${result.sent} of ${count}`);
    const bareMs = await bareLoop(bench.db, count);
    return { version: bench.version, outboxMs, bareMs };
  } finally {
    await bench.dispose();
  }
}

async function main(): Promise<void> {
  const count = wholeNumber('BENCH_OUTBOX_MESSAGES', 10_000);
  const kinds = chosenDatabases('bench:outbox', 'both');
  console.log(`# bench:outbox — ${describeCommand('bench:outbox')}\n`);
  const m = describeMachine(new Date());
  console.log(`${m.cpus} × ${m.cpuModel}, ${m.ramGiB} GiB, Node ${m.node}, ${m.date}`);
  console.log(
    `\n| database | messages | outbox (claim, send, acknowledge) | msg/s | bare INSERT + UPDATE loop | msg/s | outbox ÷ bare |`,
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const kind of kinds) {
    const r = await pass(kind, count);
    const rate = (ms: number) => Math.round((count / ms) * 1000);
    console.log(
      `| ${r.version} | ${count} | ${(r.outboxMs / 1000).toFixed(2)} s | ${rate(r.outboxMs)} | ${(r.bareMs / 1000).toFixed(2)} s | ${rate(r.bareMs)} | ${(r.outboxMs / r.bareMs).toFixed(2)} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : error);
  process.exitCode = 1;
});
