import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { openPostgres } from '@cunzhi/server/platform/db/postgres';

const run = promisify(execFile);

/** pgbench on the same server, as a yardstick of what the machine's PostgreSQL does. */
export interface PgbenchResult {
  binary: string;
  version: string;
  /** The measured command, without the connection string. */
  command: string;
  scale: number;
  clients: number;
  threads: number;
  seconds: number;
  /** Transactions per second (without initial connection time). */
  tps: number;
  latencyAverageMs: number | null;
  transactions: number | null;
  initSeconds: number;
}

export interface PgbenchOptions {
  scale: number;
  clients: number;
  threads: number;
  seconds: number;
}

/**
 * The pgbench binary: $PGBIN/pgbench (set by scripts/with-postgres.sh), the
 * newest /usr/lib/postgresql/<version>/bin/pgbench (Debian), or `pgbench` on
 * the PATH.
 */
export function findPgbench(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates: string[] = [];
  if (env.PGBIN) candidates.push(path.join(env.PGBIN, 'pgbench'));
  try {
    const versions = readdirSync('/usr/lib/postgresql')
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(`/usr/lib/postgresql/${v}/bin/pgbench`);
  } catch {
    // not Debian: fall through to the PATH
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean))
    candidates.push(path.join(dir, 'pgbench'));
  return candidates.find((c) => existsSync(c)) ?? null;
}

/**
 * `pgbench -i -s <scale>` into a scratch database `cunzhi_pgbench_<random>`
 * on the server behind `adminUrl`, then `pgbench -c <clients> -j <threads>
 * -T <seconds> -N` (the built-in simple-update script: per transaction one
 * UPDATE of pgbench_accounts, one SELECT, one INSERT into pgbench_history);
 * the database is dropped afterwards.
 */
export async function runPgbench(
  binary: string,
  adminUrl: string,
  options: PgbenchOptions,
): Promise<PgbenchResult> {
  const name = `cunzhi_pgbench_${randomBytes(6).toString('hex')}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const admin = openPostgres(adminUrl, { max: 1 });
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const { stdout: versionText } = await run(binary, ['--version']);
      const initStarted = performance.now();
      await run(binary, ['-i', '-q', '-s', String(options.scale), url.toString()], {
        maxBuffer: 16 * 1024 * 1024,
      });
      const initSeconds = (performance.now() - initStarted) / 1000;
      const args = [
        '-c',
        String(options.clients),
        '-j',
        String(options.threads),
        '-T',
        String(options.seconds),
        '-N',
      ];
      const { stdout } = await run(binary, [...args, url.toString()], {
        maxBuffer: 16 * 1024 * 1024,
      });
      const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout)?.[1];
      if (!tps) throw new Error(`pgbench printed no tps:\n${stdout}`);
      const latency = /latency average = ([\d.]+) ms/.exec(stdout)?.[1];
      const processed = /number of transactions actually processed: (\d+)/.exec(stdout)?.[1];
      return {
        binary,
        version: versionText.trim(),
        command: `pgbench ${args.join(' ')}`,
        ...options,
        tps: Number(tps),
        latencyAverageMs: latency ? Number(latency) : null,
        transactions: processed ? Number(processed) : null,
        initSeconds: Math.round(initSeconds * 10) / 10,
      };
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  } finally {
    await admin.close();
  }
}
