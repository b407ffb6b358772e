/**
 * The settings every bench command reads: BENCH_* environment variables and
 * `--db=`, with the messages people see when one is wrong.
 */
import { postgresAdminUrl, type BenchDbKind } from './databases.ts';

/** A wrong setting: reported without a stack trace. */
export class UsageError extends Error {}

export function wholeNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new UsageError(`${name} must be a whole number, got ${raw}`);
  return n;
}

/**
 * Which databases to run on: `--db=` or BENCH_DB, else `withPostgres` when a
 * PostgreSQL URL is set and PGlite alone when not.
 */
export function chosenDatabases(
  npmScript: string,
  withPostgres: 'postgres' | 'both',
): BenchDbKind[] {
  const flag = process.argv.find((a) => a.startsWith('--db='))?.slice('--db='.length);
  const choice = flag ?? process.env.BENCH_DB ?? (postgresAdminUrl() ? withPostgres : 'pglite');
  if ((choice === 'postgres' || choice === 'both') && !postgresAdminUrl()) {
    throw new UsageError(
      `BENCH_DB=${choice} needs TEST_DATABASE_URL or DATABASE_URL, e.g. bash scripts/with-postgres.sh npm run ${npmScript}`,
    );
  }
  switch (choice) {
    case 'pglite':
      return ['pglite'];
    case 'postgres':
      return ['postgres'];
    case 'both':
      return ['pglite', 'postgres'];
    default:
      throw new UsageError(`BENCH_DB / --db must be pglite, postgres or both, got ${choice}`);
  }
}

/** How this run was started: the BENCH_* settings given, flags, and where PostgreSQL came from. */
export function describeCommand(npmScript: string): string {
  const settings = Object.entries(process.env)
    .filter(([k]) => k.startsWith('BENCH_'))
    .map(([k, v]) => `${k}=${v ?? ''}`);
  const flags = process.argv.slice(2);
  const url = process.env.TEST_DATABASE_URL
    ? 'TEST_DATABASE_URL'
    : process.env.DATABASE_URL
      ? 'DATABASE_URL'
      : null;
  const command = [
    ...settings,
    `npm run ${npmScript}`,
    ...(flags.length > 0 ? ['--', ...flags] : []),
  ].join(' ');
  return url ? `${command} (PostgreSQL from ${url})` : command;
}
