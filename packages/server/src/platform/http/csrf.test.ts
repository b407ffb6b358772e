import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';
import { FIXTURE_PASSWORD } from '../../testing/fixtures.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';

const EVIL = { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };

describe(`cross-site request refusal (${describeDatabase()})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ PUBLIC_ORIGIN: 'https://cunzhi.example.cn' });
  });
  afterAll(async () => {
    await server.close();
  });

  const changePassword = async (headers: Record<string, string>, lang = '') =>
    (await server.as('representative')).request(
      'POST',
      `/api/me/password${lang}`,
      // a wrong current password: an accepted request answers 400, a refused one 403
      { currentPassword: 'not-it-123', newPassword: 'whatever2026' },
      headers,
    );

  it('refuses a state-changing request another site made the browser send, in the reader’s language', async () => {
    const res = await changePassword(EVIL);
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({
      id: 'cross_site_refused',
      message: expect.stringMatching(/其他网站/),
    });
    const en = await changePassword(EVIL, '?lang=en');
    expect(en.body.error.message).toMatch(/another website/);
    // a sibling site (same-site) is refused as well, and an Origin alone decides when Sec-Fetch-Site is missing
    expect((await changePassword({ 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await changePassword({ origin: 'https://evil.example' })).status).toBe(403);
    expect((await changePassword({ origin: 'null' })).status).toBe(403);
  });

  it('accepts the app’s own pages: same-origin, the request’s own host, PUBLIC_ORIGIN, and clients without either header', async () => {
    expect((await changePassword({ 'sec-fetch-site': 'same-origin' })).status).toBe(400);
    expect((await changePassword({ origin: server.baseUrl })).status).toBe(400);
    expect((await changePassword({ origin: 'https://cunzhi.example.cn' })).status).toBe(400);
    expect((await changePassword({})).status).toBe(400);
    // reading is not changing: a cross-site GET passes (the answer is not readable by that site)
    expect(
      (await (await server.as('representative')).request('GET', '/api/me', undefined, EVIL)).status,
    ).toBe(200);
  });

  it('refuses a cross-site sign-in (login CSRF)', async () => {
    const res = await server
      .anonymous()
      .request(
        'POST',
        '/api/auth/sign-in',
        { phone: server.fixture.accounts.villager.phone, password: FIXTURE_PASSWORD },
        EVIL,
      );
    expect(res.status).toBe(403);
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it('refuses a multipart roster import from a foreign origin before reading it; nothing is imported', async () => {
    const chair = await server.as('committeeChair');
    const villageId = server.fixture.villageA.id;
    const imports = async () =>
      (
        await server.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM import_job WHERE village_id = $1',
          [villageId],
        )
      )[0]!.n;
    const before = await imports();
    const form = () => {
      const f = new FormData();
      f.append('file', new Blob([new Uint8Array(2048)]), '花名册.xlsx');
      return f;
    };
    const url = `/api/villages/${villageId}/roster-imports`;
    const foreign = await chair.request('POST', url, form(), EVIL);
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.id).toBe('cross_site_refused');
    expect(await imports()).toBe(before);
    // the same upload from the app's own page gets past the check
    const own = await chair.request('POST', url, form(), { 'sec-fetch-site': 'same-origin' });
    expect(own.status).not.toBe(403);
  });
});

describe(`HTTPS headers (${describeDatabase()})`, () => {
  const headersWith = async (overrides: Parameters<typeof startTestServer>[0]) => {
    const server = await startTestServer(overrides);
    try {
      return (await server.anonymous().get('/api/health')).headers;
    } finally {
      await server.close();
    }
  };

  it('sends neither HSTS nor upgrade-insecure-requests by default (a plain-HTTP office PC keeps working)', async () => {
    const headers = await headersWith({});
    expect(headers.get('strict-transport-security')).toBeNull();
    expect(headers.get('content-security-policy')).not.toMatch(/upgrade-insecure-requests/);
    expect(headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  });

  it.each([
    ['HTTPS=1', { HTTPS: true }],
    ['an https:// PUBLIC_ORIGIN', { PUBLIC_ORIGIN: 'https://cunzhi.example.cn' }],
  ])('sends both when the deployment says it serves HTTPS (%s)', async (_, overrides) => {
    const headers = await headersWith(overrides);
    expect(headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(headers.get('content-security-policy')).toMatch(/upgrade-insecure-requests/);
  });
});
