import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BenchDbKind } from './databases.ts';
import type { Machine } from './machine.ts';
import type { LoadOptions, ScenarioResult } from './scenarios.ts';

/** One database's pass: the county load and the scenarios, baseline first. */
export interface PassResult {
  database: BenchDbKind;
  version: string;
  load: { villages: number; households: number; persons: number; seconds: number };
  target: { village: string; persons: number; households: number };
  scenarios: ScenarioResult[];
}

export interface RunReport {
  command: string;
  machine: Machine;
  options: LoadOptions & { persons: number; villagePersons: number };
  passes: PassResult[];
  totalSeconds: number;
}

/** Scenario throughput as a share of the baseline measured in the same pass. */
export function ratioToBaseline(pass: PassResult, scenario: ScenarioResult): number | null {
  const baseline = pass.scenarios.find((s) => s.id === 'baseline');
  if (!baseline || baseline.requestsPerSecond === 0) return null;
  return scenario.requestsPerSecond / baseline.requestsPerSecond;
}

export function markdownTable(report: RunReport): string {
  const lines = [
    '| database | scenario | req/s | p50 ms | p99 ms | vs baseline | server thread busy | non-2xx / errors |',
    '|---|---|--:|--:|--:|--:|--:|--:|',
  ];
  for (const pass of report.passes) {
    for (const s of pass.scenarios) {
      const ratio = ratioToBaseline(pass, s);
      lines.push(
        `| ${pass.database} | ${s.title} | ${fmt(s.requestsPerSecond, 0)} | ${ms(s.latencyMs.p50)} | ${ms(s.latencyMs.p99)} | ${s.id === 'baseline' || ratio === null ? '1' : ratio.toPrecision(2)} | ${Math.round(s.serverEventLoopUtilization * 100)} % | ${s.non2xx} / ${s.errors + s.timeouts} |`,
      );
    }
  }
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
        `| ${pass.database} | ${s.title} | ${s.statements.length} | ${fmt(sum, 1)} | ${fmt(slowest, 1)} | ${scanText} |`,
      );
    }
  }
  return lines.join('\n');
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
