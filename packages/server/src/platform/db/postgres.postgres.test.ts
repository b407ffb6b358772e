import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../testing/testDatabase.ts';
import type { Database } from './database.ts';

/** Ends the backends of `database` from outside, as an administrator or a restart would. */
async function terminateBackends(database: string): Promise<number> {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  try {
    const result = await admin.query<{ n: number }>(
      `SELECT count(pg_terminate_backend(pid))::int AS n
         FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [database],
    );
    return result.rows[0]?.n ?? 0;
  } finally {
    await admin.end();
  }
}

describe('the PostgreSQL pool when the server ends its connections', () => {
  let db: Database | undefined;
  afterEach(async () => {
    await db?.close();
  });

  it('keeps the process alive and answers the next query on a fresh connection', async () => {
    db = await openTestDatabase();
    const open = db;
    // several idle connections in the pool
    const pids = await Promise.all(
      Array.from({ length: 4 }, () =>
        open.transaction(async (tx) => {
          const [row] = await tx.query<{ pid: number; name: string }>(
            'SELECT pg_backend_pid() AS pid, current_database() AS name, pg_sleep(0.05)',
          );
          return row!;
        }),
      ),
    );
    const uncaught: unknown[] = [];
    const hear = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', hear);
    try {
      expect(await terminateBackends(pids[0]!.name)).toBeGreaterThanOrEqual(1);
      // let the FATAL messages reach the idle clients
      await new Promise((resolve) => setTimeout(resolve, 200));
      const [after] = await open.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      expect(pids.map((p) => p.pid)).not.toContain(after!.pid);
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', hear);
    }
  });
});
