/**
 * `npm run bench:cases` (PGlite) and `bash scripts/with-postgres.sh npm run bench:cases`
 * (PostgreSQL): issue 13's reads over a county holding BENCH_CASES cases (100,000) — service
 * requests, 民情 cases, disputes and petitions, those handed up with their town referrals
 * (caseSeed.ts) — one call at a time through HTTP, each against a raw indexed SELECT of the same
 * rows on the same database in the same run:
 *
 *   - a department's inbox (GET /api/town/referrals, an official of 民政办): its open cases,
 *     earliest due first, overdue flagged;
 *   - the town leaders' inbox (no department: every department's open cases of the town);
 *   - a village's case lists as a cadre opens them in the console (CASE_LISTS below), read by
 *     the villagers' committee's chair.
 *
 * The county is the server's test fixture (two towns, three villages). Prints a Markdown table
 * and writes the run as JSON to bench/results/.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { hashPassword } from '@cunzhi/server/platform/auth/passwords';
import type { Queryable } from '@cunzhi/server/platform/db/database';
import { FIXTURE_PASSWORD } from '@cunzhi/server/testing/fixtures';
import { disputeList } from '@cunzhi/server/features/disputes/queries';
import { caseQueue } from '@cunzhi/server/features/liaison/queries';
import { villagePetitions } from '@cunzhi/server/features/petitions/queries';
import { requestQueue } from '@cunzhi/server/features/services/queries';
import { startTestServer, type TestServer } from '@cunzhi/server/testing/testServer';
import { seedCases } from './caseSeed.ts';
import { describeMachine } from './machine.ts';
import { repeat, type Timing } from './oneAtATime.ts';
import { signIn } from './scenarios.ts';
import { wholeNumber } from './settings.ts';

const RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url));
const CASES = wholeNumber('BENCH_CASES', 100_000);
const TODAY = '2026-11-21' as CalendarDate;

interface Read {
  what: string;
  route: Timing;
  /** The route's query function alone, in process (the village lists). */
  query?: Timing;
  yardstick: Timing;
  rows: number;
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
  r: {
    what: string;
    path: string;
    cookie: string;
    sql: string;
    params: unknown[];
    query?: () => Promise<unknown>;
  },
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
    ...(r.query && { query: await repeat(`${r.what}: its query function`, r.query) }),
    yardstick: await repeat(`${r.what}: raw indexed SELECT`, () =>
      server.db.query(r.sql, r.params),
    ),
  };
}

const OPEN = `status NOT IN ('closed', 'returned')`;
const DUE = `coalesce(due_on, filed_on + 15)`;
const SERVICE_OPEN = `state IN ('ordered', 'accepted', 'awaitingMaterials', 'processing', 'agency')`;
const SERVICE_CLOSED = `state IN ('completed', 'rated', 'refused', 'withdrawn')`;
const PETITION_OPEN = `status NOT IN ('closed', 'notAccepted')`;

/**
 * A village's case lists, each as its console page opens it (the path under the village), and
 * the raw SELECT of the same rows by the table's index on (village_id, state, …).
 */
const CASE_LISTS = [
  {
    what: 'services queue: open (便民服务 办件队列)',
    path: 'services/requests?show=open',
    query: (db: Queryable, v: string) => requestQueue(db, v, 'open'),
    sql: `SELECT id, due_on FROM service_request WHERE village_id = $1 AND ${SERVICE_OPEN} ORDER BY due_on`,
  },
  {
    what: 'services queue: closed tab',
    path: 'services/requests?show=closed',
    query: (db: Queryable, v: string) => requestQueue(db, v, 'closed'),
    sql: `SELECT id, closed_on FROM service_request WHERE village_id = $1 AND ${SERVICE_CLOSED} ORDER BY closed_on DESC`,
  },
  {
    what: '民情 queue (民情办理台)',
    path: 'liaison/cases',
    query: (db: Queryable, v: string) => caseQueue(db, v),
    sql: `SELECT id, due_on FROM liaison_case WHERE village_id = $1 AND merged_into IS NULL ORDER BY due_on, number`,
  },
  {
    what: 'disputes register: open (纠纷登记簿)',
    path: 'disputes',
    // the register opens on the disputes not ended (the route's default view)
    query: (db: Queryable, v: string) => disputeList({ db }, v, 'open'),
    sql: `SELECT id FROM dispute WHERE village_id = $1 AND status NOT IN ('closed', 'notMediated') ORDER BY year DESC, number DESC`,
  },
  {
    what: 'petitions register: open (信访事项登记)',
    path: 'petitions?status=open',
    query: (db: Queryable, v: string) => villagePetitions(db, v, 'open'),
    sql: `SELECT id, due_on FROM petition WHERE village_id = $1 AND ${PETITION_OPEN} ORDER BY due_on NULLS LAST, received_on DESC, number DESC LIMIT 1000`,
  },
  {
    what: 'petitions register: all',
    path: 'petitions?status=all',
    query: (db: Queryable, v: string) => villagePetitions(db, v, 'all'),
    sql: `SELECT id, due_on FROM petition WHERE village_id = $1 ORDER BY ${PETITION_OPEN} DESC, due_on NULLS LAST, received_on DESC, number DESC LIMIT 1000`,
  },
] as const;

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
    const seeded = await seedCases(server, CASES, TODAY);
    const f = server.fixture;
    const townId = f.townIds[0];
    const department = seeded.departments[0]![0]!;
    const setupMs = performance.now() - setupStart;
    console.log(`seeded: ${JSON.stringify(seeded.cases)}, ${seeded.referrals} town referrals`);
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
    const chair = await signIn(baseUrl, {
      phone: f.accounts.committeeChair.phone,
      password: FIXTURE_PASSWORD,
    });
    for (const list of CASE_LISTS)
      reads.push(
        await read(server, baseUrl, {
          what: list.what,
          path: `/api/villages/${f.villageA.id}/${list.path}`,
          cookie: chair,
          sql: list.sql,
          params: [f.villageA.id],
          query: () => list.query(server.db, f.villageA.id),
        }),
      );
    console.log(
      `\n${CASES.toLocaleString('en')} cases, ${database}\n\n| read | rows | median ms | p95 ms | × raw SELECT |\n|---|---:|---:|---:|---:|`,
    );
    for (const r of reads)
      for (const t of [r.yardstick, r.query, r.route])
        if (t)
          console.log(
            `| ${t.how} | ${r.rows} | ${t.medianMs.toFixed(2)} | ${t.p95Ms.toFixed(2)} | ${(t.medianMs / r.yardstick.medianMs).toFixed(1)} |`,
          );
    console.log(`\nsetup (not measured): ${(setupMs / 1000).toFixed(1)} s`);
    await mkdir(RESULTS_DIR, { recursive: true });
    const file = `${RESULTS_DIR}${machine.isoDate.slice(0, 10)}-cases-${database}.json`;
    await writeFile(
      file,
      JSON.stringify({ machine, database, cases: CASES, seeded, reads }, null, 2),
    );
    console.log(`written: ${file}`);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
