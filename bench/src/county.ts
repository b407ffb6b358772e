/**
 * `npm run bench:county` (issue 16 item 7): a county of 300 villages, 500,000 persons, 10 million
 * point events and five years of records (packages/server/src/testing/countyAtScale.ts), written
 * set-based into a PostgreSQL cluster of the bench's own; then the county dashboard against the
 * raw SQL aggregates of the same figures (county/rawFigures.ts), each cold — the first read after
 * the server was restarted and the kernel's page cache dropped, on a new connection — and warm
 * (the median of repeated reads), as ratios measured in the same run.
 *
 * Smaller counties for a try: BENCH_COUNTY_VILLAGES, BENCH_COUNTY_PERSONS, BENCH_COUNTY_POINTS.
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
import { startOwnPostgres, type OwnPostgres } from './county/ownPostgres.ts';
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
/** A production-like node: a quarter of a small server's memory for PostgreSQL's own cache. */
const SERVER_SETTINGS = {
  shared_buffers: '1GB',
  work_mem: '64MB',
  maintenance_work_mem: '512MB',
  max_wal_size: '8GB',
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
};

interface Read {
  what: string;
  coldMs: number;
  warm: Timing;
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
  const pg = await startOwnPostgres(SERVER_SETTINGS);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      pg.stop();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  try {
    const admin = openPostgres(pg.url, { max: 1 });
    await admin.query('CREATE DATABASE county');
    await admin.close();
    const url = pg.url.replace(/\/postgres$/, '/county');
    const db = openPostgres(url, { max: 10 });
    await migrate(db);
    console.log(`generating ${JSON.stringify(SCALE)} on ${pg.version}`);
    const county = await generateCountyAtScale(db, SCALE, TODAY, (line) => console.log(line));
    const [size] = await db.query<{ bytes: number }>(
      'SELECT pg_database_size(current_database())::bigint AS bytes',
    );
    const reader = await countyDashboardReader(db, county.countyId, TODAY);
    await db.close();

    const raw = await measure(pg, url, 'raw SQL aggregates', (d) =>
      rawFigures(d, county.countyId, TODAY),
    );
    const dashboard = await measure(pg, url, 'county dashboard', reader.read);
    const figures = await compareFigures(url, county.countyId, reader);
    const report = {
      machine,
      scale: SCALE,
      rows: county.rows,
      generateSeconds: county.seconds,
      databaseGiB: Math.round((size!.bytes / 1024 ** 3) * 100) / 100,
      server: { version: pg.version, settings: SERVER_SETTINGS },
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

function printReport(r: {
  raw: Read & { pageCacheDropped: boolean };
  dashboard: Read;
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
