/**
 * `npm run bench:cases` (PGlite) and `bash scripts/with-postgres.sh npm run bench:cases`
 * (PostgreSQL): issue 13's reads over a county holding BENCH_CASES cases (100,000) handed up
 * to the town's departments, one call at a time through HTTP, against a raw indexed SELECT of
 * the same rows on the same database in the same run:
 *
 *   - a department's inbox (GET /api/town/referrals, an official of 民政办): its open cases,
 *     earliest due first, overdue flagged;
 *   - the town leaders' inbox (no department: every department's open cases of the town);
 *   - a village's case lists, one per capability that has one (CASE_LISTS below).
 *
 * The county is the server's test fixture (two towns, three villages) with the cases written
 * by multi-row INSERTs as the commands would have left them: 85 in 100 closed, 5 answered, the
 * rest open with due dates from a month ago to a month ahead. Not measured. Prints a Markdown
 * table and writes the run as JSON to bench/results/.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { addDays } from '@cunzhi/core/rules/dayCount';
import { hashPassword } from '@cunzhi/server/platform/auth/passwords';
import { bulkInsert } from '@cunzhi/server/platform/db/bulkInsert';
import { FIXTURE_PASSWORD } from '@cunzhi/server/testing/fixtures';
import { startTestServer, type TestServer } from '@cunzhi/server/testing/testServer';
import { insertDepartment } from '@cunzhi/server/features/townInbox/repository';
import { describeMachine } from './machine.ts';
import { repeat, type Timing } from './oneAtATime.ts';
import { createRng } from './random.ts';
import { signIn } from './scenarios.ts';
import { wholeNumber } from './settings.ts';

const RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url));
const CASES = wholeNumber('BENCH_CASES', 100_000);
const TODAY = '2026-11-21';
const KINDS = ['service', 'minqing', 'dispute', 'petition'] as const;

interface Read {
  what: string;
  route: Timing;
  yardstick: Timing;
  rows: number;
}

/** Ten departments in each town; the cases spread over them and over the villages. */
async function seedCases(server: TestServer): Promise<{ departments: string[][] }> {
  const f = server.fixture;
  const rng = createRng(13);
  const villages = [
    { id: f.villageA.id, town: 0 },
    { id: f.villageB.id, town: 0 },
    { id: f.villageC.id, town: 1 },
  ];
  const departments: string[][] = [];
  await server.db.transaction(async (tx) => {
    for (const townId of f.townIds) {
      const ids: string[] = [];
      for (const [i, kind] of (
        [
          'civilAffairs',
          'socialSecurity',
          'health',
          'construction',
          'culture',
          'lawEnforcement',
          'petitionOffice',
          'justice',
          'agriculture',
          'comprehensive',
        ] as const
      ).entries()) {
        const id = randomUUID();
        await insertDepartment(tx, { id, townId, name: `部门${i + 1}`, kind });
        ids.push(id);
      }
      departments.push(ids);
    }
    const rows: unknown[][] = [];
    for (let i = 0; i < CASES; i++) {
      const village = villages[i % villages.length]!;
      const department = rng.pick(departments[village.town]!);
      const roll = rng.int(0, 99);
      const status =
        roll < 85 ? 'closed' : roll < 90 ? 'answered' : rng.pick(['filed', 'accepted', 'handling']);
      const filed = addDays(TODAY as never, -rng.int(1, 5 * 365));
      const due =
        status === 'closed' ? addDays(filed, 15) : addDays(TODAY as never, rng.int(-30, 30));
      rows.push([
        village.id,
        randomUUID(),
        f.townIds[village.town],
        rng.pick(KINDS),
        randomUUID(),
        'department',
        department,
        `事项${i}`,
        '情况说明',
        status,
        filed,
        new Date(`${filed}T02:00:00Z`),
        due,
      ]);
    }
    await bulkInsert(
      tx,
      'town_referral',
      [
        'village_id',
        'id',
        'town_id',
        'source_kind',
        'source_id',
        'addressee',
        'department_id',
        'subject',
        'summary',
        'status',
        'filed_on',
        'filed_at',
        'due_on',
      ],
      rows,
    );
  });
  await server.db.query('ANALYZE town_referral');
  return { departments };
}

