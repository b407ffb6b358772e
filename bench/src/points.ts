/**
 * `npm run bench:points` (PGlite) and `flock /tmp/pg.lock bash scripts/with-postgres.sh npm run
 * bench:points` (both databases): issue 14 item 14 — a county of 300 villages holding
 * BENCH_POINT_EVENTS point events (10,000,000) in the append-only ledger (points_entry), written
 * with SQL generate_series (not through the API: the bench measures reads). Then, one call at a
 * time, each as a ratio to a raw SQL aggregate of the same rows on the same database in the same
 * run, after checking both return the same numbers:
 *
 *   - a village's household ranking (householdRanking: every household's balance on the day,
 *     highest first) ÷ `SELECT household_id, SUM(points) … GROUP BY household_id ORDER BY 2 DESC`;
 *   - a household's balance (balanceOn, the one the supermarket reads under its lock) ÷
 *     `SELECT SUM(points) … WHERE household_id = $2 AND effective_on <= $3`.
 *
 * Prints a Markdown table and writes the run as JSON to bench/results/.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Database } from '@cunzhi/server/platform/db/database';
import { balanceOn } from '@cunzhi/server/features/points/repository';
import { householdRanking } from '@cunzhi/server/features/points/queries';
import { openBenchDatabase, type BenchDbKind } from './databases.ts';
import { describeMachine } from './machine.ts';
import { repeat, type Timing } from './oneAtATime.ts';
import { chosenDatabases, describeCommand, UsageError, wholeNumber } from './settings.ts';

const RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url));
const EVENTS = wholeNumber('BENCH_POINT_EVENTS', 10_000_000);
const VILLAGES = Math.max(1, wholeNumber('BENCH_POINT_VILLAGES', 300));
const HOUSEHOLDS = Math.max(1, wholeNumber('BENCH_POINT_HOUSEHOLDS', 300));
const TOWNS = 15;
const TODAY = '2026-11-21' as CalendarDate;
/** Three years of lines, the last few still in publicity (effective after today). */
const FIRST_DAY = '2023-11-25';
const DAYS = 1_100;

/** The county, its towns and villages, each village's group and households with open accounts. */
async function seedCounty(db: Database): Promise<string[]> {
  const countyId = randomUUID();
  const towns = Array.from({ length: TOWNS }, () => randomUUID());
  const villages = Array.from({ length: VILLAGES }, () => randomUUID());
  await db.transaction(async (tx) => {
    await tx.query(`INSERT INTO county (id, name, code) VALUES ($1, '积分县', 'PTS')`, [countyId]);
    for (const [i, id] of towns.entries())
      await tx.query(`INSERT INTO town (id, county_id, name, code) VALUES ($1, $2, $3, $4)`, [
        id,
        countyId,
        `积分${i + 1}镇`,
        `PTS${100 + i}`,
      ]);
    for (const [i, id] of villages.entries()) {
      await tx.query(
        `INSERT INTO village (id, town_id, name, kind, code, area_code)
         VALUES ($1, $2, $3, 'village', $4, '330226')`,
        [id, towns[i % TOWNS], `积分${i + 1}村`, `PTSV${1000 + i}`],
      );
      const group = randomUUID();
      await tx.query(
        `INSERT INTO villager_group (village_id, id, number, name) VALUES ($1, $2, 1, '第一村民小组')`,
        [id, group],
      );
      await tx.query(
        `INSERT INTO household (village_id, id, number, villager_group_id)
         SELECT $1, gen_random_uuid(), lpad(g::text, 4, '0'), $2 FROM generate_series(1, $3::int) g`,
        [id, group, HOUSEHOLDS],
      );
      await tx.query(
        `INSERT INTO points_account (village_id, household_id, opened_at)
         SELECT village_id, id, now() FROM household WHERE village_id = $1`,
        [id],
      );
    }
  });
  return villages;
}

/**
 * One village's share of the events, by generate_series: nine in ten imported awards of 1 to 20
 * points, one in ten a redemption of 5 to 50, spread over the households and three years.
 */
async function seedEvents(db: Database, villageId: string, events: number): Promise<void> {
  await db.query(
    `INSERT INTO points_entry (village_id, id, household_id, points, kind, effective_on, recorded_at)
     SELECT $1, gen_random_uuid(), h.ids[1 + ((g * 7919) % h.n)::int],
       CASE WHEN g % 10 = 0 THEN -(5 + (g * 31) % 46)::int ELSE (1 + (g * 13) % 20)::int END,
       CASE WHEN g % 10 = 0 THEN 'redemption' ELSE 'imported' END,
       $3::date + ((g * 104729) % $4::int)::int, now()
     FROM generate_series(1, $2::int8) g,
       (SELECT array_agg(id ORDER BY number) AS ids, count(*)::int AS n
        FROM household WHERE village_id = $1) h`,
    [villageId, events, FIRST_DAY, DAYS],
  );
}

