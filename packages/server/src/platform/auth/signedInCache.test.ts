import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, HttpClient, type TestServer } from '../../testing/testServer.ts';
import { FIXTURE_PASSWORD } from '../../testing/fixtures.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { changesActors, SignedInCache } from './signedInCache.ts';
import type { SignedIn } from './loadActor.ts';

/**
 * The signed-in actor is remembered for a few seconds; every change that can
 * alter it must reach the next request at once.
 */
describe(`signed-in actor cache (${describeDatabase()})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  const rolesInA = async (client: HttpClient): Promise<string[] | number> => {
    const me = await client.get('/api/me');
    if (me.status !== 200) return me.status;
    const village = (me.body.villages as Array<{ id: string; roles: string[] }>).find(
      (v) => v.id === server.fixture.villageA.id,
    );
    return village?.roles ?? [];
  };
  const copyOf = (client: HttpClient) => {
    const copy = new HttpClient(server.baseUrl);
    copy.cookie = client.cookie;
    return copy;
  };

  it('remembers the actor: a session deleted behind the server’s back still works for a moment', async () => {
    const client = await server.signIn('villager');
    expect(await rolesInA(client)).toEqual(['villager']);
    // not a supported way to end a session; it shows the second request did not ask the database
    await server.db.query('DELETE FROM session WHERE account_id = $1', [
      server.fixture.accounts.villager.id,
    ]);
    expect(await rolesInA(client)).toEqual(['villager']);
  });

  it('sign-out makes the cookie invalid at once', async () => {
    const client = await server.signIn('representative');
    expect((await client.get('/api/me')).status).toBe(200);
    const kept = copyOf(client);
    expect((await kept.get('/api/me')).status).toBe(200);
    await client.post('/api/auth/sign-out');
    expect((await kept.get('/api/me')).status).toBe(401);
  });

  it('a password change ends the other sessions at once', async () => {
    const a = await server.signIn('supervisionChair');
    const b = await server.signIn('supervisionChair');
    expect((await b.get('/api/me')).status).toBe(200);
    const changed = await a.post('/api/me/password', {
      currentPassword: FIXTURE_PASSWORD,
      newPassword: 'newpass2026',
    });
    expect(changed.status).toBe(200);
    expect((await b.get('/api/me')).status).toBe(401);
    // the session that changed it lives on, with the new state of its account
    const me = await a.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.account.mustChangePassword).toBe(false);
  });

  it('a password reset by a cadre ends the villager’s sessions at once', async () => {
    const villager = await server.signIn('councilMember');
    expect((await villager.get('/api/me')).status).toBe(200);
    const chair = await server.as('committeeChair');
    const f = server.fixture.villageA;
    const reset = await chair.post(
      `/api/villages/${f.id}/persons/${server.fixture.accounts.councilMember.personId!}/reset-password`,
    );
    expect(reset.status).toBe(200);
    expect((await villager.get('/api/me')).status).toBe(401);
  });

  it('ending a member’s seat takes the role away on their next request; a new seat gives one', async () => {
    const f = server.fixture.villageA;
    const personId = server.fixture.accounts.partySecretary.personId!;
    const secretary = await server.signIn('partySecretary');
    expect(await rolesInA(secretary)).toContain('partySecretary');
    const [seat] = await server.db.query<{ id: string; body_id: string }>(
      'SELECT id, body_id FROM body_membership WHERE village_id = $1 AND person_id = $2',
      [f.id, personId],
    );
    const chair = await server.as('committeeChair');
    const ended = await chair.post(
      `/api/villages/${f.id}/bodies/${seat!.body_id}/members/${seat!.id}/end`,
      { endedOn: '2026-11-21' },
    );
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    // the fixture's secretary also heads a grid (片长): that role is not a seat, and stays
    expect(await rolesInA(secretary)).toEqual(['villager', 'gridChief']);

    const seated = await chair.post(
      `/api/villages/${f.id}/bodies/${f.bodyIds.representativesMeeting!}/members`,
      {
        personId,
        termId: f.termIds.representativesMeeting!,
        role: 'representative',
        startsOn: '2026-11-21',
      },
    );
    expect(seated.status, JSON.stringify(seated.body)).toBe(201);
    expect(await rolesInA(secretary)).toEqual(expect.arrayContaining(['representative']));
  });

  it('a term running out needs no event: the next day’s requests see it', async () => {
    const f = server.fixture.villageA;
    const chairClient = await server.signIn('committeeChair');
    expect(await rolesInA(chairClient)).toContain('committeeChair');
    const [term] = await server.db.query<{ ends_on: string }>(
      'SELECT ends_on::text AS ends_on FROM body_term WHERE village_id = $1 AND id = $2',
      [f.id, f.termIds.villagersCommittee!],
    );
    const dayAfter = new Date(`${term!.ends_on}T12:00:00+08:00`);
    dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
    const before = server.clock.now();
    server.clock.set(dayAfter);
    try {
      expect(await rolesInA(chairClient)).not.toContain('committeeChair');
    } finally {
      server.clock.set(before);
    }
  });
});

describe('signed-in actor cache, by itself', () => {
  const actor = (id: string, villageId: string | null, kind: 'villager' | 'staff' = 'villager') =>
    ({
      account: { id, kind, village_id: villageId },
      actor: { accountId: id },
    }) as unknown as SignedIn;
  const far = new Date('2100-01-01T00:00:00Z');
  const now = new Date('2026-11-21T02:00:00Z');

  it('forgets after its TTL, on another day, and after the session expires', () => {
    let t = 0;
    const cache = new SignedInCache(5_000, () => t);
    cache.set('s1', '2026-11-21', far, actor('a1', 'v1'));
    expect(cache.get('s1', '2026-11-21', now)).not.toBeNull();
    expect(cache.get('s1', '2026-11-22', now)).toBeNull();
    cache.set('s1', '2026-11-21', far, actor('a1', 'v1'));
    t = 5_001;
    expect(cache.get('s1', '2026-11-21', now)).toBeNull();
    cache.set('s2', '2026-11-21', new Date(now.getTime() + 1), actor('a2', 'v1'));
    expect(cache.get('s2', '2026-11-21', new Date(now.getTime() + 1))).toBeNull();
  });

  it('a change on a chain forgets that village’s actors and staff, not other villages', () => {
    let t = 0;
    const cache = new SignedInCache(5_000, () => t);
    cache.set('s1', 'd', far, actor('a1', 'v1'));
    cache.set('s2', 'd', far, actor('a2', 'v2'));
    cache.set('s3', 'd', far, actor('a3', null, 'staff'));
    cache.forget({ chainId: 'v1' });
    expect(cache.get('s1', 'd', now)).toBeNull();
    expect(cache.get('s2', 'd', now)).not.toBeNull();
    expect(cache.get('s3', 'd', now)).toBeNull();
    // read while the change may still be uncommitted: not kept until the TTL has passed
    cache.set('s1', 'd', far, actor('a1', 'v1'));
    expect(cache.get('s1', 'd', now)).toBeNull();
    t = 5_001;
    cache.set('s1', 'd', far, actor('a1', 'v1'));
    expect(cache.get('s1', 'd', now)).not.toBeNull();
  });

  it('the audit actions that concern sessions, accounts, bodies, terms and seats are the ones that invalidate', () => {
    for (const action of [
      'account.passwordChanged',
      'account.passwordReset',
      'account.opened',
      'membership.appointed',
      'membership.ended',
      'bodyTerm.opened',
      'roster.imported',
      'village.created',
    ])
      expect(changesActors(action), action).toBe(true);
    for (const action of [
      'household.updated',
      'vote.cast',
      'attendance.recorded',
      'matter.created',
    ])
      expect(changesActors(action), action).toBe(false);
  });
});
