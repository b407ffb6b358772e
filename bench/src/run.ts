/**
 * `npm run bench`: loads a 500,000-person county into PGlite and/or
 * PostgreSQL, then measures with autocannon, in the same run: a bare route,
 * a route running one indexed SELECT on the same database (the yardstick),
 * the village view, the household list, a meeting view, a registry read, a
 * household search and an audited write; then the audited write's audit SQL
 * alone (pgbench on PostgreSQL, an in-process loop on both); then the ledger's
 * scenarios (a monthly statement over ten years of vouchers against the bare
 * SQL aggregate, 100 payment executions racing a hold against a bare UPDATE
 * race: monthlyStatement.ts, paymentRace.ts); a supervision member's inbox
 * and the town discipline inbox over five years of a county's records against
 * raw indexed SELECTs (supervisionInbox.ts); and reads the
 * initial JS of the phone and sign-in pages from packages/web/dist. Prints the
 * ratios and the issue's goals, and writes the run as JSON to bench/results/.
 * Settings (environment, or `--db`):
 *
 *   BENCH_DB=pglite|postgres|both   default: both when TEST_DATABASE_URL or DATABASE_URL is set, else pglite
 *   BENCH_SECONDS=10                measured seconds per scenario
 *   BENCH_WARMUP_SECONDS=2          unmeasured warm-up before each scenario
 *   BENCH_CONNECTIONS=10            concurrent connections
 *   BENCH_PERSONS=500000            county size (villages of 5,000)
 *   BENCH_ONLY=meetingView,…        run only these scenarios (the yardsticks always run;
 *                                   monthlyStatement and paymentRace are the ledger's)
 *   BENCH_PGLITE_THREAD=both        PGlite also on the server's own thread (before the worker)
 *   BENCH_LEDGER_YEARS=10           years of vouchers under the monthly statement
 *   BENCH_SUPERVISION_YEARS=5       years of supervision records under the two inboxes (supervisionInbox)
 */
import { fileURLToPath } from 'node:url';
import { calendarDateOf } from '@cunzhi/core/calendarDate';
import { openBenchDatabase, type BenchDbKind } from './databases.ts';
import { chosenDatabases, describeCommand, UsageError, wholeNumber } from './settings.ts';
import { generateCounty } from './generateCounty.ts';
import { describeMachine, warnIfBusy } from './machine.ts';
import {
  goalsTable,
  inboxTables,
  ledgerTables,
  loadSummary,
  passLabel,
  markdownTable,
  statementTable,
  writeReport,
  type PassResult,
  type RunReport,
} from './report.ts';
import {
  runAppScenarios,
  runBaseline,
  runIndexedSelect,
  type LoadOptions,
  type ScenarioId,
} from './scenarios.ts';
import { bareAppends, pgbenchAppends } from './auditYardstick.ts';
import { findPgbench } from './assembly/pgbench.ts';
import { measurePageWeights, pageWeightTable } from './webBundle.ts';
import { runMonthlyStatement } from './monthlyStatement.ts';
import { runPaymentRace } from './paymentRace.ts';
import { INBOX_YEARS, runSupervisionInbox } from './supervisionInbox.ts';

const RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url));
const VILLAGE_PERSONS = 5_000;
const TIME_ZONE = 'Asia/Shanghai';

