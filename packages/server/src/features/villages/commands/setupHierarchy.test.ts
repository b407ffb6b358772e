import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../platform/http/app.ts';
import { fixedClock } from '../../../platform/clock.ts';
import { testConfig } from '../../../platform/config.ts';
import type { Database } from '../../../platform/db/database.ts';
import { describeDatabase, openTestDatabase } from '../../../testing/testDatabase.ts';
import { HttpClient } from '../../../testing/testServer.ts';
import { verifyChain } from '../../../platform/audit/verifyChain.ts';
import { createCounty } from './createCounty.ts';
import { createStaffAccount } from './createStaffAccount.ts';
import { createTown } from './createTown.ts';
import { createVillage } from './createVillage.ts';

/**
 * A real deployment from nothing: the installer creates the county, town,
 * village and a town official; the official signs in, imports the village's
 * roster, opens the committee's term, seats its chair and opens the chair's
 * account; the chair signs in as the committee chair.
 */
describe(`setting up a new village (${describeDatabase()})`, () => {
  let db: Database;
  let app: FastifyInstance;
  let baseUrl: string;
  const now = new Date('2026-11-21T02:00:00Z');

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildApp({
      db,
      config: testConfig({ WEB_DIST: '/nonexistent' }),
      clock: fixedClock(now),
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    baseUrl = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('refuses incomplete or unknown input, naming the field', async () => {
    await expect(createCounty(db, { name: '无代码县', now })).rejects.toMatchObject({
      fields: [{ field: 'code', error: 'field_required' }],
    });
    await expect(
      createTown(db, { county: 'nope', name: 'x', code: 'y', now }),
    ).rejects.toMatchObject({ fields: [{ field: 'county', error: 'field_invalid' }] });
  });

  it('goes from an empty database to a signed-in committee chair', async () => {
    const countyId = await createCounty(db, { name: '青山县', code: '330299', now });
    await createTown(db, { county: '330299', name: '青山镇', code: '330299101', now });
    const villageId = await createVillage(db, {
      town: '330299101',
      name: '青山村',
      code: '330299101001',
      areaCode: '330299',
      groups: 3,
      now,
    });
    const { temporaryPassword } = await createStaffAccount(db, {
      phone: '13911110000',
      name: '包村干部',
      town: '330299101',
      now,
    });
    await expect(
      createStaffAccount(db, { phone: '13911110000', name: '重复', county: '330299', now }),
    ).rejects.toMatchObject({ fields: [{ field: 'phone', error: 'phone_taken' }] });

    const official = new HttpClient(baseUrl);
    const signIn = await official.post('/api/auth/sign-in', {
      phone: '13911110000',
      password: temporaryPassword,
    });
    expect(signIn.body.account.mustChangePassword).toBe(true);
    expect(
      (
        await official.post('/api/me/password', {
          currentPassword: temporaryPassword,
          newPassword: 'qingshan2026',
        })
      ).status,
    ).toBe(200);

    const home = await official.get(`/api/villages/${villageId}`);
    expect(home.body.roles).toEqual(['townOfficial']);
    expect(home.body.stats).toMatchObject({ groups: 3, population: 0 });
    const committee = home.body.bodies.find(
      (b: { kind: string }) => b.kind === 'villagersCommittee',
    );
    expect(committee).toMatchObject({ name: '青山村村民委员会', term: null, members: [] });

    // the first roster: the template imports as it is (two persons of household 01-001)
    const template = await official.get(`/api/villages/${villageId}/roster-template.xlsx`);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(template.body as Buffer)]), '青山村.xlsx');
    const started = await official.request(
      'POST',
      `/api/villages/${villageId}/roster-imports`,
      form,
    );
    let job;
    do
      job = (
        await official.get(`/api/villages/${villageId}/roster-imports/${started.body.importId}`)
      ).body;
    while (job.status === 'running');
    expect(job).toMatchObject({ status: 'succeeded', personsCreated: 2 });

    const term = await official.post(`/api/villages/${villageId}/bodies/${committee.id}/terms`, {
      startsOn: '2026-05-01',
      endsOn: '2031-04-30',
    });
    const chair = (
      await official.get(`/api/villages/${villageId}/persons?q=${encodeURIComponent('张建国')}`)
    ).body.items[0];
    const seat = await official.post(`/api/villages/${villageId}/bodies/${committee.id}/members`, {
      personId: chair.id,
      termId: term.body.term.id,
      role: 'chair',
      startsOn: '2026-05-01',
    });
    expect(seat.status).toBe(201);
    const account = await official.post(
      `/api/villages/${villageId}/persons/${chair.id}/reset-password`,
    );
    expect(account.body).toMatchObject({ opened: true, phone: '13800001234' });

    const chairClient = new HttpClient(baseUrl);
    await chairClient.post('/api/auth/sign-in', {
      phone: '13800001234',
      password: account.body.temporaryPassword,
    });
    const me = await chairClient.get('/api/me');
    expect(me.body.villages[0].roles).toEqual(
      expect.arrayContaining(['villager', 'committeeChair']),
    );

    expect((await verifyChain(db, villageId)).ok).toBe(true);
    expect((await verifyChain(db, countyId)).ok).toBe(true);
    const countyEvents = await db.query<{ action: string }>(
      'SELECT action FROM audit_event WHERE chain_id = $1 ORDER BY seq',
      [countyId],
    );
    expect(countyEvents.map((e) => e.action)).toEqual([
      'county.created',
      'town.created',
      'account.opened',
      'account.passwordChanged',
    ]);
  });
});
