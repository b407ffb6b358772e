import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';

/**
 * The service station through the HTTP API: windows and catalogue, a villager's order on the
 * phone, acceptance by the first staffer (the second is refused), missing materials stopping
 * the clock, the hand-over to a town department and its answer flowing back, overdue and the
 * escalation ladder on a fixed clock, rating, refusal, withdrawal, the counter's order, who sees
 * the requester's number, and the 台账.
 */
describe(`service station (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  let staff: HttpClient;
  let second: HttpClient;
  let villager: HttpClient;
  let departmentId: string;
  let windowId: string;
  let itemId: string;

  /** Seats two villagers on the station (王磊 and 刘强: the council member's and the representative's accounts). */
  async function seatStation(): Promise<void> {
    const v = server.fixture.villageA;
    const body = randomUUID();
    const term = randomUUID();
    await server.db.query(
      `INSERT INTO body (village_id, id, kind, name) VALUES ($1, $2, 'convenienceServiceStation', '甲村便民服务站')`,
      [v.id, body],
    );
    await server.db.query(
      `INSERT INTO body_term (village_id, id, body_id, starts_on, ends_on) VALUES ($1, $2, $3, '2026-05-01', '2031-04-30')`,
      [v.id, term, body],
    );
    for (const person of [v.personIds[2], v.personIds[4]])
      await server.db.query(
        `INSERT INTO body_membership (village_id, id, body_id, term_id, person_id, role, starts_on)
         VALUES ($1, $2, $3, $4, $5, 'staff', '2026-05-01')`,
        [v.id, randomUUID(), body, term, person],
      );
    departmentId = randomUUID();
    await server.db.query(
      `INSERT INTO town_department (id, town_id, name, kind) VALUES ($1, $2, '民政办', 'civilAffairs')`,
      [departmentId, server.fixture.townIds[0]],
    );
  }

  const at = (iso: string) => server.clock.set(new Date(`${iso}T02:00:00Z`));
  /** Signs in again after the clock moved past the sessions' life. */
  async function signInAgain(): Promise<void> {
    staff = await server.signIn('councilMember');
    villager = await server.signIn('villager');
  }

  beforeAll(async () => {
    server = await startTestServer();
    base = `/api/villages/${server.fixture.villageA.id}`;
    await seatStation();
    staff = await server.as('councilMember');
    second = await server.as('representative');
    villager = await server.as('villager');
  });
  afterAll(async () => {
    await server.close();
  });

  it('the station opens windows and lists its services; the number is unique, the time in range', async () => {
    const w = await staff.post(`${base}/services/windows`, {
      windowNumber: 2,
      windowName: '民政事务',
      townDepartmentId: departmentId,
    });
    expect(w.status).toBe(201);
    windowId = w.body.window.id;
    expect(w.body.window.townDepartmentName).toBe('民政办');
    const taken = await staff.post(`${base}/services/windows`, {
      windowNumber: 2,
      windowName: '计生服务',
    });
    expect(taken.status).toBe(400);
    expect(taken.body.error.fields[0]).toMatchObject({
      field: 'windowNumber',
      message: '窗口编号：窗口编号 2 已被使用',
    });
    const tooLong = await staff.post(`${base}/services/items`, {
      windowId,
      itemName: '最低生活保障申请',
      materials: [],
      promisedDays: 366,
      promisedUnit: 'working',
      fullAgency: true,
    });
    expect(tooLong.status).toBe(400);
    const item = await staff.post(`${base}/services/items`, {
      windowId,
      itemName: '最低生活保障申请',
      materials: ['户口簿', ' 身份证 ', '', '户口簿', '家庭收入情况说明'],
      promisedDays: 5,
      promisedUnit: 'working',
      fullAgency: true,
    });
    expect(item.status).toBe(201);
    itemId = item.body.item.id;
    expect(item.body.item.materials).toEqual(['户口簿', '身份证', '家庭收入情况说明']);
    // a villager, a council member without a station seat: not theirs to keep
    expect(
      (await villager.post(`${base}/services/windows`, { windowNumber: 3, windowName: 'x' }))
        .status,
    ).toBe(403);
    const phone = await villager.get(`${base}/my-services/catalogue`);
    expect(phone.body.items.map((i: { name: string }) => i.name)).toEqual(['最低生活保障申请']);
  });

  it('a villager orders; the first staffer accepts, the second is refused; missing materials stop the clock', async () => {
    at('2026-11-23'); // Monday
    const ordered = await villager.post(`${base}/my-services`, {
      itemId,
      details: '家中老人无收入',
    });
    expect(ordered.status).toBe(201);
    expect(ordered.body.receiptNumber).toBe('〔2026〕第1号');
    const id = ordered.body.id as string;
    const queue = await staff.get(`${base}/services/requests`);
    expect(queue.body.items[0]).toMatchObject({ id, state: 'ordered', requesterName: '李秀英' });

    // two staffers accept at once: one wins, the other is told it is accepted already
    const [a, b] = await Promise.all([
      staff.post(`${base}/services/requests/${id}/steps`, {
        action: 'accept',
        missingMaterials: ['家庭收入情况说明'],
      }),
      second.post(`${base}/services/requests/${id}/steps`, { action: 'accept' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winnerRole = a.status === 200 ? 'councilMember' : 'representative';
    let winner = a.status === 200 ? staff : second;
    const loser = a.status === 200 ? second : staff;
    const got = await winner.get(`${base}/services/requests/${id}`);
    expect(got.body.request.state).toBe(a.status === 200 ? 'awaitingMaterials' : 'accepted');
    // the other staffer may not move it: the first contact carries it
    const other = await loser.post(`${base}/services/requests/${id}/steps`, { action: 'process' });
    expect(other.status).toBe(403);
    expect(other.body.error.message).toContain('首问责任制');
    if (got.body.request.state === 'accepted')
      await winner.post(`${base}/services/requests/${id}/steps`, {
        action: 'askMaterials',
        missingMaterials: ['家庭收入情况说明'],
      });
    const paused = (await winner.get(`${base}/services/requests/${id}`)).body.request;
    // 5 working days from Monday 11-23 → Monday 11-30
    expect(paused).toMatchObject({ state: 'awaitingMaterials', dueOn: '2026-11-30' });
    expect(paused.missingMaterials).toEqual(['家庭收入情况说明']);

    // the materials come three days later: the due date moves by three days
    at('2026-11-26');
    const resumed = await winner.post(`${base}/services/requests/${id}/steps`, {
      action: 'supplyMaterials',
    });
    expect(resumed.body.request).toMatchObject({ state: 'accepted', dueOn: '2026-12-03' });
    // the rule profile the due dates came from: the law's text of the day, and any charter clauses
    expect(resumed.body.request.profileVersion).toMatch(/^\d{4}-\d{2}-\d{2}/);

    // handed to the town's 民政办 (全程代办); the villager cannot withdraw it there
    const handed = await winner.post(`${base}/services/requests/${id}/steps`, {
      action: 'handToTown',
    });
    expect(handed.body.request).toMatchObject({ state: 'agency', departmentName: '民政办' });
    const withdraw = await villager.post(`${base}/my-services/${id}/withdrawal`);
    expect(withdraw.status).toBe(409);
    expect(withdraw.body.error.message).toBe('该事项当前为“代办中”，不能撤回');

    // overdue on a fixed clock: station head on the due day, department head 2 working days
    // after, the town's 督办 after 5 (signed in again: the sessions of 11-21 have run out)
    at('2026-12-03');
    await signInAgain();
    winner = await server.signIn(winnerRole);
    for (const [day, overdue, level] of [
      ['2026-12-03', false, 'stationHead'],
      ['2026-12-04', true, 'stationHead'],
      ['2026-12-07', true, 'departmentHead'],
      ['2026-12-10', true, 'townSupervision'],
    ] as const) {
      at(day);
      const row = (await staff.get(`${base}/services/requests`)).body.items.find(
        (r: { id: string }) => r.id === id,
      );
      expect(row.escalation).toMatchObject({ overdue, level });
    }

    // the town answers: back in the first contact's hands, then done and rated
    const town = await server.signIn('townOfficial');
    const inbox = await town.get('/api/town/referrals');
    const referral = inbox.body.items.find(
      (r: { sourceKind: string }) => r.sourceKind === 'service',
    );
    expect(referral).toMatchObject({
      addressee: 'department',
      department: { name: '民政办' },
      status: 'filed',
    });
    const path = `/api/town/referrals/${referral.villageId}/${referral.id}`;
    expect((await town.post(`${path}/accept`, {})).status).toBe(200);
    expect(
      (await town.post(`${path}/answer`, { answer: '经审核，符合低保条件，已审批' })).status,
    ).toBe(200);
    const back = (await winner.get(`${base}/services/requests/${id}`)).body.request;
    expect(back).toMatchObject({ state: 'processing', townAnswer: '经审核，符合低保条件，已审批' });
    const done = await winner.post(`${base}/services/requests/${id}/steps`, {
      action: 'complete',
      result: '低保证已送达',
    });
    expect(done.body.request.state).toBe('completed');
    // the requester herself is told (docs/notifications.md): materials wanted, then finished, in
    // the step's transaction; a step taken twice is refused, so told once
    expect(
      (
        await winner.post(`${base}/services/requests/${id}/steps`, {
          action: 'complete',
          result: '再次办结',
        })
      ).status,
    ).toBe(409);
    const told = await server.db.query<{ channel: string; line: string; person_id: string }>(
      `SELECT channel, payload->>'line' AS line, person_id FROM outbox_message
       WHERE village_id = $1 AND subject_kind = 'serviceRequest' AND subject_id = $2 AND channel = 'inApp'
       ORDER BY created_at`,
      [server.fixture.villageA.id, id],
    );
    expect(told).toEqual([
      {
        channel: 'inApp',
        line: '您申请代办的“最低生活保障申请”需补充材料，请登录查看清单',
        person_id: server.fixture.accounts.villager.personId,
      },
      {
        channel: 'inApp',
        line: '您申请代办的“最低生活保障申请”已于2026年12月10日办结',
        person_id: server.fixture.accounts.villager.personId,
      },
    ]);
    const mine = (await villager.get(`${base}/my-messages`)).body.items;
    expect(mine[0]).toMatchObject({
      kind: 'serviceCompleted',
      heading: '代办办结',
      link: `/v/${server.fixture.villageA.id}/my-services`,
    });
    const rated = await villager.post(`${base}/my-services/${id}/rating`, { rating: 'satisfied' });
    expect(rated.status).toBe(200);
    expect(rated.body.request).toMatchObject({ state: 'rated', rating: 'satisfied' });
    expect(rated.body.request.timeline.map((s: { action: string }) => s.action)).toEqual([
      'order',
      'accept',
      'askMaterials',
      'supplyMaterials',
      'handToTown',
      'town.accept',
      'townAnswer',
      'complete',
      'rate',
    ]);
    // rated once
    expect(
      (await villager.post(`${base}/my-services/${id}/rating`, { rating: 'dissatisfied' })).status,
    ).toBe(409);
    // the queue's tabs (states named in the query): closed now, no longer open
    const tab = async (show: string) =>
      (await staff.get(`${base}/services/requests?show=${show}`)).body.items.map(
        (r: { id: string }) => r.id,
      );
    expect(await tab('open')).not.toContain(id);
    expect(await tab('closed')).toContain(id);
    expect(await tab('all')).toContain(id);
  });

  it('another villager does not see it; the number shows only to the staff', async () => {
    await signInAgain();
    const mine = await villager.get(`${base}/my-services`);
    const id = mine.body.items[0].id as string;
    const stranger = await server.signIn('otherVillageVillager');
    expect((await stranger.get(`${base}/my-services/${id}`)).status).toBe(403);
    const chair = await server.signIn('committeeChair');
    expect((await chair.get(`${base}/my-services/${id}`)).status).toBe(404);
    const asChair = await chair.get(`${base}/services/requests/${id}`);
    expect(asChair.status).toBe(200);
    expect(asChair.body.request.requesterPhone).toBeNull();
    expect(asChair.body.request.can).toEqual([]);
  });

  it('the counter orders for a villager without a phone, refuses with a reason; bad input names the field', async () => {
    at('2026-12-14');
    await signInAgain();
    const options = await staff.get(`${base}/services/requesters?q=${encodeURIComponent('张')}`);
    expect(options.body.items[0]).toMatchObject({ name: '张桂兰' });
    const personId = options.body.items[0].personId as string;
    const ordered = await staff.post(`${base}/services/requests`, {
      itemId,
      requesterPersonId: personId,
      requesterPhone: '13800001111',
    });
    expect(ordered.status).toBe(201);
    const detail = (await staff.get(`${base}/services/requests/${ordered.body.id}`)).body.request;
    expect(detail).toMatchObject({ channel: 'counter', requesterPhone: '13800001111' });
    expect(
      (await staff.post(`${base}/services/requests`, { itemId, requesterPhone: '123' })).body.error
        .fields[0].field,
    ).toBe('requesterPhone');
    expect(
      (await staff.post(`${base}/services/requests`, { itemId })).body.error.fields[0].field,
    ).toBe('requesterName');
    const noReason = await staff.post(`${base}/services/requests/${ordered.body.id}/steps`, {
      action: 'refuse',
      reason: ' ',
    });
    expect(noReason.status).toBe(400);
    const refused = await staff.post(`${base}/services/requests/${ordered.body.id}/steps`, {
      action: 'refuse',
      reason: '不属于本村户籍，请到户籍地办理',
    });
    expect(refused.body.request).toMatchObject({
      state: 'refused',
      refusalReason: '不属于本村户籍，请到户籍地办理',
    });
    // told by SMS at the number given at the counter; the reason is read on 我的代办, not texted
    const [sms] = await server.db.query<{ recipient: string; text: string; person_id: string }>(
      `SELECT recipient, payload->>'text' AS text, person_id FROM outbox_message
       WHERE village_id = $1 AND subject_id = $2 AND channel = 'sms'`,
      [server.fixture.villageA.id, ordered.body.id],
    );
    expect(sms).toMatchObject({ recipient: '13800001111', person_id: personId });
    expect(sms!.text).toMatch(
      /^【.+】您申请代办的“最低生活保障申请”未能办理，请登录查看原因。详情：/,
    );
    expect(sms!.text).not.toContain('户籍地');

    // someone outside the registry has no account: their text says where to ask, never to sign in
    const outsider = await staff.post(`${base}/services/requests`, {
      itemId,
      requesterName: '外村王某',
      requesterPhone: '13800002222',
    });
    expect(outsider.status).toBe(201);
    await staff.post(`${base}/services/requests/${outsider.body.id}/steps`, {
      action: 'refuse',
      reason: '不属于本村户籍，请到户籍地办理',
    });
    const told = await server.db.query<{ channel: string; text: string }>(
      `SELECT channel, payload->>'text' AS text FROM outbox_message
       WHERE village_id = $1 AND subject_id = $2`,
      [server.fixture.villageA.id, outsider.body.id],
    );
    expect(told).toEqual([
      {
        channel: 'sms',
        text: expect.stringMatching(
          /^【.+】您申请代办的“最低生活保障申请”未能办理，请到村委会询问原因$/,
        ),
      },
    ]);
  });

  it('a villager withdraws an order; the 台账 exports the period and the export is audited', async () => {
    const ordered = await villager.post(`${base}/my-services`, { itemId });
    // a copy of the 户口簿 on the request, through the attachments store: the requester and the
    // station add while it is open; the cadres read; no one adds once it is closed
    const files = `${base}/attachments/serviceRequest/${ordered.body.id}`;
    const pdf = () => {
      const f = new FormData();
      f.append('files', new Blob([Buffer.from('%PDF-1.4\n% 户口簿\n%%EOF\n')]), '户口簿.pdf');
      return f;
    };
    expect((await villager.post(files, pdf())).status).toBe(201);
    const chair = await server.signIn('committeeChair');
    expect((await chair.get(files)).body.attachments).toHaveLength(1);
    expect((await chair.post(files, pdf())).status).toBe(403);
    const w = await villager.post(`${base}/my-services/${ordered.body.id}/withdrawal`);
    expect(w.body.request.state).toBe('withdrawn');
    expect((await villager.post(files, pdf())).status).toBe(403);
    const file = await staff.get(`${base}/services/ledger.xlsx?from=2026-11-01&to=2026-12-31`);
    expect(file.status).toBe(200);
    const bad = await staff.get(`${base}/services/ledger.xlsx?from=2026-12-31&to=2026-11-01`);
    expect(bad.status).toBe(400);
    // the town's combined sheet: for its government officials only
    const q = '?from=2026-11-01&to=2026-12-31';
    const town = await server.signIn('townOfficial');
    const combined = await town.get(`/api/town/services.xlsx${q}`);
    expect(combined.status).toBe(200);
    expect(combined.headers.get('content-disposition')).toContain(
      encodeURIComponent('便民服务台账'),
    );
    expect((await staff.get(`/api/town/services.xlsx${q}`)).status).toBe(403);
    const events = await server.db.query<{ action: string }>(
      `SELECT action FROM audit_event WHERE chain_id = $1 AND action LIKE 'service%' ORDER BY seq`,
      [server.fixture.villageA.id],
    );
    expect(events.map((e) => e.action)).toContain('services.ledgerExported');
    // no event carries the requester's name or number
    const data = await server.db.query<{ data: unknown }>(
      `SELECT data FROM audit_event WHERE chain_id = $1 AND target_type = 'serviceRequest'`,
      [server.fixture.villageA.id],
    );
    expect(JSON.stringify(data)).not.toContain('李秀英');
    expect(JSON.stringify(data)).not.toContain('13800001111');
  });
  it('refuses an item no longer offered, 全程代办 where the item has none or the window no department', async () => {
    await signInAgain();
    const w = await staff.post(`${base}/services/windows`, {
      windowNumber: 5,
      windowName: '文化卫生',
    });
    const own = await staff.post(`${base}/services/items`, {
      windowId: w.body.window.id,
      itemName: '家庭医生签约',
      materials: ['身份证'],
      promisedDays: 0,
      promisedUnit: 'working',
      fullAgency: true,
    });
    const local = await staff.post(`${base}/services/items`, {
      windowId: windowId,
      itemName: '老年人免费体检预约',
      materials: ['身份证'],
      promisedDays: 3,
      promisedUnit: 'working',
      fullAgency: false,
    });
    const step = (id: string, body: object) =>
      staff.post(`${base}/services/requests/${id}/steps`, body);
    for (const [item, message] of [
      [local.body.item.id, '该服务事项不提供全程代办，请指导群众到镇相关部门办理'],
      [own.body.item.id, '该窗口尚未对应镇职能部门，不能代办；请先在窗口设置中指定'],
    ] as const) {
      const ordered = await villager.post(`${base}/my-services`, { itemId: item });
      await step(ordered.body.id, { action: 'accept' });
      const refused = await step(ordered.body.id, { action: 'handToTown' });
      expect(refused.status).toBe(422);
      expect(refused.body.error.message).toBe(message);
      // nothing written: still accepted, no referral
      const after = await staff.get(`${base}/services/requests/${ordered.body.id}`);
      expect(after.body.request.state).toBe('accepted');
    }
    // 即办: due the day it is accepted
    const instant = await villager.post(`${base}/my-services`, { itemId: own.body.item.id });
    const accepted = await step(instant.body.id, { action: 'accept' });
    expect(accepted.body.request.dueOn).toBe('2026-12-14');
    await staff.patch(`${base}/services/items/${own.body.item.id}`, { active: false });
    const stopped = await villager.post(`${base}/my-services`, { itemId: own.body.item.id });
    expect(stopped.status).toBe(422);
    expect(stopped.body.error.message).toBe('该服务事项已停办，不能点单');
  });
  it('a 首问责任人 who left the station: the next staffer takes the request over, and the timeline says so', async () => {
    await signInAgain();
    second = await server.signIn('representative');
    const ordered = await villager.post(`${base}/my-services`, { itemId });
    const path = `${base}/services/requests/${ordered.body.id}`;
    await staff.post(`${path}/steps`, { action: 'accept' });
    expect((await second.get(path)).body.request.can).toEqual([]);
    expect((await second.post(`${path}/steps`, { action: 'process' })).status).toBe(403);
    // 王磊 (the council member's account) leaves the station today
    await server.db.query(
      `UPDATE body_membership SET ended_on = '2026-12-14'
       WHERE village_id = $1 AND person_id = $2 AND role = 'staff'`,
      [server.fixture.villageA.id, server.fixture.villageA.personIds[2]],
    );
    expect((await second.get(path)).body.request.can).toContain('process');
    const taken = await second.post(`${path}/steps`, { action: 'process' });
    expect(taken.status).toBe(200);
    expect(taken.body.request.firstContactName).toBe('representative');
    expect(taken.body.request.timeline.map((s: { action: string }) => s.action)).toEqual([
      'order',
      'accept',
      'takeOver',
      'process',
    ]);
  });
});
