import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { fixedClock } from '../clock.ts';
import { testConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { appendAuditEvent } from '../audit/appendAuditEvent.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { FIXTURE_PASSWORD, type Fixture } from '../../testing/fixtures.ts';
import { openFixtureDatabase } from '../../testing/fixtureDatabase.ts';
import { HttpClient } from '../../testing/testServer.ts';

const TOKEN = 'scrape-me-please-0123456789';
const PHONE_IN_URL = '13812345678';
const ID_IN_URL = '11010519491231002X';

/** One sample's value in the exposition, or undefined when the series is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

/** /metrics, request ids and the log, on the real app over a socket, its log lines captured. */
describe(`operations: metrics, request ids, log redaction (${describeDatabase()})`, () => {
  let db: Database;
  let fixture: Fixture;
  let app: FastifyInstance;
  let base: string;
  const lines: string[] = [];
  const logged = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

  beforeAll(async () => {
    ({ db, fixture } = await openFixtureDatabase());
    app = await buildApp({
      db,
      config: testConfig({ WEB_DIST: '/nonexistent', METRICS_TOKEN: TOKEN }),
      clock: fixedClock(new Date('2026-11-21T02:00:00Z')),
      logStream: { write: (line) => void lines.push(line) },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const scrape = (authorization?: string) =>
    fetch(`${base}/metrics`, { headers: authorization ? { authorization } : {} });

  it('refuses /metrics without the token or with another (401); without METRICS_TOKEN there is no /metrics (404)', async () => {
    const none = await scrape();
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    expect((await scrape('Bearer not-the-token-at-all-000')).status).toBe(401);
    expect((await scrape(`Basic ${TOKEN}`)).status).toBe(401);
    const off = await buildApp({
      db,
      config: testConfig({ WEB_DIST: '/nonexistent' }),
      clock: fixedClock(new Date()),
    });
    try {
      const res = await off.inject({
        url: '/metrics',
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(res.statusCode).toBe(404);
    } finally {
      await off.close();
    }
  });

  it("counts a request under its route's pattern and status class, an audit append, and reads the outbox's depth", async () => {
    const series = `cunzhi_http_request_duration_seconds_count{method="GET",route="/api/villages/:villageId",status_class="2xx"}`;
    const before = sample(await (await scrape(`Bearer ${TOKEN}`)).text(), series) ?? 0;
    const clerk = new HttpClient(base);
    await clerk.post('/api/auth/sign-in', {
      phone: fixture.accounts.committeeChair.phone,
      password: FIXTURE_PASSWORD,
    });
    for (const _ of [1, 2])
      expect((await clerk.get(`/api/villages/${fixture.villageA.id}`)).status).toBe(200);
    const appends = `cunzhi_audit_events_appended_total`;
    const appendsBefore = sample(await (await scrape(`Bearer ${TOKEN}`)).text(), appends) ?? 0;
    await db.transaction((tx) =>
      appendAuditEvent(tx, {
        chainId: fixture.villageA.id,
        actorAccountId: null,
        action: 'test.event',
        targetType: 'test',
        targetId: '1',
        data: {},
        occurredAt: new Date('2026-11-21T02:00:00Z'),
      }),
    );

    const res = await scrape(`Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    const text = await res.text();
    expect(sample(text, series)).toBe(before + 2);
    // the raw address (the village's id) is never a label
    expect(text).not.toContain(fixture.villageA.id);
    expect(sample(text, appends)).toBe(appendsBefore + 1);
    expect(sample(text, 'cunzhi_outbox_depth')).toBe(0);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(text).toContain('# TYPE cunzhi_http_request_duration_seconds histogram');
  });

  it('keeps a safe incoming X-Request-Id, replaces an unsafe one, and puts it on the error answer and its log line', async () => {
    const kept = await fetch(`${base}/api/no-such-thing`, {
      headers: { 'x-request-id': 'lb-7f3a.42' },
    });
    expect(kept.status).toBe(404);
    expect(kept.headers.get('x-request-id')).toBe('lb-7f3a.42');
    const body = (await kept.json()) as { error: { requestId: string; message: string } };
    expect(body.error.requestId).toBe('lb-7f3a.42');
    expect(logged().some((l) => l.reqId === 'lb-7f3a.42' && l.msg === 'request completed')).toBe(
      true,
    );

    const forged = await fetch(`${base}/api/health`, {
      headers: { 'x-request-id': `"}{"level":60,"msg":"forged` },
    });
    const id = forged.headers.get('x-request-id') ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(logged().some((l) => l.reqId === id)).toBe(true);
    expect(lines.join('')).not.toContain('forged');
  });

  it("says a server error's request id in its message, for the villager's screenshot", async () => {
    const other = await buildApp({
      db,
      config: testConfig({ WEB_DIST: '/nonexistent' }),
      clock: fixedClock(new Date()),
    });
    other.get('/api/boom', { config: { access: { kind: 'public' } } }, async () => {
      throw new Error('a bug');
    });
    try {
      const res = await other.inject({ url: '/api/boom', headers: { 'x-request-id': 'shot-1' } });
      expect(res.statusCode).toBe(500);
      expect(res.json()).toMatchObject({
        error: {
          id: 'internal',
          requestId: 'shot-1',
          message: expect.stringContaining('请求编号 shot-1'),
        },
      });
    } finally {
      await other.close();
    }
  });

  it('logs no phone, ID number, password or session cookie', async () => {
    const client = new HttpClient(base);
    const signIn = await client.post('/api/auth/sign-in', {
      phone: fixture.accounts.villager.phone,
      password: FIXTURE_PASSWORD,
    });
    expect(signIn.status).toBe(200);
    const session = client.cookie.split('=')[1] ?? '';
    expect(session.length).toBeGreaterThan(10);
    await client.get(
      `/api/villages/${fixture.villageA.id}/persons?q=${PHONE_IN_URL}&id=${ID_IN_URL}`,
    );
    await client.get(`/api/lookup/${PHONE_IN_URL}/${ID_IN_URL}`);
    // what code elsewhere might hand the logger: an error quoting a number, a body with secrets
    app.log.error({ err: new Error(`gateway refused ${PHONE_IN_URL}`) }, 'sms failed');
    app.log.info({
      body: { phone: PHONE_IN_URL, password: FIXTURE_PASSWORD, idNumber: ID_IN_URL },
    });

    const text = lines.join('');
    for (const secret of [
      PHONE_IN_URL,
      ID_IN_URL,
      FIXTURE_PASSWORD,
      session,
      fixture.accounts.villager.phone,
    ])
      expect(text).not.toContain(secret);
    // the lines are still there, with what the operator needs
    const urls = logged().map((l) => (l.req as { url?: string } | undefined)?.url);
    expect(urls).toContain(`/api/villages/${fixture.villageA.id}/persons?q=…&id=…`);
    expect(urls).toContain('/api/lookup/[phone]/[id-number]');
    expect(logged().find((l) => l.msg === 'sms failed')?.err).toMatchObject({
      message: 'gateway refused [phone]',
    });
  });
});
