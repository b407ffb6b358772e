import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import autocannon, { type AutocannonRequest } from 'autocannon';
import { calendarDateOf, type CalendarDate } from '@cunzhi/core/calendarDate';
import { APPEND_AUDIT_EVENT } from '@cunzhi/server/platform/audit/repository';
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
export type ScenarioId =
  | 'baseline'
  | 'indexedSelect'
  | 'villageView'
  | 'householdList'
  | 'meetingView'
  | 'householdRead'
  | 'householdSearch'
  | 'auditedWrite'
  | 'portalNotice'
  | 'portalHome';

export const SCENARIO_TITLES: Record<ScenarioId, string> = {
  baseline: 'bare Fastify GET /hello (no database)',
  indexedSelect: 'yardstick: a route running one indexed SELECT',
  villageView: 'authenticated village view (GET village)',
  householdList: 'household list (GET households)',
  meetingView: 'meeting view (GET meeting, an assembly of the whole village)',
  householdRead: 'authenticated registry read (GET household)',
  householdSearch: 'household search (GET households?q=)',
  auditedWrite: 'audited write: register a household (POST households, 2 audit events)',
  portalNotice: 'public portal: a notice page, no account (GET /p/:village/n/:noticeId)',
  portalHome: 'public portal: the village home, no account (GET /p/:village)',
};

/** The scenarios the goals divide by the indexed-SELECT yardstick. */
export const VIEW_SCENARIOS: ScenarioId[] = ['villageView', 'householdList', 'meetingView'];

/** autocannon's setupRequest for bodies with `[<n>]`: a short unique id per request. */
const UNIQUE_BODY = fileURLToPath(new URL('./uniqueBody.cjs', import.meta.url));

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

