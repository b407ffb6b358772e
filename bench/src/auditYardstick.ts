import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Database } from '@cunzhi/server/platform/db/database';

const run = promisify(execFile);

/** The audit statements of one audited write, as the app sent them. */
export type AuditStatements = ReadonlyArray<{ sql: string; params: readonly unknown[] }>;

/**
 * What the database does with the audit SQL alone: the same statements, with
 * the same parameters, in transactions of their own (BEGIN; the write's
 * appends; COMMIT) from `clients` concurrent clients on ONE chain — the
 * village the app wrote to — with no HTTP, no JSON and no other statement.
 */
export interface AuditYardstick {
  how: string;
  clients: number;
  seconds: number;
  /** Transactions (one per write) per second. */
  tps: number;
}

/** In this process, through the app's own driver (PGlite has no pgbench). */
export async function bareAppends(
  db: Database,
  statements: AuditStatements,
  clients: number,
  seconds: number,
): Promise<AuditYardstick> {
  let done = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        await db.transaction(async (tx) => {
          for (const s of statements) await tx.query(s.sql, s.params);
        });
        done += 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    how: `in-process loop over the app's driver (${db.kind}), ${clients} concurrent transactions`,
    clients,
    seconds,
    tps: done / elapsed,
  };
}

/**
 * pgbench with a custom script of the same statements, the parameters given
 * as variables (`-D`) and sent as bind parameters (`-M extended`, as
 * node-postgres sends them).
 */
export async function pgbenchAppends(
  binary: string,
  databaseUrl: string,
  statements: AuditStatements,
  options: { clients: number; threads: number; seconds: number },
): Promise<AuditYardstick & { latencyAverageMs: number | null }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cunzhi-pgbench-audit-'));
  try {
    const defines: string[] = [];
    const body = statements.map((s, i) => {
      s.params.forEach((value, j) => {
        if (value !== null)
          defines.push(
            '-D',
            `s${i}p${j + 1}=${typeof value === 'string' ? value : JSON.stringify(value)}`,
          );
      });
      // highest numbers first, so $1 does not eat the start of $10
      let sql = s.sql.trim();
      for (let j = s.params.length; j >= 1; j--)
        sql = sql.replaceAll(`$${j}`, s.params[j - 1] === null ? 'NULL' : `:s${i}p${j}`);
      return `${sql};`;
    });
    const script = path.join(dir, 'audit.sql');
    await writeFile(script, ['BEGIN;', ...body, 'COMMIT;', ''].join('\n'));
    const args = [
      '-n',
      '-M',
      'extended',
      '-c',
      String(options.clients),
      '-j',
      String(options.threads),
      '-T',
      String(options.seconds),
      '-f',
      script,
      ...defines,
      databaseUrl,
    ];
    const { stdout } = await run(binary, args, { maxBuffer: 16 * 1024 * 1024 });
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout)?.[1];
    if (!tps) throw new Error(`pgbench printed no tps:\n${stdout}`);
    const failed = /number of failed transactions: (\d+)/.exec(stdout)?.[1];
    if (failed && Number(failed) > 0) throw new Error(`pgbench: ${failed} failed transactions`);
    const latency = /latency average = ([\d.]+) ms/.exec(stdout)?.[1];
    return {
      how: `pgbench -n -M extended -c ${options.clients} -j ${options.threads} -T ${options.seconds} -f <the write's ${statements.length} append statements in one transaction>`,
      clients: options.clients,
      seconds: options.seconds,
      tps: Number(tps),
      latencyAverageMs: latency ? Number(latency) : null,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
