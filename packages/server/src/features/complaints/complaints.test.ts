import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../platform/auth/passwords.ts';
import { FIXTURE_PASSWORD, type FixtureRole } from '../../testing/fixtures.ts';
import { HttpClient, startTestServer, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { createStaffAccount } from '../villages/commands/createStaffAccount.ts';

/**
 * The complaints station and the town inbox through the HTTP API: a complaint about a cadre
 * goes to the town discipline commission and no village reader (nor the town's government
 * staff) sees it; an affairs complaint is handed to a body, answered and followed by its
 * 查询码; every reading of a complainant's identity is on the audit chain.
 */
describe(`complaints station and town inbox (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  let discipline: HttpClient;
  let otherTownDiscipline: HttpClient;
  let countyDiscipline: HttpClient;
  const VILLAGE_ROLES: FixtureRole[] = [
    'partySecretary',
    'committeeChair',
    'councilMember',
    'representative',
    'supervisionChair',
    'villager',
  ];

  /** A staff account of the discipline unit at a town or the county, signed in. */
  async function disciplineStaff(level: 'town' | 'county', scopeId: string): Promise<HttpClient> {
    const id = randomUUID();
    const phone = `136${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    await server.db.query(
      `INSERT INTO account (id, kind, phone, display_name, password_hash) VALUES ($1, 'staff', $2, '纪委干部', $3)`,
      [id, phone, await hashPassword(FIXTURE_PASSWORD)],
    );
    await server.db.query(
      `INSERT INTO staff_scope (account_id, level, scope_id, title, unit) VALUES ($1, $2, $3, '镇纪委', 'discipline')`,
      [id, level, scopeId],
    );
    const client = server.anonymous();
    const res = await client.post('/api/auth/sign-in', { phone, password: FIXTURE_PASSWORD });
    expect(res.status).toBe(200);
    return client;
  }

  beforeAll(async () => {
    server = await startTestServer();
    base = `/api/villages/${server.fixture.villageA.id}`;
    discipline = await disciplineStaff('town', server.fixture.townIds[0]);
    otherTownDiscipline = await disciplineStaff('town', server.fixture.townIds[1]);
    countyDiscipline = await disciplineStaff('county', server.fixture.countyId);
  });
  afterAll(async () => {
    await server.close();
  });

  const chairPerson = () => server.fixture.accounts.committeeChair.personId!;

  it('a complaint naming a cadre goes to the town discipline commission; no village reader sees it', async () => {
    const villager = await server.as('villager');
    const filed = await villager.post(`${base}/my-complaints`, {
      anonymous: false,
      subject: '村委会主任优亲厚友',
      body: '低保评定时把亲戚列入名单。',
      concernsPersonIds: [chairPerson()],
    });
    expect(filed.status).toBe(201);
    expect(filed.body.routed).toBe('discipline');
    expect(filed.body.trackingCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const id = filed.body.id as string;
    for (const role of [...VILLAGE_ROLES, 'townOfficial', 'countyOfficial'] as FixtureRole[]) {
      const client = await server.as(role);
      const list = await client.get(`${base}/complaints`);
      if (list.status === 200)
        expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(id);
      else expect(list.status).toBe(403);
      const one = await client.get(`${base}/complaints/${id}`);
      expect([403, 404]).toContain(one.status);
      const route = await client.post(`${base}/complaints/${id}/route`, {
        class: 'affairs',
        handler: 'partyBranch',
      });
      expect([403, 404]).toContain(route.status);
    }
    // the village's audit log shows nothing of it: its events are on the county's chain
    const events = await server.db.query<{ chain_id: string }>(
      `SELECT chain_id FROM audit_event WHERE target_id = $1`,
      [id],
    );
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.chain_id === server.fixture.countyId)).toBe(true);

    // the town's government staff do not see it; another town's discipline staff neither
    const town = await server.as('townOfficial');
    expect((await town.get('/api/town/referrals')).body.items).toEqual([]);
    expect((await otherTownDiscipline.get('/api/town/referrals')).body.items).toEqual([]);
    expect((await (await server.as('villager')).get('/api/town/referrals')).status).toBe(403);

    // the town's discipline staff and the county's do
    const inbox = await discipline.get('/api/town/referrals');
    expect(inbox.status).toBe(200);
    const referral = inbox.body.items.find(
      (r: { subject: string }) => r.subject === '村委会主任优亲厚友',
    );
    expect(referral).toMatchObject({
      status: 'filed',
      addressee: 'disciplineCommission',
      ageDays: 0,
    });
    const county = await countyDiscipline.get('/api/town/referrals');
    expect(county.body.items.map((r: { id: string }) => r.id)).toContain(referral.id);
    const path = `/api/town/referrals/${referral.villageId}/${referral.id}`;
    expect((await town.get(path)).status).toBe(404);
    expect((await otherTownDiscipline.post(`${path}/accept`)).status).toBe(404);
    const detail = await discipline.get(path);
    expect(detail.body.referral.concerns[0]).toMatchObject({ personId: chairPerson() });
    expect(JSON.stringify(detail.body)).not.toContain('李秀英');

    // accept → handling → answer → close, each step once
    expect((await discipline.post(`${path}/close`)).status).toBe(409);
    expect((await discipline.post(`${path}/accept`)).body.referral.status).toBe('accepted');
    expect((await discipline.post(`${path}/accept`)).status).toBe(409);
    expect((await discipline.post(`${path}/handle`)).body.referral.status).toBe('handling');
    const answered = await discipline.post(`${path}/answer`, {
      answer: '经核查，已责令纠正并给予诫勉谈话。',
    });
    expect(answered.body.referral.status).toBe('answered');
    // the town's answer tells the complainant alone, as a village body's does, in words that say
    // nothing of the complaint or the answer; a corrected answer does not tell her again
    const corrected = await discipline.post(`${path}/answer`, {
      answer: '经核查，已责令纠正并给予诫勉谈话。',
    });
    expect(corrected.status).toBe(200);
    const told = await server.db.query<{ channel: string; person_id: string; text: string }>(
      `SELECT channel, person_id, COALESCE(payload->>'text', payload->>'line') AS text
       FROM outbox_message WHERE subject_kind = 'complaint' AND subject_id = $1 ORDER BY channel`,
      [id],
    );
    const villagerPerson = server.fixture.accounts.villager.personId;
    const [phone] = await server.db.query<{ phone: string | null }>(
      `SELECT NULLIF(phone, '') AS phone FROM person WHERE id = $1`,
      [villagerPerson],
    );
    expect(told.map((t) => [t.channel, t.person_id])).toEqual([
      ['inApp', villagerPerson],
      ...(phone?.phone ? [['sms', villagerPerson]] : []),
    ]);
    for (const t of told) {
      expect(t.text).toContain('您的监督投诉已有答复，请登录查看');
      expect(t.text).not.toMatch(/优亲厚友|低保|诫勉|主任/);
    }
    const messages = await villager.get(`${base}/my-messages`);
    expect(messages.body.items).toContainEqual(
      expect.objectContaining({ kind: 'complaintAnswered' }),
    );
    // another village's villager reads neither this village's messages nor hers
    const stranger = await server.as('otherVillageVillager');
    expect((await stranger.get(`${base}/my-messages`)).status).toBe(403);
    const theirs = await stranger.get(`/api/villages/${server.fixture.villageB.id}/my-messages`);
    expect(JSON.stringify(theirs.body)).not.toContain('complaintAnswered');
    // the complainant sees the town's answer
    const mine = await villager.get(`${base}/my-complaints`);
    const own = mine.body.items.find(
      (c: { subject: string }) => c.subject === '村委会主任优亲厚友',
    );
    expect(own).toMatchObject({
      status: 'referred',
      town: { status: 'answered', answer: '经核查，已责令纠正并给予诫勉谈话。' },
    });
    expect(JSON.stringify(own)).not.toContain(chairPerson());
    expect((await discipline.post(`${path}/close`)).body.referral.status).toBe('closed');

    // the identity: the discipline unit only, and the reading is audited on the county chain
    expect((await town.get(`${path}/complainant`)).status).toBe(404);
    const who = await discipline.get(`${path}/complainant`);
    expect(who.body).toMatchObject({ anonymous: false, name: '李秀英' });
    const reads = await server.db.query<{ chain_id: string; data: { reader: string } }>(
      `SELECT chain_id, data FROM audit_event WHERE action = 'complaint.identityRead' AND target_id = $1`,
      [id],
    );
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({
      chain_id: server.fixture.countyId,
      data: { reader: '纪委干部' },
    });
  });

  it('the town resends a failed SMS telling a discipline complaint’s complainant of the answer, audited on the county chain', async () => {
    const villagerPerson = server.fixture.accounts.villager.personId!;
    await server.db.query(
      `UPDATE person SET phone = '13900001111' WHERE village_id = $1 AND id = $2`,
      [server.fixture.villageA.id, villagerPerson],
    );
    const villager = await server.as('villager');
    const filed = await villager.post(`${base}/my-complaints`, {
      anonymous: false,
      subject: '村委会主任收受礼金',
      body: '办理宅基地审批时收取红包。',
      concernsPersonIds: [chairPerson()],
    });
    expect(filed.body.routed).toBe('discipline');
    const referral = (await discipline.get('/api/town/referrals')).body.items.find(
      (r: { subject: string }) => r.subject === '村委会主任收受礼金',
    );
    const path = `/api/town/referrals/${referral.villageId}/${referral.id}`;
    // before the answer there is nothing to resend
    expect((await discipline.get(path)).body.referral.complaint.sms).toBeNull();
    expect((await discipline.post(`${path}/resend-sms`)).status).toBe(404);
    await discipline.post(`${path}/accept`);
    await discipline.post(`${path}/answer`, { answer: '经核查，已责令退还并给予警告处分。' });
    expect((await discipline.get(path)).body.referral.complaint.sms).toEqual({
      status: 'pending',
      attempts: 0,
    });
    // still pending: nothing to resend
    expect((await discipline.post(`${path}/resend-sms`)).body.requeued).toBe(0);

    // the gateway refused it six times
    const [sms] = await server.db.query<{ id: string }>(
      `UPDATE outbox_message SET status = 'failed', attempts = 6, last_error = 'HTTP 503'
       WHERE subject_kind = 'complaint' AND subject_id = $1 AND channel = 'sms' RETURNING id`,
      [filed.body.id],
    );
    const shown = (await discipline.get(path)).body.referral;
    expect(shown.complaint.sms).toEqual({ status: 'failed', attempts: 6 });
    expect(JSON.stringify(shown)).not.toMatch(/13900001111|HTTP 503|请登录查看/);
    // the village never lists it; another town's discipline staff and the town government cannot resend it
    const chair = await server.as('committeeChair');
    const villageFailed = await chair.get(`${base}/notifications/failed`);
    expect(JSON.stringify(villageFailed.body)).not.toContain(sms!.id);
    expect((await chair.post(`${base}/notifications/messages/${sms!.id}/retry`)).status).toBe(404);
    expect((await otherTownDiscipline.post(`${path}/resend-sms`)).status).toBe(404);
    expect((await (await server.as('townOfficial')).post(`${path}/resend-sms`)).status).toBe(404);

    // two officials press at once: requeued once, audited once, on the county's chain
    const presses = await Promise.all([
      discipline.post(`${path}/resend-sms`),
      countyDiscipline.post(`${path}/resend-sms`),
    ]);
    expect(presses.map((p) => p.status)).toEqual([200, 200]);
    expect(presses.map((p) => p.body.requeued).sort()).toEqual([0, 1]);
    expect(presses[0].body.referral.complaint.sms).toEqual({ status: 'pending', attempts: 0 });
    const events = await server.db.query<{ chain_id: string; data: Record<string, unknown> }>(
      `SELECT chain_id, data FROM audit_event WHERE action = 'outbox.messageRetried' AND target_id = $1`,
      [sms!.id],
    );
    expect(events).toEqual([
      {
        chain_id: server.fixture.countyId,
        data: {
          villageId: server.fixture.villageA.id,
          kind: 'complaintAnswered',
          subject: 'complaint',
        },
      },
    ]);
  });

  it('an affairs complaint is handed to a body, answered by it, and followed with its 查询码', async () => {
    const supervisor = await server.as('supervisionChair');
    const recorded = await supervisor.post(`${base}/complaints`, {
      channel: 'paper',
      anonymous: false,
      complainantName: '赵大爷',
      complainantPhone: '139 0000 1234',
      subject: '三组路灯坏了两个月',
      body: '晚上回家看不见路。',
      class: 'affairs',
      handler: 'villagersCommittee',
    });
    expect(recorded.status).toBe(201);
    expect(recorded.body.routed).toBe('affairs');
    const id = recorded.body.id as string;
    const list = await supervisor.get(`${base}/complaints`);
    const item = list.body.items.find((c: { id: string }) => c.id === id);
    expect(item).toMatchObject({
      status: 'assigned',
      handler: 'villagersCommittee',
      dueOn: '2026-12-07',
      answerState: 'open',
    });
    expect(JSON.stringify(list.body)).not.toContain('赵大爷');
    // the Party secretary does not sit on the committee: not theirs to see
    const secretary = await server.as('partySecretary');
    expect((await secretary.get(`${base}/complaints/${id}`)).status).toBe(404);
    expect((await secretary.post(`${base}/complaints/${id}/answer`, { answer: 'x' })).status).toBe(
      404,
    );
    // the supervisor may read it but does not answer for the committee
    expect((await supervisor.post(`${base}/complaints/${id}/answer`, { answer: 'x' })).status).toBe(
      403,
    );
    const chair = await server.as('committeeChair');
    const page = await chair.get(`${base}/complaints/${id}`);
    expect(page.body.complaint.can).toEqual({
      route: false,
      answer: true,
      revealComplainant: false,
    });
    expect((await chair.get(`${base}/complaints/${id}/complainant`)).status).toBe(403);
    const answered = await chair.post(`${base}/complaints/${id}/answer`, {
      answer: '已更换灯泡。',
    });
    expect(answered.body.complaint).toMatchObject({ status: 'answered', answerState: 'answered' });
    // 赵大爷 alone is told, by SMS at the number he gave (he has no account: the portal's 查询码
    // page), in words that say nothing of the lamps nor of the answer (docs/notifications.md)
    const told = await server.db.query<{ channel: string; recipient: string; text: string }>(
      `SELECT channel, recipient, payload->>'text' AS text FROM outbox_message
       WHERE village_id = $1 AND subject_kind = 'complaint' AND subject_id = $2`,
      [server.fixture.villageA.id, id],
    );
    expect(told).toEqual([
      {
        channel: 'sms',
        recipient: '13900001234',
        text: expect.stringMatching(
          /^【.+】您的监督投诉已有答复，请凭查询码查看。详情：\/p\/.+\/complaints$/,
        ),
      },
    ]);
    expect(told[0]!.text).not.toMatch(/路灯|灯泡/);

    // the identity for a supervision member, audited on the village's chain
    const who = await supervisor.get(`${base}/complaints/${id}/complainant`);
    expect(who.body).toEqual({
      anonymous: false,
      name: '赵大爷',
      phone: '13900001234',
      personId: null,
    });
    const reads = await server.db.query<{ chain_id: string; actor_account_id: string }>(
      `SELECT chain_id, actor_account_id FROM audit_event WHERE action = 'complaint.identityRead' AND target_id = $1`,
      [id],
    );
    expect(reads).toEqual([
      {
        chain_id: server.fixture.villageA.id,
        actor_account_id: server.fixture.accounts.supervisionChair.id,
      },
    ]);

    // the village's audit log names it by number (never its text or who complained) and links it
    const log = await chair.get(`${base}/audit?kind=supervision&limit=200`);
    const acts = log.body.items.filter((e: { targetId: string }) => e.targetId === id);
    expect(acts.map((e: { action: string }) => e.action).sort()).toEqual([
      'complaint.answered',
      'complaint.assigned',
      'complaint.identityRead',
      'complaint.received',
    ]);
    expect(acts[0]).toMatchObject({
      targetTitle: `第${recorded.body.number}号投诉`,
      targetPage: { kind: 'complaint', id },
    });
    expect(JSON.stringify(log.body)).not.toContain('赵大爷');
    expect(JSON.stringify(log.body)).not.toContain('村委会主任优亲厚友');

    // the portal's status page with the 查询码 (typed in lower case, without dashes)
    const code = (recorded.body.trackingCode as string).replace(/-/g, '').toLowerCase();
    const res = await fetch(`${server.baseUrl}/p/${server.fixture.villageA.id}/complaints/track`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ trackingCode: code }).toString(),
    });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('已更换灯泡。');
    expect(html).not.toContain('赵大爷');
  });

  it('anonymous complaints keep no identity; the portal takes them without an account', async () => {
    const villager = await server.as('villager');
    const before = (await villager.get(`${base}/my-complaints`)).body.items.length;
    const filed = await villager.post(`${base}/my-complaints`, {
      anonymous: true,
      subject: '垃圾清运不及时',
      body: '四组垃圾桶满了一周。',
    });
    expect(filed.body.routed).toBe('pending');
    expect((await villager.get(`${base}/my-complaints`)).body.items).toHaveLength(before);
    const supervisor = await server.as('supervisionChair');
    const page = await supervisor.get(`${base}/complaints/${filed.body.id}`);
    expect(page.body.complaint).toMatchObject({
      anonymous: true,
      status: 'received',
      can: { route: true, revealComplainant: false },
    });
    const routed = await supervisor.post(`${base}/complaints/${filed.body.id}/route`, {
      class: 'discipline',
    });
    expect(routed.body.routed).toBe('discipline');
    expect((await supervisor.get(`${base}/complaints/${filed.body.id}`)).status).toBe(404);

    const res = await fetch(`${server.baseUrl}/p/${server.fixture.villageA.id}/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        subject: '水渠堵塞',
        body: '五组水渠堵了。',
        who: 'named',
      }).toString(),
    });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toMatch(/[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}/);
    const rows = await server.db.query<{
      anonymous: boolean;
      channel: string;
      entered_by: string | null;
    }>(`SELECT anonymous, channel, entered_by FROM complaint WHERE subject = '水渠堵塞'`);
    expect(rows).toEqual([{ anonymous: true, channel: 'portal', entered_by: null }]);
  });

  it('opens a discipline unit’s account from the command line, whose inbox is the town’s', async () => {
    const town = `T${server.fixture.townIds[0].slice(0, 8)}`;
    const now = server.clock.now();
    await expect(
      createStaffAccount(server.db, {
        phone: '13511112222',
        name: '某',
        town,
        unit: 'police',
        now,
      }),
    ).rejects.toMatchObject({ fields: [{ field: 'unit', error: 'enum_invalid' }] });
    const { temporaryPassword } = await createStaffAccount(server.db, {
      ...{ phone: '13511112222', name: '镇纪委书记', town, unit: 'discipline', now },
    });
    const [scope] = await server.db.query<{ unit: string; title: string }>(
      `SELECT s.unit, s.title FROM staff_scope s JOIN account a ON a.id = s.account_id WHERE a.phone = '13511112222'`,
    );
    expect(scope).toEqual({ unit: 'discipline', title: '乡镇纪委' });
    const client = server.anonymous();
    await client.post('/api/auth/sign-in', { phone: '13511112222', password: temporaryPassword });
    expect((await client.get('/api/me')).body.staffUnits).toEqual(['discipline']);
    const inbox = await client.get('/api/town/referrals?status=all');
    expect(inbox.body.items.length).toBeGreaterThan(0);
  });

  it('refuses bad input field by field, writing nothing', async () => {
    const supervisor = await server.as('supervisionChair');
    const count = async () =>
      (await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM complaint'))[0]!.n;
    const n = await count();
    const bad = async (body: object, field: string, id: string) => {
      const res = await supervisor.post(`${base}/complaints`, {
        channel: 'member',
        anonymous: false,
        complainantName: '某人',
        subject: '事由',
        body: '情况',
        ...body,
      });
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toEqual([expect.objectContaining({ field, id })]);
    };
    await bad({ anonymous: true }, 'anonymous', 'complaint_anonymous_identity');
    await bad({ complainantName: '' }, 'complainantName', 'complaint_identity_required');
    await bad({ complainantPhone: '12345' }, 'complainantPhone', 'phone_invalid');
    await bad({ class: 'affairs' }, 'handler', 'complaint_handler_required');
    await bad(
      { concernsPersonIds: [server.fixture.villageA.personIds[1]] },
      'concernsPersonIds.0',
      'complaint_not_cadre',
    );
    await bad({ receivedOn: '2026-12-01' }, 'receivedOn', 'date_in_future');
    expect(await count()).toBe(n);
  });
});
