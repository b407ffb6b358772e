import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BenchDbKind } from './databases.ts';
import type { Machine } from './machine.ts';
import { VIEW_SCENARIOS, type LoadOptions, type ScenarioResult } from './scenarios.ts';
import type { AuditYardstick } from './auditYardstick.ts';
import type { PageWeight } from './webBundle.ts';
import type { MonthlyStatementResult } from './monthlyStatement.ts';
import type { PaymentRaceResult } from './paymentRace.ts';
import type { InboxReads, SupervisionInboxResult } from './supervisionInbox.ts';
import type { StatementProfile } from './queryProfile.ts';

/** One database's pass: the county load and the scenarios, baseline first. */
export interface PassResult {
  database: BenchDbKind;
  /** PGlite: on the server's thread (as before) or a worker thread. */
  pgliteThread?: 'main' | 'worker';
  version: string;
  load: { villages: number; households: number; persons: number; seconds: number };
  target: { village: string; persons: number; households: number };
  scenarios: ScenarioResult[];
  /** The ledger's scenarios (null when BENCH_ONLY leaves them out). */
  ledger: { statement: MonthlyStatementResult | null; race: PaymentRaceResult | null };
  /** The supervisors' and the town discipline inbox over five years of records (null when left out). */
  inboxes?: SupervisionInboxResult | null;
  /** The audited write's audit SQL alone: pgbench (PostgreSQL) and an in-process loop (both). */
  audit: {
    pgbench: (AuditYardstick & { latencyAverageMs: number | null }) | null;
    bare: AuditYardstick;
  };
}

export interface RunReport {
  command: string;
  machine: Machine;
  options: LoadOptions & { persons: number; villagePersons: number };
  passes: PassResult[];
  /** Initial JS of the phone and sign-in pages, from packages/web/dist; null when not built. */
  web: { builtAt: string | null; pages: PageWeight[] } | null;
  totalSeconds: number;
}

/** Scenario throughput as a share of another scenario's (`baseline` or `indexedSelect`) in the same pass. */
export function ratioTo(
  pass: PassResult,
  scenario: ScenarioResult,
  to: 'baseline' | 'indexedSelect' = 'baseline',
): number | null {
  const yardstick = pass.scenarios.find((s) => s.id === to);
  if (!yardstick || yardstick.requestsPerSecond === 0) return null;
  return scenario.requestsPerSecond / yardstick.requestsPerSecond;
}

/** The pass's name in the tables. */
export function passLabel(pass: PassResult): string {
  return pass.pgliteThread === 'main' ? 'pglite, main thread' : pass.database;
}

export function markdownTable(report: RunReport): string {
  const lines = [
    '| database | scenario | req/s | p50 ms | p99 ms | ÷ indexed SELECT route | ÷ bare /hello | server thread busy | non-2xx / errors |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const pass of report.passes) {
    for (const s of pass.scenarios) {
      const select = ratioTo(pass, s, 'indexedSelect');
      const bare = ratioTo(pass, s, 'baseline');
      lines.push(
        `| ${passLabel(pass)} | ${s.title} | ${fmt(s.requestsPerSecond, 0)} | ${ms(s.latencyMs.p50)} | ${ms(s.latencyMs.p99)} | ${select === null ? '–' : select.toPrecision(2)} | ${bare === null ? '–' : bare.toPrecision(2)} | ${Math.round(s.serverEventLoopUtilization * 100)} % | ${s.non2xx} / ${s.errors + s.timeouts} |`,
      );
    }
  }
  return lines.join('\n');
}