/** A town official (of a department, or of none) signed in: the session cookie. */
async function official(
  server: TestServer,
  baseUrl: string,
  townId: string,
  departmentId: string | null,
): Promise<string> {
  const id = randomUUID();
  const phone = `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  await server.db.query(
    `INSERT INTO account (id, kind, phone, display_name, password_hash) VALUES ($1, 'staff', $2, '乡镇干部', $3)`,
    [id, phone, await hashPassword(FIXTURE_PASSWORD)],
  );
  await server.db.query(
    `INSERT INTO staff_scope (account_id, level, scope_id, title, unit, department_id) VALUES ($1, 'town', $2, '乡镇干部', 'government', $3)`,
    [id, townId, departmentId],
  );
  return signIn(baseUrl, { phone, password: FIXTURE_PASSWORD });
}

async function read(
  server: TestServer,
  baseUrl: string,
  r: { what: string; path: string; cookie: string; sql: string; params: unknown[] },
): Promise<Read> {
  const get = async () => {
    const res = await fetch(`${baseUrl}${r.path}`, { headers: { cookie: r.cookie } });
    if (res.status !== 200) throw new Error(`GET ${r.path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as { items: unknown[] };
  };
  const rows = (await get()).items.length;
  const expected = (await server.db.query(r.sql, r.params)).length;
  if (rows !== expected)
    throw new Error(`${r.what}: the route lists ${rows}, the SELECT finds ${expected}`);
  return {
    what: r.what,
    rows,
    route: await repeat(`${r.what} (HTTP)`, get),
    yardstick: await repeat(`${r.what}: raw indexed SELECT`, () =>
      server.db.query(r.sql, r.params),
    ),
  };
}

const OPEN = `status NOT IN ('closed', 'returned')`;
const DUE = `coalesce(due_on, filed_on + 15)`;

async function main() {
  const machine = describeMachine(new Date());
  const database = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
  console.log(
    `load average at start: ${machine.loadAverage.join(' ')} (${machine.cpus} CPUs), ${database}`,
  );
  const setupStart = performance.now();
  const server = await startTestServer({ CHECK_RESPONSES: false });
  server.clock.set(new Date(`${TODAY}T02:00:00Z`));
  const baseUrl = server.baseUrl;
  try {
    const { departments } = await seedCases(server);
    const townId = server.fixture.townIds[0];
    const department = departments[0]![0]!;
    const setupMs = performance.now() - setupStart;
    const reads = [
      await read(server, baseUrl, {
        what: "a department's inbox",
        path: '/api/town/referrals',
        cookie: await official(server, baseUrl, townId, department),
        sql: `SELECT id, due_on FROM town_referral WHERE department_id = $1 AND ${OPEN} ORDER BY ${DUE} LIMIT 500`,
        params: [department],
      }),
      await read(server, baseUrl, {
        what: "the town leaders' inbox",
        path: '/api/town/referrals',
        cookie: await official(server, baseUrl, townId, null),
        sql: `SELECT id, due_on FROM town_referral WHERE town_id = $1 AND ${OPEN} ORDER BY ${DUE} LIMIT 500`,
        params: [townId],
      }),
    ];
    console.log(
      `\n${CASES.toLocaleString('en')} cases, ${database}\n\n| read | rows | median ms | p95 ms | × raw SELECT |\n|---|---:|---:|---:|---:|`,
    );
    for (const r of reads) {
      console.log(
        `| ${r.yardstick.how} | ${r.rows} | ${r.yardstick.medianMs.toFixed(2)} | ${r.yardstick.p95Ms.toFixed(2)} | 1 |`,
      );
      console.log(
        `| ${r.route.how} | ${r.rows} | ${r.route.medianMs.toFixed(2)} | ${r.route.p95Ms.toFixed(2)} | ${(r.route.medianMs / r.yardstick.medianMs).toFixed(1)} |`,
      );
    }
    console.log(`\nsetup (not measured): ${(setupMs / 1000).toFixed(1)} s`);
    await mkdir(RESULTS_DIR, { recursive: true });
    const file = `${RESULTS_DIR}${machine.isoDate.slice(0, 10)}-cases-${database}.json`;
    await writeFile(file, JSON.stringify({ machine, database, cases: CASES, reads }, null, 2));
    console.log(`written: ${file}`);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
