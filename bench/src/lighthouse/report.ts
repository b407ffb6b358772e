import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Machine } from '../machine.ts';
import type { PageScore } from './measure.ts';

/** The issue's goals (issue 9 item 21): Lighthouse mobile accessibility 100, performance ≥ 90. */
export const GOALS = { accessibility: 100, performance: 90 } as const;

export interface PageRuns {
  id: string;
  title: string;
  path: string;
  /** Every run, in order. */
  runs: PageScore[];
  /** The run with the median performance score (the one the table shows). */
  median: PageScore;
}

export interface LighthouseReport {
  machine: Machine;
  command: string;
  lighthouse: string;
  chromium: string;
  runsPerPage: number;
  cpuSlowdown: number;
  pages: PageRuns[];
}

/** The run with the median performance score (the lower middle one for an even count). */
export function medianRun(runs: PageScore[]): PageScore {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!middle) throw new Error('no runs');
  return middle;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

function met(page: PageScore): string {
  const missed: string[] = [];
  if (page.accessibility < GOALS.accessibility) missed.push('a11y');
  if (page.performance < GOALS.performance) missed.push('perf');
  return missed.length === 0 ? 'yes' : `no (${missed.join(', ')})`;
}

export function scoreTable(pages: PageRuns[]): string {
  const lines = [
    '| page | accessibility | performance | LCP s | TBT ms | FCP s | CLS | transfer KB | CPU index | goals met |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|---|',
  ];
  for (const { title, runs, median: m } of pages) {
    const perfRange =
      runs.length > 1
        ? ` (${Math.min(...runs.map((r) => r.performance))}–${Math.max(...runs.map((r) => r.performance))})`
        : '';
    lines.push(
      `| ${title} | ${m.accessibility} | ${m.performance}${perfRange} | ${seconds(m.lcpMs)} | ${m.tbtMs} | ${seconds(m.fcpMs)} | ${m.cls} | ${Math.round(m.transferBytes / 1000)} | ${m.benchmarkIndex} | ${met(m)} |`,
    );
  }
  return lines.join('\n');
}

/** What keeps each page below the goals: failed accessibility audits, then performance hints. */
export function findings(pages: PageRuns[]): string {
  const lines: string[] = [];
  for (const { id, median: m } of pages) {
    for (const a of m.accessibilityFailures)
      lines.push(
        `- ${id}: accessibility \`${a.id}\` — ${a.title}${a.nodes.length ? `: ${a.nodes.join(' · ')}` : ''}`,
      );
    if (m.performance < GOALS.performance)
      for (const h of m.performanceHints)
        lines.push(
          `- ${id}: performance \`${h.id}\` — ${h.title}${h.display ? ` (${h.display})` : ''}`,
        );
  }
  for (const w of new Set(pages.flatMap((p) => p.median.warnings))) lines.push(`- warning: ${w}`);
  return lines.length === 0 ? 'Every page meets the goals.' : lines.join('\n');
}

/** Writes the run as JSON to `<dir>/<date>-lighthouse.json`; returns the path. */
export function writeLighthouseReport(dir: string, report: LighthouseReport): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${report.machine.isoDate.replace(/[:.]/g, '-')}-lighthouse.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
