import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { openPglite } from '../db/pglite.ts';
import { openPostgres } from '../db/postgres.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { seedSmsBatch } from '../../testing/outboxBatch.ts';
import type { SmsAdapter } from './adapter.ts';
import { recoverStale } from './worker.ts';

const CLI = fileURLToPath(new URL('../../cli.ts', import.meta.url));
const BATCH = 10_000;

/**
 * A database two processes can open in turn: a data directory for PGlite (one process at a
 * time), a database of its own on the test PostgreSQL.
 */
async function crashDatabase(): Promise<{
  env: Record<string, string>;
  open(): Promise<Database>;
  drop(): Promise<void>;
}> {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cunzhi-crash-'));
    return {
      env: { DATA_DIR: dir },
      open: () => openPglite({ dataDir: dir }),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `cunzhi_crash_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    open: async () => openPostgres(url.toString()),
    drop: async () => {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * Runs `cli.ts outbox` in a child process; `killAfter` lines in the file, it is sent SIGKILL.
 * Node itself runs the worker (tsx as a loader, not the tsx CLI): the CLI is a wrapper that would
 * take the SIGKILL while the worker it spawned went on delivering, orphaned: no crash at all.
 */
function runCli(env: Record<string, string>, args: string[], file: string, killAfter?: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'outbox', ...args], {
    env: { ...process.env, ...env, OUTBOX_ADAPTER: 'file', OUTBOX_FILE: file, DEMO: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const lines = () => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').length - 1 : 0);
  const watch =
    killAfter === undefined
      ? null
      : setInterval(() => {
          if (lines() >= killAfter) child.kill('SIGKILL');
        }, 5);
  return new Promise<{ code: number | null; signal: string | null; output: string }>((resolve) =>
    child.on('exit', (code, signal) => {
      if (watch) clearInterval(watch);
      resolve({ code, signal, output });
    }),
  );
}

/** Exactly once across a crash (issue 16): kill -9 in the middle of a batch of 10,000, then a new worker. */
describe(`outbox after kill -9 (${describeDatabase()})`, () => {
  let place: Awaited<ReturnType<typeof crashDatabase>>;
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cunzhi-crash-sms-')), 'sms.jsonl');

  beforeAll(async () => {
    place = await crashDatabase();
    const db = await place.open();
    try {
      await migrate(db);
      await seedSmsBatch(db, BATCH);
    } finally {
      await db.close();
    }
  }, 120_000);
  afterAll(async () => {
    await place.drop();
  });

  it('each of 10,000 SMS is delivered once: none lost, none twice', async () => {
    const killed = await runCli(place.env, [], file, 2_000);
    expect(killed.signal, killed.output).toBe('SIGKILL');
    const before = readFileSync(file, 'utf8').trim().split('\n');
    // a real crash: nothing goes on delivering after the kill
    await new Promise((r) => setTimeout(r, 500));
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(before.length);
    expect(before.length).toBeGreaterThanOrEqual(2_000);
    expect(before.length).toBeLessThan(BATCH);

    const finished = await runCli(place.env, ['--stopped'], file);
    expect(finished.code, finished.output).toBe(0);

    const ids = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).id as string);
    expect(new Set(ids).size).toBe(ids.length); // none twice
    expect(ids).toHaveLength(BATCH); // none lost
    const db = await place.open();
    try {
      const rows = await db.query<{ status: string; n: number }>(
        `SELECT status, count(*)::int AS n FROM outbox_message GROUP BY status`,
      );
      expect(rows).toEqual([{ status: 'sent', n: BATCH }]);

      // an adapter that cannot tell what went: what a dead worker held is failed as uncertain, not resent
      await db.query(
        `UPDATE outbox_message SET status = 'sending', claimed_at = now() - interval '1 hour'
         WHERE id IN (SELECT id FROM outbox_message LIMIT 3)`,
      );
      const blind: SmsAdapter = { name: 'blind', send: async () => undefined };
      expect(await recoverStale(db, blind)).toEqual({ sent: 0, requeued: 0, uncertain: 3 });
      const [failed] = await db.query<{ n: number; e: string }>(
        `SELECT count(*)::int AS n, min(last_error) AS e FROM outbox_message WHERE status = 'failed'`,
      );
      expect(failed).toMatchObject({ n: 3 });
      expect(failed!.e).toMatch(/^delivery_uncertain/);
    } finally {
      await db.close();
    }
  }, 180_000);
});
