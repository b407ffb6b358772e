import { randomUUID } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteDef } from '@cunzhi/contract/route';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';
import type { FixtureRole } from '../../testing/fixtures.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';

/**
 * Every write route of the contract (POST, PUT, PATCH, DELETE), driven with
 * generated bad input by signed-in cadres of a seeded village: a plausible
 * body built from the route's own schema (real ids of the village, dates,
 * enum values), then broken — NUL bytes, unpaired surrogates, huge strings,
 * wrong types, missing and extra fields, negative and huge numbers, impossible
 * dates, bad ids. The server must never answer 5xx, and a refused request
 * must leave every table as it was (no partial write).
 */

const CONTRACT_DIR = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../contract/src',
);
const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/**
 * Cases per route, on PGlite and on PostgreSQL alike: hundreds of routes × 50 = tens of thousands
 * of requests, two to three minutes on each since the write check reads a trigger's list instead
 * of digesting every table after each case. FUZZ_RUNS overrides.
 */
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 50);

/**
 * The cases are drawn from a fixed seed, so a CI run is repeatable and a red one can be replayed
 * exactly; FUZZ_SEED=random (or a number) searches elsewhere — do that when routes change.
 */
const SEED =
  process.env.FUZZ_SEED === 'random' ? Date.now() : Number(process.env.FUZZ_SEED ?? 20_261_207);

async function writeRoutes(): Promise<RouteDef[]> {
  const routes: RouteDef[] = [];
  for (const file of readdirSync(CONTRACT_DIR).filter((f) => f.endsWith('.ts'))) {
    const mod = (await import(path.join(CONTRACT_DIR, file))) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      const def = value as Partial<RouteDef>;
      if (typeof def?.url === 'string' && typeof def.method === 'string' && WRITE.has(def.method))
        routes.push(def as RouteDef);
    }
  }
  return routes;
}

// ---------------------------------------------------------------- bad values

const HUGE = 'x'.repeat(100_000);
const BAD_VALUES: unknown[] = [
  '\u0000',
  '村\u0000民',
  '\uD800',
  'a\uDC00b',
  '\uDBFF\uDBFF',
  HUGE,
  '中'.repeat(20_000),
  '',
  ' ',
  -1,
  0,
  1.5,
  -2147483649,
  2147483648,
  9007199254740992,
  1e20,
  1e308,
  -1e308,
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '99999-12-31',
  '2026-1-1',
  '1900-01-01',
  '9999-12-31',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  "'; DROP TABLE person; --",
  null,
  true,
  [],
  {},
  [null],
  { a: { b: { c: '\u0000' } } },
];

const badValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...BAD_VALUES) },
  { weight: 1, arbitrary: fc.constant(randomUUID()) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
);

// ---------------------------------------------------------------- plausible input from a schema

type Pools = Map<string, string[]>;
type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const bagOf = (schema: unknown): Record<string, unknown> =>
  (schema as { _zod: { bag?: Record<string, unknown> } })._zod.bag ?? {};

const DATE_NAME = /(On|Date|Since|^on)$/;
const DATES = ['2026-11-21', '2026-11-20', '2026-11-25', '2026-12-10', '2026-05-01'];

/** Real ids of the village for a field name (`personIds` → persons), else any of its ids. */
function idsFor(pools: Pools, name: string): string[] {
  const key = name.replace(/Ids?$/, '').toLowerCase();
  for (const [table, ids] of pools)
    if (table.replace(/_/g, '').includes(key) || key.includes(table.replace(/_/g, ''))) return ids;
  if (/person|principal|holder|behalf|signer/i.test(name)) return pools.get('person') ?? [];
  return pools.get('*') ?? [];
}

function plausible(schema: unknown, name: string, pools: Pools): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const bag = bagOf(schema);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      return fc.record(
        Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, plausible(s, k, pools)])),
      );
    }
    case 'string': {
      if (bag.format === 'uuid') {
        const ids = idsFor(pools, name);
        return ids.length ? fc.constantFrom(...ids) : fc.uuid();
      }
      if (DATE_NAME.test(name)) return fc.constantFrom(...DATES);
      const max = typeof bag.maxLength === 'number' ? Math.min(bag.maxLength, 40) : 40;
      const min = typeof bag.minLength === 'number' ? bag.minLength : 0;
      return fc.oneof(
        fc.constantFrom('幸福路1号', '村道硬化方案', '09:00', '王建国', '13900000001', 'head'),
        fc.string({ minLength: min, maxLength: Math.max(min, max) }),
      );
    }
    case 'number': {
      const min = typeof bag.minimum === 'number' ? Math.max(bag.minimum, -5) : 0;
      const max = typeof bag.maximum === 'number' ? Math.min(bag.maximum, 200) : 200;
      return fc.integer({ min: Math.ceil(min), max: Math.max(Math.ceil(min), Math.floor(max)) });
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.option(plausible(def.innerType, name, pools), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(plausible(def.innerType, name, pools), { nil: null, freq: 4 });
    case 'array':
      return fc.array(plausible(def.element, name, pools), {
        minLength: typeof bag.minimum === 'number' ? bag.minimum : 0,
        maxLength: 3,
      });
    case 'record':
      return fc.dictionary(
        fc.constantFrom('maxProxies', 'days', 'ratio', 'note'),
        plausible(def.valueType, name, pools),
        { maxKeys: 2 },
      );
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((o) => plausible(o, name, pools)));
    case 'pipe':
      return plausible(def.in, name, pools);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

// ---------------------------------------------------------------- breaking it

type Mutation =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'extra'; at: number; key: string; value: unknown }
  | { kind: 'whole'; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: badValue }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('extra' as const),
      at: fc.nat(),
      key: fc.constantFrom('extra', 'id', 'villageId', 'version', 'seq', 'hash', 'k\u0000'),
      value: badValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('whole' as const), value: badValue }) },
);

