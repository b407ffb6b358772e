import type { FastifyInstance } from 'fastify';
import { buildApp } from '../platform/http/app.ts';
import { fixedClock, type Clock } from '../platform/clock.ts';
import { testConfig, type Config } from '../platform/config.ts';
import type { Database } from '../platform/db/database.ts';
import { CLOSE_WAIT_MS, settledWithin } from './testDatabase.ts';
import { openFixtureDatabase } from './fixtureDatabase.ts';
import { FIXTURE_PASSWORD, type Fixture, type FixtureRole } from './fixtures.ts';

export interface TestServer {
  app: FastifyInstance;
  db: Database;
  fixture: Fixture;
  baseUrl: string;
  clock: Clock & { set(instant: Date): void };
  /** A signed-in HTTP client for a fixture role (real requests over a socket); one session per role and server. */
  as(role: FixtureRole): Promise<HttpClient>;
  /** A new session for the role, for tests that end sessions. */
  signIn(role: FixtureRole): Promise<HttpClient>;
  anonymous(): HttpClient;
  close(): Promise<void>;
}

// Response bodies in tests are checked field by field by assertions, so they stay untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export interface HttpResult<T = Json> {
  status: number;
  body: T;
  headers: Headers;
}

export class HttpClient {
  cookie = '';
  constructor(private readonly baseUrl: string) {}

  async request<T = Json>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<HttpResult<T>> {
    const init: RequestInit = {
      method,
      headers: { ...headers, ...(this.cookie ? { cookie: this.cookie } : {}) },
    };
    if (body instanceof FormData) init.body = body;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] = 'application/json';
    }
    const res = await fetch(`${this.baseUrl}${path}`, init);
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('cunzhi_session='));
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const type = res.headers.get('content-type') ?? '';
    const parsed = type.includes('application/json')
      ? await res.json()
      : Buffer.from(await res.arrayBuffer());
    return { status: res.status, body: parsed as T, headers: res.headers };
  }
  get<T = Json>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = Json>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  patch<T = Json>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body ?? {});
  }
  /** Polls a background job (an import) until it is no longer running; the last answer's body. */
  async waitForJob(path: string): Promise<Json> {
    for (;;) {
      const res = await this.get<{ status?: string }>(path);
      if (res.body.status !== 'running') return res.body as Json;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** Starts the real app on a random port over a fresh test database with the fixture county. */
export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const { db, fixture } = await openFixtureDatabase();
  let instant = new Date('2026-11-21T02:00:00Z');
  const clock = {
    now: () => new Date(instant),
    today: () => fixedClock(instant).today(),
    set(next: Date) {
      instant = next;
    },
  };
  const app = await buildApp({
    db,
    config: testConfig({ WEB_DIST: '/nonexistent', ...overrides }),
    clock,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const clients = new Map<FixtureRole, HttpClient>();
  async function signIn(role: FixtureRole): Promise<HttpClient> {
    const client = new HttpClient(baseUrl);
    const res = await client.post('/api/auth/sign-in', {
      phone: fixture.accounts[role].phone,
      password: FIXTURE_PASSWORD,
    });
    if (res.status !== 200)
      throw new Error(`sign-in as ${role} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return client;
  }
  return {
    app,
    db,
    fixture,
    baseUrl,
    clock,
    anonymous: () => new HttpClient(baseUrl),
    async as(role) {
      const cached = clients.get(role);
      if (cached) return cached;
      const client = await signIn(role);
      clients.set(role, client);
      return client;
    },
    signIn,
    async close() {
      // a request still in flight must not hold the teardown (testDatabase.ts: CLOSE_WAIT_MS)
      await settledWithin(app.close(), CLOSE_WAIT_MS);
      await db.close();
    },
  };
}
