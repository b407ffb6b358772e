import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import {
  addAdults,
  addHousehold,
  clientFor,
  reviewAgenda,
  seatIn,
} from '../../testing/meetings.ts';

const TODAY = '2026-11-21';

function meetingBody(over: Record<string, unknown> = {}) {
  return {
    kind: 'representativesMeeting',
    title: '2026年第四季度村民代表会议',
    meetingOn: TODAY,
    startsAt: '09:00',
    place: '村委会会议室',
    noticeOn: TODAY,
    agenda: '一、审议村道硬化方案\n二、其他事项',
    ...over,
  };
}

/** Convenes as the committee chair, has the supervision chair approve the agenda, opens it. */
async function openMeeting(server: TestServer, base: string, over: Record<string, unknown> = {}) {
  const chair = await server.as('committeeChair');
  const created = await chair.post(`${base}/meetings`, meetingBody(over));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.meeting.id as string;
  const supervisor = await server.as('supervisionChair');
  const reviewed = await reviewAgenda(supervisor, base, id);
  expect(reviewed.status, JSON.stringify(reviewed.body)).toBe(201);
  const opened = await chair.post(`${base}/meetings/${id}/open`);
  expect(opened.status, JSON.stringify(opened.body)).toBe(200);
  return { id, code: opened.body.meeting.checkInCode as string };
}

