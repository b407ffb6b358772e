/**
 * `npm run bench:collective` (PGlite) and `flock /tmp/pg.lock bash scripts/with-postgres.sh npm run
 * bench:collective` (both databases): issue 15 — a year's income distribution over
 * BENCH_MEMBERS members (5,000) of one cooperative, through the HTTP route the console uses (POST
 * …/collective/orgs/:orgId/distributions, the chair's session: the charter, the shares held on the
 * day summed from their entries, the reserve, the committee's payment and every dividend to the
 * fen by the remainder rule, 5,000 dividend rows written and the audit event), and the plan read
 * back (GET …/collective/distributions/:planId, every dividend with its payee), each as a ratio to a
 * raw SQL aggregate of the same share entries (each member's units summed, GROUP BY) on the same
 * database in the same run, after checking both count the same members and shares and that the
 * dividends sum to the pool exactly.
 *
 * The members, their households and their shares are written with SQL (not measured). Prints a
 * Markdown table and writes the run as JSON to bench/results/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database } from '@cunzhi/server/platform/db/database';
import { buildApp } from '@cunzhi/server/platform/http/app';
import { fixedClock } from '@cunzhi/server/platform/clock';
import { testConfig } from '@cunzhi/server/platform/config';
import { FIXTURE_PASSWORD, seedFixture } from '@cunzhi/server/testing/fixtures';
import { seedCooperative } from '@cunzhi/server/testing/cooperative';
import { openBenchDatabase, type BenchDbKind } from './databases.ts';
import { describeMachine } from './machine.ts';
import { repeat, type Timing } from './oneAtATime.ts';
import { listen, signIn } from './scenarios.ts';
import { chosenDatabases, describeCommand, UsageError, wholeNumber } from './settings.ts';

const RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url));
const MEMBERS = Math.max(1, wholeNumber('BENCH_MEMBERS', 5_000));
/** Three or four members a household, as in a village register. */
const PER_HOUSEHOLD = 4;

/** The shares as the raw aggregate reads them: each member's units summed from the entries. */
const SHARES_SQL = `SELECT person_id, SUM(units) AS units FROM collective_share_entry
  WHERE village_id = $1 AND org_id = $2 AND effective_on <= $3 GROUP BY person_id`;

/** The members' households and persons, by generate_series, in the fixture's village A. */
async function seedMembers(db: Database, villageId: string, groupId: string): Promise<string[]> {
  await db.query(
    `INSERT INTO household (village_id, id, number, villager_group_id)
     SELECT $1, gen_random_uuid(), 'B' || lpad(g::text, 5, '0'), $2
     FROM generate_series(1, $3::int) g`,
    [villageId, groupId, Math.ceil(MEMBERS / PER_HOUSEHOLD)],
  );
  await db.query(
    `INSERT INTO person (village_id, id, household_id, name, gender, birth_date, relation_to_head,
       residence_status)
     SELECT $1, gen_random_uuid(), h.id, '成员' || g, CASE WHEN g % 2 = 0 THEN 'female' ELSE 'male' END,
       DATE '1950-01-01' + (g * 37 % 20000), CASE WHEN g % $3 = 1 THEN 'head' ELSE 'child' END,
       'resident'
     FROM generate_series(1, $2::int) g
     JOIN household h ON h.village_id = $1 AND h.number = 'B' || lpad(((g - 1) / $3 + 1)::text, 5, '0')`,
    [villageId, MEMBERS, PER_HOUSEHOLD],
  );
  const rows = await db.query<{ id: string }>(
    `SELECT p.id FROM person p JOIN household h ON h.village_id = p.village_id AND h.id = p.household_id
     WHERE p.village_id = $1 AND h.number LIKE 'B%' ORDER BY h.number, p.name`,
    [villageId],
  );
  return rows.map((r) => r.id);
}

interface Read {
  what: string;
  rows: number;
  route: Timing;
  yardstick: Timing;
}