/** The issue's goals, each against its yardstick measured in the same run: met or missed by how much. */
export function goalsTable(report: RunReport): string {
  const lines = ['| database | goal | measured | goal | met |', '|---|---|--:|--:|---|'];
  const verdict = (value: number, goal: number, atLeast: boolean) =>
    (atLeast ? value >= goal : value <= goal)
      ? 'yes'
      : `no (${atLeast ? `${((value / goal) * 100).toFixed(0)} % of the goal` : `+${(value - goal).toFixed(0)}`})`;
  for (const pass of report.passes) {
    const viewGoal = pass.database === 'postgres' ? 0.5 : 0.3;
    for (const id of VIEW_SCENARIOS) {
      const s = pass.scenarios.find((x) => x.id === id);
      const r = s ? ratioTo(pass, s, 'indexedSelect') : null;
      if (!s || r === null) continue;
      lines.push(
        `| ${passLabel(pass)} | ${s.title} ÷ indexed SELECT route | ${r.toPrecision(2)} | ≥ ${viewGoal} | ${verdict(r, viewGoal, true)} |`,
      );
    }
    const write = pass.scenarios.find((x) => x.id === 'auditedWrite');
    if (write) {
      const yard = pass.audit.pgbench ?? pass.audit.bare;
      const r = write.requestsPerSecond / yard.tps;
      lines.push(
        `| ${passLabel(pass)} | audited writes ÷ the same audit SQL bare (${pass.audit.pgbench ? 'pgbench' : 'in-process loop'}: ${fmt(yard.tps, 0)} tps) | ${r.toPrecision(2)} | ≥ 0.3 | ${verdict(r, 0.3, true)} |`,
      );
      if (pass.audit.pgbench) {
        const b = write.requestsPerSecond / pass.audit.bare.tps;
        lines.push(
          `| ${passLabel(pass)} | audited writes ÷ the same audit SQL in an in-process loop (${fmt(pass.audit.bare.tps, 0)} tps) | ${b.toPrecision(2)} | (≥ 0.3) | ${verdict(b, 0.3, true)} |`,
        );
      }
    }
    const meeting = pass.scenarios.find((x) => x.id === 'meetingView');
    if (meeting && pass.database === 'pglite')
      lines.push(
        `| ${passLabel(pass)} | meeting view p99 at ${report.options.connections} connections, ms | ${ms(meeting.latencyMs.p99)} | < 300 | ${verdict(meeting.latencyMs.p99, 300, false)} |`,
      );
  }
  for (const w of report.web?.pages ?? [])
    lines.push(
      `| web | initial JS gzip KB: ${w.title} | ${w.gzipKb} | ≤ ${w.goalKb} | ${verdict(w.gzipKb, w.goalKb, false)} |`,
    );
  return lines.join('\n');
}

/** Per app scenario: what one request costs the idle database (statements run under EXPLAIN ANALYZE). */
export function statementTable(report: RunReport): string {
  const lines = [
    '| database | scenario | statements per request | DB execution ms (sum) | slowest statement ms | sequential scans of ≥ 1,000 rows |',
    '|---|---|--:|--:|--:|---|',
  ];
  for (const pass of report.passes) {
    for (const s of pass.scenarios.filter((x) => x.statements.length > 0)) {
      const sum = s.statements.reduce((acc, x) => acc + x.executionMs, 0);
      const slowest = Math.max(...s.statements.map((x) => x.executionMs));
      const scans = s.statements.flatMap((x) => x.seqScans).filter((x) => x.rowsRead >= 1_000);
      const scanText =
        scans.map((x) => `${x.table} (${fmt(x.rowsRead, 0)} rows)`).join(', ') || '–';
      lines.push(
        `| ${passLabel(pass)} | ${s.title} | ${s.statements.length} | ${fmt(sum, 1)} | ${fmt(slowest, 1)} | ${scanText} |`,
      );
    }
  }
  return lines.join('\n');
}

/** The ledger's scenarios: the monthly statement against the bare aggregate, the payment races against the bare UPDATE race. */
export function ledgerTables(report: RunReport): string | null {
  const out: string[] = [];
  const statements = report.passes.filter((p) => p.ledger.statement);
  if (statements.length > 0) {
    out.push(
      'A monthly statement over ten years of vouchers ÷ the raw SQL aggregate (one call at a time):\n',
      '| database | read | calls | median ms | p95 ms | ÷ the SQL aggregate (medians) |',
      '|---|---|--:|--:|--:|--:|',
    );
    for (const pass of statements) {
      const st = pass.ledger.statement!;
      for (const t of [st.route, st.query, st.aggregate])
        out.push(
          `| ${passLabel(pass)} | ${t.how} | ${t.calls} | ${fmt(t.medianMs, 2)} | ${fmt(t.p95Ms, 2)} | ${(t.medianMs / st.aggregate.medianMs).toPrecision(3)} |`,
        );
    }
    out.push('');
    for (const pass of statements) {
      const st = pass.ledger.statement!;
      const sum = st.statements.reduce((acc, x) => acc + x.executionMs, 0);
      const scans = st.statements.flatMap((x) => x.seqScans).filter((x) => x.rowsRead >= 1_000);
      out.push(
        `${passLabel(pass)}: ${fmt(st.seed.vouchers, 0)} vouchers (${fmt(st.seed.lines, 0)} lines) in ${st.seed.months} months booked through bookVoucherInTx in ${st.seed.seconds.toFixed(1)} s (of which closing the months ${st.seed.closeSeconds.toFixed(1)} s); the statement of ${st.period} equals the aggregate on ${st.accountsChecked} accounts; one request runs ${st.statements.length} statements, ${fmt(sum, 1)} ms on the idle database${scans.length > 0 ? `, sequential scans: ${scans.map((x) => `${x.table} (${fmt(x.rowsRead, 0)} rows)`).join(', ')}` : ''}`,
      );
    }
  }
  const races = report.passes.filter((p) => p.ledger.race);
  if (races.length > 0) {
    if (out.length > 0) out.push('');
    out.push(
      'Payment execution under a hold race (time from the first call to the last settled):\n',
      '| database | race | rounds | median settle ms | ÷ bare UPDATE race | payments per round | outcome |',
      '|---|---|--:|--:|--:|---|---|',
    );
    for (const pass of races) {
      const r = pass.ledger.race!;
      const bare = r.bareUpdate.medianSettleMs;
      for (const series of [r.withHold, r.withoutHold, r.bareUpdate]) {
        const outcome = series.rounds
          .map((x) =>
            x.holdAt === undefined
              ? `${x.created} paid, ${x.found} found it paid`
              : `@${x.holdAt}${x.holdLeadMs ? ` +${x.holdLeadMs} ms` : ''}: ${x.hold === 'adopted' ? `hold adopted, ${x.refused.payment_on_hold ?? 0} refused` : `paid first, hold ${x.hold ?? '?'}`}`,
          )
          .filter(
            (text, i, all) => series.rounds[i]!.holdAt !== undefined || all.indexOf(text) === i,
          )
          .join('; ');
        out.push(
          `| ${passLabel(pass)} | ${series.how} | ${series.rounds.length} | ${fmt(series.medianSettleMs, 1)} | ${(series.medianSettleMs / bare).toPrecision(3)} | ${series.rounds.map((x) => x.payments).join(', ')} | ${outcome} |`,
        );
      }
    }
  }
  return out.length > 0 ? out.join('\n') : null;
}

