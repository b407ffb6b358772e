/**
 * `npm run bench:county` (issue 16 item 7): a county of 300 villages, 500,000 persons, 10 million
 * point events and five years of records (packages/server/src/testing/countyAtScale.ts), written
 * set-based into a PostgreSQL cluster of the bench's own; then the county dashboard against the
 * raw SQL aggregates of the same figures (county/rawFigures.ts), each cold — the first read after
 * the server was restarted and the kernel's page cache dropped, on a new connection — and warm
 * (the median of repeated reads), as ratios measured in the same run.
 *
 * Smaller counties for a try: BENCH_COUNTY_VILLAGES, BENCH_COUNTY_PERSONS, BENCH_COUNTY_POINTS.
 * To iterate on one county: BENCH_COUNTY_KEEP=<folder> keeps the cluster there after the run and
 * starts it again, without generating, on the next run that names the same folder (the scale
 * settings are then those it was generated with); BENCH_COUNTY_ROUNDS=<n> measures both reads
 * cold n times, one after the other (one cold read is one sample of the disk: the median counts).
 * Prints a Markdown table and writes the run as JSON to bench/results/. Run it alone (under
 * `flock /tmp/pg.lock` on a shared machine): it needs about 6 GB of disk in the temporary folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Database } from '@cunzhi/server/platform/db/database';
import { migrate } from '@cunzhi/server/platform/db/migrate';
import { openPostgres } from '@cunzhi/server/platform/db/postgres';
import { generateCountyAtScale, ISSUE_16_SCALE } from '@cunzhi/server/testing/countyAtScale';
import { rawFigures } from './county/rawFigures.ts';
import {
  countyDashboardReader,
  sameFigures,
  type DashboardReader,
} from './county/dashboardReader.ts';
import {
  COUNTY_SERVER_SETTINGS,
  startOwnPostgres,
  type OwnPostgres,
} from './county/ownPostgres.ts';
import { describeMachine } from './machine.ts';
import { repeat, type Timing } from './oneAtATime.ts';
import { wholeNumber } from './settings.ts';

const RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url));
const TODAY = '2026-12-07' as CalendarDate;
const SCALE = {
  ...ISSUE_16_SCALE,
  villages: wholeNumber('BENCH_COUNTY_VILLAGES', ISSUE_16_SCALE.villages),
  persons: wholeNumber('BENCH_COUNTY_PERSONS', ISSUE_16_SCALE.persons),
  pointEvents: wholeNumber('BENCH_COUNTY_POINTS', ISSUE_16_SCALE.pointEvents),
};

const ROUNDS = Math.max(1, wholeNumber('BENCH_COUNTY_ROUNDS', 1));

interface Read {
  what: string;
  coldMs: number;
  warm: Timing;
}

/** Several rounds of one read: the median of the cold samples, the last round's warm timing. */
function summary(rounds: Array<Read & { pageCacheDropped: boolean }>) {
  const colds = rounds.map((r) => r.coldMs);
  const sorted = [...colds].sort((a, b) => a - b);
  return { ...rounds.at(-1)!, coldMs: sorted[Math.floor(sorted.length / 2)]!, colds };
}

/** One read cold (restart, page cache dropped, a new pool) and then warm. */
async function measure(
  pg: OwnPostgres,
  url: string,
  what: string,
  read: (db: Database) => Promise<unknown>,
): Promise<Read & { pageCacheDropped: boolean }> {
  const { pageCacheDropped } = pg.coldRestart();
  const db = openPostgres(url, { max: 10 });
  try {
    const t = performance.now();
    await read(db);
    const coldMs = performance.now() - t;
    const warm = await repeat(what, () => read(db));
    return { what, coldMs, warm, pageCacheDropped };
  } finally {
    await db.close();
  }
}

/** Both reads once more, warm, and their figures side by side: the ratio means nothing if they differ. */
async function compareFigures(url: string, countyId: string, reader: DashboardReader) {
  const db = openPostgres(url, { max: 2 });
  try {
    const { total } = await reader.read(db);
    return sameFigures(total, await rawFigures(db, countyId, TODAY));
  } finally {
    await db.close();
  }
}