/** Every place in a JSON value: [container, key]. */
function places(value: unknown): Array<[Record<string, unknown>, string]> {
  if (value === null || typeof value !== 'object') return [];
  const container = value as Record<string, unknown>;
  return Object.keys(container).flatMap((k): Array<[Record<string, unknown>, string]> => [
    [container, k],
    ...places(container[k]),
  ]);
}
function containers(value: unknown): Array<Record<string, unknown>> {
  if (value === null || typeof value !== 'object') return [];
  return [value as Record<string, unknown>, ...Object.values(value).flatMap(containers)];
}

function mutate(body: unknown, mutations: Mutation[]): unknown {
  let out = structuredClone(body);
  for (const m of mutations) {
    if (m.kind === 'whole') {
      out = structuredClone(m.value);
      continue;
    }
    if (m.kind === 'extra') {
      const all = containers(out);
      const target = all[m.at % Math.max(all.length, 1)];
      if (target && !Array.isArray(target)) target[m.key] = structuredClone(m.value);
      continue;
    }
    const all = places(out);
    const place = all[m.at % Math.max(all.length, 1)];
    if (!place) continue;
    const [container, key] = place;
    if (m.kind === 'replace') container[key] = structuredClone(m.value);
    else if (Array.isArray(container)) container.splice(Number(key), 1);
    else delete container[key];
  }
  return out;
}

// ---------------------------------------------------------------- the test

const ROLES: FixtureRole[] = [
  'committeeChair',
  'committeeChair',
  'partySecretary',
  'supervisionChair',
  'townOfficial',
];

