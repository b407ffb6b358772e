import { randomUUID } from 'node:crypto';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../platform/auth/passwords.ts';
import { systemContext } from '../../platform/command.ts';
import { testConfig } from '../../platform/config.ts';
import { FIXTURE_PASSWORD } from '../../testing/fixtures.ts';
import { HttpClient, startTestServer, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { addTownDepartment } from './commands/addTownDepartment.ts';
import { assignStaffDepartment } from './commands/assignStaffDepartment.ts';
import { fileTownReferral, insertDepartment } from './repository.ts';
import { registerReferralSource, type ReferralStepEvent } from './sources.ts';

/**
 * A case handed up to one of the town's departments (issue 13 item 7): only that department's
 * officials and the town's leaders read it, due first; it may wait for materials (the clock
 * stops and the due date moves on), be transferred, or be returned as "not ours" with a reason;
 * each step reaches the source feature in the same transaction and is logged for its timeline.
 */
describe(`a town department's inbox (${describeDatabase()})`, () => {
  let server: TestServer;
  let civil: HttpClient;
  let petitions: HttpClient;
  let leader: HttpClient;
  let discipline: HttpClient;
  const departments = { civil: randomUUID(), petitions: randomUUID(), justice: randomUUID() };
  const heard: ReferralStepEvent[] = [];
  // 'inspection' is filed to the discipline side by supervision, which registers no source
  registerReferralSource('inspection', {
    onStep: (_tx, event) => {
      heard.push(event);
      return Promise.resolve();
    },
    dueAfter: (step, today) =>
      step === 'accept' ? calendarDate(`${today.slice(0, 8)}30`) : undefined,
  });

  async function official(unit: string, departmentId: string | null): Promise<HttpClient> {
    const id = randomUUID();
    const phone = `135${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    await server.db.query(
      `INSERT INTO account (id, kind, phone, display_name, password_hash) VALUES ($1, 'staff', $2, '乡镇干部', $3)`,
      [id, phone, await hashPassword(FIXTURE_PASSWORD)],
    );
    await server.db.query(
      `INSERT INTO staff_scope (account_id, level, scope_id, title, unit, department_id)
       VALUES ($1, 'town', $2, '乡镇干部', $3, $4)`,
      [id, server.fixture.townIds[0], unit, departmentId],
    );
    const client = server.anonymous();
    expect(
      (await client.post('/api/auth/sign-in', { phone, password: FIXTURE_PASSWORD })).status,
    ).toBe(200);
    return client;
  }

  async function handUp(subject: string, dueOn: string): Promise<string> {
    const village = server.fixture.villageA.id;
    const cmd = systemContext(
      { db: server.db, clock: server.clock, config: testConfig() },
      village,
      server.fixture.accounts.committeeChair.id,
    );
    return server.db.transaction(async (tx) => {
      const { referralId } = await fileTownReferral(tx, cmd, {
        source: { kind: 'inspection', id: randomUUID() },
        addressee: 'department',
        departmentId: departments.civil,
        subject,
        summary: `${subject}：请镇民政办核实。`,
        dueOn: dueOn as never,
      });
      return referralId;
    });
  }

  beforeAll(async () => {
    server = await startTestServer();
    await server.db.transaction(async (tx) => {
      const townId = server.fixture.townIds[0];
      await insertDepartment(tx, {
        id: departments.civil,
        townId,
        name: '民政办',
        kind: 'civilAffairs',
      });
      await insertDepartment(tx, {
        id: departments.petitions,
        townId,
        name: '信访办',
        kind: 'petitionOffice',
      });
      await insertDepartment(tx, {
        id: departments.justice,
        townId,
        name: '司法所',
        kind: 'justice',
      });
    });
    civil = await official('government', departments.civil);
    petitions = await official('government', departments.petitions);
    leader = await official('government', null);
    discipline = await official('discipline', null);
  });
  afterAll(async () => {
    await server.close();
  });

  const path = (id: string) => `/api/town/referrals/${server.fixture.villageA.id}/${id}`;
  const ids = async (client: HttpClient) =>
    ((await client.get('/api/town/referrals')).body.items as Array<{ id: string }>).map(
      (r) => r.id,
    );

  it('reaches that department and the town leaders only, the earliest due first', async () => {
    const later = await handUp('低保复核', '2026-11-30');
    const sooner = await handUp('临时救助', '2026-11-25');
    expect((await ids(civil)).slice(0, 2)).toEqual([sooner, later]);
    expect(await ids(leader)).toEqual(expect.arrayContaining([sooner, later]));
    expect(await ids(petitions)).not.toContain(sooner);
    expect(await ids(discipline)).not.toContain(sooner);
    expect((await petitions.get(path(sooner))).status).toBe(404);
    const byDept = await leader.get(`/api/town/referrals?departmentId=${departments.petitions}`);
    expect(byDept.body.items).toEqual([]);
    const detail = (await civil.get(path(sooner))).body.referral;
    expect(detail.department).toMatchObject({ name: '民政办', kind: 'civilAffairs' });
    expect(detail.actions).toEqual(['accept', 'transfer', 'return']);
    expect(detail.steps.map((s: { step: string }) => s.step)).toEqual(['file']);
  });

  it('waits for materials with the clock stopped, and the due date moves by the days waited', async () => {
    const id = await handUp('残疾人两项补贴', '2026-11-24');
    const accepted = await civil.post(`${path(id)}/accept`, {});
    expect(accepted.status).toBe(200);
    // the source set the answer's due date on acceptance
    expect(accepted.body.referral.dueOn).toBe('2026-11-30');
    expect(heard.at(-1)).toMatchObject({ step: 'accept', to: 'accepted' });
    const bare = await civil.post(`${path(id)}/ask-materials`, {});
    expect(bare.status).toBe(400);
    expect(bare.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['materials']);
    const asked = await civil.post(`${path(id)}/ask-materials`, { materials: '残疾人证复印件' });
    expect(asked.body.referral.status).toBe('awaitingMaterials');
    expect(heard.at(-1)).toMatchObject({ step: 'askMaterials', note: '残疾人证复印件' });
    // four days later, past the due date: not overdue while the clock stands still
    server.clock.set(new Date('2026-12-01T02:00:00Z'));
    const waiting = (await civil.get('/api/town/referrals')).body.items.find(
      (r: { id: string }) => r.id === id,
    );
    expect(waiting.overdue).toBe(false);
    const back = await civil.post(`${path(id)}/materials-in`, {});
    expect(back.body.referral.status).toBe('handling');
    // asked on 11-21, in on 12-01: ten days stood still, 11-30 + 10 = 12-10 (a Thursday)
    expect(back.body.referral.dueOn).toBe('2026-12-10');
    server.clock.set(new Date('2026-11-21T02:00:00Z'));
  });

  it('is transferred to the right department, or returned as not ours with a reason', async () => {
    const id = await handUp('邻里宅基地纠纷', '2026-11-28');
    const same = await civil.post(`${path(id)}/transfer`, { departmentId: departments.civil });
    expect(same.status).toBe(400);
    const moved = await civil.post(`${path(id)}/transfer`, {
      departmentId: departments.justice,
      note: '属人民调解，转司法所',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.referral.department.name).toBe('司法所');
    expect((await civil.get(path(id))).status).toBe(404);
    const id2 = await handUp('道路破损', '2026-11-28');
    const noReason = await civil.post(`${path(id2)}/return`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields[0]).toMatchObject({ field: 'reason' });
    const returned = await civil.post(`${path(id2)}/return`, { reason: '村道养护属村镇建设办' });
    expect(returned.body.referral).toMatchObject({
      status: 'returned',
      returnReason: '村道养护属村镇建设办',
      actions: [],
    });
    expect(heard.at(-1)).toMatchObject({ step: 'return', to: 'returned' });
    const again = await civil.post(`${path(id2)}/accept`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('该事项当前为“已退回”，不能受理');
  });

  it('shows overdue once the due date has passed, and a discipline referral takes no department steps', async () => {
    const id = await handUp('高龄补贴未到账', '2026-11-20');
    const row = (await civil.get('/api/town/referrals')).body.items.find(
      (r: { id: string }) => r.id === id,
    );
    expect(row.overdue).toBe(true);
    const village = server.fixture.villageA.id;
    const cmd = systemContext(
      { db: server.db, clock: server.clock, config: testConfig() },
      village,
      server.fixture.accounts.supervisionChair.id,
    );
    const referralId = await server.db.transaction(
      async (tx) =>
        (
          await fileTownReferral(tx, cmd, {
            source: { kind: 'report', id: randomUUID() },
            addressee: 'disciplineCommission',
            subject: '监督报告',
            summary: '报告',
          })
        ).referralId,
    );
    const refused = await discipline.post(`${path(referralId)}/return`, { reason: '不是我们的' });
    expect(refused.status).toBe(409);
  });

  it('are set up from the command line: a department per name and kind, an official put in one', async () => {
    const town = `T${server.fixture.townIds[1].slice(0, 8)}`;
    const now = new Date();
    const fields = async (p: Promise<unknown>) => {
      try {
        await p;
        return [];
      } catch (e) {
        return (e as { fields: Array<{ field: string; error: string }> }).fields;
      }
    };
    expect(
      await fields(addTownDepartment(server.db, { town, name: '民政办', kind: 'welfare', now })),
    ).toEqual([{ field: 'kind', error: 'enum_invalid' }]);
    await addTownDepartment(server.db, { town, name: '民政办', kind: 'civilAffairs', now });
    expect(
      await fields(
        addTownDepartment(server.db, { town, name: '民政办', kind: 'civilAffairs', now }),
      ),
    ).toEqual([{ field: 'name', error: 'field_invalid' }]);
    const phone = '13512345678';
    await server.db.query(
      `INSERT INTO account (id, kind, phone, display_name, password_hash) VALUES ($1, 'staff', $2, '乡镇干部', 'x')`,
      [randomUUID(), phone],
    );
    expect(
      await fields(assignStaffDepartment(server.db, { phone, town, department: '民政办', now })),
    ).toEqual([{ field: 'town', error: 'field_invalid' }]);
    expect(
      await fields(assignStaffDepartment(server.db, { phone, town, department: '信访办', now })),
    ).toEqual([{ field: 'department', error: 'referral_department_unknown' }]);
  });

  it("gives the town's government the counts of each village's cases, and no one else", async () => {
    const res = await leader.get('/api/town/cases-overview');
    expect(res.status).toBe(200);
    const names = res.body.items.map((i: { villageName: string }) => i.villageName);
    // the leader's town: its two villages, not the other town's
    expect(names).toEqual(['甲村', '乙村']);
    expect(res.body.items[0].kinds.dispute).toMatchObject({ open: 0, overdue: null });
    expect(res.body.items[0].kinds.service).toMatchObject({ open: 0, overdue: 0, satisfied: 0 });
    expect((await discipline.get('/api/town/cases-overview')).body.items).toEqual([]);
    expect((await (await server.as('villager')).get('/api/town/cases-overview')).status).toBe(403);
  });
});
