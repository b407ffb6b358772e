import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';

/**
 * 民情 through the HTTP API on the fixture village (甲村: one grid, headed by 王建国, the Party
 * secretary): a villager's issue goes to the grid chief, is handed to the villagers' committee
 * and back, answered, rated 不满意 and reopened one level up, then closed; a repeat is merged and
 * followed; an issue about a cadre reaches the supervision committee and never that cadre; the
 * rating period runs out to 未评价; no audit event names who reported.
 */
describe(`grid liaison (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  beforeAll(async () => {
    // the clock moves over several weeks: sessions must outlive it
    server = await startTestServer({ SESSION_DAYS: 90 });
    base = `/api/villages/${server.fixture.villageA.id}/liaison`;
  });
  afterAll(async () => {
    await server.close();
  });
  const at = (iso: string) => server.clock.set(new Date(`${iso}T02:00:00Z`));

  const raise = async (
    role: 'villager' | 'representative',
    extra: Record<string, unknown> = {},
  ) => {
    const res = await (
      await server.as(role)
    ).post(`${base}/own-cases`, {
      category: 'infrastructure',
      urgency: 'normal',
      subject: '村道路灯不亮',
      body: '三组路口的路灯坏了半个月',
      anonymous: false,
      ...extra,
    });
    expect(res.status).toBe(200);
    return res.body as {
      id: string;
      number: number;
      trackingCode: string;
      mergedInto: number | null;
    };
  };
  const step = async (role: Parameters<TestServer['as']>[0], id: string, body: object) =>
    (await server.as(role)).post(`${base}/cases/${id}/steps`, body);

  it('runs a case from report to close, handed on and back, reopened once one level up', async () => {
    at('2026-11-21');
    const r = await raise('villager');
    const secretary = await server.as('partySecretary');
    const queue = await secretary.get(`${base}/cases`);
    const item = queue.body.items.find((i: { id: string }) => i.id === r.id);
    // 5 working days from Saturday 21 November
    expect(item).toMatchObject({
      level: 'grid',
      state: 'reported',
      dueOn: '2026-11-27',
      overdue: false,
    });
    expect(JSON.stringify(queue.body)).not.toContain('李秀英');

    // the grid chief holds it and sees who reported; the committee's chair oversees but does not
    const held = await secretary.get(`${base}/cases/${r.id}`);
    expect(held.body.case.reporter.name).toBe('李秀英');
    expect(held.body.case.can).toEqual(['acknowledge', 'merge']);
    const chair = await server.as('committeeChair');
    expect((await chair.get(`${base}/cases/${r.id}`)).body.case.reporter).toBeNull();
    expect((await step('committeeChair', r.id, { action: 'acknowledge' })).body.error.id).toBe(
      'case_role_refused',
    );

    expect(
      (await step('partySecretary', r.id, { action: 'acknowledge', urgency: 'urgent' })).body.case,
    ).toMatchObject({ state: 'acknowledged', urgency: 'urgent', dueOn: '2026-11-23' });
    const routed = await step('partySecretary', r.id, {
      action: 'route',
      body: 'villagersCommittee',
      note: '请村委会安排电工',
    });
    expect(routed.body.case).toMatchObject({
      state: 'routed',
      routedTo: { body: 'villagersCommittee' },
    });
    // a feedback to the villager while it is with the committee is out of turn
    const early = await step('partySecretary', r.id, { action: 'feedback', note: '已修好' });
    expect(early.status).toBe(409);
    expect(
      (await step('committeeChair', r.id, { action: 'answerRouted', note: '已更换灯泡' })).body.case
        .state,
    ).toBe('handling');
    const answered = await step('partySecretary', r.id, { action: 'feedback', note: '路灯已修好' });
    expect(answered.body.case).toMatchObject({ state: 'answered', ratingDueOn: '2026-11-28' });

    // 不满意: reopened at the two committees with a new due date from today
    at('2026-11-24');
    const villager = await server.as('villager');
    const reopened = await villager.post(`${base}/own-cases/${r.id}/rate`, {
      rating: 'dissatisfied',
    });
    expect(reopened.status).toBe(200);
    expect(reopened.body.case).toMatchObject({ state: 'reported', dueOn: '2026-11-25' });
    const up = (await chair.get(`${base}/cases/${r.id}`)).body.case;
    expect(up).toMatchObject({ level: 'village', reopenCount: 1 });
    expect(up.reporter.name).toBe('李秀英');
    // signed for as 一般 after all: 5 working days from the reopening (24 November), not the report
    const ack = await step('committeeChair', r.id, { action: 'acknowledge', urgency: 'normal' });
    expect(ack.body.case.dueOn).toBe('2026-12-01');
    for (const s of [{ action: 'handle' }, { action: 'feedback', note: '换了新灯杆' }])
      expect((await step('committeeChair', r.id, s)).status).toBe(200);
    // 不满意 a second time stands as rated; the case can be closed
    const rated = await villager.post(`${base}/own-cases/${r.id}/rate`, { rating: 'dissatisfied' });
    expect(rated.body.case).toMatchObject({ state: 'rated', rating: 'dissatisfied' });
    expect((await step('committeeChair', r.id, { action: 'close' })).body.case.state).toBe(
      'closed',
    );

    // the audit chain has every step and never the reporter
    const events = await server.db.query<{ action: string; data: unknown }>(
      `SELECT action, data FROM audit_event WHERE target_id = $1 ORDER BY seq`,
      [r.id],
    );
    expect(events.map((e) => e.action)).toContain('liaisonCase.reopen');
    const text = JSON.stringify(events);
    expect(text).not.toContain('李秀英');
    expect(text).not.toContain(server.fixture.accounts.villager.personId);
  });

  it('hands a case to a town department through the inbox; the answer and a return come back to the router', async () => {
    at('2026-11-26');
    const departmentId = randomUUID();
    await server.db.query(
      `INSERT INTO town_department (id, town_id, name, kind) VALUES ($1, $2, '农业农村办', 'agriculture')`,
      [departmentId, server.fixture.townIds[0]],
    );
    const town = await server.as('townOfficial');
    const handUp = async (subject: string) => {
      const r = await raise('villager', { subject });
      await step('partySecretary', r.id, { action: 'acknowledge' });
      const routed = await step('partySecretary', r.id, {
        action: 'route',
        departmentId,
        note: '请镇里协调',
      });
      expect(routed.body.case).toMatchObject({
        state: 'routed',
        routedTo: { department: '农业农村办' },
      });
      const inbox = (await town.get('/api/town/referrals')).body.items;
      const ref = inbox.find((i: { subject: string }) => i.subject === subject);
      return { r, path: `/api/town/referrals/${server.fixture.villageA.id}/${ref.id}` };
    };
    const a = await handUp('灌溉渠堵塞');
    expect((await town.post(`${a.path}/accept`)).status).toBe(200);
    expect((await town.post(`${a.path}/answer`, { answer: '已安排清淤' })).status).toBe(200);
    const back = (await (await server.as('partySecretary')).get(`${base}/cases/${a.r.id}`)).body
      .case;
    expect(back).toMatchObject({ state: 'handling', routedTo: null, can: ['route', 'feedback'] });
    expect(back.steps.at(-1)).toMatchObject({ action: 'answerRouted', note: '已安排清淤' });

    const b = await handUp('宅基地纠纷');
    expect((await town.post(`${b.path}/return`, { reason: '属于调解委员会职责' })).status).toBe(
      200,
    );
    const returned = (await (await server.as('partySecretary')).get(`${base}/cases/${b.r.id}`)).body
      .case;
    expect(returned.state).toBe('handling');
    expect(returned.steps.at(-1)).toMatchObject({
      action: 'returnRouted',
      note: '属于调解委员会职责',
    });
    // handed up again: the same referral is refiled, in the inbox once more
    const again = await step('partySecretary', b.r.id, {
      action: 'route',
      departmentId,
      note: '调委会已调解不成，涉及宅基地审批，请镇里处理',
    });
    expect(again.body.case.state).toBe('routed');
    expect((await town.get(b.path)).body.referral.status).toBe('filed');
  });

  it('two hands signing for one case at once: one wins, the other is told it moved on', async () => {
    const r = await raise('villager', { subject: '水管爆了' });
    const both = await Promise.all([
      step('partySecretary', r.id, { action: 'acknowledge' }),
      (await server.signIn('partySecretary')).post(`${base}/cases/${r.id}/steps`, {
        action: 'acknowledge',
      }),
    ]);
    expect(both.map((b) => b.status).sort()).toEqual([200, 409]);
  });

  it('merges a repeat into the open case; its reporter follows it and cannot rate it', async () => {
    at('2026-11-25');
    const first = await raise('villager', { subject: '垃圾桶满了' });
    const nearby = (await (await server.as('representative')).get(`${base}/own-cases`)).body
      .openNearby;
    expect(nearby.map((n: { id: string }) => n.id)).toContain(first.id);
    const repeat = await raise('representative', { subject: '垃圾桶满了', sameAsCaseId: first.id });
    expect(repeat.mergedInto).toBe(first.number);
    const mine = (await (await server.as('representative')).get(`${base}/own-cases`)).body.items;
    expect(mine.find((c: { id: string }) => c.id === first.id)).toMatchObject({
      own: false,
      canRate: false,
    });
    const queue = (await (await server.as('partySecretary')).get(`${base}/cases`)).body.items;
    expect(queue.find((c: { id: string }) => c.id === first.id).followers).toBe(1);
    expect(queue.some((c: { id: string }) => c.id === repeat.id)).toBe(false);
  });

  it('refuses to merge into a closed case, naming its number', async () => {
    const closed = await server.db.query<{ id: string; number: number }>(
      `SELECT id, number FROM liaison_case WHERE state = 'closed' AND village_id = $1`,
      [server.fixture.villageA.id],
    );
    const res = await (
      await server.as('villager')
    ).post(`${base}/own-cases`, {
      ...{ category: 'other', urgency: 'low', subject: 'x', body: 'y', anonymous: false },
      sameAsCaseId: closed[0]!.id,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain(`第${closed[0]!.number}号`);
  });

  it('sends an issue about a cadre to the supervision committee, never to that cadre', async () => {
    const chairPerson = server.fixture.accounts.committeeChair.personId!;
    const r = await raise('villager', {
      category: 'environment',
      subject: '村主任占用集体土地',
      concernsPersonIds: [chairPerson],
    });
    const chair = await server.as('committeeChair');
    expect(
      (await chair.get(`${base}/cases`)).body.items.some((c: { id: string }) => c.id === r.id),
    ).toBe(false);
    expect((await chair.get(`${base}/cases/${r.id}`)).status).toBe(404);
    expect((await step('committeeChair', r.id, { action: 'acknowledge' })).status).toBe(404);
    // other cadres do not see a case about cadres either; the supervision committee holds it
    expect((await (await server.as('partySecretary')).get(`${base}/cases/${r.id}`)).status).toBe(
      404,
    );
    const sup = await server.as('supervisionChair');
    const held = (await sup.get(`${base}/cases/${r.id}`)).body.case;
    expect(held).toMatchObject({ level: 'supervision', can: ['acknowledge', 'merge'] });
    expect(held.reporter.name).toBe('李秀英');
    // nor can it be handed to a village body, whose members are cadres
    await step('supervisionChair', r.id, { action: 'acknowledge' });
    const toBody = await step('supervisionChair', r.id, {
      action: 'route',
      body: 'villagersCommittee',
      note: '请村委会核实',
    });
    expect(toBody.status).toBe(422);
    expect(toBody.body.error.id).toBe('liaison_cadre_case_body');
  });

  it('follows an anonymous issue by its 查询码; nobody sees a reporter; 未评价 after the period', async () => {
    at('2026-12-01');
    const r = await raise('villager', { anonymous: true, subject: '夜里有人倾倒建筑垃圾' });
    expect(
      (await (await server.as('partySecretary')).get(`${base}/cases/${r.id}`)).body.case.reporter,
    ).toBeNull();
    const villager = await server.as('villager');
    const code = r.trackingCode.toLowerCase().replace(/-/g, ' ');
    expect((await villager.post(`${base}/track`, { code })).body.case).toMatchObject({
      own: true,
      state: 'reported',
    });
    expect((await villager.post(`${base}/track`, { code: 'AAAA-BBBB-CCCC' })).status).toBe(404);
    for (const s of [
      { action: 'acknowledge' },
      { action: 'handle' },
      { action: 'feedback', note: '已清运' },
    ])
      expect((await step('partySecretary', r.id, s)).status).toBe(200);
    // rating period 7 days: 8 December is the last day (n), the 9th is past it (n+1)
    at('2026-12-09');
    const late = await villager.post(`${base}/track/rate`, {
      code: r.trackingCode,
      rating: 'satisfied',
    });
    expect(late.status).toBe(422);
    expect(late.body.error.message).toContain('2026年12月8日');
    const detail = (await (await server.as('partySecretary')).get(`${base}/cases/${r.id}`)).body
      .case;
    expect(detail).toMatchObject({ state: 'unrated', can: ['close'] });
    at('2026-12-08');
    const ok = await villager.post(`${base}/track/rate`, {
      code: r.trackingCode,
      rating: 'satisfied',
    });
    expect(ok.body.case).toMatchObject({ state: 'rated', rating: 'satisfied' });
  });

  it('links Party members to households and logs visits by the linked member or the grid chief', async () => {
    at('2026-11-21');
    const f = server.fixture;
    const secretary = await server.as('partySecretary');
    const [h0, h1, h2] = f.villageA.householdIds as [string, string, string];
    const notMember = await secretary.post(`${base}/links`, {
      memberPersonId: f.accounts.villager.personId,
      householdId: h1,
    });
    expect(notMember.body.error.fields[0].field).toBe('memberPersonId');
    const linked = await secretary.post(`${base}/links`, {
      memberPersonId: f.accounts.partySecretary.personId,
      householdId: h1,
    });
    expect(linked.status).toBe(200);
    const again = await secretary.post(`${base}/links`, {
      memberPersonId: f.accounts.partySecretary.personId,
      householdId: h1,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('王建国');
    // a villager neither linked nor heading the grid may not log a visit
    const stranger = await (
      await server.as('villager')
    ).post(`${base}/visits`, { householdId: h2, note: '路过' });
    expect(stranger.status).toBe(403);
    const visit = await secretary.post(`${base}/visits`, {
      householdId: h1,
      note: '了解家中老人用药情况',
      raise: {
        category: 'livelihood',
        urgency: 'normal',
        subject: '老人医保报销咨询',
        body: '想问慢病报销',
      },
    });
    expect(visit.status).toBe(200);
    expect(visit.body.caseNumber).toBeGreaterThan(0);
    // overdue from the 31st day after the last visit (n−1, n, n+1)
    for (const [day, overdue] of [
      ['2026-12-20', false],
      ['2026-12-21', false],
      ['2026-12-22', true],
    ] as const) {
      at(day);
      const board = (await secretary.get(`${base}/links`)).body;
      expect(board.links.find((l: { householdId: string }) => l.householdId === h1)).toMatchObject({
        lastVisitOn: '2026-11-21',
        visitDueOn: '2026-12-21',
        overdue,
      });
      expect(board.unlinked.some((u: { householdId: string }) => u.householdId === h0)).toBe(true);
    }
  });

  it('keeps the duty list and logs a duty done in the chief’s own grid only', async () => {
    at('2026-11-21');
    const chair = await server.as('committeeChair');
    const duty = await chair.post(`${base}/duties`, {
      category: '示例：安全隐患排查',
      title: '示例：每月排查独居老人家中用电安全',
      cadence: 'monthly',
      example: true,
    });
    expect(duty.status).toBe(200);
    const secretary = await server.as('partySecretary');
    const grid = server.fixture.villageA.gridId;
    expect(
      (await secretary.post(`${base}/duties/${duty.body.id}/log`, { gridId: randomUUID() })).status,
    ).toBe(403);
    expect(
      (
        await secretary.post(`${base}/duties/${duty.body.id}/log`, {
          gridId: grid,
          note: '走访5户',
        })
      ).status,
    ).toBe(200);
    const board = (await secretary.get(`${base}/duties`)).body;
    expect(board.items.find((i: { id: string }) => i.id === duty.body.id)).toMatchObject({
      state: 'done',
      lastDoneOn: '2026-11-21',
    });
    at('2027-01-02');
    const later = (await secretary.get(`${base}/duties`)).body;
    expect(later.items.find((i: { id: string }) => i.id === duty.body.id).state).toBe('overdue');
  });

  it('keeps a case’s photos for those who may see it: the reporter adds one, a stranger meets 404', async () => {
    at('2026-11-21');
    const r = await raise('villager', { subject: '路面塌陷' });
    const photo = new FormData();
    const png = Buffer.alloc(64);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    photo.append('files', new Blob([png], { type: 'image/png' }), '塌陷.png');
    const path = `/api/villages/${server.fixture.villageA.id}/attachments/liaisonCase/${r.id}`;
    const added = await (await server.as('villager')).request('POST', path, photo);
    expect(added.status).toBeLessThan(300);
    expect((await (await server.as('partySecretary')).get(path)).body.attachments).toHaveLength(1);
    expect((await (await server.as('councilMember')).get(path)).status).toBe(404);
  });

  it('exports the 台账 of 民情 and visits as Excel, without reporters or the cases its reader may not see', async () => {
    const subjects = async (role: 'committeeChair' | 'townOfficial') => {
      const res = await (
        await server.as(role)
      ).get(`${base}/ledger.xlsx?from=2026-11-01&to=2026-12-31`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body as never);
      const cells: string[] = [];
      wb.getWorksheet('民情台账')!.eachRow((row) => cells.push(row.getCell(6).text));
      return cells;
    };
    // the case about the chair (raised above) is not the cadres' to see, in the sheet either;
    // the town sees every case
    expect(await subjects('committeeChair')).not.toContain('村主任占用集体土地');
    expect(await subjects('townOfficial')).toContain('村主任占用集体土地');
    // the town's combined sheet: every village's cases with a village column, for the town only
    const q = '?from=2026-11-01&to=2026-12-31';
    const town = await (await server.as('townOfficial')).get(`/api/town/liaison.xlsx${q}`);
    expect(town.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(town.body as never);
    const sheet = wb.getWorksheet('民情台账')!;
    const villages = new Set<string>();
    sheet.eachRow((row, n) => {
      if (n > 2) villages.add(row.getCell(1).text);
    });
    expect([...villages]).toContain('甲村');
    expect(
      (await (await server.as('committeeChair')).get(`/api/town/liaison.xlsx${q}`)).status,
    ).toBe(403);
    const bad = await (
      await server.as('committeeChair')
    ).get(`${base}/ledger.xlsx?from=2026-12-31&to=2026-11-01`);
    expect(bad.status).toBe(400);
  });

  it('lists unlinked households under the Party unit of their villager group, else the branch', async () => {
    const f = server.fixture;
    const branch = randomUUID();
    await server.db.query(
      `INSERT INTO party_unit (village_id, id, kind, name, founded_on, created_at)
       VALUES ($1, $2, 'branch', '甲村党支部', '2020-01-01', now())`,
      [f.villageA.id, branch],
    );
    await server.db.query(
      `INSERT INTO party_unit (village_id, id, kind, parent_id, name, basis, villager_group_id, founded_on, created_at)
       VALUES ($1, $2, 'group', $3, '第二村民小组党小组', 'villagerGroup', $4, '2020-01-01', now())`,
      [f.villageA.id, randomUUID(), branch, f.villageA.groupIds[1]],
    );
    const board = (await (await server.as('partySecretary')).get(`${base}/links`)).body;
    const unitOf = (i: number) =>
      board.unlinked.find(
        (u: { householdId: string }) => u.householdId === f.villageA.householdIds[i],
      )?.unitName;
    // households 1 and 3 of the fixture are in the first group, 2 in the second
    expect(unitOf(0)).toBe('甲村党支部');
    expect(unitOf(2)).toBe('甲村党支部');
    const second = board.unlinked.filter(
      (u: { unitName: string }) => u.unitName === '第二村民小组党小组',
    );
    expect(
      second.every((u: { householdId: string }) => u.householdId === f.villageA.householdIds[1]),
    ).toBe(true);
  });
});
