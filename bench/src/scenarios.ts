import autocannon, { type AutocannonRequest } from 'autocannon';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Database } from '@cunzhi/server/platform/db/database';
import { buildApp } from '@cunzhi/server/platform/http/app';
import { systemClock } from '@cunzhi/server/platform/clock';
import { testConfig } from '@cunzhi/server/platform/config';
import type { BenchCounty } from './generateCounty.ts';
import {
  explainStatements,
  recordingDatabase,
  type RecordingDatabase,
  type StatementProfile,
} from './queryProfile.ts';

/**
 * The measured scenarios. Servers run in this process on 127.0.0.1 (random
 * port); autocannon fires from one worker thread so the load generator does
 * not share the server's event loop.
 */
export type ScenarioId = 'baseline' | 'householdRead' | 'householdSearch';

export const SCENARIO_TITLES: Record<ScenarioId, string> = {
  baseline: 'baseline: bare Fastify GET /hello',
  householdRead: 'authenticated registry read (GET household)',
  householdSearch: 'household search (GET households?q=)',
};

/** Rotated through by every connection: common surnames, given-name fragments, one full name. */
export const SEARCH_TERMS = ['王', '陈', '建国', '秀英', '张伟'] as const;
/** How many of the target village's households the read scenario rotates through. */
const READ_HOUSEHOLDS = 200;

export interface LoadOptions {
  seconds: number;
  warmupSeconds: number;
  connections: number;
}

export interface ScenarioResult {
  id: ScenarioId;
  title: string;
  /** One of the requests, for the report. */
  example: string;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p97_5: number; p99: number; average: number; max: number };
  throughputBytesPerSecond: number;
  /**
   * Share of the time the server's thread was busy (warm-up and run): near 1,
   * the app's JavaScript (and with PGlite the database, which runs on the same
   * thread) is the limit; well below 1, it waits for something else.
   */
  serverEventLoopUtilization: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Facts checked before the run (e.g. how many households each search term finds). */
  notes: Record<string, number | string>;
  /** The statements one request (the example) runs, explained on the idle database. */
  statements: StatementProfile[];
}

interface Target {
  baseUrl: string;
  requests: AutocannonRequest[];
  headers: Record<string, string>;
}

/** Runs one scenario: warm-up, then the measured run. */
async function measure(
  id: ScenarioId,
  target: Target,
  load: LoadOptions,
  notes: ScenarioResult['notes'],
  statements: StatementProfile[],
): Promise<ScenarioResult> {
  const before = performance.eventLoopUtilization();
  const result = await autocannon({
    url: target.baseUrl,
    title: id,
    connections: load.connections,
    duration: load.seconds,
    workers: 1,
    headers: target.headers,
    requests: target.requests,
    ...(load.warmupSeconds > 0
      ? { warmup: { connections: load.connections, duration: load.warmupSeconds } }
      : {}),
  });
  const elu = performance.eventLoopUtilization(before).utilization;
  return {
    id,
    title: SCENARIO_TITLES[id],
    example: target.requests[0]?.path ?? '',
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    latencyMs: {
      p50: result.latency.p50,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      average: result.latency.average,
      max: result.latency.max,
    },
    throughputBytesPerSecond: result.throughput.average,
    serverEventLoopUtilization: Math.round(elu * 100) / 100,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    notes,
    statements,
  };
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  return `http://127.0.0.1:${address.port}`;
}

/** A bare Fastify app with one route: what this machine and Node manage with no app or database work. */
export async function runBaseline(load: LoadOptions): Promise<ScenarioResult> {
  const app = Fastify({ logger: false });
  app.get('/hello', async () => ({ hello: 'world' }));
  try {
    const baseUrl = await listen(app);
    return await measure(
      'baseline',
      { baseUrl, requests: [{ method: 'GET', path: '/hello' }], headers: {} },
      load,
      {},
      [],
    );
  } finally {
    await app.close();
  }
}

/** The real app over `db` with the bench county: the registry read and the household search. */
export async function runAppScenarios(
  db: Database,
  county: BenchCounty,
  load: LoadOptions,
  progress: (line: string) => void,
): Promise<ScenarioResult[]> {
  const config = testConfig({ WEB_DIST: '/nonexistent' });
  const recording = recordingDatabase(db);
  const app = await buildApp({ db: recording.db, config, clock: systemClock(config.TIME_ZONE) });
  try {
    const baseUrl = await listen(app);
    const headers = { cookie: await signIn(baseUrl, county.chair) };
    const village = `/api/villages/${county.target.villageId}`;
    const ids = county.target.householdIds;

    // registry read: households spread over the whole village
    const step = Math.max(1, Math.floor(ids.length / READ_HOUSEHOLDS));
    const readPaths = ids
      .filter((_, i) => i % step === 0)
      .slice(0, READ_HOUSEHOLDS)
      .map((id) => `${village}/households/${id}`);
    const first = await getJson<{ members?: unknown }>(baseUrl, readPaths[0]!, headers);
    if (!Array.isArray(first.members) || first.members.length === 0)
      throw new Error(`${readPaths[0]!}: no members in the answer`);

    // household search: every term must find something
    const searchPaths = SEARCH_TERMS.map((q) => `${village}/households?q=${encodeURIComponent(q)}`);
    const found: ScenarioResult['notes'] = {
      villagePersons: county.target.persons,
      villageHouseholds: ids.length,
    };
    for (const [i, path] of searchPaths.entries()) {
      const answer = await getJson<{ total?: unknown }>(baseUrl, path, headers);
      if (typeof answer.total !== 'number' || answer.total === 0)
        throw new Error(`${path}: found nothing`);
      found[`q=${SEARCH_TERMS[i]!}`] = answer.total;
    }

    const plans: Array<{ id: ScenarioId; paths: string[]; notes: ScenarioResult['notes'] }> = [
      {
        id: 'householdRead',
        paths: readPaths,
        notes: { households: readPaths.length, villagePersons: county.target.persons },
      },
      { id: 'householdSearch', paths: searchPaths, notes: found },
    ];
    const results: ScenarioResult[] = [];
    for (const { id, paths, notes } of plans) {
      progress(`  ${SCENARIO_TITLES[id]}`);
      const statements = await profileRequest(recording, db, baseUrl, paths[0]!, headers);
      const requests = paths.map((path) => ({ method: 'GET', path }));
      results.push(await measure(id, { baseUrl, headers, requests }, load, notes, statements));
    }
    return results;
  } finally {
    await app.close();
  }
}

/** The statements of one request to `path`, explained. */
async function profileRequest(
  recording: RecordingDatabase,
  db: Database,
  baseUrl: string,
  path: string,
  headers: Record<string, string>,
): Promise<StatementProfile[]> {
  const statements = await recording.capture(async () => {
    await getJson(baseUrl, path, headers);
  });
  return explainStatements(db, statements);
}

async function signIn(baseUrl: string, chair: BenchCounty['chair']): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone: chair.phone, password: chair.password }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('cunzhi_session='));
  if (res.status !== 200 || !cookie)
    throw new Error(`sign-in as the committee chair failed: ${res.status} ${await res.text()}`);
  return cookie.split(';')[0]!;
}

async function getJson<T>(
  baseUrl: string,
  path: string,
  headers: Record<string, string>,
): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, { headers });
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