async function attend(chair: HttpClient, base: string, meetingId: string, ids: string[]) {
  for (const personId of ids) {
    const res = await chair.post(`${base}/meetings/${meetingId}/attendance`, {
      personId,
      capacity: 'member',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
}

async function motion(chair: HttpClient, base: string, meetingId: string, over = {}) {
  const res = await chair.post(`${base}/meetings/${meetingId}/motions`, {
    title: '村道硬化方案',
    body: '拟对三组村道进行硬化。',
    voting: 'showOfHands',
    ...over,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.motion.id as string;
}

describe(`convening and the agenda review (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  beforeAll(async () => {
    server = await startTestServer();
    base = `/api/villages/${server.fixture.villageA.id}`;
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses a convenor who does not sit on the convening body, citing the rule', async () => {
    const secretary = await server.as('partySecretary');
    const assembly = await secretary.post(
      `${base}/meetings`,
      meetingBody({ kind: 'villagersAssembly', meetingOn: '2026-12-01' }),
    );
    expect(assembly.status).toBe(422);
    expect(assembly.body.error).toMatchObject({
      id: 'rule_refused',
      ruleId: 'VCOL-21-CONVENE',
      article: '第二十五条第二款',
      source: '《中华人民共和国村民委员会组织法》',
      finding: { code: 'convenor_wrong' },
    });
    expect(assembly.body.error.message).toContain('村民会议由村民委员会召集');
    const chair = await server.as('committeeChair');
    const joint = await chair.post(
      `${base}/meetings`,
      meetingBody({ kind: 'twoCommitteesJointMeeting' }),
    );
    expect(joint.status).toBe(422);
    expect(joint.body.error.ruleId).toBe('JOINT-MEETING');
    // the Party secretary does convene the joint meeting
    const ok = await secretary.post(
      `${base}/meetings`,
      meetingBody({ kind: 'twoCommitteesJointMeeting' }),
    );
    expect(ok.status).toBe(201);
  });

  it("refuses 9 days' notice for the assembly and accepts 10", async () => {
    const chair = await server.as('committeeChair');
    const nine = await chair.post(
      `${base}/meetings`,
      meetingBody({ kind: 'villagersAssembly', meetingOn: '2026-11-30' }),
    );
    expect(nine.status).toBe(422);
    expect(nine.body.error).toMatchObject({
      ruleId: 'VCOL-21-CONVENE',
      finding: { code: 'notice_short', params: { days: 10, earliest: '2026-12-01' } },
    });
    expect(nine.body.error.message).toContain('应当提前 10 天通知');
    const english = await chair.request(
      'POST',
      `${base}/meetings?lang=en`,
      meetingBody({ kind: 'villagersAssembly', meetingOn: '2026-11-30' }),
    );
    expect(english.body.error.source).toBe("Villagers' Committee Organic Law");
    const ten = await chair.post(
      `${base}/meetings`,
      meetingBody({ kind: 'villagersAssembly', meetingOn: '2026-12-01', title: '村民会议' }),
    );
    expect(ten.status).toBe(201);
    expect(ten.body.meeting).toMatchObject({
      kind: 'villagersAssembly',
      status: 'planned',
      meetingOn: '2026-12-01',
      noticeOn: TODAY,
      agendaReview: { outcome: 'pending' },
      profile: { id: 'national' },
    });
    expect(ten.body.meeting.checkInCode).toMatch(/^[\w-]{12}$/);
    const [notice] = await server.db.query<{ title: string; published_on: string }>(
      `SELECT title, published_on FROM notice WHERE village_id = $1 AND meeting_id = $2 AND kind = 'meeting'`,
      [server.fixture.villageA.id, ten.body.meeting.id],
    );
    expect(notice).toMatchObject({ title: '关于召开村民会议的通知', published_on: TODAY });
    // a villager reads the meeting, without the check-in code
    const villager = await server.as('villager');
    const seen = await villager.get(`${base}/meetings/${ten.body.meeting.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.meeting.checkInCode).toBeNull();
    expect(seen.body.presence).toMatchObject({ members: 6, present: 0, households: 3 });
    expect(seen.body.citations.map((c: { ruleId: string }) => c.ruleId)).toContain(
      'VCOL-22-QUORUM',
    );
    const list = await villager.get(`${base}/meetings`);
    expect(list.body.items[0]).toMatchObject({ id: ten.body.meeting.id, title: '村民会议' });
  });

  it('names every invalid field', async () => {
    const chair = await server.as('committeeChair');
    const res = await chair.post(`${base}/meetings`, {
      ...meetingBody({ kind: 'villagerGroupMeeting', meetingOn: '2026-11-20' }),
      noticeOn: '2026-11-25',
    });
    expect(res.status).toBe(400);
    expect(
      res.body.error.fields.map((f: { field: string; id: string }) => [f.field, f.id]),
    ).toEqual([
      ['noticeOn', 'date_in_future'],
      ['meetingOn', 'date_order'],
      ['villagerGroupId', 'field_required'],
    ]);
    expect(res.body.error.fields[0].message).toBe('通知日期：不能晚于今天');
  });

  it('cannot open a meeting before the supervision committee approves its agenda', async () => {
    const chair = await server.as('committeeChair');
    const created = await chair.post(`${base}/meetings`, meetingBody());
    const id = created.body.meeting.id;
    const refused = await chair.post(`${base}/meetings/${id}/open`);
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({
      ruleId: 'SEED002-SUPERVISION',
      finding: { code: 'agenda_not_reviewed' },
    });
    expect(refused.body.error.message).toContain('会议议程须先交村务监督委员会审定');

    const supervisor = await server.as('supervisionChair');
    // the committee decides by motion (features/supervision); returning needs a reason
    const noNote = await reviewAgenda(supervisor, base, id, 'returned');
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.fields).toEqual([
      expect.objectContaining({ field: 'proposal.note', id: 'field_required' }),
    ]);
    const returned = await reviewAgenda(supervisor, base, id, 'returned', '第二项"其他事项"不具体');
    expect(returned.body.motion).toMatchObject({ kind: 'agendaReview', status: 'carried' });
    const afterReturn = await chair.get(`${base}/meetings/${id}`);
    expect(afterReturn.body.meeting.agendaReview).toMatchObject({
      outcome: 'returned',
      reviewerName: '陈志明',
      reviewedOn: TODAY,
    });
    expect((await chair.post(`${base}/meetings/${id}/open`)).status).toBe(422);
    const rewritten = await chair.request('PUT', `${base}/meetings/${id}/agenda`, {
      agenda: '一、审议村道硬化方案',
    });
    expect(rewritten.body.meeting.agendaReview.outcome).toBe('pending');
    await reviewAgenda(supervisor, base, id);
    const opened = await chair.post(`${base}/meetings/${id}/open`);
    expect(opened.status).toBe(200);
    expect(opened.body.meeting.status).toBe('open');
    // reviewing after the meeting opened is refused
    const late = await reviewAgenda(supervisor, base, id);
    expect(late.body.error.id).toBe('meeting_not_planned');
    const actions = await server.db.query<{ action: string }>(
      `SELECT action FROM audit_event WHERE chain_id = $1 AND target_id = $2 ORDER BY seq`,
      [server.fixture.villageA.id, id],
    );
    expect(actions.map((a) => a.action)).toEqual([
      'meeting.convened',
      'meeting.agendaReviewed',
      'meeting.agendaChanged',
      'meeting.agendaReviewed',
      'meeting.opened',
    ]);
  });

  it('does not open before the meeting day, and cancels a planned meeting', async () => {
    const chair = await server.as('committeeChair');
    const created = await chair.post(
      `${base}/meetings`,
      meetingBody({ meetingOn: '2026-11-25', title: '改期会议' }),
    );
    const id = created.body.meeting.id;
    await reviewAgenda(await server.as('supervisionChair'), base, id);
    const early = await chair.post(`${base}/meetings/${id}/open`);
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({ id: 'meeting_not_yet' });
    expect(early.body.error.message).toContain('2026年11月25日');
    const cancelled = await chair.post(`${base}/meetings/${id}/cancel`, { reason: '改期' });
    expect(cancelled.body.meeting.status).toBe('cancelled');
    expect((await chair.post(`${base}/meetings/${id}/cancel`)).status).toBe(409);
  });

  it('prints the record that convened it as its fingerprint, for every reader, whatever came after', async () => {
    const chair = await server.as('committeeChair');
    const created = await chair.post(
      `${base}/meetings`,
      meetingBody({ meetingOn: '2026-11-26', title: '指纹会议' }),
    );
    const id = created.body.meeting.id as string;
    const [convened] = await server.db.query<{ seq: number; hash: string }>(
      `SELECT seq, hash FROM audit_event WHERE chain_id = $1 AND action = 'meeting.convened' AND target_id = $2`,
      [server.fixture.villageA.id, id],
    );
    expect(created.body.fingerprint).toEqual({ seq: convened!.seq, hash: convened!.hash });
    await chair.post(`${base}/meetings/${id}/cancel`, { reason: '改期' });
    const villager = await (await server.as('villager')).get(`${base}/meetings/${id}`);
    expect(villager.status).toBe(200);
    expect(villager.body.fingerprint).toEqual(created.body.fingerprint);
  });
});

describe(`the representatives' meeting: quorum, show of hands, resolutions (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  let reps: string[];
  let meetingId: string;
  let code: string;
  beforeAll(async () => {
    server = await startTestServer();
    const v = server.fixture.villageA;
    base = `/api/villages/${v.id}`;
    // 30 representatives (刘强 and 29 more) + the committee chair = 31 members; 2/3 needs 21
    reps = await addAdults(server.db, v, 29, { prefix: '代表' });
    await seatIn(server.db, v, 'representativesMeeting', reps, 'representative');
    ({ id: meetingId, code } = await openMeeting(server, base));
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses to vote one person short of quorum, and opens the vote with one more', async () => {
    const chair = await server.as('committeeChair');
    const f = server.fixture.villageA;
    // the chair (a member by VCOL Art. 25) and 19 representatives: 20 of 31
    await attend(chair, base, meetingId, [f.personIds[3]!, ...reps.slice(0, 19)]);
    // the supervision chair attends as a supervisor and never counts (seed 002)
    const supervisor = await server.as('supervisionChair');
    const checkedIn = await supervisor.post(`${base}/meetings/${meetingId}/check-in`, { code });
    expect(checkedIn.status).toBe(201);
    expect(checkedIn.body.attendance.capacity).toBe('supervisor');
    const asMember = await chair.post(`${base}/meetings/${meetingId}/attendance`, {
      personId: f.personIds[5],
      capacity: 'member',
    });
    expect(asMember.status).toBe(400);
    // a villager who is not a member cannot check in
    const villager = await server.as('villager');
    const refusedCheckIn = await villager.post(`${base}/meetings/${meetingId}/check-in`, { code });
    expect(refusedCheckIn.body.error.id).toBe('not_meeting_attendee');
    const wrongCode = await (
      await server.as('representative')
    ).post(`${base}/meetings/${meetingId}/check-in`, { code: 'not-the-code' });
    expect(wrongCode.status).toBe(400);

    const detail = await chair.get(`${base}/meetings/${meetingId}`);
    expect(detail.body.presence).toEqual({ members: 31, present: 20, representatives: 30 });
    expect(detail.body.quorum).toMatchObject({ met: false, missing: 1, ruleId: 'VCOL-26-QUORUM' });

    const id = await motion(chair, base, meetingId);
    const refused = await chair.post(`${base}/motions/${id}/open`);
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({
      ruleId: 'VCOL-26-QUORUM',
      article: '第三十条第二款',
    });
    expect(refused.body.error.message).toBe(
      '未达到法定人数：到会 20 / 应到 31 人，须三分之二以上（21 人），还差 1 人，不能表决（《中华人民共和国村民委员会组织法》第三十条第二款）',
    );
    // 刘强 checks himself in with the QR code
    const rep = await server.as('representative');
    expect((await rep.post(`${base}/meetings/${meetingId}/check-in`, { code })).status).toBe(201);
    const again = await rep.post(`${base}/meetings/${meetingId}/check-in`, { code });
    expect(again.status).toBe(200);
    expect(again.body.created).toBe(false);
    const opened = await chair.post(`${base}/motions/${id}/open`);
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
  });

  it('decides by attendees: more than half of those present, and numbers the resolution', async () => {
    const chair = await server.as('committeeChair');
    const detail = await chair.get(`${base}/meetings/${meetingId}`);
    const open = detail.body.motions.find((m: { status: string }) => m.status === 'open');
    // 10 of 21 in favour is not 过半数 of attendees, though only 1 voted against
    const tooMany = await chair.post(`${base}/motions/${open.id}/close`, {
      yes: 20,
      no: 1,
      abstain: 1,
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.fields[0]).toMatchObject({ id: 'count_exceeds_present' });
    const missing = await chair.post(`${base}/motions/${open.id}/close`, { yes: 10 });
    expect(missing.body.error.fields.map((f: { field: string }) => f.field)).toEqual([
      'no',
      'abstain',
    ]);
    const failed = await chair.post(`${base}/motions/${open.id}/close`, {
      yes: 10,
      no: 1,
      abstain: 10,
    });
    expect(failed.status).toBe(200);
    expect(failed.body).toMatchObject({
      passed: false,
      resolution: null,
      result: { ruleId: 'VCOL-26-QUORUM', base: 'attendees', baseCount: 21, required: 11 },
    });
    expect(failed.body.result.text).toBe(
      '赞成 10 票，须获到会人员 21 人的过半数赞成（11 票）：未通过',
    );

    const second = await motion(chair, base, meetingId, { title: '修订版村道硬化方案' });
    await chair.post(`${base}/motions/${second}/open`);
    const passed = await chair.post(`${base}/motions/${second}/close`, {
      yes: 11,
      no: 5,
      abstain: 5,
    });
    expect(passed.body).toMatchObject({
      passed: true,
      resolution: { year: 2026, number: 1, label: '〔2026〕第1号' },
    });
    const third = await motion(chair, base, meetingId, { title: '会议经费' });
    await chair.post(`${base}/motions/${third}/open`);
    const third_ = await chair.post(`${base}/motions/${third}/close`, {
      yes: 21,
      no: 0,
      abstain: 0,
    });
    expect(third_.body.resolution.label).toBe('〔2026〕第2号');
    const [stored] = await server.db.query<{
      decision: { profile: { id: string }; presence: { present: number } };
      profile_id: string;
      kind: string;
    }>(`SELECT decision, profile_id, kind FROM resolution WHERE village_id = $1 AND number = 2`, [
      server.fixture.villageA.id,
    ]);
    expect(stored).toMatchObject({
      profile_id: 'national',
      kind: 'representativesMeeting',
      decision: { profile: { id: 'national' }, presence: { present: 21 } },
    });
    const shown = await (await server.as('villager')).get(`${base}/meetings/${meetingId}`);
    expect(
      shown.body.motions.map((m: { resolution: { label: string } | null }) => m.resolution?.label),
    ).toEqual([undefined, '〔2026〕第1号', '〔2026〕第2号']);
  });

  it('numbers resolutions afresh in a new year and separately in each village', async () => {
    // another village's first resolution is its own number 1
    const f = server.fixture;
    const b = f.villageB;
    await seatIn(server.db, b, 'villagersCommittee', [b.personIds[0]!], 'chair');
    await seatIn(server.db, b, 'villageAffairsSupervisionCommittee', [b.personIds[5]!], 'chair');
    const bChair = await server.as('otherVillageVillager');
    const bSupervisor = await clientFor(server, b.id, b.personIds[5]!);
    const bBase = `/api/villages/${b.id}`;
    const created = await bChair.post(`${bBase}/meetings`, meetingBody());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const bMeeting = created.body.meeting.id;
    await reviewAgenda(bSupervisor, bBase, bMeeting);
    await bChair.post(`${bBase}/meetings/${bMeeting}/open`);
    await bChair.post(`${bBase}/meetings/${bMeeting}/attendance`, {
      personId: b.personIds[0],
      capacity: 'member',
    });
    const bMotion = await motion(bChair, bBase, bMeeting);
    expect((await bChair.post(`${bBase}/motions/${bMotion}/open`)).status).toBe(200);
    const bClosed = await bChair.post(`${bBase}/motions/${bMotion}/close`, {
      yes: 1,
      no: 0,
      abstain: 0,
    });
    expect(bClosed.body.resolution.label).toBe('〔2026〕第1号');

    // a vote closed after new year at a meeting held in 2026 is a 2026 resolution
    server.clock.set(new Date('2027-01-04T02:00:00Z'));
    const chair = await server.signIn('committeeChair');
    const late = await motion(chair, base, meetingId, { title: '会上表决、年后录入' });
    await chair.post(`${base}/motions/${late}/open`);
    const lateClosed = await chair.post(`${base}/motions/${late}/close`, {
      yes: 21,
      no: 0,
      abstain: 0,
    });
    expect(lateClosed.body.resolution.year).toBe(2026);

    // a meeting held in the new year starts again at 1 (village B; sessions of 2026 have expired)
    const bChair2027 = await server.signIn('otherVillageVillager');
    const bSupervisor2027 = await clientFor(server, b.id, b.personIds[5]!);
    const newYear = await bChair2027.post(
      `${bBase}/meetings`,
      meetingBody({
        meetingOn: '2027-01-04',
        noticeOn: '2027-01-04',
        title: '2027年第一季度村民代表会议',
      }),
    );
    expect(newYear.status, JSON.stringify(newYear.body)).toBe(201);
    const nyMeeting = newYear.body.meeting.id;
    await reviewAgenda(bSupervisor2027, bBase, nyMeeting, 'approved', '', '2027-01-04');
    await bChair2027.post(`${bBase}/meetings/${nyMeeting}/open`);
    await bChair2027.post(`${bBase}/meetings/${nyMeeting}/attendance`, {
      personId: b.personIds[0],
      capacity: 'member',
    });
    const nyMotion = await motion(bChair2027, bBase, nyMeeting, { title: '新年度事项' });
    await bChair2027.post(`${bBase}/motions/${nyMotion}/open`);
    const closed = await bChair2027.post(`${bBase}/motions/${nyMotion}/close`, {
      yes: 1,
      no: 0,
      abstain: 0,
    });
    expect(closed.body.resolution).toMatchObject({ year: 2027, number: 1, label: '〔2027〕第1号' });
    server.clock.set(new Date('2026-11-21T02:00:00Z'));
  });

  it('refuses proxies at the representatives’ meeting', async () => {
    const chair = await server.as('committeeChair');
    const res = await chair.post(`${base}/meetings/${meetingId}/proxies`, {
      principalId: reps[25],
      holderId: reps[26],
      lodgedOn: TODAY,
    });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({
      ruleId: 'VCOL-15-PROXY',
      finding: { code: 'proxies_not_allowed' },
    });
  });

  it('a villager of another village reaches nothing of this village', async () => {
    const outsider = await server.as('otherVillageVillager');
    const a = server.fixture.villageA.id;
    const b = server.fixture.villageB.id;
    const detail = await (await server.as('committeeChair')).get(`${base}/meetings/${meetingId}`);
    const motionId = detail.body.motions[0].id;
    for (const [method, path] of [
      ['GET', `/api/villages/${a}/meetings`],
      ['GET', `/api/villages/${a}/meetings/${meetingId}`],
      ['POST', `/api/villages/${a}/meetings/${meetingId}/check-in`],
      ['POST', `/api/villages/${a}/motions/${motionId}/votes`],
      ['GET', `/api/villages/${a}/demands`],
    ] as const) {
      const res = await outsider.request(method, path, method === 'POST' ? {} : undefined);
      expect(res.status, path).toBe(403);
    }
    // through their own village's id, this village's meeting and motion do not exist
    for (const [method, path, body] of [
      ['GET', `/api/villages/${b}/meetings/${meetingId}`, undefined],
      ['POST', `/api/villages/${b}/meetings/${meetingId}/check-in`, { code }],
      ['POST', `/api/villages/${b}/motions/${motionId}/votes`, { choice: 'yes' }],
      ['POST', `/api/villages/${b}/meetings/${meetingId}/close`, undefined],
    ] as const) {
      const res = await outsider.request(method, path, body);
      expect(res.status, path).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain('村道');
    }
  });

  it("cites the supervisors' seat at the representatives' meeting in the 2025 text (Art. 37 para. 2)", async () => {
    const chair = await server.as('committeeChair');
    const page = await chair.get(`${base}/meetings/${meetingId}`);
    const cited = page.body.citations.map((c: { ruleId: string; article: string }) => [
      c.ruleId,
      c.article,
    ]);
    expect(cited).toEqual(
      expect.arrayContaining([
        ['VCOL-26-QUORUM', '第三十条第二款'],
        ['VCOL25-SUPERVISOR-ATTEND', '第三十七条第二款'],
      ]),
    );
  });

  it("finds a year without a villagers' assembly from 2026 (2025 text Art. 25 para. 3): a warning while the year runs", async () => {
    // 丙村 has held no assembly this year
    const county = await server.as('countyOfficial');
    const list = await county.get(`/api/villages/${server.fixture.villageC.id}/meetings`);
    expect(list.status).toBe(200);
    const annual = list.body.findings.filter(
      (f: { ruleId: string }) => f.ruleId === 'VCOL25-ANNUAL-ASSEMBLY',
    );
    // 2025 is judged by the 2018 text, which had no such rule: only 2026 is reported
    expect(annual).toEqual([
      expect.objectContaining({
        severity: 'warning',
        params: { count: 1, year: 2026 },
        message: expect.stringContaining('村民会议每年至少召开 1 次：2026年尚未召开'),
      }),
    ]);
    expect(annual[0].message).toContain('第二十五条第三款');
  });

  it('counts a special majority on the representatives only, and refuses more yes votes than representatives (VCOL-22-SPECIAL)', async () => {
    const chair = await server.as('committeeChair');
    const f = server.fixture.villageA;
    const { id } = await openMeeting(server, base, { title: '土地承包方案表决' });
    // all 30 representatives and the chair: 31 present, 30 of them representatives
    await attend(chair, base, id, [f.personIds[3]!, f.personIds[4]!, ...reps]);
    const special = await motion(chair, base, id, { title: '土地承包经营方案' });
    // a land contracting plan needs two-thirds of all representatives (set from its category)
    await server.db.query('UPDATE motion SET special = true WHERE village_id = $1 AND id = $2', [
      f.id,
      special,
    ]);
    await chair.post(`${base}/motions/${special}/open`);
    const above = await chair.post(`${base}/motions/${special}/close`, {
      yes: 31,
      no: 0,
      abstain: 0,
    });
    expect(above.status).toBe(400);
    expect(above.body.error.fields[0]).toMatchObject({ field: 'yes', id: 'yes_exceeds_base' });
    expect(above.body.error.fields[0].message).toContain('全体村民代表 30 人');
    const closed = await chair.post(`${base}/motions/${special}/close`, {
      yes: 20,
      no: 10,
      abstain: 1,
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({
      passed: true,
      result: {
        ruleId: 'VCOL-22-SPECIAL',
        base: 'allRepresentatives',
        baseCount: 30,
        required: 20,
      },
    });
    expect(closed.body.result.text).toBe(
      '赞成 20 票，须获全体村民代表 30 人的三分之二以上赞成（20 票）：通过',
    );
  });

  it('closes the meeting only when no vote is open, and keeps minutes', async () => {
    const chair = await server.as('committeeChair');
    const id = await motion(chair, base, meetingId, { title: '未完事项' });
    await chair.post(`${base}/motions/${id}/open`);
    expect((await chair.post(`${base}/meetings/${meetingId}/close`)).body.error.id).toBe(
      'motion_still_open',
    );
    await chair.post(`${base}/motions/${id}/close`, { yes: 0, no: 21, abstain: 0 });
    const minutes = await chair.request('PUT', `${base}/meetings/${meetingId}/minutes`, {
      minutes: '会议由张桂兰主持……',
    });
    expect(minutes.body.meeting.minutes).toBe('会议由张桂兰主持……');
    const closed = await chair.post(`${base}/meetings/${meetingId}/close`);
    expect(closed.body.meeting.status).toBe('closed');
  });
});

describe(`the villagers' assembly: households, proxies, the supervisors' verdict (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  let meetingId: string;
  let code: string;
  let family: string[];
  beforeAll(async () => {
    server = await startTestServer();
    const v = server.fixture.villageA;
    base = `/api/villages/${v.id}`;
    // a fourth household: a father and four grown children (11 adults, 4 households in all)
    ({ personIds: family } = await addHousehold(server.db, v, [
      { name: '周大山', birth: '1950-02-02' },
      { name: '周一', birth: '1975-01-01' },
      { name: '周二', birth: '1977-01-01' },
      { name: '周三', birth: '1979-01-01' },
      { name: '周四', birth: '1981-01-01' },
    ]));
    // and a minor, who is not due at the assembly
    await addHousehold(server.db, v, [{ name: '未成年', birth: '2010-06-01' }]);
    ({ id: meetingId, code } = await openMeeting(server, base, {
      kind: 'villagersAssembly',
      title: '村民会议',
      noticeOn: '2026-11-11',
    }));
  });
  afterAll(async () => {
    await server.close();
  });

  it('reaches quorum through households represented (2/3 of households) with few adults', async () => {
    const chair = await server.as('committeeChair');
    const f = server.fixture.villageA;
    await attend(chair, base, meetingId, [f.personIds[3]!, f.personIds[0]!]);
    let detail = await chair.get(`${base}/meetings/${meetingId}`);
    expect(detail.body.presence).toEqual({
      members: 11,
      present: 2,
      households: 5,
      householdsPresent: 2,
    });
    const id = await motion(chair, base, meetingId);
    const refused = await chair.post(`${base}/motions/${id}/open`);
    expect(refused.body.error).toMatchObject({ ruleId: 'VCOL-22-QUORUM' });
    // both paths are named: short by adults and by households
    expect(refused.body.error.message).toContain('还差 4 人；按户计');
    expect(refused.body.error.message).toContain('还差 2 户');

    await attend(chair, base, meetingId, [family[0]!, f.personIds[2]!]);
    // the supervision chair checks in as a supervisor: no vote, not counted
    const supervisor = await server.as('supervisionChair');
    await supervisor.post(`${base}/meetings/${meetingId}/check-in`, {
      code,
      capacity: 'supervisor',
    });
    detail = await chair.get(`${base}/meetings/${meetingId}`);
    // 4 of 11 adults (6 needed), 3 of 5 households (4 needed)
    expect(detail.body.presence).toMatchObject({ present: 4, householdsPresent: 3 });
    expect(detail.body.quorum.met).toBe(false);
    expect(
      detail.body.quorum.paths.map((p: { basis: string; required: number }) => [
        p.basis,
        p.required,
      ]),
    ).toEqual([
      ['members', 6],
      ['households', 4],
    ]);
    // a minor is not due at the assembly
    const [minor] = await server.db.query<{ id: string }>(
      `SELECT id FROM person WHERE village_id = $1 AND name = '未成年'`,
      [f.id],
    );
    const minorRes = await chair.post(`${base}/meetings/${meetingId}/attendance`, {
      personId: minor!.id,
      capacity: 'member',
    });
    expect(minorRes.status).toBe(400);
    expect(minorRes.body.error.fields[0].id).toBe('not_meeting_member');
    // at the assembly a supervisor may take part as a villager: the clerk records him as one
    await attend(chair, base, meetingId, [f.personIds[5]!]);
  });

  it('marks who on the representatives meeting sheet is a representative and who a committee member', async () => {
    const chair = await server.as('committeeChair');
    const meeting = await openMeeting(server, base, { title: '村民代表会议（签到表分列）' });
    const due = await chair.get(`${base}/meetings/${meeting.id}/eligible`);
    expect(due.status).toBe(200);
    const byName = new Map(
      (due.body.items as { name: string; representative: boolean }[]).map((r) => [
        r.name,
        r.representative,
      ]),
    );
    // 刘强 sits as a representative, 张桂兰 (committee chair) as a member of the villagers' committee
    expect(byName.get('刘强')).toBe(true);
    expect(byName.get('张桂兰')).toBe(false);
  });

  it('enters the paper sign-in sheet at once, all or nothing', async () => {
    const chair = await server.as('committeeChair');
    const f = server.fixture.villageA;
    const sheet = await openMeeting(server, base, {
      kind: 'villagersAssembly',
      title: '村民会议（签到表录入）',
      noticeOn: '2026-11-01',
    });
    const due = await chair.get(`${base}/meetings/${sheet.id}/eligible`);
    expect(due.status).toBe(200);
    const ids = due.body.items.map((r: { personId: string }) => r.personId) as string[];
    expect(ids).toHaveLength(11);
    expect(due.body.items[0]).toMatchObject({ groupNumber: 1, capacity: null, counted: false });
    const [minor] = await server.db.query<{ id: string }>(
      `SELECT id FROM person WHERE village_id = $1 AND name = '未成年'`,
      [f.id],
    );
    const refused = await chair.post(`${base}/meetings/${sheet.id}/attendance/sheet`, {
      personIds: [ids[0], minor!.id],
      capacity: 'householdRepresentative',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toMatchObject([
      { field: 'personIds.1', id: 'not_meeting_member' },
    ]);
    let detail = await chair.get(`${base}/meetings/${sheet.id}`);
    expect(detail.body.presence.present).toBe(0);

    const entered = await chair.post(`${base}/meetings/${sheet.id}/attendance/sheet`, {
      personIds: ids.slice(0, 7),
      capacity: 'householdRepresentative',
    });
    expect(entered.status, JSON.stringify(entered.body)).toBe(201);
    expect(entered.body).toMatchObject({ recorded: 7, alreadyPresent: 0 });
    const again = await chair.post(`${base}/meetings/${sheet.id}/attendance/sheet`, {
      personIds: ids.slice(5, 8),
      capacity: 'householdRepresentative',
    });
    expect(again.body).toMatchObject({ recorded: 1, alreadyPresent: 2 });
    detail = await chair.get(`${base}/meetings/${sheet.id}`);
    expect(detail.body.presence.present).toBe(8);
    expect(detail.body.quorum.met).toBe(true);

    // each write answers with what it changed (the figures), not the whole page
    expect(again.body).toMatchObject({ presence: { present: 8 }, quorum: { met: true } });
    expect(again.body).not.toHaveProperty('motions');
    const struck = await chair.request(
      'DELETE',
      `${base}/meetings/${sheet.id}/attendance/${ids[7]}`,
    );
    expect(struck.status).toBe(200);
    expect(struck.body).toMatchObject({ personId: ids[7], presence: { present: 7 } });
    expect(struck.body).not.toHaveProperty('attendance');
    const added = await chair.post(`${base}/meetings/${sheet.id}/attendance`, {
      personId: ids[7],
      capacity: 'member',
    });
    expect(added.status).toBe(201);
    expect(added.body.attendance).toMatchObject({
      personId: ids[7],
      capacity: 'member',
      method: 'clerk',
      dueToAttend: true,
    });
    expect(added.body.presence.present).toBe(8);
    expect((await chair.get(`${base}/meetings/${sheet.id}`)).body.presence.present).toBe(8);
  });

  it('counts abstentions against: the base is the attendees (VCOL-22-DECISION)', async () => {
    const chair = await server.as('committeeChair');
    const detail = await chair.get(`${base}/meetings/${meetingId}`);
    // 5 of 11 adults, 4 of 5 households
    expect(detail.body.presence).toMatchObject({ present: 5, householdsPresent: 4 });
    expect(
      detail.body.quorum.paths.map((p: { basis: string; met: boolean }) => [p.basis, p.met]),
    ).toEqual([
      ['members', false],
      ['households', true],
    ]);
    const id = detail.body.motions[0].id;
    expect((await chair.post(`${base}/motions/${id}/open`)).status).toBe(200);
    const closed = await chair.post(`${base}/motions/${id}/close`, { yes: 2, no: 0, abstain: 3 });
    expect(closed.body).toMatchObject({
      passed: false,
      result: { ruleId: 'VCOL-22-DECISION', base: 'attendees', baseCount: 5, required: 3 },
    });
  });

  it('takes written proxies from relatives or, from 2026, other villagers, up to three per holder', async () => {
    const chair = await server.as('committeeChair');
    const f = server.fixture.villageA;
    const proxy = (principalId: string, holderId: string) =>
      chair.post(`${base}/meetings/${meetingId}/proxies`, {
        principalId,
        holderId,
        lodgedOn: TODAY,
      });
    for (const child of family.slice(1, 4))
      expect((await proxy(child, family[0]!)).status).toBe(201);
    const fourth = await proxy(family[4]!, family[0]!);
    expect(fourth.status).toBe(422);
    expect(fourth.body.error).toMatchObject({
      ruleId: 'VCOL-15-PROXY',
      finding: { code: 'proxy_limit', params: { max: 3, name: '周大山', count: 3 } },
    });
    // the 2025 text lets another villager hold a proxy too: refused only for the limit
    const stranger = await proxy(f.personIds[1]!, family[0]!);
    expect(stranger.body.error.finding.code).toBe('proxy_limit');
    expect(stranger.body.error.article).toBe('第十八条第四款');
    const detail = await chair.get(`${base}/meetings/${meetingId}`);
    // the three principals count through their present holder: 8 of 11
    expect(detail.body.presence).toMatchObject({ present: 8, householdsPresent: 4 });
    expect(detail.body.quorum.paths[0]).toMatchObject({ basis: 'members', met: true });
    expect(detail.body.proxies).toHaveLength(3);

    // the holder casts for each principal, once
    const holder = await clientFor(server, f.id, family[0]!);
    const electronic = await motion(chair, base, meetingId, {
      title: '电子表决',
      voting: 'electronic',
    });
    await chair.post(`${base}/motions/${electronic}/open`);
    expect(
      (await holder.post(`${base}/motions/${electronic}/votes`, { choice: 'yes' })).status,
    ).toBe(201);
    expect(
      (
        await holder.post(`${base}/motions/${electronic}/votes`, {
          choice: 'yes',
          onBehalfOf: family[1],
        })
      ).status,
    ).toBe(201);
    const twice = await holder.post(`${base}/motions/${electronic}/votes`, {
      choice: 'no',
      onBehalfOf: family[1],
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error).toMatchObject({ id: 'already_voted', message: '您已经投过票了' });
    const notMine = await holder.post(`${base}/motions/${electronic}/votes`, {
      choice: 'no',
      onBehalfOf: family[4],
    });
    expect(notMine.body.error.id).toBe('not_eligible_to_vote');
    const mine = await holder.get(`${base}/meetings/${meetingId}`);
    expect(mine.body.me).toMatchObject({ eligible: true, checkedIn: true, capacity: 'member' });
    expect(mine.body.me.votes).toEqual({ [electronic]: 'yes' });
    expect(mine.body.me.represents).toHaveLength(3);
    const closed = await chair.post(`${base}/motions/${electronic}/close`);
    expect(closed.body.result.tally).toEqual({ yes: 2, no: 0, abstain: 0 });
    // 2 of 8 attendees
    expect(closed.body.passed).toBe(false);
  });

  it("records the supervisors' verdict; a failed check makes the meeting invalid", async () => {
    const supervisor = await server.as('supervisionChair');
    const villager = await server.as('villager');
    expect(
      (
        await villager.post(`${base}/meetings/${meetingId}/verdict`, {
          attendanceValid: true,
          procedureValid: true,
          countValid: true,
        })
      ).status,
    ).toBe(403);
    const valid = await supervisor.post(`${base}/meetings/${meetingId}/verdict`, {
      attendanceValid: true,
      procedureValid: true,
      countValid: true,
    });
    expect(valid.status).toBe(200);
    expect(valid.body.meeting).toMatchObject({ invalid: false, invalidReason: null });
    expect(valid.body.meeting.verdict).toMatchObject({ byName: '陈志明', countValid: true });
    const noNote = await supervisor.post(`${base}/meetings/${meetingId}/verdict`, {
      attendanceValid: true,
      procedureValid: true,
      countValid: false,
    });
    expect(noNote.status).toBe(400);
    const invalid = await supervisor.post(`${base}/meetings/${meetingId}/verdict`, {
      attendanceValid: true,
      procedureValid: false,
      countValid: false,
      note: '举手表决未清点弃权票',
    });
    expect(invalid.body.meeting.invalid).toBe(true);
    expect(invalid.body.meeting.invalidReason).toBe(
      '村务监督委员会认定：会议程序不规范、不合法；表决结果不真实有效（举手表决未清点弃权票）',
    );
    const [row] = await server.db.query<{ invalid_reason: string }>(
      'SELECT invalid_reason FROM meeting WHERE village_id = $1 AND id = $2',
      [server.fixture.villageA.id, meetingId],
    );
    expect(row?.invalid_reason).toContain('表决结果不真实有效');
  });
});

describe(`motions on matters (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  beforeAll(async () => {
    server = await startTestServer();
    base = `/api/villages/${server.fixture.villageA.id}`;
  });
  afterAll(async () => {
    await server.close();
  });

  it("checks the matter's procedure before the motion and records its step when the vote closes", async () => {
    const secretary = await server.as('partySecretary');
    const created = await secretary.post(`${base}/matters`, {
      title: '村委会办公用品采购',
      category: 'routineMatter',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const matterId = created.body.matter.id;

    // the representatives' meeting is not where a routine matter is settled
    const reps = await openMeeting(server, base, { title: '代表会议' });
    const chair = await server.as('committeeChair');
    const wrong = await chair.post(`${base}/meetings/${reps.id}/motions`, {
      title: '办公用品采购',
      voting: 'showOfHands',
      matterId,
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.id).toBe('rule_refused');

    // the joint meeting of the two committees (convened by the Party secretary) is
    const created2 = await secretary.post(
      `${base}/meetings`,
      meetingBody({ kind: 'twoCommitteesJointMeeting', title: '两委联席会议' }),
    );
    const jointId = created2.body.meeting.id;
    await reviewAgenda(await server.as('supervisionChair'), base, jointId);
    await secretary.post(`${base}/meetings/${jointId}/open`);
    const f = server.fixture.villageA;
    await attend(secretary, base, jointId, [f.personIds[0]!, f.personIds[3]!]);
    const joint = await secretary.get(`${base}/meetings/${jointId}`);
    expect(joint.body.presence).toEqual({ members: 2, present: 2 });
    const id = await motion(secretary, base, jointId, { title: '办公用品采购', matterId });
    await secretary.post(`${base}/motions/${id}/open`);
    const closed = await secretary.post(`${base}/motions/${id}/close`, {
      yes: 2,
      no: 0,
      abstain: 0,
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({
      passed: true,
      result: { ruleId: 'JOINT-MEETING' },
      resolution: { label: '〔2026〕第1号' },
      matterStep: { recorded: ['jointDecision'] },
    });
    const [resolution] = await server.db.query<{ matter_id: string }>(
      'SELECT matter_id FROM resolution WHERE village_id = $1',
      [f.id],
    );
    expect(resolution?.matter_id).toBe(matterId);

    // deliberating an assembly matter (四议两公开 step 2) prepares a decision: no resolution number
    const planning = await chair.post(`${base}/matters`, {
      title: '村庄规划调整',
      category: 'villagePlanning',
    });
    expect(planning.status, JSON.stringify(planning.body)).toBe(201);
    const proposed = await chair.post(`${base}/matters/${planning.body.matter.id}/steps`, {
      kind: 'partyProposal',
      on: '2026-11-20',
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    const deliberation = await motion(secretary, base, jointId, {
      title: '村庄规划调整商议',
      matterId: planning.body.matter.id,
    });
    await secretary.post(`${base}/motions/${deliberation}/open`);
    const deliberated = await secretary.post(`${base}/motions/${deliberation}/close`, {
      yes: 2,
      no: 0,
      abstain: 0,
    });
    expect(deliberated.status, JSON.stringify(deliberated.body)).toBe(200);
    expect(deliberated.body).toMatchObject({ passed: true, resolution: null });
    const numbered = await server.db.query('SELECT id FROM resolution WHERE village_id = $1', [
      f.id,
    ]);
    expect(numbered).toHaveLength(1);
  });
});

describe(`a closed meeting keeps the figures it was decided on (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  let reps: string[];
  beforeAll(async () => {
    server = await startTestServer();
    const v = server.fixture.villageA;
    base = `/api/villages/${v.id}`;
    // 刘强 and 5 more representatives + the committee chair = 7 members; 2/3 needs 5
    reps = await addAdults(server.db, v, 5, { prefix: '代表' });
    await seatIn(server.db, v, 'representativesMeeting', reps, 'representative');
  });
  afterAll(async () => {
    await server.close();
  });

  /** What a page shows of presence and quorum, and each motion's stored result. */
  const figuresOf = (body: {
    presence: unknown;
    figures: unknown;
    quorum: unknown;
    motions: { result: unknown }[];
    attendance: { personId: string; dueToAttend: boolean }[];
  }) => ({
    presence: body.presence,
    figures: body.figures,
    quorum: body.quorum,
    results: body.motions.map((m) => m.result),
    due: body.attendance.map((a) => [a.personId, a.dueToAttend]),
  });

  it('shows presence, quorum, rule and profile as at close after a charter and the registry change; an open meeting follows them', async () => {
    const chair = await server.as('committeeChair');
    const f = server.fixture.villageA;
    const present = [f.personIds[3]!, ...reps.slice(0, 4)];
    const closing = await openMeeting(server, base, { title: '将闭会的代表会议' });
    const sitting = await openMeeting(server, base, { title: '仍在开的代表会议' });
    await attend(chair, base, closing.id, present);
    await attend(chair, base, sitting.id, present);

    const id = await motion(chair, base, closing.id);
    expect((await chair.post(`${base}/motions/${id}/open`)).status).toBe(200);
    const closedMotion = await chair.post(`${base}/motions/${id}/close`, {
      yes: 3,
      no: 1,
      abstain: 1,
    });
    expect(closedMotion.body.passed).toBe(true);
    // the motion stores every quorum path as it stood, with the rule and the profile
    expect(closedMotion.body.result).toMatchObject({
      ruleId: 'VCOL-26-QUORUM',
      baseCount: 5,
      required: 3,
      presence: { members: 7, present: 5, representatives: 6 },
      quorum: {
        met: true,
        ruleId: 'VCOL-26-QUORUM',
        paths: [{ basis: 'members', count: 5, base: 7, required: 5, met: true }],
      },
      profile: { id: 'national', version: '2025-10-28' },
    });
    const closed = await chair.post(`${base}/meetings/${closing.id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.meeting.status).toBe('closed');
    // closing answers with the figures it recorded, the same as the page shows
    const atClose = figuresOf((await chair.get(`${base}/meetings/${closing.id}`)).body);
    const { presence, figures, quorum } = closed.body;
    expect({ presence, figures, quorum }).toEqual({
      presence: atClose.presence,
      figures: atClose.figures,
      quorum: atClose.quorum,
    });
    expect(atClose).toMatchObject({
      presence: { members: 7, present: 5, representatives: 6 },
      figures: { basis: 'atClose', profile: { id: 'national', version: '2025-10-28' }, on: TODAY },
      quorum: {
        met: true,
        ruleId: 'VCOL-26-QUORUM',
        paths: [{ basis: 'members', count: 5, base: 7, required: 5, met: true }],
      },
    });
    expect(closed.body.quorum.paths[0].text).toBe('到会 5 / 应到 7 人，须三分之二以上（5 人）');
    expect(atClose.due.every(([, due]) => due === true)).toBe(true);

    // the charter raises the representatives' quorum to three quarters ...
    const charter = await chair.request('PUT', `${base}/rules/overrides/VCOL-26-QUORUM`, {
      params: { present: { kind: 'atLeast', num: 3, den: 4 } },
      adoptedOn: TODAY,
    });
    expect(charter.status, JSON.stringify(charter.body)).toBe(200);
    // ... one attending representative's seat turns out to have ended, two more are seated
    await server.db.query(
      'UPDATE body_membership SET ended_on = $3 WHERE village_id = $1 AND person_id = $2',
      [f.id, reps[0], TODAY],
    );
    const more = await addAdults(server.db, f, 2, { prefix: '新代表' });
    await seatIn(server.db, f, 'representativesMeeting', more, 'representative');

    // the closed meeting shows what it was decided on, to every reader
    const after = await chair.get(`${base}/meetings/${closing.id}`);
    expect(figuresOf(after.body)).toEqual(atClose);
    const villager = await server.as('villager');
    const read = await villager.get(`${base}/meetings/${closing.id}`);
    expect(read.body.quorum).toEqual(atClose.quorum);
    expect(read.body.presence).toEqual(atClose.presence);

    // the open meeting reflects both: 4 of 8 present, three quarters of 8 needed (6)
    const live = await chair.get(`${base}/meetings/${sitting.id}`);
    expect(live.body.presence).toEqual({ members: 8, present: 4, representatives: 7 });
    expect(live.body.figures).toMatchObject({
      basis: 'live',
      profile: { id: 'national', version: '2025-10-28+charter(VCOL-26-QUORUM@2026-11-21)' },
      on: null,
    });
    expect(live.body.quorum).toMatchObject({
      met: false,
      missing: 2,
      paths: [{ basis: 'members', count: 4, base: 8, required: 6, met: false }],
    });
    expect(live.body.quorum.paths[0].text).toBe('到会 4 / 应到 8 人，须四分之三以上（6 人）');
    expect(
      live.body.attendance.find((a: { personId: string }) => a.personId === reps[0]).dueToAttend,
    ).toBe(false);
    // once it closes, it too keeps its own figures
    const closedLater = await chair.post(`${base}/meetings/${sitting.id}/close`);
    expect(closedLater.body.figures).toMatchObject({
      basis: 'atClose',
      profile: { version: '2025-10-28+charter(VCOL-26-QUORUM@2026-11-21)' },
    });
    expect(closedLater.body.quorum.paths[0]).toMatchObject({ count: 4, base: 8, required: 6 });
    const [row] = await server.db.query<{ figures_at_close: { attendeesNotDue: string[] } }>(
      'SELECT figures_at_close FROM meeting WHERE village_id = $1 AND id = $2',
      [f.id, sitting.id],
    );
    expect(row?.figures_at_close.attendeesNotDue).toEqual([reps[0]]);
  });

  it('says so when a meeting closed before its figures were recorded', async () => {
    const chair = await server.as('committeeChair');
    const old = await openMeeting(server, base, { title: '早先闭会的会议' });
    await chair.post(`${base}/meetings/${old.id}/close`);
    await server.db.query(
      'UPDATE meeting SET figures_at_close = NULL WHERE village_id = $1 AND id = $2',
      [server.fixture.villageA.id, old.id],
    );
    const shown = await chair.get(`${base}/meetings/${old.id}`);
    expect(shown.body.meeting.status).toBe('closed');
    expect(shown.body.figures).toMatchObject({ basis: 'live', on: null });
  });
});

describe(`checking in by phone: a supervisor at the assembly chooses (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  beforeAll(async () => {
    server = await startTestServer();
    base = `/api/villages/${server.fixture.villageA.id}`;
  });
  afterAll(async () => {
    await server.close();
  });

  it('offers a supervisor both capacities at the assembly (villager first), only supervisor elsewhere', async () => {
    const assembly = await openMeeting(server, base, {
      kind: 'villagersAssembly',
      title: '村民会议',
      noticeOn: '2026-11-11',
    });
    const reps = await openMeeting(server, base, { title: '代表会议' });
    const supervisor = await server.as('supervisionChair');
    const villager = await server.as('villager');
    const at = async (client: HttpClient, meetingId: string) =>
      (await client.get(`${base}/meetings/${meetingId}`)).body;

    expect((await at(supervisor, assembly.id)).me).toMatchObject({
      eligible: true,
      checkedIn: false,
      checkInAs: ['member', 'supervisor'],
    });
    expect((await at(supervisor, reps.id)).me).toMatchObject({
      eligible: false,
      checkInAs: ['supervisor'],
    });
    expect((await at(villager, assembly.id)).me.checkInAs).toEqual(['member']);
    expect((await at(villager, reps.id)).me.checkInAs).toEqual([]);

    // choosing to supervise: present, not counted, no vote
    const checkedIn = await supervisor.post(`${base}/meetings/${assembly.id}/check-in`, {
      code: assembly.code,
      capacity: 'supervisor',
    });
    expect(checkedIn.body.attendance.capacity).toBe('supervisor');
    const after = await at(supervisor, assembly.id);
    expect(after.me).toMatchObject({ checkedIn: true, capacity: 'supervisor', checkInAs: [] });
    expect(after.presence.present).toBe(0);
    // the villager's phone sends no choice and is counted as a member
    const plain = await villager.post(`${base}/meetings/${assembly.id}/check-in`, {
      code: assembly.code,
    });
    expect(plain.body.attendance.capacity).toBe('member');
    expect((await at(villager, assembly.id)).presence.present).toBe(1);
  });
});
