import type { Queryable } from '../db/database.ts';

/** The server's major version (15, 16, …): pg_dump and pg_restore must be of the same. */
export async function serverMajorVersion(db: Queryable): Promise<number> {
  const [row] = await db.query<{ v: number }>(
    `SELECT current_setting('server_version_num')::int AS v`,
  );
  return Math.floor((row?.v ?? 0) / 10_000);
}

/** How many tables the database's public schema holds: a restore goes only into an empty one. */
export async function publicTableCount(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`,
  );
  return row?.n ?? 0;
}
