/**
 * `npm run bench:assembly`: a 1,000-person villagers' assembly through the
 * HTTP API. For each database a village of 1,000 adults is written with a
 * session for each, the server is started in this process on a fixed clock
 * (the meeting date), and each of `runs` assemblies is convened, its agenda
 * approved and opened; then, each burst fired all at once from a worker
 * thread: 1,000 check-ins, 1,000 named electronic votes, 1,000 secret
 * ballots (and 1,000 bare GET /api/health as an HTTP baseline). pgbench on
 * the same PostgreSQL server gives the machine's yardstick. Prints Markdown
 * tables and writes the run as JSON to bench/results/. Settings (environment,
 * or `--db`):
 *
 *   BENCH_DB=pglite|postgres|both   default: postgres when TEST_DATABASE_URL or DATABASE_URL is set, else pglite
 *   BENCH_ASSEMBLY_ADULTS=1000      villagers due at the assembly (each checks in and votes)
 *   BENCH_ASSEMBLY_RUNS=3           assemblies (fresh meetings); the report gives medians
 *   BENCH_PGBENCH_SECONDS=10        pgbench -T (0 skips pgbench)
 *   BENCH_NO_GIT=1                  do not record the git commit
 */
import { fileURLToPath } from 'node:url';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { openBenchDatabase, postgresAdminUrl, type BenchDbKind } from './databases.ts';
import { chosenDatabases, describeCommand, UsageError, wholeNumber } from './settings.ts';
import { describeMachine, warnIfBusy } from './machine.ts';
import { findPgbench, runPgbench, type PgbenchResult } from './assembly/pgbench.ts';
import {
  aloneTable,
  pgbenchLine,
  resultTable,
  timeTable,
  writeAssemblyReport,
  type AssemblyReport,
} from './assembly/report.ts';
import { runAssemblyPass, type AssemblyOptions, type AssemblyPass } from './assembly/scenario.ts';

const RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url));
/** The meeting date; the server's clock stands at 09:30 that morning in Beijing. */
const MEETING_ON = calendarDate('2026-11-22');
const NOTICE_ON = calendarDate('2026-11-12');
const NOW = new Date('2026-11-22T01:30:00Z');
const PGBENCH = { scale: 10, clients: 50, threads: 2 } as const;

async function runPass(kind: BenchDbKind, options: AssemblyOptions): Promise<AssemblyPass> {
  const bench = await openBenchDatabase(kind);
  try {
    console.log(`\n== ${bench.version} (${bench.where})`);
    return await runAssemblyPass(
      bench.db,
      { database: kind, version: bench.version },
      options,
      (line) => console.log(line),
    );
  } finally {
    await bench.dispose();
  }
}

async function baseline(
  seconds: number,
): Promise<{ result: PgbenchResult | null; skipped: string | null }> {
  const url = postgresAdminUrl();
  if (!url) return { result: null, skipped: 'no PostgreSQL server given' };
  if (seconds === 0) return { result: null, skipped: 'BENCH_PGBENCH_SECONDS=0' };
  const binary = findPgbench();
  if (!binary) return { result: null, skipped: 'pgbench not found (Debian package postgresql)' };
  console.log(
    `\n== pgbench -i -s ${PGBENCH.scale}, then -c ${PGBENCH.clients} -j ${PGBENCH.threads} -T ${seconds} -N (${binary})`,
  );
  const result = await runPgbench(binary, url, { ...PGBENCH, seconds });
  return { result, skipped: null };
}

async function main(): Promise<void> {
  const started = new Date();
  const machine = describeMachine(started);
  const databases = chosenDatabases('bench:assembly', 'postgres');
  warnIfBusy(machine);
  const options: AssemblyOptions = {
    adults: Math.max(10, wholeNumber('BENCH_ASSEMBLY_ADULTS', 1_000)),
    runs: Math.max(1, wholeNumber('BENCH_ASSEMBLY_RUNS', 3)),
    seed: 20261122,
    meetingOn: MEETING_ON,
    noticeOn: NOTICE_ON,
    now: NOW,
  };
  const passes: AssemblyPass[] = [];
  for (const kind of databases) passes.push(await runPass(kind, options));
  const pg = await baseline(wholeNumber('BENCH_PGBENCH_SECONDS', 10));

  const report: AssemblyReport = {
    command: describeCommand('bench:assembly'),
    machine,
    options: { ...options, now: NOW.toISOString() },
    passes,
    pgbench: pg.result,
    pgbenchSkipped: pg.skipped,
    totalSeconds: (Date.now() - started.getTime()) / 1000,
  };
  const file = await writeAssemblyReport(report, RESULTS_DIR);
  const m = report.machine;
  console.log(
    `\n${m.date} · ${m.cpus} × ${m.cpuModel}, ${m.ramGiB} GiB RAM, Node ${m.node}, load average at start ${m.loadAverage.join(' ')}`,
  );
  for (const pass of passes) {
    const v = pass.village;
    console.log(
      `${pass.version}: ${v.name}, ${v.adults} adults, ${v.persons} persons in ${v.households} households (seeded in ${v.seedSeconds} s)`,
    );
  }
  console.log(pgbenchLine(report));
  console.log(`\n${resultTable(report)}\n`);
  console.log('Where the time goes in a burst (means per request, medians of the runs):\n');
  console.log(`${timeTable(report)}\n`);
  console.log('One request alone (sent one at a time in a further assembly):\n');
  console.log(`${aloneTable(report)}\n`);
  for (const pass of passes) for (const c of pass.checks) console.log(`${pass.database} ${c}`);
  console.log(`\ntotal ${report.totalSeconds.toFixed(0)} s; results in ${file}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : error);
  process.exitCode = 1;
});
