import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Machine } from '../machine.ts';
import type { PgbenchResult } from './pgbench.ts';
import type { AssemblyOptions, AssemblyPass, PhaseResult } from './scenario.ts';

export interface AssemblyReport {
  command: string;
  machine: Machine;
  options: Omit<AssemblyOptions, 'now'> & { now: string };
  passes: AssemblyPass[];
  /** null when no PostgreSQL server was given or pgbench was not found. */
  pgbench: PgbenchResult | null;
  pgbenchSkipped: string | null;
  totalSeconds: number;
}

/** Rate of a phase (requests ÷ median wall time) over pgbench's TPS. */
export function ratioToPgbench(report: AssemblyReport, phase: PhaseResult): number | null {
  return report.pgbench && report.pgbench.tps > 0
    ? phase.median.perSecond / report.pgbench.tps
    : null;
}

/** Rate of a phase over the bare GET /api/health burst of the same pass. */
export function ratioToHealth(pass: AssemblyPass, phase: PhaseResult): number | null {
  const health = pass.phases.find((p) => p.id === 'health');
  return health && health.median.perSecond > 0
    ? phase.median.perSecond / health.median.perSecond
    : null;
}

export function resultTable(report: AssemblyReport): string {
  const runs = report.options.runs;
  const lines = [
    `| database | burst of ${report.options.adults.toLocaleString('en')} | wall s (median of ${runs}) | runs, s | per second | p50 ms | p95 ms | p99 ms | errors | ÷ pgbench TPS | ÷ GET /api/health |`,
    '|---|---|--:|---|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const pass of report.passes) {
    for (const p of pass.phases) {
      const toPg = ratioToPgbench(report, p);
      const toHealth = p.id === 'health' ? 1 : ratioToHealth(pass, p);
      lines.push(
        `| ${pass.database} | ${p.title} | ${fmt(p.median.wallMs / 1000, 2)} | ${p.runs.map((r) => fmt(r.burst.wallMs / 1000, 2)).join(', ')} | ${fmt(p.median.perSecond, 0)} | ${fmt(p.median.latencyMs.p50, 0)} | ${fmt(p.median.latencyMs.p95, 0)} | ${fmt(p.median.latencyMs.p99, 0)} | ${p.errors} | ${ratio(toPg)} | ${ratio(toHealth)} |`,
      );
    }
  }
  return lines.join('\n');
}

/** One request alone (sent one at a time): what it costs without contention. */
export function aloneTable(report: AssemblyReport): string {
  const lines = [
    '| database | request (one at a time) | requests | p50 ms | mean ms | statements | DB ms (sum of statements) | of which FOR UPDATE ms | slowest statement (ms) |',
    '|---|---|--:|--:|--:|--:|--:|--:|---|',
  ];
  for (const pass of report.passes) {
    for (const s of pass.sequential) {
      lines.push(
        `| ${pass.database} | ${s.title} | ${s.requests} | ${fmt(s.latencyMs.p50, 1)} | ${fmt(s.latencyMs.mean, 1)} | ${fmt(s.db.statements, 1)} | ${fmt(s.db.statementMs + s.db.lockWaitMs, 1)} | ${fmt(s.db.lockWaitMs, 1)} | ${slowest(s.statements[0])} |`,
      );
    }
  }
  return lines.join('\n');
}

/**
 * Where a request's time goes in a burst (medians of the runs, means per
 * request): waiting for a pool connection to begin its transaction, in FOR
 * UPDATE statements (waiting for the row lock), in other statements
 * (including, outside a transaction, waiting for a pool connection); and the
 * locked section, whose sum over the burst against the wall time shows how
 * far the lock serialises it.
 */
export function timeTable(report: AssemblyReport): string {
  const lines = [
    '| database | burst | mean latency ms | wait to begin a transaction ms | FOR UPDATE ms | other statements ms | locked section ms | locked sections ÷ wall | server thread busy |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const pass of report.passes) {
    for (const p of pass.phases.filter((x) => x.id !== 'health')) {
      const d = p.median.db;
      lines.push(
        `| ${pass.database} | ${p.title} | ${fmt(p.median.latencyMs.mean, 0)} | ${fmt(d.txStartWaitMs, 0)} | ${fmt(d.lockWaitMs, 0)} | ${fmt(d.statementMs, 0)} | ${fmt(d.lockedMs, 2)} | ${fmt(d.lockedShareOfWall, 2)} | ${Math.round(p.median.serverBusy * 100)} % |`,
      );
    }
  }
  return lines.join('\n');
}

export function pgbenchLine(report: AssemblyReport): string {
  const b = report.pgbench;
  if (!b) return `pgbench: not run (${report.pgbenchSkipped ?? 'no PostgreSQL'})`;
  return `pgbench (${b.version}): ${b.command} on scale ${b.scale}: ${fmt(b.tps, 0)} TPS, latency average ${b.latencyAverageMs ?? '?'} ms, ${b.transactions ?? '?'} transactions (initialised in ${b.initSeconds} s)`;
}

/** Writes the run as JSON under `dir`; returns the file's path. */
export async function writeAssemblyReport(report: AssemblyReport, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const dbs = report.passes.map((p) => p.database).join('+');
  const file = path.join(
    dir,
    `${report.machine.isoDate.replaceAll(':', '-').replace(/\.\d+Z$/, 'Z')}-assembly-${dbs}.json`,
  );
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

function slowest(s: { sql: string; ms: number } | undefined): string {
  if (!s) return '–';
  const text = s.sql.length > 60 ? `${s.sql.slice(0, 60)}…` : s.sql;
  return `\`${text.replaceAll('|', '\\|')}\` (${fmt(s.ms, 1)})`;
}

function ratio(n: number | null): string {
  if (n === null) return '–';
  return n >= 1 ? fmt(n, 2) : n.toPrecision(2);
}

function fmt(n: number, digits: number): string {
  return n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