describe(`every write route refuses bad input without a 5xx or a partial write (${describeDatabase()})`, () => {
  let server: TestServer;
  let routes: RouteDef[];
  let pools: Pools;
  let tables: string[];

  /**
   * Which tables the last request wrote. Every table the routes write (sessions, which reads
   * touch, aside) gets a row trigger noting its name in fuzz_touched, inside the writer's own
   * transaction: a refusal rolled back leaves nothing there, one that committed a write before
   * refusing — a partial write — leaves the table's name. Reading and clearing the list is one
   * statement a case; digesting every row of every table after each case was most of the run.
   */
  async function watchWrites(): Promise<void> {
    await server.db.query(`CREATE TABLE fuzz_touched (table_name text NOT NULL)`);
    await server.db.query(
      `CREATE FUNCTION fuzz_note_write() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
       BEGIN INSERT INTO fuzz_touched VALUES (TG_TABLE_NAME); RETURN NULL; END $$`,
    );
    for (const t of tables)
      await server.db.query(
        `CREATE TRIGGER fuzz_note_write AFTER INSERT OR UPDATE OR DELETE ON ${t}
           FOR EACH ROW EXECUTE FUNCTION fuzz_note_write()`,
      );
  }

  async function touched(): Promise<string[]> {
    const rows = await server.db.query<{ table_name: string }>(
      `DELETE FROM fuzz_touched RETURNING table_name`,
    );
    return [...new Set(rows.map((r) => r.table_name))].sort();
  }

  beforeAll(async () => {
    server = await startTestServer(process.env.FUZZ_LOG ? { LOG_LEVEL: 'error' } : {});
    routes = await writeRoutes();
    const f = server.fixture.villageA;
    // something for the meeting and matter routes to act on
    const chair = await server.as('committeeChair');
    await chair.post(`/api/villages/${f.id}/meetings`, {
      kind: 'representativesMeeting',
      title: '2026年第四季度村民代表会议',
      meetingOn: '2026-11-21',
      startsAt: '09:00',
      place: '村委会会议室',
      noticeOn: '2026-11-21',
      agenda: '一、审议村道硬化方案',
    });
    await chair.post(`/api/villages/${f.id}/matters`, {
      title: '村道硬化',
      category: 'publicWelfareProject',
    });
    const found = await server.db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
          AND table_name NOT IN ('session', 'schema_migration')
        ORDER BY table_name`,
    );
    tables = found.map((r) => r.table_name);
    pools = new Map();
    const all: string[] = [];
    const actors = new Set(ROLES.map((r) => server.fixture.accounts[r].personId));
    for (const t of tables) {
      const cols = await server.db.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_name = $1`,
        [t],
      );
      const names = cols.map((c) => c.column_name);
      if (!names.includes('id') || !names.includes('village_id')) continue;
      const ids = (
        await server.db.query<{ id: string }>(
          `SELECT id::text AS id FROM ${t} WHERE village_id = $1 LIMIT 20`,
          [f.id],
        )
      ).map((r) => r.id);
      // the fuzzing cadres' own persons are left out, so a valid password reset cannot sign them out
      const usable = ids.filter((id) => !actors.has(id));
      if (usable.length) pools.set(t, usable);
      all.push(...usable);
    }
    pools.set('village', [f.id]);
    pools.set('*', all);
    await watchWrites();
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  it('finds the write routes of the contract, and the app serves every one of them', () => {
    expect(routes.length).toBeGreaterThan(30);
    const served = new Set(server.app.accessCatalog.map((r) => `${r.method} ${r.url}`));
    const contractWrites = new Set(routes.map((r) => `${r.method} ${r.url}`));
    for (const r of contractWrites) expect(served, r).toContain(r);
    const appWrites = server.app.accessCatalog.filter((r) => WRITE.has(r.method));
    for (const r of appWrites)
      expect(contractWrites, 'a write route outside the contract').toContain(
        `${r.method} ${r.url}`,
      );
  });

  it('answers generated bad input with 4xx (never 5xx) and writes nothing when it refuses', async () => {
    const clients = new Map<FixtureRole, HttpClient>();
    const client = async (role: FixtureRole) => {
      let c = clients.get(role);
      if (!c) clients.set(role, (c = await server.signIn(role)));
      return c;
    };
    let cases = 0;
    const statuses = new Map<number, number>();
    const byRoute = new Map<string, number>();
    for (const route of routes) {
      const params = route.url.match(/:(\w+)/g)?.map((p) => p.slice(1)) ?? [];
      const paramArb = fc.record(
        Object.fromEntries(
          params.map((p) => {
            const ids = p === 'villageId' ? [server.fixture.villageA.id] : idsFor(pools, p);
            return [
              p,
              fc.oneof(
                { weight: 8, arbitrary: ids.length ? fc.constantFrom(...ids) : fc.uuid() },
                {
                  weight: 1,
                  arbitrary: fc.constantFrom(
                    '%00',
                    '..%2f..%2fetc%2fpasswd',
                    'x',
                    '%ED%A0%80',
                    randomUUID(),
                  ),
                },
                { weight: 1, arbitrary: fc.constant(server.fixture.villageB.id) },
              ),
            ];
          }),
        ),
      );
      const bodyArb = route.body ? plausible(route.body, 'body', pools) : fc.constant({});
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...ROLES),
          paramArb,
          bodyArb,
          fc.array(mutation, { minLength: 1, maxLength: 3 }),
          async (role, paramValues, plausibleBody, mutations) => {
            cases += 1;
            const url = route.url.replace(/:(\w+)/g, (_, p: string) =>
              String((paramValues as Record<string, unknown>)[p]),
            );
            const body = mutate(stripUndefined(plausibleBody), mutations);
            const http =
              route.url === '/api/auth/sign-out' ? server.anonymous() : await client(role);
            const res = await http.request(route.method, url, body);
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            const key = `${route.method} ${route.url} ${res.status}`;
            byRoute.set(key, (byRoute.get(key) ?? 0) + 1);
            const label = `${route.method} ${url} ${JSON.stringify(body)?.slice(0, 300)} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
            expect(res.status, label).toBeLessThan(500);
            if (res.status === 401) clients.delete(role);
            const written = await touched();
            // a refusal writes nothing; sign-in's refusals count failed attempts (the lockout), by design
            if (res.status >= 400 && route.url !== '/api/auth/sign-in')
              expect(written, label).toEqual([]);
          },
        ),
        { numRuns: RUNS_PER_ROUTE, endOnFailure: true, seed: SEED },
      );
    }
    if (process.env.FUZZ_REPORT)
      writeFileSync(process.env.FUZZ_REPORT, [...byRoute].map(([k, n]) => `${k} ×${n}`).join('\n'));
    expect(cases).toBeGreaterThanOrEqual(routes.length * RUNS_PER_ROUTE);
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
    // the generated input got past validation too: commands ran, found things, refused by rule or state
    expect([...statuses.keys()].filter((s) => s !== 400 && s !== 403).length).toBeGreaterThan(2);
  }, 900_000);
});

const stripUndefined = (value: unknown): unknown =>
  value === undefined ? undefined : (JSON.parse(JSON.stringify(value) ?? 'null') as unknown);
