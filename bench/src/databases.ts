import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@cunzhi/server/platform/db/database';
import { migrate } from '@cunzhi/server/platform/db/migrate';
import { openPglite } from '@cunzhi/server/platform/db/pglite';
import { openPostgres } from '@cunzhi/server/platform/db/postgres';

export type BenchDbKind = 'pglite' | 'postgres';

/** A fresh, migrated, empty database for one bench pass; `dispose()` closes and removes it. */
export interface BenchDatabase {
  kind: BenchDbKind;
  db: Database;
  /** Engine and driver versions, for the report. */
  version: string;
  where: string;
  /** PostgreSQL: the bench database's URL (for pgbench). */
  url?: string;
  dispose(): Promise<void>;
}

/** Paths removed if the run is interrupted (Ctrl-C) before a pass cleans up after itself. */
const pendingDirs = new Set<string>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const dir of pendingDirs) rmSync(dir, { recursive: true, force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

/** The PostgreSQL server URL to create throwaway bench databases on, if any. */
export function postgresAdminUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.TEST_DATABASE_URL || env.DATABASE_URL || null;
}

export async function openBenchDatabase(
  kind: BenchDbKind,
  options: { pgliteThread?: 'main' | 'worker' } = {},
): Promise<BenchDatabase> {
  if (kind === 'pglite') return openPgliteBench(options.pgliteThread ?? 'worker');
  const url = postgresAdminUrl();
  if (!url)
    throw new Error(
      'BENCH_DB=postgres needs TEST_DATABASE_URL or DATABASE_URL (e.g. bash scripts/with-postgres.sh npm run bench)',
    );
  return openPostgresBench(url);
}

/** PGlite in a temporary data directory (on disk, as the server runs it), removed afterwards. */
async function openPgliteBench(thread: 'main' | 'worker'): Promise<BenchDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cunzhi-bench-pglite-'));
  pendingDirs.add(dir);
  const db = await openPglite({ dataDir: dir, thread });
  await migrate(db);
  const [row] = await db.query<{ v: string }>("SELECT current_setting('server_version') AS v");
  return {
    kind: 'pglite',
    db,
    version: `PGlite ${await pgliteVersion()} (PostgreSQL ${row?.v ?? '?'}) on ${thread === 'worker' ? 'a worker thread' : "the server's thread"}`,
    where: dir,
    async dispose() {
      await db.close();
      await rm(dir, { recursive: true, force: true });
      pendingDirs.delete(dir);
    },
  };
}

/**
 * A throwaway database `cunzhi_bench_<random>` on the server behind `adminUrl`
 * (which needs CREATEDB); the database named in the URL is never written to.
 */
async function openPostgresBench(adminUrl: string): Promise<BenchDatabase> {
  const name = `cunzhi_bench_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString(), { max: 10 });
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    await withAdmin(adminUrl, (admin) =>
      admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    );
    throw error;
  }
  const [row] = await db.query<{ v: string }>("SELECT current_setting('server_version') AS v");
  return {
    kind: 'postgres',
    db,
    version: `PostgreSQL ${row?.v ?? '?'} (node-postgres pool of 10)`,
    where: `${url.host}/${name}`,
    url: url.toString(),
    async dispose() {
      await db.close();
      await dropDatabase(adminUrl, name);
    },
  };
}

/**
 * Drops a bench database. The pool's connections may still be closing (its
 * end() resolves once they are told to terminate): a plain DROP waits for
 * them (PostgreSQL waits up to 5 s); WITH (FORCE) only if that fails, since
 * forcing would kill them mid-close and node-postgres reports that as an
 * unhandled pool error.
 */
async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdmin(adminUrl, async (admin) => {
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    } catch {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });
}

async function withAdmin<T>(adminUrl: string, work: (admin: Database) => Promise<T>): Promise<T> {
  const admin = openPostgres(adminUrl, { max: 1 });
  try {
    return await work(admin);
  } finally {
    await admin.close();
  }
}

/** The server's module that depends on PGlite: resolve the package from there. */
const PGLITE_USER = fileURLToPath(
  new URL('../../packages/server/src/platform/db/pglite.ts', import.meta.url),
);

/** The installed @electric-sql/pglite version (its package.json is not exported: walk up from the entry). */
export async function pgliteVersion(): Promise<string> {
  let dir = path.dirname(createRequire(PGLITE_USER).resolve('@electric-sql/pglite'));
  for (;;) {
    const text = await readFile(path.join(dir, 'package.json'), 'utf8').catch(() => '{}');
    const pkg = JSON.parse(text) as { name?: unknown; version?: unknown };
    if (pkg.name === '@electric-sql/pglite' && typeof pkg.version === 'string') return pkg.version;
    const parent = path.dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}