async function main() {
  const machine = describeMachine(new Date());
  const pg = await startOwnPostgres(
    COUNTY_SERVER_SETTINGS,
    process.env.BENCH_COUNTY_KEEP || undefined,
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      pg.stop();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  try {
    if (!pg.reused) {
      const admin = openPostgres(pg.url, { max: 1 });
      await admin.query('CREATE DATABASE county');
      await admin.close();
    }
    const url = pg.url.replace(/\/postgres$/, '/county');
    const db = openPostgres(url, { max: 10 });
    await migrate(db);
    const county = pg.reused ? await keptCounty(db) : await generate(db, pg.version);
    const [size] = await db.query<{ bytes: number }>(
      'SELECT pg_database_size(current_database())::bigint AS bytes',
    );
    const reader = await countyDashboardReader(db, county.countyId, TODAY);
    await db.close();

    const rawRounds = [];
    const dashboardRounds = [];
    for (let round = 0; round < ROUNDS; round++) {
      rawRounds.push(
        await measure(pg, url, 'raw SQL aggregates', (d) => rawFigures(d, county.countyId, TODAY)),
      );
      dashboardRounds.push(await measure(pg, url, 'county dashboard', reader.read));
    }
    const raw = summary(rawRounds);
    const dashboard = summary(dashboardRounds);
    const figures = await compareFigures(url, county.countyId, reader);
    const report = {
      machine,
      scale: SCALE,
      rows: county.rows,
      generateSeconds: county.seconds,
      databaseGiB: Math.round((size!.bytes / 1024 ** 3) * 100) / 100,
      server: { version: pg.version, settings: COUNTY_SERVER_SETTINGS },
      raw,
      dashboard,
      coldRatio: dashboard.coldMs / raw.coldMs,
      warmRatio: dashboard.warm.medianMs / raw.warm.medianMs,
      figures,
    };
    printReport(report);
    await mkdir(RESULTS_DIR, { recursive: true });
    const file = `${RESULTS_DIR}county-${machine.isoDate.replace(/[:.]/g, '-')}.json`;
    await writeFile(file, JSON.stringify(report, null, 2));
    console.log(`\nwritten ${file}`);
    if (figures.some((f) => f.dashboard !== f.raw)) process.exitCode = 1;
  } finally {
    pg.stop();
  }
}

async function generate(db: Database, version: string) {
  console.log(`generating ${JSON.stringify(SCALE)} on ${version}`);
  return generateCountyAtScale(db, SCALE, TODAY, (line) => console.log(line));
}

/** The county a kept cluster was generated with (its only county). */
async function keptCounty(db: Database) {
  const [county] = await db.query<{ id: string }>('SELECT id FROM county');
  if (!county) throw new Error('the kept cluster holds no county');
  console.log('the kept county, not generated again');
  return { countyId: county.id, rows: {}, seconds: {} };
}

function printReport(r: {
  raw: ReturnType<typeof summary>;
  dashboard: ReturnType<typeof summary>;
  coldRatio: number;
  warmRatio: number;
  databaseGiB: number;
  figures: ReturnType<typeof sameFigures>;
}) {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const cold = r.raw.pageCacheDropped ? ', page cache dropped' : ' (page cache NOT dropped)';
  console.log(`\ndatabase ${r.databaseGiB} GiB; cold = server restarted${cold}, new connection\n`);
  console.log('| read | cold | warm median | warm p95 |');
  console.log('| --- | --- | --- | --- |');
  for (const x of [r.raw, r.dashboard])
    console.log(`| ${x.what} | ${ms(x.coldMs)} | ${ms(x.warm.medianMs)} | ${ms(x.warm.p95Ms)} |`);
  if (ROUNDS > 1)
    for (const x of [r.raw, r.dashboard])
      console.log(`cold rounds of the ${x.what}: ${x.colds.map(ms).join(', ')} (median above)`);
  console.log(
    `\ndashboard ÷ raw: cold ${r.coldRatio.toFixed(2)}×, warm ${r.warmRatio.toFixed(2)}× (goal: cold < 1 s and ≤ 1.5×)`,
  );
  for (const f of r.figures)
    console.log(
      `  ${f.dashboard === f.raw ? '✓' : '✗'} ${f.what}: dashboard ${f.dashboard}, raw ${f.raw}`,
    );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
