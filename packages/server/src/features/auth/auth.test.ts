import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, HttpClient, type TestServer } from '../../testing/testServer.ts';
import { FIXTURE_PASSWORD } from '../../testing/fixtures.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { verifyChain } from '../../platform/audit/verifyChain.ts';

describe(`accounts and sessions (${describeDatabase()})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ LOCKOUT_THRESHOLD: 5, LOCKOUT_MINUTES: 15 });
  });
  afterAll(async () => {
    await server.close();
  });

  it('signs in with phone and password and sets an httpOnly session cookie; the hash is argon2id', async () => {
    const client = server.anonymous();
    const res = await client.post('/api/auth/sign-in', {
      phone: server.fixture.accounts.villager.phone,
      password: FIXTURE_PASSWORD,
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('cunzhi_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await client.get('/api/me');
    expect(me.body.account.displayName).toBe('villager');
    expect(me.body.villages[0].roles).toEqual(['villager']);
    expect(me.body.home).toEqual({
      villageId: server.fixture.villageA.id,
      personId: server.fixture.accounts.villager.personId,
      householdId: server.fixture.villageA.householdIds[0],
    });
    const [row] = await server.db.query<{ password_hash: string }>(
      'SELECT password_hash FROM account WHERE id = $1',
      [server.fixture.accounts.villager.id],
    );
    expect(row!.password_hash.startsWith('$argon2id$')).toBe(true);
  });

  it('sets the Secure flag when COOKIE_SECURE is on (the default)', async () => {
    const secure = await startTestServer({ COOKIE_SECURE: true });
    try {
      const res = await secure.anonymous().post('/api/auth/sign-in', {
        phone: secure.fixture.accounts.villager.phone,
        password: FIXTURE_PASSWORD,
      });
      expect(res.headers.getSetCookie().join(';')).toMatch(/Secure/);
    } finally {
      await secure.close();
    }
  });

  it('answers a wrong password and an unknown phone the same way, in Chinese by default and English on request', async () => {
    const wrong = await server.anonymous().post('/api/auth/sign-in', {
      phone: server.fixture.accounts.representative.phone,
      password: 'nope12345',
    });
    const unknown = await server
      .anonymous()
      .post('/api/auth/sign-in', { phone: '13000000000', password: 'nope12345' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    // the same answer but for the request's own id (docs/operations.md)
    expect({ ...wrong.body.error, requestId: null }).toEqual({
      ...unknown.body.error,
      requestId: null,
    });
    expect(wrong.body.error.message).toBe('手机号或密码不正确');
    const en = await server
      .anonymous()
      .request('POST', '/api/auth/sign-in?lang=en', { phone: '13000000000', password: 'x' });
    expect(en.body.error.message).toBe('Wrong phone number or password');
    await server.anonymous().post('/api/auth/sign-in', {
      phone: server.fixture.accounts.representative.phone,
      password: FIXTURE_PASSWORD,
    });
  });

  it('names missing fields', async () => {
    const res = await server.anonymous().post('/api/auth/sign-in', {});
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'password',
      'phone',
    ]);
    expect(res.body.error.fields[0].message).toMatch(/必须填写/);
  });

  it('locks after the 5th failure in a row (not the 4th), audits the lock, and unlocks after the lock period', async () => {
    const phone = server.fixture.accounts.councilMember.phone;
    const attempt = (password: string) =>
      server.anonymous().post('/api/auth/sign-in', { phone, password });
    for (let i = 1; i <= 4; i++) expect((await attempt('wrong-password-1')).status).toBe(401);
    const fifth = await attempt('wrong-password-1');
    expect(fifth.status).toBe(423);
    expect(fifth.body.error.id).toBe('account_locked');
    // even the right password is refused while locked
    expect((await attempt(FIXTURE_PASSWORD)).status).toBe(423);
    const events = await server.db.query<{ action: string }>(
      `SELECT action FROM audit_event WHERE target_id = $1`,
      [server.fixture.accounts.councilMember.id],
    );
    expect(events.map((e) => e.action)).toContain('account.locked');
    expect((await verifyChain(server.db, server.fixture.villageA.id)).ok).toBe(true);
    server.clock.set(new Date(server.clock.now().getTime() + 16 * 60_000));
    expect((await attempt(FIXTURE_PASSWORD)).status).toBe(200);
  });

  it('a success resets the failure count', async () => {
    const phone = server.fixture.accounts.supervisionChair.phone;
    const attempt = (password: string) =>
      server.anonymous().post('/api/auth/sign-in', { phone, password });
    for (let i = 0; i < 4; i++) await attempt('bad-password-9');
    expect((await attempt(FIXTURE_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await attempt('bad-password-9')).status).toBe(401);
    expect((await attempt(FIXTURE_PASSWORD)).status).toBe(200);
  });

  it('signs out: the session no longer works', async () => {
    const client = await server.signIn('representative');
    expect((await client.get('/api/me')).status).toBe(200);
    const stolen = new HttpClient(server.baseUrl);
    stolen.cookie = client.cookie;
    await client.post('/api/auth/sign-out');
    expect((await stolen.get('/api/me')).status).toBe(401);
  });

  it('changes a password: weak ones refused with the reason, other sessions end, the new one works', async () => {
    const a = await server.signIn('partySecretary');
    const b = await server.signIn('partySecretary');
    const weak = await a.post('/api/me/password', {
      currentPassword: FIXTURE_PASSWORD,
      newPassword: '12345678',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.fields[0]).toMatchObject({
      field: 'newPassword',
      id: 'password_too_weak',
    });
    const wrong = await a.post('/api/me/password', {
      currentPassword: 'not-it-123',
      newPassword: 'newpass2026',
    });
    expect(wrong.body.error.fields[0]).toMatchObject({
      field: 'currentPassword',
      id: 'password_wrong',
    });
    expect(
      (
        await a.post('/api/me/password', {
          currentPassword: FIXTURE_PASSWORD,
          newPassword: 'newpass2026',
        })
      ).status,
    ).toBe(200);
    expect((await a.get('/api/me')).status).toBe(200);
    expect((await b.get('/api/me')).status).toBe(401);
    const again = await server.anonymous().post('/api/auth/sign-in', {
      phone: server.fixture.accounts.partySecretary.phone,
      password: 'newpass2026',
    });
    expect(again.status).toBe(200);
  });

  it('a cadre resets a villager’s password: temporary password, must change, old sessions end', async () => {
    const villager = await server.signIn('villager');
    const chair = await server.as('committeeChair');
    const res = await chair.post(
      `/api/villages/${server.fixture.villageA.id}/persons/${server.fixture.accounts.villager.personId}/reset-password`,
    );
    expect(res.status).toBe(200);
    expect(res.body.temporaryPassword).toMatch(/^[a-z2-9]{6}\d{2}$/);
    expect((await villager.get('/api/me')).status).toBe(401);
    const fresh = server.anonymous();
    const signIn = await fresh.post('/api/auth/sign-in', {
      phone: server.fixture.accounts.villager.phone,
      password: res.body.temporaryPassword,
    });
    expect(signIn.body.account.mustChangePassword).toBe(true);
    // a cadre of village A cannot reset passwords of village B's villagers
    const other = await chair.post(
      `/api/villages/${server.fixture.villageB.id}/persons/${server.fixture.accounts.otherVillageVillager.personId}/reset-password`,
    );
    expect(other.status).toBe(403);
  });

  it('a cadre opens an account for a villager who has none, signing in with the registered mobile number', async () => {
    const chair = await server.as('committeeChair');
    const base = `/api/villages/${server.fixture.villageA.id}`;
    const hid = server.fixture.villageA.householdIds[2];
    const person = (phone: string | null, name: string) =>
      chair.post(`${base}/households/${hid}/persons`, {
        name,
        gender: 'female',
        birthDate: '1990-06-01',
        phone,
        relationToHead: 'other',
        residenceStatus: 'resident',
        partyMember: false,
      });
    const withPhone = await person('13655556666', '新村民');
    const noPhone = await person(null, '无手机');
    const opened = await chair.post(`${base}/persons/${withPhone.body.person.id}/reset-password`);
    expect(opened.body).toMatchObject({ opened: true, phone: '13655556666' });
    const signIn = await server
      .anonymous()
      .post('/api/auth/sign-in', { phone: '13655556666', password: opened.body.temporaryPassword });
    expect(signIn.body.account).toMatchObject({
      kind: 'villager',
      displayName: '新村民',
      mustChangePassword: true,
    });
    const again = await chair.post(`${base}/persons/${withPhone.body.person.id}/reset-password`);
    expect(again.body.opened).toBe(false);
    const refused = await chair.post(`${base}/persons/${noPhone.body.person.id}/reset-password`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields[0]).toMatchObject({
      field: 'phone',
      id: 'account_needs_phone',
    });
    const actions = await server.db.query<{ action: string }>(
      `SELECT action FROM audit_event WHERE chain_id = $1 AND action LIKE 'account.%' ORDER BY seq`,
      [server.fixture.villageA.id],
    );
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['account.opened', 'account.passwordReset']),
    );
  });
});
