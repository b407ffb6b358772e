/**
 * `npm run bench:county:timeline`, an aid for working on the county dashboard's cold read (not part
 * of the bench's report): on the county a run of `npm run bench:county` kept with
 * BENCH_COUNTY_KEEP=<folder>, the raw aggregates and the dashboard each read cold (server
 * restarted, page cache dropped, a new pool of ten) and then warm, BENCH_COUNTY_ROUNDS times,
 * with every statement of the cold read on one time line (start, end, duration in ms from the
 * read's start): which statements wait for others, which are the long pole.
 * BENCH_COUNTY_EXPLAIN=<a piece of SQL>[|<another>]: each such statement of the dashboard once
 * more, alone and cold, under EXPLAIN (ANALYZE, BUFFERS).
 */
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Database } from '@cunzhi/server/platform/db/database';
import { openPostgres } from '@cunzhi/server/platform/db/postgres';
import { countyDashboardReader } from './dashboardReader.ts';
import { COUNTY_SERVER_SETTINGS, startOwnPostgres, type OwnPostgres } from './ownPostgres.ts';
import { rawFigures } from './rawFigures.ts';
import { wholeNumber } from '../settings.ts';

const TODAY = '2026-12-07' as CalendarDate;

interface Statement {
  text: string;
  params: readonly unknown[] | undefined;
  startMs: number;
  endMs: number;
}

/** `inner`, with each statement's text, parameters and times kept in `log`. */
function timed(inner: Database, log: Statement[]): Database {
  const t0 = performance.now();
  return {
    kind: inner.kind,
    transaction: (work) => inner.transaction(work),
    close: () => inner.close(),
    async query(text, params) {
      const startMs = performance.now() - t0;
      const rows = await inner.query(text, params);
      log.push({ text, params, startMs, endMs: performance.now() - t0 });
      return rows as never;
    },
  };
}

const ms = (n: number) => n.toFixed(0).padStart(6);

async function coldThenWarm(
  pg: OwnPostgres,
  url: string,
  what: string,
  read: (db: Database) => Promise<unknown>,
): Promise<Statement[]> {
  pg.coldRestart();
  const db = openPostgres(url, { max: 10 });
  try {
    const log: Statement[] = [];
    let t = performance.now();
    await read(timed(db, log));
    const cold = performance.now() - t;
    t = performance.now();
    await read(db);
    console.log(`\n${what}: cold ${ms(cold)} ms, warm ${ms(performance.now() - t)} ms`);
    for (const s of [...log].sort((a, b) => a.endMs - b.endMs))
      console.log(
        `${ms(s.startMs)} ${ms(s.endMs)} ${ms(s.endMs - s.startMs)}  ${s.text.replace(/\s+/g, ' ').slice(0, 100)}`,
      );
    return log;
  } finally {
    await db.close();
  }
}

async function explainCold(pg: OwnPostgres, url: string, statement: Statement) {
  pg.coldRestart();
  const db = openPostgres(url, { max: 1 });
  try {
    const plan = await db.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`,
      statement.params,
    );
    for (const line of plan) console.log(line['QUERY PLAN']);
  } finally {
    await db.close();
  }
}

async function main() {
  const keep = process.env.BENCH_COUNTY_KEEP;
  if (!keep) throw new Error('BENCH_COUNTY_KEEP=<folder> names the county kept by bench:county');
  const pg = await startOwnPostgres(COUNTY_SERVER_SETTINGS, keep);
  try {
    if (!pg.reused) throw new Error(`no county kept in ${keep}: run bench:county with it first`);
    const url = pg.url.replace(/\/postgres$/, '/county');
    const setup = openPostgres(url, { max: 1 });
    const [county] = await setup.query<{ id: string }>('SELECT id FROM county');
    const reader = await countyDashboardReader(setup, county!.id, TODAY);
    await setup.close();
    let statements: Statement[] = [];
    for (let round = 0; round < Math.max(1, wholeNumber('BENCH_COUNTY_ROUNDS', 1)); round++) {
      await coldThenWarm(pg, url, 'raw SQL aggregates', (d) => rawFigures(d, county!.id, TODAY));
      statements = await coldThenWarm(pg, url, 'county dashboard', reader.read);
    }
    for (const piece of (process.env.BENCH_COUNTY_EXPLAIN ?? '').split('|').filter(Boolean)) {
      const found = statements.find((s) => s.text.includes(piece));
      if (!found) throw new Error(`the dashboard sent no statement with ${piece}`);
      console.log(`\n${piece}, alone and cold:`);
      await explainCold(pg, url, found);
    }
  } finally {
    pg.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