/** The two inboxes over five years of records, each against its raw indexed SELECT. */
export function inboxTables(report: RunReport): string | null {
  const passes = report.passes.filter((p) => p.inboxes);
  if (passes.length === 0) return null;
  const out = [
    "The supervisors' inbox and the town discipline inbox over five years of records ÷ a raw indexed SELECT (one call at a time):\n",
    '| database | read | calls | median ms | p95 ms | ÷ the indexed SELECT (medians) |',
    '|---|---|--:|--:|--:|--:|',
  ];
  const rows = (pass: PassResult, reads: InboxReads) =>
    [reads.route, reads.query, reads.yardstick].map(
      (t) =>
        `| ${passLabel(pass)} | ${t.how} | ${t.calls} | ${fmt(t.medianMs, 2)} | ${fmt(t.p95Ms, 2)} | ${(t.medianMs / reads.yardstick.medianMs).toPrecision(3)} |`,
    );
  for (const pass of passes) out.push(...rows(pass, pass.inboxes!.supervisors));
  for (const pass of passes) out.push(...rows(pass, pass.inboxes!.discipline));
  out.push('');
  for (const pass of passes) {
    const { seed, supervisors, discipline } = pass.inboxes!;
    const counts = Object.entries(seed.rows)
      .map(([table, n]) => `${table} ${fmt(n, 0)}`)
      .join(', ');
    const cost = (statements: StatementProfile[]) => {
      const sum = (f: (x: StatementProfile) => number) =>
        fmt(
          statements.reduce((acc, x) => acc + f(x), 0),
          1,
        );
      const scans = statements.flatMap((x) => x.seqScans).filter((x) => x.rowsRead >= 1_000);
      return `${statements.length} statement(s), ${sum((x) => x.executionMs)} ms execution + ${sum((x) => x.planningMs)} ms planning on the idle database${scans.length > 0 ? `, sequential scans: ${scans.map((x) => `${x.table} (${fmt(x.rowsRead, 0)} rows)`).join(', ')}` : ''}`;
    };
    const both = (reads: InboxReads) =>
      `${cost(reads.statements)}; its yardstick ${cost(reads.yardstickPlan)}`;
    const held = Object.entries(supervisors.answer)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
    out.push(
      `${passLabel(pass)}: ${seed.years} years in ${seed.villages} villages written in ${seed.seconds.toFixed(1)} s (${counts}); the member's inbox (${held}): ${both(supervisors)}; the town's (${discipline.answer.referrals ?? 0} open referrals): ${both(discipline)}`,
    );
  }
  return out.join('\n');
}

export function loadSummary(pass: PassResult): string {
  const l = pass.load;
  return `${pass.version}: ${fmt(l.persons, 0)} persons in ${fmt(l.households, 0)} households, ${l.villages} villages, loaded in ${l.seconds.toFixed(1)} s; scenarios in ${pass.target.village} (${fmt(pass.target.persons, 0)} persons, ${fmt(pass.target.households, 0)} households)`;
}

/** Writes the run as JSON under `dir`; returns the file's path. */
export async function writeReport(report: RunReport, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const dbs = report.passes.map((p) => p.database).join('+');
  const file = path.join(
    dir,
    `${report.machine.isoDate.replaceAll(':', '-').replace(/\.\d+Z$/, 'Z')}-${dbs}.json`,
  );
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

/** autocannon's latency histogram has 1 ms resolution. */
function ms(n: number): string {
  return n < 1 ? '<1' : fmt(n, 0);
}

function fmt(n: number, digits: number): string {
  return n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
