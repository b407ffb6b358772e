import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';
import { FIXTURE_PASSWORD, type FixtureRole } from '../../testing/fixtures.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { verifyChain } from '../../platform/audit/verifyChain.ts';

const WRONG = 'wrong-pass-1';
const MINUTE = 60_000;

/** Sign-in from a client address, as a proxy names it in X-Forwarded-For. */
const signInFrom = (server: TestServer, phone: string, password: string, address?: string) =>
  server
    .anonymous()
    .request(
      'POST',
      '/api/auth/sign-in',
      { phone, password },
      address ? { 'x-forwarded-for': address } : {},
    );

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe(`sign-in limits behind a listed proxy (${describeDatabase()})`, () => {
  let server: TestServer;
  let address = 0;
  /** A client address no other test used. */
  const fresh = () => `203.0.113.${(address += 1)}`;
  const phoneOf = (role: FixtureRole) => server.fixture.accounts[role].phone;
  const later = (minutes: number) =>
    server.clock.set(new Date(server.clock.now().getTime() + minutes * MINUTE));

  beforeAll(async () => {
    server = await startTestServer({
      TRUST_PROXY: ['127.0.0.1'],
      LOCKOUT_THRESHOLD: 5,
      LOCKOUT_MINUTES: 15,
      SIGN_IN_PHONE_CEILING: 20,
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers a registered and an unknown phone number with the same statuses and messages through the lock', async () => {
    const here = fresh();
    const known: Array<{ status: number; error: unknown }> = [];
    const unknown: Array<{ status: number; error: unknown }> = [];
    for (let i = 0; i < 7; i++) {
      const a = await signInFrom(server, phoneOf('representative'), WRONG, here);
      const b = await signInFrom(server, '13000000077', WRONG, here);
      // each answer carries its own request id (for the operator's log): the rest must be equal
      known.push({ status: a.status, error: { ...a.body.error, requestId: null } });
      unknown.push({ status: b.status, error: { ...b.body.error, requestId: null } });
    }
    expect(known.map((r) => r.status)).toEqual([401, 401, 401, 401, 423, 423, 423]);
    expect(unknown).toEqual(known);
    expect(known[4]!.error).toMatchObject({ id: 'account_locked' });
    expect((known[4]!.error as { message: string }).message).toMatch(/15 分钟/);
  });

  it('spends the same password-hash time on an unknown number as on a registered one', async () => {
    const time = async (phone: string) => {
      const started = performance.now();
      const res = await signInFrom(server, phone, WRONG, fresh());
      expect(res.status).toBe(401);
      return performance.now() - started;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    // interleaved, so load on the machine falls on both alike; a fresh address each time
    for (let i = 0; i < 9; i++) {
      known.push(await time(phoneOf('councilMember')));
      unknown.push(await time(`1300000${String(1000 + i)}`));
    }
    // before the fix the unknown number skipped the hash: 4 ms against 33 ms
    const ratio = median(unknown) / median(known);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it('locks only the (phone, address) pair: the owner signs in from elsewhere; a repeated lock lasts twice as long', async () => {
    const phone = phoneOf('partySecretary');
    const stranger = fresh();
    for (let i = 0; i < 5; i++) await signInFrom(server, phone, WRONG, stranger);
    expect((await signInFrom(server, phone, FIXTURE_PASSWORD, stranger)).status).toBe(423);
    expect((await signInFrom(server, phone, FIXTURE_PASSWORD, fresh())).status).toBe(200);
    later(16);
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await signInFrom(server, phone, WRONG, stranger)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const again = await signInFrom(server, phone, WRONG, stranger);
    expect(again.body.error.message).toMatch(/30 分钟/);
  });

  it('limits one number across addresses: the ceiling pauses it everywhere, for the rest of the period only', async () => {
    const phone = phoneOf('supervisionChair');
    const statuses = [];
    for (let i = 0; i < 20; i++)
      statuses.push((await signInFrom(server, phone, WRONG, fresh())).status);
    expect(statuses.slice(0, 19).every((s) => s === 401)).toBe(true);
    expect(statuses[19]).toBe(423);
    // the owner, from an address that never failed, waits too
    expect((await signInFrom(server, phone, FIXTURE_PASSWORD, fresh())).status).toBe(423);
    later(16);
    expect((await signInFrom(server, phone, FIXTURE_PASSWORD, fresh())).status).toBe(200);
    const [locked] = await server.db.query<{ data: { limit: string } }>(
      `SELECT data FROM audit_event WHERE target_id = $1 AND action = 'account.locked' ORDER BY seq DESC LIMIT 1`,
      [server.fixture.accounts.supervisionChair.id],
    );
    expect(locked!.data.limit).toBe('phone');
  });

  it('a colleague with the right to manage accounts lifts a lock; the lift is audited; a villager may not', async () => {
    const { villager } = server.fixture.accounts;
    const url = `/api/villages/${server.fixture.villageA.id}/persons/${villager.personId}/unlock-sign-in`;
    const here = fresh();
    for (let i = 0; i < 5; i++) await signInFrom(server, villager.phone, WRONG, here);
    expect((await signInFrom(server, villager.phone, FIXTURE_PASSWORD, here)).status).toBe(423);
    const self = await (await server.as('villager')).post(url);
    expect(self.status).toBe(403);
    const chair = await server.as('committeeChair');
    const lifted = await chair.post(url);
    expect(lifted.status).toBe(200);
    expect(lifted.body).toEqual({ wasLocked: true });
    expect((await signInFrom(server, villager.phone, FIXTURE_PASSWORD, here)).status).toBe(200);
    expect((await chair.post(url)).body).toEqual({ wasLocked: false });
    const events = await server.db.query<{ action: string; actor_account_id: string }>(
      `SELECT action, actor_account_id FROM audit_event WHERE target_id = $1 AND action = 'account.unlocked'`,
      [villager.id],
    );
    expect(events[0]).toMatchObject({
      actor_account_id: server.fixture.accounts.committeeChair.id,
    });
    expect((await verifyChain(server.db, server.fixture.villageA.id)).ok).toBe(true);
    // a person without an account: the answer says so
    const base = `/api/villages/${server.fixture.villageA.id}`;
    const added = await chair.post(
      `${base}/households/${server.fixture.villageA.householdIds[2]}/persons`,
      {
        name: '无账号',
        gender: 'female',
        birthDate: '1990-06-01',
        phone: null,
        relationToHead: 'other',
        residenceStatus: 'resident',
        partyMember: false,
      },
    );
    const noAccount = await chair.post(`${base}/persons/${added.body.person.id}/unlock-sign-in`);
    expect(noAccount.status).toBe(404);
    expect(noAccount.body.error.message).toBe('找不到该账号');
  });

  it('honours X-Forwarded-For from the listed proxy: different forwarded addresses are different pairs', async () => {
    const phone = '13000000088';
    const statuses = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await signInFrom(server, phone, WRONG, fresh())).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401]);
  });
});

describe(`sign-in limits without a trusted proxy (${describeDatabase()})`, () => {
  it.each([
    ['by default (TRUST_PROXY unset)', {}],
    ['from a sender not in TRUST_PROXY', { TRUST_PROXY: ['10.1.2.3'] }],
  ])('ignores X-Forwarded-For %s: the socket address is locked', async (_, overrides) => {
    const server = await startTestServer({ LOCKOUT_THRESHOLD: 5, ...overrides });
    try {
      const phone = server.fixture.accounts.villager.phone;
      const statuses = [];
      for (let i = 1; i <= 5; i++)
        statuses.push((await signInFrom(server, phone, WRONG, `198.51.100.${i}`)).status);
      expect(statuses).toEqual([401, 401, 401, 401, 423]);
    } finally {
      await server.close();
    }
  });

  it('the per-address rate limit cannot be escaped by naming another address', async () => {
    const server = await startTestServer({ SIGN_IN_RATE_PER_MINUTE: 3 });
    try {
      const statuses = [];
      for (let i = 1; i <= 4; i++)
        statuses.push(
          (await signInFrom(server, `1300000010${i}`, WRONG, `198.51.100.${i}`)).status,
        );
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await server.close();
    }
  });
});