async function runPass(
  kind: BenchDbKind,
  persons: number,
  load: LoadOptions,
  pgliteThread: 'main' | 'worker' = 'worker',
): Promise<PassResult> {
  const bench = await openBenchDatabase(kind, { pgliteThread });
  try {
    console.log(`\n== ${bench.version} (${bench.where})`);
    console.log(`loading ${persons.toLocaleString('en')} persons…`);
    const today = calendarDateOf(new Date(), TIME_ZONE);
    const county = await generateCounty(
      bench.db,
      { persons, villagePersons: VILLAGE_PERSONS, towns: 2, seed: 20261121 },
      today,
      (line) => console.log(line),
    );
    console.log(
      `running scenarios (${load.connections} connections, ${load.warmupSeconds} s warm-up + ${load.seconds} s each)`,
    );
    console.log(`  baseline`);
    const baseline = await runBaseline(load);
    console.log(`  indexed SELECT route`);
    const select = await runIndexedSelect(bench.db, county, load);
    const only = process.env.BENCH_ONLY?.split(',').filter(Boolean);
    const app = await runAppScenarios(
      bench.db,
      county,
      load,
      (line) => console.log(line),
      (id: ScenarioId) => !only || only.includes(id),
    );
    console.log(`  the audited write's audit SQL alone (${app.auditStatements.length} statements)`);
    const bare = await bareAppends(bench.db, app.auditStatements, load.connections, load.seconds);
    const pgbench = findPgbench();
    const viaPgbench =
      bench.url && pgbench
        ? await pgbenchAppends(pgbench, bench.url, app.auditStatements, {
            clients: load.connections,
            threads: 2,
            seconds: load.seconds,
          })
        : null;
    const wanted = (id: string) => !only || only.includes(id);
    const log = (line: string) => console.log(line);
    let statement = null;
    if (wanted('monthlyStatement')) {
      console.log('  a monthly statement over ten years of vouchers ÷ the raw SQL aggregate');
      statement = await runMonthlyStatement(bench.db, county, log);
    }
    let race = null;
    if (wanted('paymentRace')) {
      console.log('  payment execution under a hold race ÷ a bare UPDATE race');
      race = await runPaymentRace(bench.db, county, log);
    }
    // after the payment race, whose supervision committee the scenario village's records reuse
    let inboxes = null;
    if (wanted('supervisionInbox')) {
      console.log(
        `  the supervisors' and the town discipline inbox over ${INBOX_YEARS} years ÷ a raw indexed SELECT`,
      );
      inboxes = await runSupervisionInbox(bench.db, county, log);
    }
    return {
      ledger: { statement, race },
      inboxes,
      database: kind,
      ...(kind === 'pglite' ? { pgliteThread } : {}),
      version: bench.version,
      load: {
        villages: county.villages,
        households: county.households,
        persons: county.persons,
        seconds: county.seconds,
      },
      target: {
        village: county.target.name,
        persons: county.target.persons,
        households: county.target.householdIds.length,
      },
      scenarios: [baseline, select, ...app.results],
      audit: { pgbench: viaPgbench, bare },
    };
  } finally {
    await bench.dispose();
  }
}

async function main(): Promise<void> {
  const started = new Date();
  const machine = describeMachine(started);
  const databases = chosenDatabases('bench', 'both');
  warnIfBusy(machine);
  const load: LoadOptions = {
    seconds: Math.max(1, wholeNumber('BENCH_SECONDS', 10)),
    warmupSeconds: wholeNumber('BENCH_WARMUP_SECONDS', 2),
    connections: Math.max(1, wholeNumber('BENCH_CONNECTIONS', 10)),
  };
  const persons = Math.max(1_000, wholeNumber('BENCH_PERSONS', 500_000));
  const passes: PassResult[] = [];
  // BENCH_PGLITE_THREAD=both also runs PGlite on the server's own thread, as before the worker
  const threads =
    process.env.BENCH_PGLITE_THREAD === 'both'
      ? (['main', 'worker'] as const)
      : (['worker'] as const);
  for (const kind of databases)
    for (const thread of kind === 'pglite' ? threads : (['worker'] as const))
      passes.push(await runPass(kind, persons, load, thread));

  const web = await measurePageWeights();
  const report: RunReport = {
    command: describeCommand('bench'),
    machine,
    options: { ...load, persons, villagePersons: VILLAGE_PERSONS },
    passes,
    web,
    totalSeconds: (Date.now() - started.getTime()) / 1000,
  };
  const file = await writeReport(report, RESULTS_DIR);
  const m = report.machine;
  console.log(
    `\n${m.date} · ${m.cpus} × ${m.cpuModel}, ${m.ramGiB} GiB RAM, Node ${m.node}, load average at start ${m.loadAverage.join(' ')}`,
  );
  for (const pass of passes) console.log(loadSummary(pass));
  console.log(`\n${markdownTable(report)}\n`);
  for (const pass of passes) {
    const { pgbench, bare } = pass.audit;
    console.log(
      `${passLabel(pass)}: the audit SQL alone — ${pgbench ? `${pgbench.how}: ${pgbench.tps.toFixed(0)} tps; ` : ''}${bare.how}: ${bare.tps.toFixed(0)} tps`,
    );
  }
  const ledger = ledgerTables(report);
  if (ledger) console.log(`\n${ledger}`);
  const inboxes = inboxTables(report);
  if (inboxes) console.log(`\n${inboxes}`);
  console.log(
    web
      ? `\nInitial JS (packages/web/dist built ${web.builtAt ?? '?'}):\n\n${pageWeightTable(web.pages)}\n`
      : '\nInitial JS: packages/web/dist/.vite/manifest.json not found (npm run build:web first)\n',
  );
  console.log(`Goals, each against its yardstick in this run:\n\n${goalsTable(report)}\n`);
  console.log('One request on the idle database (EXPLAIN ANALYZE of the statements it runs):\n');
  console.log(`${statementTable(report)}\n`);
  console.log(`total ${report.totalSeconds.toFixed(0)} s; results in ${file}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : error);
  process.exitCode = 1;
});
