import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../platform/command.ts';
import { testConfig } from '../../platform/config.ts';
import type { SmsMessage } from '../../platform/sms.ts';
import { clientFor, reviewAgenda } from '../../testing/meetings.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import type { HttpClient, TestServer } from '../../testing/testServer.ts';
import { startTestServer } from '../../testing/testServer.ts';
import { recordConsent, sendConsentCode } from './commands/consent.ts';

/**
 * 代办 (issue 16 item 5) through the API: a consent's terms (never a ballot), a paper consent
 * that holds once its form is photographed, a code consent bound to the terms it texted, the
 * boundaries (scope, the day after the end date, revocation, the household), the mark on the
 * attendance list, the service request and the question, the audit chain, and the villager's
 * own 代办记录. Then the paper ⇄ online reconciliation of the meeting and its signature.
 * Today is 2026-11-21.
 */
describe(`assisted participation (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  let chair: HttpClient;
  let villager: HttpClient;
  /** 王老太: 李秀英's (the fixture villager's) mother-in-law in household 0, no account, a phone. */
  let elder: string;
  let cadresConsent: string;
  let meetingId: string;
  let itemId: string;

  const jpeg = () => {
    const f = new FormData();
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 1, 2, 0xff, 0xd9]);
    f.append('files', new Blob([bytes], { type: 'image/jpeg' }), '授权书.jpg');
    return f;
  };
  const events = async (action: string) =>
    server.db.query<{ data: Record<string, unknown> }>(
      'SELECT data FROM audit_event WHERE chain_id = $1 AND action = $2 ORDER BY seq',
      [server.fixture.villageA.id, action],
    );

  beforeAll(async () => {
    server = await startTestServer();
    const v = server.fixture.villageA;
    base = `/api/villages/${v.id}`;
    elder = randomUUID();
    await server.db.query(
      `INSERT INTO person (village_id, id, household_id, name, gender, birth_date, phone,
         relation_to_head, residence_status)
       VALUES ($1, $2, $3, '王老太', 'female', '1938-02-02', '13900001111', 'parent', 'resident')`,
      [v.id, elder, v.householdIds[0]],
    );
    chair = await server.as('committeeChair');
    villager = await server.as('villager');
    // a meeting the elder is due at (the villagers' assembly: every adult), open today
    const created = await chair.post(`${base}/meetings`, {
      kind: 'villagersAssembly',
      title: '村民会议：审议村规民约修订',
      meetingOn: '2026-11-21',
      startsAt: '09:00',
      place: '村委会广场',
      noticeOn: '2026-11-10',
      agenda: '一、审议村规民约修订',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    meetingId = created.body.meeting.id;
    await reviewAgenda(await server.as('supervisionChair'), base, meetingId);
    const opened = await chair.post(`${base}/meetings/${meetingId}/open`);
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses a secret ballot by name, an end date past or beyond a year, a consent for oneself', async () => {
    const res = await chair.post(`${base}/assistance/consents`, {
      ...{ personId: elder, agentKind: 'cadres', acts: ['checkIn', 'vote'] },
      ...{ endsOn: '2026-11-20', evidence: 'paper' },
    });
    expect(res.status).toBe(400);
    const fields = res.body.error.fields as Array<{ field: string; id: string; message: string }>;
    expect(fields.map((f) => [f.field, f.id])).toEqual([
      ['acts.1', 'consent_no_secret_ballot'],
      ['endsOn', 'consent_ends_before_today'],
    ]);
    expect(fields[0]!.message).toContain('无记名投票不能代办');
    expect(fields[0]!.message).toContain('《村民委员会组织法》');
    const long = await chair.post(`${base}/assistance/consents`, {
      ...{ personId: elder, agentKind: 'cadres', acts: ['checkIn'], endsOn: '2027-11-23' },
      evidence: 'paper',
    });
    expect(long.body.error.fields[0]).toMatchObject({ field: 'endsOn', id: 'consent_too_long' });
    // a villager cannot empower the cadres: only a cadre records that consent
    const notCadre = await villager.post(`${base}/assistance/consents`, {
      ...{ personId: elder, agentKind: 'cadres', acts: ['checkIn'], endsOn: '2026-12-31' },
      evidence: 'paper',
    });
    expect(notCadre.status).toBe(403);
  });

  it('a paper consent holds once its signed form is photographed; the check-in is marked and audited', async () => {
    const res = await chair.post(`${base}/assistance/consents`, {
      ...{ personId: elder, agentKind: 'cadres', acts: ['checkIn', 'serviceOrder'] },
      ...{ endsOn: '2026-12-31', evidence: 'paper' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.consent).toMatchObject({ inForce: false, formAttached: false });
    cadresConsent = res.body.consent.id;
    const body = { personId: elder, meetingId };
    const early = await chair.post(`${base}/assistance/check-ins`, body);
    expect(early.status).toBe(400);
    expect(early.body.error.id).toBe('consent_evidence_needed');

    const form = `${base}/attachments/assistanceConsent/${cadresConsent}`;
    expect((await chair.post(form, jpeg())).status).toBe(201);
    // a villager of another household may not see the form
    expect((await (await server.as('representative')).get(form)).status).toBe(404);

    const done = await chair.post(`${base}/assistance/check-ins`, body);
    expect(done.status, JSON.stringify(done.body)).toBe(201);
    expect(done.body.act).toMatchObject({
      act: 'checkIn',
      person: { id: elder, name: '王老太' },
      subject: '村民会议：审议村规民约修订',
      agentName: 'committeeChair',
      evidence: 'paper',
    });
    const page = await chair.get(`${base}/meetings/${meetingId}`);
    const row = page.body.attendance.find((a: { personId: string }) => a.personId === elder);
    expect(row).toMatchObject({ assistedBy: 'committeeChair', capacity: 'member' });
    const acted = await events('assistance.acted');
    expect(acted.at(-1)!.data).toMatchObject({
      act: 'checkIn',
      subjectId: meetingId,
      forPersonId: elder,
      consentId: cadresConsent,
      evidence: 'paper',
      byAccountId: server.fixture.accounts.committeeChair.id,
    });
    const again = await chair.post(`${base}/assistance/check-ins`, body);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('王老太已签到，无需代办');
  });

  it('refuses an act outside the scope, and anyone who is neither a cadre nor of the household', async () => {
    const notice = await chair.post(`${base}/disclosure/notices`, {
      kind: 'villageAffairs',
      title: '2026年第四季度村务公开',
      body: '道路硬化工程进度',
      publishedOn: '2026-11-21',
    });
    expect(notice.status, JSON.stringify(notice.body)).toBe(201);
    const ask = {
      personId: elder,
      noticeId: notice.body.notice.id,
      kind: 'question',
      text: '路修到哪了？',
    };
    const out = await chair.post(`${base}/assistance/questions`, ask);
    expect(out.status).toBe(403);
    expect(out.body.error.message).toBe('王老太的授权不包括“公告质询”，超出授权范围不能代办');
    const stranger = await (
      await server.as('representative')
    ).post(`${base}/assistance/questions`, ask);
    expect(stranger.status).toBe(403);
    expect(stranger.body.error.id).toBe('relative_not_household');
  });

  it('a relative’s consent by a texted code: bound to its terms, then the order and question are marked', async () => {
    const cmd = {
      ...systemContext(
        { db: server.db, clock: server.clock, config: testConfig() },
        server.fixture.villageA.id,
      ),
      actorAccountId: server.fixture.accounts.villager.id,
      personId: server.fixture.accounts.villager.personId,
    };
    const agent = { accountId: cmd.actorAccountId, personId: cmd.personId, asCadre: false };
    const terms = {
      ...{ personId: elder, agentKind: 'relative' as const, acts: ['serviceOrder', 'question'] },
      endsOn: '2026-11-30',
    };
    const sent: SmsMessage[] = [];
    const { codeId } = await sendConsentCode(
      cmd,
      agent,
      { ...terms, address: '10.0.0.1', villageName: '甲村' },
      (m) => sent.push(m),
    );
    expect(sent[0]!.phone).toBe('13900001111');
    expect(sent[0]!.text).toContain('由李秀英代您办理服务点单、公告质询，至2026年11月30日');
    const code = /验证码 (\d{6})/.exec(sent[0]!.text)![1]!;
    // the terms the villager heard, or the code does not match
    const changed = recordConsent(cmd, agent, {
      ...terms,
      endsOn: '2026-12-31',
      evidence: 'code',
      codeId,
      code,
    });
    await expect(changed).rejects.toMatchObject({
      fields: [{ field: 'code', error: 'phone_code_wrong' }],
    });
    const consent = await recordConsent(cmd, agent, { ...terms, evidence: 'code', codeId, code });
    expect(consent).toMatchObject({
      agent_kind: 'relative',
      agent_name: '李秀英',
      evidence: 'code',
    });

    const catalogue = await chair.post(`${base}/services/windows`, {
      windowNumber: 1,
      windowName: '民政事务',
    });
    expect(catalogue.status, JSON.stringify(catalogue.body)).toBe(201);
    const item = await chair.post(`${base}/services/items`, {
      ...{ windowId: catalogue.body.window.id, itemName: '高龄津贴申领', materials: ['身份证'] },
      ...{ promisedDays: 5, promisedUnit: 'working', fullAgency: false },
    });
    expect(item.status, JSON.stringify(item.body)).toBe(201);
    itemId = item.body.item.id;
    const order = await villager.post(`${base}/assistance/service-orders`, {
      personId: elder,
      itemId,
    });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    const requests = await chair.get(`${base}/services/requests`);
    const summary = requests.body.items.find((r: { id: string }) => r.id === order.body.request.id);
    expect(summary).toMatchObject({
      requesterName: '王老太',
      assistedBy: 'villager',
      channel: 'phone',
    });

    const notices = await chair.get(`${base}/notices`);
    const noticeId = notices.body.items[0].id;
    const asked = await villager.post(`${base}/assistance/questions`, {
      ...{ personId: elder, noticeId, kind: 'objection', text: '低保名单有误' },
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    const questions = await chair.get(`${base}/questions`);
    const q = questions.body.items.find((x: { id: string }) => x.id === asked.body.question.id);
    expect(q).toMatchObject({ asker: { name: '王老太' }, onBehalf: true, assistedBy: 'villager' });
    // the cadres' consent does not cover questions, and the relative's does not cover check-ins
    const checkIn = await villager.post(`${base}/assistance/check-ins`, {
      personId: elder,
      meetingId,
    });
    expect(checkIn.body.error.id).toBe('consent_out_of_scope');
  });

  it('the villager’s 代办记录 lists what was done for them; they revoke; each sees only their own', async () => {
    const elderPhone = await clientFor(server, server.fixture.villageA.id, elder);
    const mine = await elderPhone.get(`${base}/assistance/mine`);
    expect(mine.status).toBe(200);
    expect(mine.body.actsForMe.map((a: { act: string }) => a.act).sort()).toEqual([
      'checkIn',
      'question',
      'serviceOrder',
    ]);
    expect(mine.body.myConsents).toHaveLength(2);
    const relative = await villager.get(`${base}/assistance/mine`);
    expect(relative.body.actsForMe).toEqual([]);
    expect(relative.body.givenToMe.map((c: { person: { name: string } }) => c.person.name)).toEqual(
      ['王老太'],
    );
    // another household's villager cannot revoke her consent
    const foreign = await (
      await server.as('representative')
    ).post(`${base}/assistance/consents/${cadresConsent}/revoke`);
    expect(foreign.status).toBe(403);
    const revoked = await elderPhone.post(`${base}/assistance/consents/${cadresConsent}/revoke`);
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);
    expect(revoked.body.consent).toMatchObject({ revokedOn: '2026-11-21', inForce: false });
    const after = await chair.post(`${base}/assistance/service-orders`, {
      personId: elder,
      itemId,
    });
    expect(after.status).toBe(403);
    expect(after.body.error.message).toBe('王老太已撤回代办授权');
    expect((await events('assistance.consentRevoked')).at(-1)!.data).toMatchObject({
      consentId: cadresConsent,
    });
  });

  it('reconciles the paper sheet with the online check-ins; the supervision committee signs once', async () => {
    const v = server.fixture.villageA;
    const secretary = await server.as('partySecretary');
    const meeting = await chair.get(`${base}/meetings/${meetingId}`);
    const code = meeting.body.meeting.checkInCode;
    expect((await secretary.post(`${base}/meetings/${meetingId}/check-in`, { code })).status).toBe(
      201,
    );
    // 王建国 (online already) and 张桂兰 signed the paper sheet
    const sheet = await chair.post(`${base}/meetings/${meetingId}/attendance/sheet`, {
      personIds: [v.personIds[0], v.personIds[3]],
      capacity: 'member',
    });
    expect(sheet.status, JSON.stringify(sheet.body)).toBe(201);
    const supervisor = await server.as('supervisionChair');
    const report = await supervisor.get(`${base}/meetings/${meetingId}/reconciliation`);
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    const names = (k: string) => report.body[k].map((p: { name: string }) => p.name);
    expect(names('both')).toEqual(['王建国']);
    expect(names('paperOnly')).toEqual(['张桂兰']);
    expect(report.body.onlineOnly).toEqual([
      { personId: elder, name: '王老太', assistedBy: 'committeeChair' },
    ]);
    expect(report.body.countedOnce).toBe(3);
    expect(report.body.neither).toHaveLength(report.body.dueCount - 3);
    expect(report.body.auditFingerprint).toBeNull();

    expect(
      (await chair.post(`${base}/meetings/${meetingId}/reconciliation/signatures`)).status,
    ).toBe(403);
    const signed = await supervisor.post(`${base}/meetings/${meetingId}/reconciliation/signatures`);
    expect(signed.status, JSON.stringify(signed.body)).toBe(201);
    expect(signed.body.signatures).toMatchObject([{ name: '陈志明', current: true }]);
    expect(signed.body.auditFingerprint).toMatchObject({ seq: expect.any(Number) });
    const twice = await supervisor.post(`${base}/meetings/${meetingId}/reconciliation/signatures`);
    expect(twice.status).toBe(409);
    expect((await events('reconciliation.signed')).at(-1)!.data).toMatchObject({
      both: 1,
      paperOnly: 1,
      onlineOnly: 1,
      countedOnce: 3,
    });
    // a later paper entry changes the report: the signature no longer matches it
    await chair.post(`${base}/meetings/${meetingId}/attendance`, {
      personId: v.personIds[4],
      capacity: 'member',
    });
    const changed = await supervisor.get(`${base}/meetings/${meetingId}/reconciliation`);
    expect(changed.body.signatures[0].current).toBe(false);
  });

  it('the relative’s consent expires the day after its end date', async () => {
    server.clock.set(new Date('2026-12-01T02:00:00Z'));
    villager = await server.signIn('villager');
    const late = await villager.post(`${base}/assistance/service-orders`, {
      personId: elder,
      itemId,
    });
    expect(late.status).toBe(403);
    expect(late.body.error.message).toBe('王老太的代办授权已过期，请重新取得其同意');
  });
});