interface Read {
  what: string;
  rows: number;
  query: Timing;
  yardstick: Timing;
}

const RANKING_SQL = `SELECT household_id, SUM(points) AS balance FROM points_entry
  WHERE village_id = $1 AND effective_on <= $2 GROUP BY household_id ORDER BY 2 DESC`;
const BALANCE_SQL = `SELECT COALESCE(SUM(points), 0) AS balance FROM points_entry
  WHERE village_id = $1 AND household_id = $2 AND effective_on <= $3`;

async function measure(db: Database, villageId: string): Promise<Read[]> {
  const ranking = await householdRanking(db, villageId, TODAY);
  const raw = await db.query<{ household_id: string; balance: string | number }>(RANKING_SQL, [
    villageId,
    TODAY,
  ]);
  const sum = (xs: Array<{ balance: string | number }>) =>
    xs.reduce((s, x) => s + Number(x.balance), 0);
  if (ranking.length !== raw.length || sum(ranking) !== sum(raw))
    throw new Error(`ranking: ${ranking.length} households, the aggregate finds ${raw.length}`);
  const household = ranking[Math.floor(ranking.length / 2)]!.household_id;
  const balance = await balanceOn(db, villageId, household, TODAY);
  const [yard] = await db.query<{ balance: string | number }>(BALANCE_SQL, [
    villageId,
    household,
    TODAY,
  ]);
  if (balance !== Number(yard?.balance))
    throw new Error(`balance ${balance}, the aggregate ${String(yard?.balance)}`);
  return [
    {
      what: "a village's household ranking",
      rows: ranking.length,
      query: await repeat('householdRanking', () => householdRanking(db, villageId, TODAY)),
      yardstick: await repeat('raw GROUP BY', () => db.query(RANKING_SQL, [villageId, TODAY])),
    },
    {
      what: "a household's balance",
      rows: 1,
      query: await repeat('balanceOn', () => balanceOn(db, villageId, household, TODAY)),
      yardstick: await repeat('raw SUM', () =>
        db.query(BALANCE_SQL, [villageId, household, TODAY]),
      ),
    },
  ];
}

async function pass(kind: BenchDbKind) {
  const bench = await openBenchDatabase(kind);
  try {
    const started = performance.now();
    const villages = await seedCounty(bench.db);
    const perVillage = Math.floor(EVENTS / VILLAGES);
    for (const [i, villageId] of villages.entries()) {
      const extra = i < EVENTS - perVillage * VILLAGES ? 1 : 0;
      await seedEvents(bench.db, villageId, perVillage + extra);
      if ((i + 1) % 30 === 0)
        console.log(
          `  ${kind}: ${i + 1} villages, ${((performance.now() - started) / 1000).toFixed(0)} s`,
        );
    }
    await bench.db.query('ANALYZE');
    const seedSeconds = (performance.now() - started) / 1000;
    const [count] = await bench.db.query<{ n: number }>(
      `SELECT count(*)::int8 AS n FROM points_entry`,
    );
    if (count?.n !== EVENTS) throw new Error(`seeded ${String(count?.n)} events, not ${EVENTS}`);
    const reads = await measure(bench.db, villages[Math.floor(VILLAGES / 2)]!);
    return { kind, version: bench.version, events: count.n, seedSeconds, reads };
  } finally {
    await bench.dispose();
  }
}

async function main() {
  const machine = describeMachine(new Date());
  const kinds = chosenDatabases('bench:points', 'both');
  console.log(
    `${describeCommand('bench:points')}\nload average at start: ${machine.loadAverage.join(' ')} (${machine.cpus} CPUs)`,
  );
  const passes = [];
  for (const kind of kinds) passes.push(await pass(kind));
  console.log(
    `\n${EVENTS.toLocaleString('en')} point events, ${VILLAGES} villages of ${HOUSEHOLDS} households\n\n| database | read | rows | median ms | p95 ms | × raw aggregate |\n|---|---|---:|---:|---:|---:|`,
  );
  for (const p of passes)
    for (const r of p.reads)
      for (const t of [r.yardstick, r.query])
        console.log(
          `| ${p.kind} | ${r.what}: ${t.how} | ${r.rows} | ${t.medianMs.toFixed(2)} | ${t.p95Ms.toFixed(2)} | ${(t.medianMs / r.yardstick.medianMs).toFixed(2)} |`,
        );
  for (const p of passes)
    console.log(`${p.kind}: ${p.version}; seeded in ${p.seedSeconds.toFixed(0)} s`);
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = `${RESULTS_DIR}${machine.isoDate.slice(0, 10)}-points-${kinds.join('-')}.json`;
  await writeFile(
    file,
    JSON.stringify(
      { machine, events: EVENTS, villages: VILLAGES, households: HOUSEHOLDS, passes },
      null,
      2,
    ),
  );
  console.log(`written: ${file}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : error);
  process.exit(1);
});