async function pass(kind: BenchDbKind) {
  const bench = await openBenchDatabase(kind);
  const db = bench.db;
  const app = await buildApp({
    db,
    config: testConfig({ WEB_DIST: '/nonexistent', CHECK_RESPONSES: false }),
    clock: fixedClock(new Date('2026-11-21T02:00:00Z')),
  });
  try {
    const started = performance.now();
    const fixture = await seedFixture(db);
    const villageId = fixture.villageA.id;
    const persons = await seedMembers(db, villageId, fixture.villageA.groupIds[0]!);
    // 10 population shares each, plus 0–40 farming-year units, so remainders differ
    const { orgId } = await seedCooperative(
      db,
      villageId,
      persons.map((personId, i) => ({ personId, shares: 10 + ((i * 7919) % 41) })),
      fixture.accounts.committeeChair.id,
    );
    await db.query('ANALYZE');
    const seedSeconds = (performance.now() - started) / 1000;

    const baseUrl = await listen(app);
    const cookie = await signIn(baseUrl, {
      phone: fixture.accounts.committeeChair.phone,
      password: FIXTURE_PASSWORD,
    });
    const base = `${baseUrl}/api/villages/${villageId}/collective`;
    const draft = async () => {
      const res = await fetch(`${base}/orgs/${orgId}/distributions`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ year: 2025, income: '1,234,567.89', payeeKind: 'person' }),
      });
      const body = (await res.json()) as {
        plan: { id: string; poolFen: number; totalShares: number };
        dividends: Array<{ amountFen: number }>;
      };
      if (res.status !== 201) throw new Error(`draft: ${res.status} ${JSON.stringify(body)}`);
      return body;
    };
    const raw = () =>
      db.query<{ person_id: string; units: string | number }>(SHARES_SQL, [
        villageId,
        orgId,
        '2025-12-31',
      ]);

    // the route and the aggregate agree: the same members and shares; the dividends sum to the pool
    const made = await draft();
    const members = await raw();
    const rawShares = members.reduce((s, m) => s + Number(m.units), 0);
    if (made.dividends.length !== members.length || made.plan.totalShares !== rawShares)
      throw new Error(
        `route: ${made.dividends.length} payees, ${made.plan.totalShares} shares; aggregate: ${members.length}, ${rawShares}`,
      );
    const paid = made.dividends.reduce((s, d) => s + d.amountFen, 0);
    if (paid !== made.plan.poolFen)
      throw new Error(`dividends ${paid} ≠ pool ${made.plan.poolFen}`);
    const read = async () => {
      const res = await fetch(`${base}/distributions/${made.plan.id}`, { headers: { cookie } });
      const body = await res.text();
      if (res.status !== 200) throw new Error(`read: ${res.status} ${body}`);
      return body;
    };
    const yardstick = await repeat('raw GROUP BY of the share entries', raw);
    const reads: Read[] = [
      {
        what: 'a distribution drafted (POST, 5,000 dividends written)',
        rows: members.length,
        route: await repeat('HTTP draft', draft),
        yardstick,
      },
      {
        what: 'the plan and its dividends read (GET)',
        rows: members.length,
        route: await repeat('HTTP read', read),
        yardstick,
      },
    ];
    return {
      kind,
      version: bench.version,
      members: members.length,
      shares: rawShares,
      seedSeconds,
      reads,
    };
  } finally {
    await app.close();
    await bench.dispose();
  }
}

async function main() {
  const machine = describeMachine(new Date());
  const kinds = chosenDatabases('bench:collective', 'both');
  console.log(
    `${describeCommand('bench:collective')}\nload average at start: ${machine.loadAverage.join(' ')} (${machine.cpus} CPUs)`,
  );
  const passes = [];
  for (const kind of kinds) passes.push(await pass(kind));
  console.log(
    `\n${MEMBERS.toLocaleString('en')} members of one cooperative\n\n| database | call | rows | median ms | p95 ms | × raw aggregate |\n|---|---|---:|---:|---:|---:|`,
  );
  for (const p of passes)
    for (const r of p.reads)
      for (const t of [r.yardstick, r.route])
        console.log(
          `| ${p.kind} | ${r.what}: ${t.how} | ${r.rows} | ${t.medianMs.toFixed(2)} | ${t.p95Ms.toFixed(2)} | ${(t.medianMs / r.yardstick.medianMs).toFixed(2)} |`,
        );
  for (const p of passes)
    console.log(`${p.kind}: ${p.version}; seeded in ${p.seedSeconds.toFixed(0)} s`);
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = `${RESULTS_DIR}${machine.isoDate.slice(0, 10)}-collective-${kinds.join('-')}.json`;
  await writeFile(file, JSON.stringify({ machine, members: MEMBERS, passes }, null, 2));
  console.log(`written: ${file}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : error);
  process.exit(1);
});
