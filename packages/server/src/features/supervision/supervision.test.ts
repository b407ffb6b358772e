import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { FIXTURE_TODAY } from '../../testing/fixtures.ts';
import { addAdults, clientFor, seatIn } from '../../testing/meetings.ts';

/**
 * The supervision committee's own work over HTTP (issue 11 items 1–3): seed 002's seven members
 * act by motion — a finance inspection needs four of them present, a report is published only
 * with four in favour, the chair alone carries nothing — and every act is on the audit chain.
 */
describe(`supervision: the committee's sittings, inspections, corrections and reports (${describeDatabase()})`, () => {
  let s: TestServer;
  let base: string;
  let chair: HttpClient;
  let members: HttpClient[];
  let memberIds: string[];
  let cadre: HttpClient;

  beforeAll(async () => {
    s = await startTestServer();
    const v = s.fixture.villageA;
    base = `/api/villages/${v.id}/supervision`;
    // seed 002: 监督委员会设委员7名 — the fixture's chair and six members
    const six = await addAdults(s.db, v, 6, { prefix: '监委' });
    await seatIn(s.db, v, 'villageAffairsSupervisionCommittee', six, 'member');
    memberIds = [s.fixture.accounts.supervisionChair.personId!, ...six];
    chair = await s.as('supervisionChair');
    members = await Promise.all(six.map((p) => clientFor(s, v.id, p)));
    cadre = await s.as('committeeChair');
  });
  afterAll(async () => {
    await s.close();
  });

  const inPerson = (present: number, yes: number) => ({
    mode: 'inPerson',
    heldOn: FIXTURE_TODAY,
    attendance: memberIds.slice(0, present),
    votes: memberIds
      .slice(0, present)
      .map((personId, i) => ({ personId, choice: i < yes ? 'yes' : 'no' })),
  });

  async function openFinanceInspection() {
    const res = await chair.post(`${base}/inspections`, {
      title: '2026年10月财务收支检查',
      subject: 'financePeriod',
      subjectRef: '2026-10',
      assigned: memberIds.slice(0, 3),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.inspection.id as string;
  }

  it('a finance inspection is the committee’s only with four of seven present (n−1, n)', async () => {
    const id = await openFinanceInspection();
    const finding = await chair.post(`${base}/inspections/${id}/findings`, {
      text: '10月支付保洁费8,000元，未见支出审批和村民代表会议决议',
      evidence: '现金日记账第12页；付款收据复印件',
    });
    expect(finding.status, JSON.stringify(finding.body)).toBe(201);
    expect(finding.body.inspection.findingsList).toHaveLength(1);

    const three = await chair.request('PUT', `${base}/inspections/${id}/attendance`, {
      present: memberIds.slice(0, 3),
    });
    expect(three.body.inspection.attendanceFinding).toContain('须 4 人');
    const conclusion = {
      kind: 'inspectionOutcome',
      inspectionId: id,
      outcome: 'correction',
      note: '责成村委会补办审批手续',
      correction: {
        addressee: 'villagersCommittee',
        what: '补办支出审批，提交村民代表会议追认',
        dueOn: '2026-12-05',
      },
    };
    const refused = await chair.post(`${base}/motions`, {
      proposal: conclusion,
      sitting: inPerson(4, 4),
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.ruleId).toBe('SEED002-SUPERVISION');
    expect(refused.body.error.message).toContain('须 4 人到场');

    await chair.request('PUT', `${base}/inspections/${id}/attendance`, {
      present: memberIds.slice(0, 4),
    });
    // a deadline on the day of the order is refused with the field named
    const early = await chair.post(`${base}/motions`, {
      proposal: { ...conclusion, correction: { ...conclusion.correction, dueOn: FIXTURE_TODAY } },
      sitting: inPerson(4, 4),
    });
    expect(early.status).toBe(400);
    expect(early.body.error.fields[0]).toMatchObject({ field: 'proposal.correction.dueOn' });

    const carried = await chair.post(`${base}/motions`, {
      proposal: conclusion,
      sitting: inPerson(4, 4),
    });
    expect(carried.status, JSON.stringify(carried.body)).toBe(201);
    expect(carried.body.motion).toMatchObject({
      status: 'carried',
      count: { members: 7, present: 4, yes: 4, requiredPresent: 4, requiredYes: 4 },
    });
    const page = await chair.get(`${base}/inspections/${id}`);
    expect(page.body).toMatchObject({ status: 'concluded', outcome: 'correction' });
    expect(page.body.correction).toMatchObject({ state: 'ordered', dueOn: '2026-12-05' });
  });

  it('the body ordered answers the correction, a member verifies it; verifying first is refused', async () => {
    const overview = await chair.get(base);
    const correction = overview.body.corrections[0];
    const early = await chair.post(`${base}/corrections/${correction.id}/verify`, {});
    expect(early.body.error.id).toBe('correction_not_done');
    // a supervisor cannot answer for the committee; the villagers' committee can
    expect(
      (await chair.post(`${base}/corrections/${correction.id}/answer`, { answer: 'x' })).status,
    ).toBe(403);
    const answered = await cadre.post(`${base}/corrections/${correction.id}/answer`, {
      answer: '已补办审批手续，12月3日村民代表会议追认通过',
    });
    expect(answered.body.correction.state).toBe('done');
    const verified = await members[0]!.post(`${base}/corrections/${correction.id}/verify`, {});
    expect(verified.body.correction).toMatchObject({ state: 'verified', verifiedBy: '监委1' });
  });

  it('a report is published only when four of seven vote for it; one that fails stays on the record', async () => {
    const draft = await chair.post(`${base}/reports`, {
      kind: 'finance',
      title: '2026年10月财务监督报告',
      body: '经检查，10月份收支总体规范，发现一笔保洁费支出未经审批，已责成村委会整改。',
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const reportId = draft.body.report.id;
    const proposal = { kind: 'report', reportId };

    // in person, 4 present and 3 in favour: counted, not carried
    const lost = await chair.post(`${base}/motions`, { proposal, sitting: inPerson(4, 3) });
    expect(lost.body.motion.status).toBe('failed');
    expect(lost.body.motion.refusal).toContain('须经半数以上委员同意');
    const rejected = await chair.get(`${base}/reports/${reportId}`);
    expect(rejected.body).toMatchObject({ status: 'rejected', publishedOn: null });

    // remotely: the chair's own vote (tabling it) and two more are three — still open
    const tabled = await chair.post(`${base}/motions`, {
      proposal,
      sitting: { mode: 'remote', closesOn: '2026-11-24' },
    });
    const motionId = tabled.body.motion.id;
    expect(tabled.body.motion).toMatchObject({ status: 'open', myVote: 'yes' });
    await members[0]!.post(`${base}/motions/${motionId}/votes`, { choice: 'yes' });
    const third = await members[1]!.post(`${base}/motions/${motionId}/votes`, { choice: 'yes' });
    expect(third.body.motion.status).toBe('open');
    const inbox = await members[2]!.get(`${base}/inbox`);
    expect(inbox.body.toVote.map((m: { id: string }) => m.id)).toContain(motionId);
    // counting before the window ends is refused while members may still vote
    const early = await chair.post(`${base}/motions/${motionId}/close`);
    expect(early.body.error.id).toBe('motion_window_open');
    const fourth = await members[2]!.post(`${base}/motions/${motionId}/votes`, { choice: 'yes' });
    expect(fourth.body.motion).toMatchObject({ status: 'carried', count: { yes: 4, members: 7 } });
    const late = await members[3]!.post(`${base}/motions/${motionId}/votes`, { choice: 'no' });
    expect(late.body.error.id).toBe('motion_not_open');

    const published = await cadre.get(`${base}/reports/${reportId}`);
    expect(published.body).toMatchObject({ status: 'published', publishedOn: FIXTURE_TODAY });
    expect(published.body.carriedBy).toMatchObject({ yes: 4, members: 7 });
    // published as a notice of the supervision committee, on the portal without an account
    const notice = await cadre.get(
      `/api/villages/${s.fixture.villageA.id}/notices/${published.body.noticeId}`,
    );
    expect(notice.body.notice).toMatchObject({
      kind: 'supervisionReport',
      title: '2026年10月财务监督报告',
    });
    const portal = await fetch(
      `${s.baseUrl}/p/${s.fixture.villageA.id}/n/${published.body.noticeId}`,
    );
    const html = await portal.text();
    expect(html).toContain('2026年10月财务监督报告');
    expect(html).toContain('村务监督委员会');
  });

  it('the chair alone carries nothing; a villager and a council member cannot read the committee’s work', async () => {
    const draft = await chair.post(`${base}/reports`, {
      kind: 'supervision',
      title: '第四季度监督报告',
      body: '草稿',
    });
    const alone = await chair.post(`${base}/motions`, {
      proposal: { kind: 'report', reportId: draft.body.report.id },
      sitting: inPerson(1, 1),
    });
    expect(alone.status).toBe(422);
    expect(alone.body.error.ruleId).toBe('SEED002-SUPERVISION');
    expect((await chair.get(`${base}/reports/${draft.body.report.id}`)).body.status).toBe('draft');
    for (const role of ['villager', 'councilMember', 'otherTownOfficial'] as const)
      expect((await (await s.as(role)).get(base)).status).toBe(403);
    // a vote recorded for a member not present is refused, naming them
    const absent = await chair.post(`${base}/motions`, {
      proposal: { kind: 'report', reportId: draft.body.report.id },
      sitting: { ...inPerson(4, 4), attendance: memberIds.slice(0, 3) },
    });
    expect(absent.status).toBe(400);
    expect(absent.body.error.fields[0]).toMatchObject({
      field: 'sitting.votes',
      id: 'voter_not_present',
    });
    expect(absent.body.error.fields[0].message).toContain('监委3 未登记到会');
  });

  it('a referral to the town discipline commission reaches the town; the cadres see only where it went', async () => {
    const opened = await chair.post(`${base}/inspections`, {
      title: '村委会主任违规发放补贴检查',
      subject: 'work',
      assigned: memberIds.slice(0, 2),
    });
    const inspectionId = opened.body.inspection.id;
    const summary = '村委会主任张桂兰以误工补贴名义向本人亲属发放补贴3,600元';
    const carried = await chair.post(`${base}/motions`, {
      proposal: {
        kind: 'inspectionOutcome',
        inspectionId,
        outcome: 'referral',
        note: '',
        referral: { addressee: 'disciplineCommission', summary },
      },
      sitting: inPerson(5, 5),
    });
    expect(carried.body.motion.status).toBe('carried');
    const [filed] = await s.db.query<{ summary: string; addressee: string }>(
      `SELECT summary, addressee FROM town_referral WHERE village_id = $1 AND source_id = $2`,
      [s.fixture.villageA.id, inspectionId],
    );
    expect(filed).toEqual({ summary, addressee: 'disciplineCommission' });
    const seenByCadre = await cadre.get(`${base}/inspections/${inspectionId}`);
    expect(seenByCadre.status, JSON.stringify(seenByCadre.body)).toBe(200);
    expect(seenByCadre.body.referral).toMatchObject({ addresseeName: { zh: '乡镇纪委' } });
    expect(JSON.stringify(seenByCadre.body)).not.toContain('亲属发放补贴');
    const chain = await s.db.query<{ data: unknown }>(
      `SELECT data FROM audit_event WHERE chain_id = $1 AND target_id = $2`,
      [s.fixture.villageA.id, carried.body.motion.id],
    );
    expect(JSON.stringify(chain)).not.toContain('亲属发放补贴');
  });

  it('records every act on the village’s audit chain', async () => {
    const rows = await s.db.query<{ action: string }>(
      `SELECT DISTINCT action FROM audit_event WHERE chain_id = $1 AND action LIKE 'supervision.%'`,
      [s.fixture.villageA.id],
    );
    expect(rows.map((r) => r.action).sort()).toEqual(
      [
        'supervision.correctionAnswered',
        'supervision.correctionVerified',
        'supervision.findingRecorded',
        'supervision.inspectionAttended',
        'supervision.inspectionConcluded',
        'supervision.inspectionOpened',
        'supervision.motionCarried',
        'supervision.motionFailed',
        'supervision.motionTabled',
        'supervision.reportDrafted',
        'supervision.reportPublished',
        'supervision.reportRejected',
        'supervision.voted',
      ].sort(),
    );
  });
});
