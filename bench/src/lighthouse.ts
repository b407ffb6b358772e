/**
 * `npm run bench:lighthouse`: Lighthouse 12 (mobile preset) on the villager's
 * phone and public pages — sign-in, the villager's own home (`my-home`), the
 * notices and one notice, the phone page at a meeting, and the same pages in
 * 长辈模式 — against the real server (`cli.ts start`) on a fresh embedded
 * database with the demo county, signed in as the demo villager. Prints the
 * accessibility and performance scores with LCP, TBT, FCP and CLS against the
 * issue's goals (accessibility 100, performance ≥ 90; issue 9 item 21), what
 * keeps a page below them, and writes the run as JSON to bench/results/ (the
 * full Lighthouse result of each page's median run in bench/results/lighthouse/).
 *
 * Lighthouse is not a dependency of any workspace (the tests' `npm ci` does
 * not download it): it is installed once into a cache folder (tool.ts). It
 * drives the Debian Chromium the e2e tests use. Settings (environment):
 *
 *   BENCH_LIGHTHOUSE_RUNS=3        runs per page; the table shows the median by performance
 *   BENCH_LIGHTHOUSE_ONLY=my-home,…  only these pages (ids in lighthouse/measure.ts)
 *   BENCH_LIGHTHOUSE_CPU_SLOWDOWN=4  Lighthouse's simulated CPU slowdown (its mobile preset: 4; calibrate a slow host by its CPU index)
 *   CHROME_PATH=/usr/bin/chromium  the browser (also CHROMIUM_PATH, as in e2e)
 *   BENCH_WEB_DIST=dir             serve this web build as it is (default: packages/web/dist, rebuilt when stale)
 *   LIGHTHOUSE_DIR=…               where Lighthouse is installed (default ~/.cache/cunzhi/lighthouse-12)
 *   BENCH_NO_GIT=1                 do not record the git commit
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from '../../e2e/src/server.ts';
import { describeMachine, warnIfBusy } from './machine.ts';
import { describeCommand, UsageError, wholeNumber } from './settings.ts';
import { loadLighthouse, type PuppeteerBrowser } from './lighthouse/tool.ts';
import { prepareVillagerPages } from './lighthouse/setup.ts';
import { measurePage, PAGES, type PageScore } from './lighthouse/measure.ts';
import {
  findings,
  GOALS,
  medianRun,
  scoreTable,
  writeLighthouseReport,
  type PageRuns,
} from './lighthouse/report.ts';

const RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url));
const CHROME_PATH = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function chosenPages() {
  const only = process.env.BENCH_LIGHTHOUSE_ONLY?.split(',').filter(Boolean);
  if (!only) return PAGES;
  const unknown = only.filter((id) => !PAGES.some((p) => p.id === id));
  if (unknown.length > 0)
    throw new UsageError(
      `BENCH_LIGHTHOUSE_ONLY: unknown page ${unknown.join(', ')}; pages: ${PAGES.map((p) => p.id).join(', ')}`,
    );
  return PAGES.filter((p) => only.includes(p.id));
}

async function main(): Promise<void> {
  const machine = describeMachine(new Date());
  warnIfBusy(machine);
  const runs = Math.max(1, wholeNumber('BENCH_LIGHTHOUSE_RUNS', 3));
  const pages = chosenPages();
  const slowdown = process.env.BENCH_LIGHTHOUSE_CPU_SLOWDOWN;
  const cpuSlowdown = slowdown ? Number(slowdown) : undefined;
  if (cpuSlowdown !== undefined && !(cpuSlowdown >= 1))
    throw new UsageError(
      `BENCH_LIGHTHOUSE_CPU_SLOWDOWN must be a number ≥ 1, got ${slowdown ?? ''}`,
    );
  const tool = await loadLighthouse((line) => console.log(line));
  console.log(`Lighthouse ${tool.version}; starting the server with the demo county…`);
  let server: RunningServer | undefined;
  let browser: PuppeteerBrowser | undefined;
  try {
    // BENCH_WEB_DIST: serve that build as it is; else packages/web/dist, rebuilt when stale (as e2e)
    const webDist = process.env.BENCH_WEB_DIST;
    server = await startServer({
      env: { LOG_LEVEL: 'error', ...(webDist ? { WEB_DIST: path.resolve(webDist) } : {}) },
    });
    const prepared = await prepareVillagerPages(server);
    browser = await tool.puppeteer.launch({
      executablePath: CHROME_PATH,
      headless: true,
      args: CHROME_ARGS,
      protocolTimeout: 120_000,
    });
    const chromium = await browser.version();
    console.log(`${chromium} at ${server.baseURL}; ${runs} run(s) per page`);
    const results: PageRuns[] = [];
    const fullDir = path.join(RESULTS_DIR, 'lighthouse');
    mkdirSync(fullDir, { recursive: true });
    for (const page of pages) {
      const scores: PageScore[] = [];
      const lhrs = [];
      for (let i = 0; i < runs; i++) {
        const { score, lhr } = await measurePage(
          tool,
          browser,
          server.baseURL,
          prepared,
          page,
          cpuSlowdown,
        );
        console.log(
          `  ${page.id} #${i + 1}: accessibility ${score.accessibility}, performance ${score.performance}, LCP ${score.lcpMs} ms, TBT ${score.tbtMs} ms`,
        );
        scores.push(score);
        lhrs.push(lhr);
      }
      const median = medianRun(scores);
      writeFileSync(
        path.join(fullDir, `${page.id}.json`),
        JSON.stringify(lhrs[scores.indexOf(median)]),
      );
      results.push({
        id: page.id,
        title: page.title,
        path: page.path(prepared),
        runs: scores,
        median,
      });
    }
    const file = writeLighthouseReport(RESULTS_DIR, {
      machine,
      command: describeCommand('bench:lighthouse'),
      lighthouse: tool.version,
      chromium,
      runsPerPage: runs,
      cpuSlowdown: cpuSlowdown ?? 4,
      pages: results,
    });
    console.log(
      `\n${machine.date} · ${machine.cpus} × ${machine.cpuModel}, ${machine.ramGiB} GiB RAM, Node ${machine.node}, load average at start ${machine.loadAverage.join(' ')}`,
    );
    console.log(
      `Lighthouse ${tool.version}, mobile preset (simulated slow 4G, ${cpuSlowdown ?? 4}× CPU slowdown), ${chromium}; median of ${runs} run(s) by performance`,
    );
    console.log(
      `Goals: accessibility ${GOALS.accessibility}, performance ≥ ${GOALS.performance}\n\n${scoreTable(results)}\n`,
    );
    console.log(`${findings(results)}\n`);
    console.log(`results in ${file} (full Lighthouse results in ${fullDir}/)`);
  } catch (error) {
    // the server's own words on what failed (its log: warnings and errors)
    const log = server?.output().trim();
    if (log) console.error(`the server's log:\n${log.split('\n').slice(-40).join('\n')}`);
    throw error;
  } finally {
    await browser?.close();
    await server?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : error);
  process.exitCode = 1;
});