export async function listen(app: FastifyInstance): Promise<string> {
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

/**
 * The yardstick the goals divide by: a bare Fastify route on the same
 * database that runs one indexed SELECT (a household by its key, rotating
 * over the village's households) and answers its row.
 */
export async function runIndexedSelect(
  db: Database,
  county: BenchCounty,
  load: LoadOptions,
): Promise<ScenarioResult> {
  const app = Fastify({ logger: false });
  const ids = county.target.householdIds;
  app.get<{ Params: { i: string } }>('/one/:i', async (request) => {
    const id = ids[Number(request.params.i) % ids.length];
    const [row] = await db.query(
      'SELECT id, number, address, version FROM household WHERE village_id = $1 AND id = $2',
      [county.target.villageId, id],
    );
    return { household: row ?? null };
  });
  try {
    const baseUrl = await listen(app);
    const requests = Array.from({ length: READ_HOUSEHOLDS }, (_, i) => ({
      method: 'GET',
      path: `/one/${i}`,
    }));
    return await measure('indexedSelect', { baseUrl, requests, headers: {} }, load, {}, []);
  } finally {
    await app.close();
  }
}

/** A plan for one app scenario: the requests every connection loops over. */
interface Plan {
  id: ScenarioId;
  requests: AutocannonRequest[];
  notes: ScenarioResult['notes'];
  /** Sent without the chair's session (the public portal). */
  anonymous?: boolean;
}

/** What the app scenarios leave for the audit yardstick: the audit statements of one write. */
export interface AppScenarios {
  results: ScenarioResult[];
  auditStatements: Array<{ sql: string; params: readonly unknown[] }>;
}

/** The real app over `db` with the bench county: views, reads, a search and an audited write. */
export async function runAppScenarios(
  db: Database,
  county: BenchCounty,
  load: LoadOptions,
  progress: (line: string) => void,
  only: (id: ScenarioId) => boolean = () => true,
): Promise<AppScenarios> {
  // as in production: answers are not re-checked against their contract (tests turn that on);
  // the portal's per-address limit would stop one load generator's address
  const config = testConfig({
    WEB_DIST: '/nonexistent',
    CHECK_RESPONSES: false,
    PORTAL_RATE_PER_MINUTE: 1_000_000,
  });
  const recording = recordingDatabase(db);
  const app = await buildApp({ db: recording.db, config, clock: systemClock(config.TIME_ZONE) });
  try {
    const baseUrl = await listen(app);
    const headers = { cookie: await signIn(baseUrl, county.chair) };
    const plans = await planScenarios(baseUrl, headers, county, config.TIME_ZONE);
    const results: ScenarioResult[] = [];
    for (const { id, requests, notes, anonymous } of plans.filter((p) => only(p.id))) {
      progress(`  ${SCENARIO_TITLES[id]}`);
      const first = requests[0]!;
      const sent = anonymous ? {} : headers;
      const statements =
        first.method === 'GET'
          ? await profileRequest(recording, db, baseUrl, first.path, sent)
          : [];
      results.push(
        await measure(id, { baseUrl, headers: sent, requests }, load, notes, statements),
      );
    }
    // the audit statements of one more write, for the yardstick run bare
    const write = plans.find((p) => p.id === 'auditedWrite')!.requests[0]!;
    const captured = await recording.capture(async () => {
      await send(baseUrl, write, headers, 201);
    });
    const auditStatements = captured.filter((c) => c.sql === APPEND_AUDIT_EVENT);
    if (auditStatements.length === 0) throw new Error('the audited write appended no event');
    return { results, auditStatements };
  } finally {
    await app.close();
  }
}

/** Checks that every scenario's first request answers as expected, and builds the plans. */
async function planScenarios(
  baseUrl: string,
  headers: Record<string, string>,
  county: BenchCounty,
  timeZone: string,
): Promise<Plan[]> {
  const village = `/api/villages/${county.target.villageId}`;
  const ids = county.target.householdIds;
  const get = (path: string) => ({ method: 'GET', path });

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

  const list = await getJson<{ total?: unknown }>(baseUrl, `${village}/households`, headers);
  await getJson(baseUrl, village, headers);
  const meetingPath = await conveneAssembly(baseUrl, headers, village, timeZone);
  const meeting = await getJson<{ presence?: { members?: number } }>(baseUrl, meetingPath, headers);
  const portal = await portalPaths(baseUrl, county.target.villageId, meetingPath);

  const newHousehold = {
    method: 'POST',
    path: `${village}/households`,
    headers: { 'content-type': 'application/json' },
    setupRequest: UNIQUE_BODY,
    body: JSON.stringify({
      number: 'B[<n>]',
      villagerGroupId: county.target.groupIds[0],
      address: '基准路[<n>]号',
      head: {
        name: '基准户主',
        gender: 'male',
        birthDate: '1980-01-01',
        relationToHead: 'head',
        residenceStatus: 'resident',
        partyMember: false,
      },
    }),
  };
  return [
    {
      id: 'villageView',
      requests: [get(village)],
      notes: { villagePersons: county.target.persons },
    },
    {
      id: 'householdList',
      requests: [get(`${village}/households`)],
      notes: { villageHouseholds: typeof list.total === 'number' ? list.total : -1 },
    },
    {
      id: 'meetingView',
      requests: [get(meetingPath)],
      notes: { members: meeting.presence?.members ?? -1 },
    },
    {
      id: 'householdRead',
      requests: readPaths.map(get),
      notes: { households: readPaths.length, villagePersons: county.target.persons },
    },
    { id: 'householdSearch', requests: searchPaths.map(get), notes: found },
    { id: 'auditedWrite', requests: [newHousehold], notes: {} },
    { id: 'portalNotice', requests: [get(portal.notice)], notes: {}, anonymous: true },
    { id: 'portalHome', requests: [get(portal.home)], notes: {}, anonymous: true },
  ];
}

/**
 * The public portal's pages for the bench village: its home, and the notice
 * the assembly's convening published (found as a phone finds it, through the
 * QR code's address), both checked to answer 200 without a session.
 */
async function portalPaths(
  baseUrl: string,
  villageId: string,
  meetingPath: string,
): Promise<{ home: string; notice: string }> {
  const meetingId = meetingPath.split('/').pop()!;
  const qr = await fetch(`${baseUrl}/p/${villageId}/m/${meetingId}`, { redirect: 'manual' });
  const notice = qr.headers.get('location');
  if (qr.status !== 302 || !notice)
    throw new Error(`the portal did not lead the meeting's QR code to its notice: ${qr.status}`);
  const home = notice.replace(/\/n\/[^/]+$/, '');
  for (const path of [home, notice]) {
    const res = await fetch(`${baseUrl}${path}`);
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  }
  return { home, notice };
}

/** Convenes a villagers' assembly (every adult of the village is a member) in ten days; returns its path. */
async function conveneAssembly(
  baseUrl: string,
  headers: Record<string, string>,
  village: string,
  timeZone: string,
): Promise<string> {
  const today = calendarDateOf(new Date(), timeZone);
  const convened = await send<{ meeting?: { id?: string } }>(
    baseUrl,
    {
      method: 'POST',
      path: `${village}/meetings`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'villagersAssembly',
        title: '村民会议（基准）',
        meetingOn: addDays(today, 10),
        noticeOn: today,
        startsAt: '09:00',
        place: '村委会院坝',
        agenda: '一、审议村级道路硬化方案\n二、村集体经济项目',
      }),
    },
    headers,
    201,
  );
  const id = convened.meeting?.id;
  if (!id) throw new Error('convening the bench assembly returned no meeting id');
  return `${village}/meetings/${id}`;
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
    // any answer, JSON or the portal's HTML, read to its end; a status other than 200 stops the run
    const res = await fetch(`${baseUrl}${path}`, { headers });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${body}`);
  });
  return explainStatements(db, statements);
}

/** Signs in (the committee chair, or another account of the bench) and returns the session cookie. */
export async function signIn(
  baseUrl: string,
  who: { phone: string; password: string },
): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone: who.phone, password: who.password }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('cunzhi_session='));
  if (res.status !== 200 || !cookie)
    throw new Error(`sign-in as ${who.phone} failed: ${res.status} ${await res.text()}`);
  return cookie.split(';')[0]!;
}

async function getJson<T>(
  baseUrl: string,
  path: string,
  headers: Record<string, string>,
): Promise<T> {
  return send<T>(baseUrl, { method: 'GET', path }, headers, 200);
}

/** One request outside the measured runs (`[<n>]` in the body replaced as uniqueBody.cjs does), checked for its status. */
async function send<T>(
  baseUrl: string,
  request: AutocannonRequest,
  headers: Record<string, string>,
  status: number,
): Promise<T> {
  const res = await fetch(`${baseUrl}${request.path}`, {
    method: request.method ?? 'GET',
    headers: { ...headers, ...request.headers },
    ...(request.body ? { body: request.body.replaceAll('[<n>]', randomUUID().slice(0, 8)) } : {}),
  });
  if (res.status !== status)
    throw new Error(
      `${request.method ?? 'GET'} ${request.path}: ${res.status} ${await res.text()}`,
    );
  return (await res.json()) as T;
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10) as CalendarDate;
}
