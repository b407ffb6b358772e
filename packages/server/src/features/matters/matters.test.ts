import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import { RuleRefusal } from '@cunzhi/core/rules/findings';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { testConfig } from '../../platform/config.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { checkMeetingForMatter, recordStepForMotion } from './procedure.ts';
import { createMatter } from './commands/createMatter.ts';
import { systemContext } from '../../platform/command.ts';
import { insertOrg } from '../collective/repository.ts';

/**
 * Matters through their procedures. Meetings, motions and resolutions are
 * inserted as rows (as the meetings module leaves them); steps at meetings
 * are recorded by recordStepForMotion, the rest through the HTTP API.
 */
describe(`matters and their procedure (${describeDatabase()})`, () => {
  let server: TestServer;
  let ctx: AppContext;
  let A: string;
  let base: string;
  let actor: string;
  let resolutionSeq = 0;

  beforeAll(async () => {
    server = await startTestServer();
    ctx = { db: server.db, clock: server.clock, config: testConfig({ WEB_DIST: '/nonexistent' }) };
    A = server.fixture.villageA.id;
    base = `/api/villages/${A}`;
    actor = server.fixture.accounts.committeeChair.id;
  });
  afterAll(async () => {
    await server.close();
  });

  async function meeting(
    villageId: string,
    kind: MeetingKind,
    on: string,
    opts: { status?: string; invalidReason?: string } = {},
  ): Promise<string> {
    const id = randomUUID();
    await server.db.query(
      `INSERT INTO meeting (village_id, id, kind, title, meeting_on, notice_on, status, convened_by, check_in_code, profile_id, profile_version, invalid_reason)
       VALUES ($1, $2, $3, $4, $5, $5, $6, $7, 'ABC123', 'national', '2018-12-29', $8)`,
      [
        villageId,
        id,
        kind,
        `${kind} ${on}`,
        on,
        opts.status ?? 'closed',
        actor,
        opts.invalidReason ?? null,
      ],
    );
    return id;
  }

  async function motion(
    villageId: string,
    meetingId: string,
    matterId: string | null,
    passed: boolean,
  ): Promise<string> {
    const id = randomUUID();
    await server.db.query(
      `INSERT INTO motion (village_id, id, meeting_id, number, matter_id, title, voting, status, yes, no, abstain, passed, closed_at)
       VALUES ($1, $2, $3, (SELECT coalesce(max(number), 0) + 1 FROM motion WHERE village_id = $1 AND meeting_id = $3),
               $4, '表决', 'showOfHands', 'closed', $5, $6, 0, $7, now())`,
      [villageId, id, meetingId, matterId, passed ? 20 : 3, passed ? 3 : 20, passed],
    );
    return id;
  }

  async function resolution(
    villageId: string,
    meetingId: string,
    motionId: string,
    matterId: string | null,
    on: string,
  ): Promise<string> {
    const id = randomUUID();
    resolutionSeq += 1;
    await server.db.query(
      `INSERT INTO resolution (village_id, id, year, number, meeting_id, motion_id, matter_id, kind, title, adopted_on, decision, profile_id, profile_version)
       VALUES ($1, $2, 2026, $3, $4, $5, $6, 'ordinary', '决议', $7, $8, 'national', '2018-12-29')`,
      [
        villageId,
        id,
        resolutionSeq,
        meetingId,
        motionId,
        matterId,
        on,
        JSON.stringify({ ruleId: 'VCOL-22-DECISION', passed: true }),
      ],
    );
    return id;
  }

  /** A meeting of this kind on that date votes on the matter; the step is recorded as the meetings module does. */
  async function atMeeting(
    matterId: string,
    kind: MeetingKind,
    on: string,
    opts: { passed?: boolean; withResolution?: boolean; villageId?: string } = {},
  ) {
    const villageId = opts.villageId ?? A;
    const meetingId = await meeting(villageId, kind, on);
    const motionId = await motion(villageId, meetingId, matterId, opts.passed ?? true);
    const resolutionId = opts.withResolution
      ? await resolution(villageId, meetingId, motionId, matterId, on)
      : null;
    const result = await server.db.transaction((tx) =>
      recordStepForMotion(tx, ctx, {
        villageId,
        actorAccountId: actor,
        matterId,
        meetingId,
        motionId,
        on: calendarDate(on),
      }),
    );
    return { result, meetingId, motionId, resolutionId };
  }

  async function refusal(p: Promise<unknown>): Promise<RuleRefusal> {
    try {
      await p;
    } catch (e) {
      if (e instanceof RuleRefusal) return e;
      throw e;
    }
    throw new Error('expected a rule refusal');
  }

  const check = (matterId: string, kind: MeetingKind, on: string, villageId = A) =>
    checkMeetingForMatter(server.db, villageId, matterId, { kind, meetingOn: calendarDate(on) });

  async function newMatter(body: Record<string, unknown>): Promise<string> {
    const chair = await server.as('committeeChair');
    const res = await chair.post(`${base}/matters`, body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.matter.id;
  }

  async function step(matterId: string, body: Record<string, unknown>) {
    const chair = await server.as('committeeChair');
    return chair.post(`${base}/matters/${matterId}/steps`, body);
  }

  // a posting lasts at least 15 days from 2026
  const notice = (title: string) => ({ title, body: `${title}全文`, periodDays: 15 });

  let assemblyMatter: string;
  let majorMatter: string;
  let majorResolution: string;
  let generalMatter: string;

  it('takes an assembly matter through 四议两公开, refusing the Party members’ meeting skipped (SIYI-ORDER)', async () => {
    assemblyMatter = await newMatter({
      title: '2026年集体经济收益使用方案',
      category: 'collectiveIncomeUse',
    });
    const list = await (await server.as('villager')).get(`${base}/matters`);
    expect(list.status).toBe(200);
    const item = list.body.items.find((m: { id: string }) => m.id === assemblyMatter);
    expect(item).toMatchObject({
      number: 1,
      tier: 'assembly',
      workflow: 'fourDeliberationsTwoDisclosures',
      status: 'open',
      nextStep: { kind: 'partyProposal' },
    });

    // 王建国 is secretary and 张桂兰 chair: no 一肩挑, so the joint meeting cannot absorb the proposal
    const early = await refusal(check(assemblyMatter, 'twoCommitteesJointMeeting', '2026-10-05'));
    expect(early.finding).toMatchObject({ ruleId: 'SIYI-ORDER', code: 'step_out_of_order' });

    const proposal = await step(assemblyMatter, {
      kind: 'partyProposal',
      on: '2026-10-01',
      note: '支委会研究提出',
    });
    expect(proposal.status, JSON.stringify(proposal.body)).toBe(201);

    await check(assemblyMatter, 'twoCommitteesJointMeeting', '2026-10-05');
    expect(
      (await atMeeting(assemblyMatter, 'twoCommitteesJointMeeting', '2026-10-05')).result,
    ).toEqual({ recorded: ['jointDeliberation'] });

    // skipping 党员大会审议: refused before the vote, and a vote taken anyway records nothing
    const skipped = await refusal(check(assemblyMatter, 'villagersAssembly', '2026-10-20'));
    expect(skipped.finding).toMatchObject({ ruleId: 'SIYI-ORDER', code: 'step_out_of_order' });
    expect(skipped.finding.params.missing).toBe('党员大会审议');
    const anyway = await atMeeting(assemblyMatter, 'villagersAssembly', '2026-10-06');
    expect(anyway.result).toMatchObject({ refused: { ruleId: 'SIYI-ORDER' } });

    // a failed vote at the Party members' meeting is not a review
    const failed = await atMeeting(assemblyMatter, 'partyMembersMeeting', '2026-10-09', {
      passed: false,
    });
    expect(failed.result).toMatchObject({ refused: { code: 'step_motion_failed' } });
    expect((await atMeeting(assemblyMatter, 'partyMembersMeeting', '2026-10-10')).result).toEqual({
      recorded: ['partyMembersReview'],
    });
    // the representatives may not decide an Art. 24 matter without authorisation
    const reps = await refusal(check(assemblyMatter, 'representativesMeeting', '2026-10-20'));
    expect(reps.finding.ruleId).toBe('VCOL-24-RESERVED');

    const decided = await atMeeting(assemblyMatter, 'villagersAssembly', '2026-10-20', {
      withResolution: true,
    });
    expect(decided.result).toEqual({ recorded: ['resolution'] });

    const published = await step(assemblyMatter, {
      kind: 'resolutionPublished',
      on: '2026-10-21',
      notice: notice('关于2026年集体经济收益使用方案的决议公告'),
    });
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    const implemented = await step(assemblyMatter, {
      kind: 'implementationPublished',
      on: '2026-11-20',
      notice: notice('2026年集体经济收益使用方案实施结果公告'),
    });
    expect(implemented.status, JSON.stringify(implemented.body)).toBe(201);

    const detail = await (await server.as('villager')).get(`${base}/matters/${assemblyMatter}`);
    expect(detail.status).toBe(200);
    expect(detail.body.matter.status).toBe('implemented');
    expect(detail.body.nextStep).toBeNull();
    expect(detail.body.steps.map((s: { done: unknown }) => s.done !== null)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    const resolutionStep = detail.body.steps.find((s: { kind: string }) => s.kind === 'resolution');
    expect(resolutionStep.done).toMatchObject({
      on: '2026-10-20',
      meeting: { kind: 'villagersAssembly' },
      motion: { passed: true },
      recordedBy: 'committeeChair',
      // entered today (the test clock's 2026-11-21) for a meeting held a month ago: 补录
      recordedOn: '2026-11-21',
      profile: { id: 'national', version: '2025-10-28' },
      merged: false,
    });
    expect(detail.body.resolution).toMatchObject({
      numberText: '甲村村民会议决议〔2026〕第1号',
      validity: { valid: true, revoked: null, invalidReason: null },
    });
    expect(detail.body.notices).toHaveLength(2);
    expect(detail.body.abilities.manageMatters).toBe(false);
  });

  it('publishes notices with their period and prints them with the chain record that published them', async () => {
    const villager = await server.as('villager');
    const list = await villager.get(`${base}/notices`);
    expect(list.status).toBe(200);
    expect(list.body.items[0]).toMatchObject({
      kind: 'implementationResult',
      publishedOn: '2026-11-20',
      // 15 days from Friday 20 November end on Saturday 5 December, so on Monday 7 December
      periodEndsOn: '2026-12-07',
      matter: { id: assemblyMatter, number: 1 },
      resolution: { numberText: '甲村村民会议决议〔2026〕第1号' },
    });
    expect(list.body.items[1]).toMatchObject({
      kind: 'resolution',
      publishedOn: '2026-10-21',
      periodEndsOn: '2026-11-05',
    });
    // a phone's home asks for the latest few only, newest first; 0 and 501 are refused
    const latest = await villager.get(`${base}/notices?limit=1`);
    expect(latest.body.items.map((n: { id: string }) => n.id)).toEqual([list.body.items[0].id]);
    const two = await villager.get(`${base}/notices?limit=2`);
    expect(two.body.items).toEqual(list.body.items.slice(0, 2));
    expect((await villager.get(`${base}/notices?limit=0`)).status).toBe(400);
    expect((await villager.get(`${base}/notices?limit=501`)).status).toBe(400);
    const noticeId = list.body.items[0].id as string;
    const printable = await villager.get(`${base}/notices/${noticeId}`);
    expect(printable.status).toBe(200);
    const [published] = await server.db.query<{ hash: string; seq: number }>(
      `SELECT seq, hash FROM audit_event WHERE chain_id = $1 AND action = 'notice.published' AND target_id = $2`,
      [A, noticeId],
    );
    expect(printable.body).toMatchObject({
      notice: { publishedOnText: '2026年11月20日', periodEndsOnText: '2026年12月7日' },
      village: { name: '甲村' },
      issuer: { zh: '甲村村民委员会' },
      fingerprint: { seq: published!.seq, hash: published!.hash },
    });
    // objections go to the supervision committee: its chair on the day is the contact
    const [chair] = await server.db.query<{ name: string; phone: string | null }>(
      'SELECT name, phone FROM person WHERE village_id = $1 AND id = $2',
      [A, server.fixture.villageA.personIds[5]],
    );
    expect(chair!.phone).toMatch(/^1\d{10}$/);
    expect(printable.body.notice.contact).toEqual({ name: chair!.name, phone: chair!.phone });
    // printed again after the chain has moved on, it carries the same fingerprint
    await newMatter({ title: '后来的议题', category: 'publicWelfareProject' });
    const [head] = await server.db.query<{ seq: number }>(
      'SELECT seq FROM audit_head WHERE chain_id = $1',
      [A],
    );
    expect(head!.seq).toBeGreaterThan(published!.seq);
    const again = await villager.get(`${base}/notices/${noticeId}`);
    expect(again.body.fingerprint).toEqual(printable.body.fingerprint);
    const events = await server.db.query<{ action: string }>(
      `SELECT action FROM audit_event WHERE chain_id = $1 AND target_id = $2 ORDER BY seq`,
      [A, assemblyMatter],
    );
    expect(events.map((e) => e.action)).toEqual([
      'matter.created',
      ...Array(6).fill('matter.stepRecorded'),
    ]);
  });

  it('lets the representatives decide a village planning matter only under an assembly authorisation (VCOL-24-RESERVED)', async () => {
    const planning = await newMatter({ title: '村庄规划建设方案', category: 'villagePlanning' });
    expect((await step(planning, { kind: 'partyProposal', on: '2026-10-02' })).status).toBe(201);
    await atMeeting(planning, 'twoCommitteesJointMeeting', '2026-10-03');
    await atMeeting(planning, 'partyMembersMeeting', '2026-10-04');
    const refused = await refusal(check(planning, 'representativesMeeting', '2026-11-10'));
    expect(refused.finding).toMatchObject({
      ruleId: 'VCOL-24-RESERVED',
      code: 'wrong_body_reserved',
    });

    const chair = await server.as('committeeChair');
    // a representatives' resolution cannot authorise anything
    const repsMeeting = await meeting(A, 'representativesMeeting', '2026-09-01');
    const repsResolution = await resolution(
      A,
      repsMeeting,
      await motion(A, repsMeeting, null, true),
      null,
      '2026-09-01',
    );
    const wrong = await chair.post(`${base}/authorisations`, {
      resolutionId: repsResolution,
      categories: ['villagePlanning'],
      startsOn: '2026-09-01',
      endsOn: '2031-04-30',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0]).toMatchObject({
      field: 'resolutionId',
      id: 'resolution_not_assembly',
    });
    const assembly = await meeting(A, 'villagersAssembly', '2026-09-05');
    const assemblyResolution = await resolution(
      A,
      assembly,
      await motion(A, assembly, null, true),
      null,
      '2026-09-05',
    );
    const notDelegable = await chair.post(`${base}/authorisations`, {
      resolutionId: assemblyResolution,
      categories: ['villagePlanning', 'villageCharter'],
      startsOn: '2026-09-05',
      endsOn: '2031-04-30',
    });
    expect(notDelegable.status).toBe(400);
    expect(notDelegable.body.error.fields[0]).toMatchObject({
      field: 'categories',
      id: 'category_not_delegable',
    });
    const granted = await chair.post(`${base}/authorisations`, {
      resolutionId: assemblyResolution,
      categories: ['villagePlanning'],
      startsOn: '2026-09-05',
      endsOn: '2031-04-30',
    });
    expect(granted.status, JSON.stringify(granted.body)).toBe(201);

    await check(planning, 'representativesMeeting', '2026-11-10');
    const detail = await chair.get(`${base}/matters/${planning}`);
    expect(detail.body.decidingMeetings).toMatchObject({
      kinds: [{ kind: 'villagersAssembly' }, { kind: 'representativesMeeting' }],
      authorisedBy: [granted.body.authorisation.id],
      rule: { ruleId: 'VCOL-24-RESERVED', article: '第二十八条第一款、第二款' },
    });
    const auths = await (await server.as('villager')).get(`${base}/authorisations`);
    expect(auths.body.items[0]).toMatchObject({
      inForce: true,
      resolution: { numberText: expect.stringContaining('甲村村民会议决议〔2026〕') },
      categories: [{ category: 'villagePlanning' }],
    });

    // the assembly takes the matter back: refused again from that day
    const revoked = await chair.post(
      `${base}/authorisations/${granted.body.authorisation.id}/revoke`,
      { revokedOn: '2026-11-01' },
    );
    expect(revoked.status).toBe(200);
    expect(
      (await refusal(check(planning, 'representativesMeeting', '2026-11-10'))).finding.ruleId,
    ).toBe('VCOL-24-RESERVED');
    // before the revocation the authorisation still covered it
    await check(planning, 'representativesMeeting', '2026-10-30');
  });

  it("NJJ-64-PROXY: with no collective organisation the villagers' assembly decides a homestead plan, the representatives do not", async () => {
    const chair = await server.as('committeeChair');
    const offered = (await chair.get(`${base}/matters`)).body.categories.map(
      (c: { category: string }) => c.category,
    );
    expect(offered).toContain('homesteadPlan');
    const homestead = await newMatter({ title: '宅基地使用方案', category: 'homesteadPlan' });
    const page = await chair.get(`${base}/matters/${homestead}`);
    expect(page.body.decidingMeetings).toMatchObject({
      kinds: [{ kind: 'villagersAssembly' }],
      rule: { ruleId: 'NJJ-64-PROXY', article: '第六十四条' },
    });
  });

  it("refuses a homestead plan at the villagers' bodies once the village has its collective organisation: its members' assembly decides it (VCOL25-COLLECTIVE)", async () => {
    await server.db.transaction((tx) =>
      insertOrg(
        tx,
        A,
        {
          id: randomUUID(),
          level: 'village',
          villagerGroupId: null,
          name: '股份经济合作社',
          registeredCode: null,
          foundedOn: calendarDate('2020-01-01'),
          reformedOn: null,
        },
        null,
        new Date(),
      ),
    );
    const chair = await server.as('committeeChair');
    const res = await chair.post(`${base}/matters`, {
      title: '宅基地使用方案',
      category: 'homesteadPlan',
    });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({
      ruleId: 'VCOL25-COLLECTIVE',
      article: '第二十八条第四款',
    });
    expect(res.body.error.message).toContain('农村集体经济组织成员大会');
    const list = await chair.get(`${base}/matters`);
    const offered = list.body.categories.map((c: { category: string }) => c.category);
    expect(offered).toContain('villagePlanning');
    expect(offered).not.toContain('homesteadPlan');
  });

  it('refuses a general matter at the joint meeting and has the council decide it (SEED002-TIERS)', async () => {
    generalMatter = await newMatter({ title: '小区停车秩序整治', category: 'generalMatter' });
    const chair = await server.as('committeeChair');
    const m = await chair.get(`${base}/matters/${generalMatter}`);
    expect(m.body.matter).toMatchObject({ workflow: 'councilGeneral', tier: 'council' });
    const wrong = await refusal(check(generalMatter, 'twoCommitteesJointMeeting', '2026-11-02'));
    expect(wrong.finding).toMatchObject({ ruleId: 'SEED002-TIERS', code: 'wrong_body_tier' });
    const atJoint = await atMeeting(generalMatter, 'twoCommitteesJointMeeting', '2026-11-02');
    expect(atJoint.result).toMatchObject({ refused: { ruleId: 'SEED002-TIERS' } });

    const decided = await atMeeting(generalMatter, 'villagersDeliberationCouncil', '2026-11-03', {
      withResolution: true,
    });
    expect(decided.result).toEqual({ recorded: ['councilDecision'] });
    const published = await step(generalMatter, {
      kind: 'resolutionPublished',
      on: '2026-11-04',
      notice: notice('停车秩序整治决定公告'),
    });
    expect(published.status).toBe(201);

    // the supervision committee finds the council meeting invalid: the decision cannot be carried out
    await server.db.query(
      `UPDATE meeting SET invalid_reason = '到会人数不足' WHERE village_id = $1 AND id = $2`,
      [A, decided.meetingId],
    );
    const impl = await step(generalMatter, {
      kind: 'implementationPublished',
      on: '2026-11-10',
      notice: notice('停车秩序整治实施结果'),
    });
    expect(impl.status).toBe(422);
    expect(impl.body.error).toMatchObject({ id: 'rule_refused', ruleId: 'SEED002-SUPERVISION' });
    // nothing was published
    const notices = await chair.get(`${base}/notices`);
    expect(notices.body.items.map((n: { title: string }) => n.title)).not.toContain(
      '停车秩序整治实施结果',
    );
    // the resolution notice already on the board now says the resolution does not stand
    const posted = await (
      await server.as('villager')
    ).get(`${base}/notices/${published.body.noticeId}`);
    expect(posted.body.notice.resolution).toMatchObject({
      id: decided.resolutionId,
      validity: { valid: false, invalidReason: '到会人数不足' },
    });
    const r = await chair.get(`${base}/resolutions/${decided.resolutionId}`);
    expect(r.body.resolution).toMatchObject({
      numberText: expect.stringMatching(/^甲村村民议事会会议决议〔2026〕第\d+号$/),
      validity: { valid: false, invalidReason: '到会人数不足' },
      rule: { ruleId: 'VCOL-22-DECISION' },
      matter: { id: generalMatter },
    });
  });

  it('refuses a procedure the category may not follow with the law, not "not a valid value"', async () => {
    const chair = await server.as('committeeChair');
    const wrong = await chair.post(`${base}/matters`, {
      title: '村庄规划调整',
      category: 'villagePlanning',
      workflow: 'councilGeneral',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error).toMatchObject({ id: 'rule_refused', ruleId: 'VCOL-24-RESERVED' });
    expect(wrong.body.error.message).toContain(
      '“村庄规划、建设等乡村建设重要事项”应当按“四议两公开”',
    );
    expect(wrong.body.error.message).toContain('第二十八条');
    // a procedure that does not exist is still a bad value of the field
    const unknown = await chair.post(`${base}/matters`, {
      title: '村庄规划调整',
      category: 'villagePlanning',
      workflow: 'byTheChairAlone',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields[0]).toMatchObject({ field: 'workflow' });
  });

  it('refuses to publish a resolution whose meeting the supervision committee found invalid (SEED002-SUPERVISION)', async () => {
    const matterId = await newMatter({ title: '垃圾分类亭设置', category: 'generalMatter' });
    const decided = await atMeeting(matterId, 'villagersDeliberationCouncil', '2026-11-03', {
      withResolution: true,
    });
    expect(decided.result).toEqual({ recorded: ['councilDecision'] });
    await server.db.query(
      `UPDATE meeting SET invalid_reason = '未提前通知' WHERE village_id = $1 AND id = $2`,
      [A, decided.meetingId],
    );
    const before = await server.db.query(
      `SELECT count(*)::int AS n FROM notice WHERE village_id = $1`,
      [A],
    );
    const refused = await step(matterId, {
      kind: 'resolutionPublished',
      on: '2026-11-04',
      notice: notice('垃圾分类亭设置决定公告'),
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({
      id: 'rule_refused',
      ruleId: 'SEED002-SUPERVISION',
      message: expect.stringContaining('未提前通知'),
    });
    const after = await server.db.query(
      `SELECT count(*)::int AS n FROM notice WHERE village_id = $1`,
      [A],
    );
    expect(after).toEqual(before);
  });

  it('runs the "1+3" procedure and refuses a consultation six days after the topic notice (SEED002-ONE-PLUS-THREE)', async () => {
    majorMatter = await newMatter({
      title: '支付花乡民居物业管理费45万元',
      category: 'majorMatter',
      workflow: 'onePlusThree',
    });
    const topic = await step(majorMatter, {
      kind: 'topicPublished',
      on: '2026-11-01',
      notice: { title: '关于支付物管费的议题公示', body: '拟支付物管费45万元' },
    });
    expect(topic.status, JSON.stringify(topic.body)).toBe(201);
    const topicNotice = await (
      await server.as('villager')
    ).get(`${base}/notices/${topic.body.noticeId}`);
    // seven days (the profile's topicNoticeDays) from Sunday 1 November: Sunday 8th, a rest day → Monday 9th
    expect(topicNotice.body.notice).toMatchObject({ kind: 'topic', periodEndsOn: '2026-11-16' });

    const council6 = await meeting(A, 'villagersDeliberationCouncil', '2026-11-07');
    const early = await step(majorMatter, {
      kind: 'councilConsultation',
      on: '2026-11-07',
      meetingId: council6,
    });
    expect(early.status).toBe(422);
    expect(early.body.error).toMatchObject({
      id: 'rule_refused',
      ruleId: 'SEED002-ONE-PLUS-THREE',
      finding: { code: 'topic_notice_short' },
    });
    // entered a day later, the consultation still took place at the council that met too soon
    const late = await step(majorMatter, {
      kind: 'councilConsultation',
      on: '2026-11-08',
      meetingId: council6,
    });
    expect(late.status).toBe(422);
    expect(late.body.error).toMatchObject({
      ruleId: 'SEED002-ONE-PLUS-THREE',
      finding: { code: 'topic_notice_short' },
    });
    const council7 = await meeting(A, 'villagersDeliberationCouncil', '2026-11-08');
    const ok = await step(majorMatter, {
      kind: 'councilConsultation',
      on: '2026-11-08',
      meetingId: council7,
      note: '物管公司经理到会，承诺整改',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(
      // the meetings module leaves a resolution for every passed motion, the joint meeting's too
      (
        await atMeeting(majorMatter, 'twoCommitteesJointMeeting', '2026-11-09', {
          withResolution: true,
        })
      ).result,
    ).toEqual({
      recorded: ['jointDraft'],
    });
    const decided = await atMeeting(majorMatter, 'representativesMeeting', '2026-11-12', {
      withResolution: true,
    });
    expect(decided.result).toEqual({ recorded: ['resolution'] });
    majorResolution = decided.resolutionId!;
    expect(
      (
        await step(majorMatter, {
          kind: 'resolutionPublished',
          on: '2026-11-13',
          notice: notice('物管费支付决议公告'),
        })
      ).status,
    ).toBe(201);
  });

  it('lets only the assembly revoke a representatives’ decision, and then refuses its implementation (VCOL-23-REVOKE)', async () => {
    const chair = await server.as('committeeChair');
    const missing = await chair.post(`${base}/matters`, {
      title: '撤销决议',
      category: 'revokeDecision',
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields[0].field).toBe('revokesResolutionId');

    const revocation = await newMatter({
      title: '撤销物管费支付决议',
      category: 'revokeDecision',
      revokesResolutionId: majorResolution,
    });
    await step(revocation, { kind: 'partyProposal', on: '2026-11-14' });
    await atMeeting(revocation, 'twoCommitteesJointMeeting', '2026-11-14');
    await atMeeting(revocation, 'partyMembersMeeting', '2026-11-15');
    // the representatives cannot revoke their own decision, even with every step before done
    const own = await refusal(check(revocation, 'representativesMeeting', '2026-11-16'));
    expect(own.finding).toMatchObject({ ruleId: 'VCOL-23-REVOKE', code: 'revoke_not_delegable' });
    const tried = await atMeeting(revocation, 'representativesMeeting', '2026-11-16');
    expect(tried.result).toMatchObject({ refused: { ruleId: 'VCOL-23-REVOKE' } });

    const revoked = await atMeeting(revocation, 'villagersAssembly', '2026-11-17', {
      withResolution: true,
    });
    expect(revoked.result).toEqual({ recorded: ['resolution'] });
    const target = await chair.get(`${base}/resolutions/${majorResolution}`);
    expect(target.body.resolution.validity).toMatchObject({
      valid: false,
      revoked: { on: '2026-11-17', by: revoked.resolutionId },
    });
    expect(target.body.resolution.revocationMatters[0].id).toBe(revocation);
    // a phone asks for the latest few only: the revoking resolution is the newest
    const all = await chair.get(`${base}/resolutions`);
    const latest = await chair.get(`${base}/resolutions?limit=1`);
    expect(all.body.items.length).toBeGreaterThan(1);
    expect(latest.body.items.map((r: { id: string }) => r.id)).toEqual([revoked.resolutionId]);
    expect((await chair.get(`${base}/resolutions?limit=0`)).status).toBe(400);

    const impl = await step(majorMatter, {
      kind: 'implementationPublished',
      on: '2026-11-18',
      notice: notice('物管费支付实施结果'),
    });
    expect(impl.status).toBe(422);
    expect(impl.body.error).toMatchObject({
      id: 'rule_refused',
      ruleId: 'VCOL-23-REVOKE',
      finding: { code: 'resolution_revoked' },
    });
    // a revoked resolution cannot be revoked twice
    const again = await chair.post(`${base}/matters`, {
      title: '再次撤销',
      category: 'revokeDecision',
      revokesResolutionId: majorResolution,
    });
    expect(again.status).toBe(400);
  });

  it('merges the proposal into the joint meeting where the secretary is also the chair (一肩挑)', async () => {
    const B = server.fixture.villageB;
    const p0 = B.personIds[0]!;
    for (const kind of ['partyBranch', 'villagersCommittee'] as const)
      await server.db.query(
        'INSERT INTO body_membership (village_id, id, body_id, term_id, person_id, role, starts_on) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [
          B.id,
          randomUUID(),
          B.bodyIds[kind],
          B.termIds[kind],
          p0,
          kind === 'partyBranch' ? 'secretary' : 'chair',
          '2026-05-01',
        ],
      );
    const bActor = server.fixture.accounts.otherVillageVillager.id;
    const created = await createMatter(systemContext(ctx, B.id, bActor), {
      title: '村庄规划建设方案',
      category: 'villagePlanning',
    });
    expect(created.number).toBe(1); // numbers run per village
    await check(created.id, 'twoCommitteesJointMeeting', '2026-10-05', B.id);
    const joint = await atMeeting(created.id, 'twoCommitteesJointMeeting', '2026-10-05', {
      villageId: B.id,
    });
    expect(joint.result).toEqual({ recorded: ['partyProposal', 'jointDeliberation'] });
    const steps = await server.db.query<{ kind: string; merged: boolean; meeting_id: string }>(
      'SELECT kind, merged, meeting_id FROM matter_step WHERE village_id = $1 AND matter_id = $2 ORDER BY kind DESC',
      [B.id, created.id],
    );
    expect(steps).toEqual([
      { kind: 'partyProposal', merged: true, meeting_id: joint.meetingId },
      { kind: 'jointDeliberation', merged: false, meeting_id: joint.meetingId },
    ]);
  });

  it('keeps a budget exact to the fen and writes it in capitals; refuses one it cannot read, writing nothing', async () => {
    const chair = await server.as('committeeChair');
    const created = await chair.post(`${base}/matters`, {
      title: '村道路灯安装',
      category: 'publicWelfareProject',
      budget: '￥４５０，０００．００',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.matter.budget).toEqual({
      yuan: '450000.00',
      text: '¥450,000.00',
      capitals: '肆拾伍万元整',
    });
    const cents = await chair.post(`${base}/matters`, {
      title: '办公用品采购',
      category: 'publicWelfareProject',
      budget: '1680.32',
    });
    expect(cents.body.matter.budget).toMatchObject({ capitals: '壹仟陆佰捌拾元叁角贰分' });

    const before = await chair.get(`${base}/matters`);
    for (const [budget, id] of [
      ['45万', 'money_invalid'],
      ['12.345', 'money_invalid'],
      ['-1', 'money_invalid'],
      ['1000000000000', 'money_too_large'],
    ] as const) {
      const refused = await chair.post(`${base}/matters`, {
        title: '不应保存的议题',
        category: 'publicWelfareProject',
        budget,
      });
      expect(refused.status, budget).toBe(400);
      expect(refused.body.error.fields).toEqual([
        expect.objectContaining({
          field: 'budget',
          id,
          message: expect.stringMatching(/^预算金额：/),
        }),
      ]);
    }
    const after = await chair.get(`${base}/matters`);
    expect(after.body.items).toHaveLength(before.body.items.length);
  });

  it('withdraws an open matter and refuses to withdraw a decided one', async () => {
    const chair = await server.as('committeeChair');
    const m = await newMatter({ title: '撤回测试', category: 'routineMatter' });
    const withdrawn = await chair.post(`${base}/matters/${m}/withdraw`, { reason: '情况变化' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.matter.status).toBe('withdrawn');
    await expect(check(m, 'twoCommitteesJointMeeting', '2026-11-19')).rejects.toMatchObject({
      id: 'matter_withdrawn',
    });
    const decided = await chair.post(`${base}/matters/${assemblyMatter}/withdraw`, {});
    expect(decided.status).toBe(409);
    expect(decided.body.error.id).toBe('matter_not_open');
    const badWorkflow = await chair.post(`${base}/matters`, {
      title: '程序不对',
      category: 'generalMatter',
      workflow: 'fourDeliberationsTwoDisclosures',
    });
    // the procedure exists but is not a general matter's: refused with the tier rule
    expect(badWorkflow.status).toBe(422);
    expect(badWorkflow.body.error).toMatchObject({ id: 'rule_refused', ruleId: 'SEED002-TIERS' });
  });

  it('applies a charter override that raises notice days and refuses one that lowers a statute', async () => {
    const chair = await server.as('committeeChair');
    const looser = await chair.request('PUT', `${base}/rules/overrides/VCOL-21-CONVENE`, {
      params: { noticeDays: 7 },
      adoptedOn: '2026-11-01',
    });
    expect(looser.status).toBe(422);
    expect(looser.body.error).toMatchObject({
      id: 'override_refused',
      fields: [{ field: 'params.noticeDays', id: 'looser_than_statute' }],
    });
    expect(looser.body.error.fields[0].reason).toContain('10');
    const stricter = await chair.request('PUT', `${base}/rules/overrides/VCOL-21-CONVENE`, {
      params: { noticeDays: 15 },
      adoptedOn: '2026-11-01',
    });
    expect(stricter.status, JSON.stringify(stricter.body)).toBe(200);
    expect(stricter.body.override.profile.version).toBe(
      '2025-10-28+charter(VCOL-21-CONVENE@2026-11-01)',
    );
    const topicDays = await chair.request('PUT', `${base}/rules/overrides/SEED002-ONE-PLUS-THREE`, {
      params: { topicNoticeDays: 10 },
      adoptedOn: '2026-11-01',
    });
    expect(topicDays.status).toBe(200);

    const rules = await (await server.as('villager')).get(`${base}/rules`);
    expect(rules.status).toBe(200);
    const convene = rules.body.rules.find(
      (r: { ruleId: string }) => r.ruleId === 'VCOL-21-CONVENE',
    );
    expect(convene).toMatchObject({
      citation: { article: '第二十五条第二款', force: 'statute' },
      overridden: true,
      override: { params: { noticeDays: 15 }, adoptedOn: '2026-11-01' },
    });
    expect(convene.params.find((p: { name: string }) => p.name === 'noticeDays')).toMatchObject({
      value: 15,
      statutory: 10,
      changedByCharter: true,
    });
    expect(
      convene.params.find((p: { name: string }) => p.name === 'villagerDemand').changedByCharter,
    ).toBe(false);

    // the raised topic notice period now refuses a consultation eight days after the notice
    const m = await newMatter({
      title: '较重大事务',
      category: 'majorMatter',
      workflow: 'onePlusThree',
    });
    await step(m, { kind: 'topicPublished', on: '2026-11-02', notice: notice('议题公示') });
    const council = await meeting(A, 'villagersDeliberationCouncil', '2026-11-10');
    const refused = await step(m, {
      kind: 'councilConsultation',
      on: '2026-11-10',
      meetingId: council,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.finding.params.days).toBe(10);
    const council2 = await meeting(A, 'villagersDeliberationCouncil', '2026-11-12');
    const ok = await step(m, {
      kind: 'councilConsultation',
      on: '2026-11-12',
      meetingId: council2,
    });
    expect(ok.status).toBe(201);
    expect(ok.body.steps[0].profileVersion).toContain('SEED002-ONE-PLUS-THREE@2026-11-01');
  });

  it('repeals a charter clause: the statute’s value is back, the clause stays on the audit chain', async () => {
    const chair = await server.as('committeeChair');
    const adopted = await chair.request('PUT', `${base}/rules/overrides/VCOL-26-FREQ`, {
      params: { meetingsPerQuarter: 2 },
      adoptedOn: '2026-10-01',
    });
    expect(adopted.status, JSON.stringify(adopted.body)).toBe(200);
    const repeal = (body: Record<string, unknown>) =>
      chair.post(`${base}/rules/overrides/VCOL-26-FREQ/repeal`, body);

    const early = await repeal({ repealedOn: '2026-09-30' });
    expect(early.status).toBe(400);
    expect(early.body.error.fields[0]).toMatchObject({ field: 'repealedOn', id: 'date_order' });
    const future = await repeal({ repealedOn: '2099-01-01' });
    expect(future.body.error.fields[0]).toMatchObject({
      field: 'repealedOn',
      id: 'date_in_future',
    });
    const freq = async () =>
      (await chair.get(`${base}/rules`)).body.rules.find(
        (r: { ruleId: string }) => r.ruleId === 'VCOL-26-FREQ',
      );
    // refused repeals changed nothing
    expect((await freq()).override).toMatchObject({ params: { meetingsPerQuarter: 2 } });

    const done = await repeal({ repealedOn: '2026-11-15' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.repealed.profile.version).not.toContain('VCOL-26-FREQ');
    expect(await freq()).toMatchObject({ overridden: false, override: null });
    expect((await repeal({ repealedOn: '2026-11-15' })).status).toBe(404);

    const events = await server.db.query<{ action: string; data: { repealedOn?: string } }>(
      `SELECT action, data FROM audit_event WHERE chain_id = $1 AND target_type = 'rule' AND target_id = 'VCOL-26-FREQ' ORDER BY seq`,
      [A],
    );
    expect(events.map((e) => e.action)).toEqual([
      'charterOverride.adopted',
      'charterOverride.repealed',
    ]);
    expect(events[1]!.data).toMatchObject({
      params: { meetingsPerQuarter: 2 },
      adoptedOn: '2026-10-01',
      repealedOn: '2026-11-15',
    });
  });

  it('reports composition findings: a committee without a woman, a supervisor married to a committee member', async () => {
    const C = server.fixture.villageC;
    // 王建国 (household head), 王磊 (his son), 陈志明: an all-male committee;
    // 李秀英, 王建国's wife, and 张桂兰 on the supervision committee
    const [p0, p1, p2, p3, , p5] = C.personIds;
    const seat = async (
      kind: 'villagersCommittee' | 'villageAffairsSupervisionCommittee',
      person: string,
      role: string,
    ) => {
      const id = randomUUID();
      await server.db.query(
        'INSERT INTO body_membership (village_id, id, body_id, term_id, person_id, role, starts_on) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [C.id, id, C.bodyIds[kind], C.termIds[kind], person, role, '2026-05-01'],
      );
      return id;
    };
    await seat('villagersCommittee', p0!, 'chair');
    await seat('villagersCommittee', p2!, 'member');
    await seat('villagersCommittee', p5!, 'member');
    const wife = await seat('villageAffairsSupervisionCommittee', p1!, 'member');
    await seat('villageAffairsSupervisionCommittee', p3!, 'chair');

    const county = await server.as('countyOfficial');
    const committee = await county.get(
      `/api/villages/${C.id}/bodies/${C.bodyIds.villagersCommittee}/composition`,
    );
    expect(committee.status).toBe(200);
    expect(committee.body.ok).toBe(false);
    expect(committee.body.findings).toEqual([
      expect.objectContaining({
        ruleId: 'VCOL-06-SIZE',
        code: 'committee_women',
        severity: 'violation',
        citation: expect.objectContaining({ article: '第八条' }),
        message: expect.objectContaining({ zh: '村民委员会应当有妇女成员，现有 0 名' }),
      }),
      // father and son on one committee: near-relative avoidance, 2025 text Art. 8 para. 2
      expect.objectContaining({
        ruleId: 'VCOL25-KIN-AVOID',
        code: 'committee_kin',
        severity: 'violation',
        citation: expect.objectContaining({ article: '第八条第二款' }),
      }),
    ]);

    const supervisionPath = `/api/villages/${C.id}/bodies/${C.bodyIds.villageAffairsSupervisionCommittee}/composition`;
    const supervision = await county.get(supervisionPath);
    const codes = supervision.body.findings.map((f: { code: string }) => f.code);
    expect(codes).toContain('supervision_close_relative');
    expect(codes).toContain('supervision_accounting');
    const relative = supervision.body.findings.find(
      (f: { code: string }) => f.code === 'supervision_close_relative',
    );
    expect(relative).toMatchObject({
      ruleId: 'VCOL-32-SUPERVISOR-ELIG',
      params: { name: '李秀英', relative: '王建国' },
    });

    // the town official of village C's town records her accounting knowledge
    const town2 = await server.as('otherTownOfficial');
    const q = await town2.request(
      'PUT',
      `/api/villages/${C.id}/bodies/${C.bodyIds.villageAffairsSupervisionCommittee}/members/${wife}/qualifications`,
      { qualifications: ['accounting'] },
    );
    expect(q.status, JSON.stringify(q.body)).toBe(200);
    const after = await county.get(supervisionPath);
    expect(after.body.findings.map((f: { code: string }) => f.code)).not.toContain(
      'supervision_accounting',
    );
    expect(
      after.body.members.find((m: { name: string }) => m.name === '李秀英').qualifications,
    ).toEqual(['accounting']);
    const bad = await town2.request(
      'PUT',
      `/api/villages/${C.id}/bodies/${C.bodyIds.villageAffairsSupervisionCommittee}/members/${wife}/qualifications`,
      { qualifications: ['driving'] },
    );
    expect(bad.status).toBe(400);
  });

  it('keeps every village’s matters, notices and resolutions to itself', async () => {
    const outsider = await server.as('otherVillageVillager');
    for (const path of [
      'matters',
      `matters/${assemblyMatter}`,
      'notices',
      'resolutions',
      'rules',
      'authorisations',
    ]) {
      const res = await outsider.get(`${base}/${path}`);
      expect(res.status, path).toBe(403);
      expect(JSON.stringify(res.body)).not.toContain('集体经济收益');
    }
    // village A's ids through village B's URL find nothing
    const B = server.fixture.villageB.id;
    expect((await outsider.get(`/api/villages/${B}/matters/${assemblyMatter}`)).status).toBe(404);
    expect((await outsider.get(`/api/villages/${B}/resolutions/${majorResolution}`)).status).toBe(
      404,
    );
    const bList = await outsider.get(`/api/villages/${B}/matters`);
    expect(bList.body.items.map((m: { title: string }) => m.title)).toEqual(['村庄规划建设方案']);
    expect((await outsider.get(`/api/villages/${B}/notices`)).body.items).toEqual([]);
    // a cadre of A cannot record a step on B's matter through A's URL
    const chair = await server.as('committeeChair');
    const bMatter = bList.body.items[0].id;
    const res = await chair.post(`${base}/matters/${bMatter}/steps`, {
      kind: 'partyProposal',
      on: '2026-11-01',
    });
    expect(res.status).toBe(404);
    // checks in another village's meeting refuse an unknown matter
    await expect(
      check(bMatter, 'twoCommitteesJointMeeting', '2026-11-19', A),
    ).rejects.toMatchObject({
      id: 'not_found',
    });
  });

  it('keeps a notice posted at least 15 days from 2026 (2025 text Art. 35 para. 4): shorter is refused, the default lengthened', async () => {
    const posted = (id: string, notice: Record<string, unknown>) =>
      step(id, { kind: 'topicPublished', on: '2026-11-20', notice });
    const short = await newMatter({
      title: '村委会办公楼维修',
      category: 'majorMatter',
      workflow: 'onePlusThree',
    });
    const refused = await posted(short, { ...notice('村委会办公楼维修议题'), periodDays: 7 });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({
      ruleId: 'VCOL25-POSTING-15',
      article: '第三十五条第四款',
      finding: { params: { days: 15, earliest: '2026-12-05' } },
    });
    // nothing was written: the step is still to do
    const page = await (await server.as('committeeChair')).get(`${base}/matters/${short}`);
    expect(page.body.nextStep.kind).toBe('topicPublished');
    // fifteen days from Friday 20 November end on Saturday 5 December, so on Monday 7 December
    const exact = await posted(short, { ...notice('村委会办公楼维修议题'), periodDays: 15 });
    expect(exact.status, JSON.stringify(exact.body)).toBe(201);
    const byDefault = await newMatter({
      title: '村委会围墙维修',
      category: 'majorMatter',
      workflow: 'onePlusThree',
    });
    const plain = await posted(byDefault, { title: '村委会围墙维修议题', body: '全文' });
    expect(plain.status, JSON.stringify(plain.body)).toBe(201);
    const notices = await (await server.as('committeeChair')).get(`${base}/notices`);
    const shown = notices.body.items.find(
      (n: { title: string }) => n.title === '村委会围墙维修议题',
    );
    expect(shown.periodEndsOn >= '2026-12-05').toBe(true);
  });

  it("refuses a charter clause softening the Party organisation's prior study from 2026: it is statute now (Art. 28 para. 3)", async () => {
    const chair = await server.as('committeeChair');
    const soften = await chair.request('PUT', `${base}/rules/overrides/VCOL25-PARTY-FIRST`, {
      params: { enforcement: 'warn' },
      adoptedOn: '2026-11-01',
    });
    expect(soften.status).toBe(422);
    expect(soften.body.error).toMatchObject({
      id: 'override_refused',
      fields: [{ field: 'params.enforcement', id: 'looser_than_statute' }],
    });
    // a clause adopted in 2025, when it was Party rule, was allowed then and is not applied now
    const old = await chair.request('PUT', `${base}/rules/overrides/VCOL25-PARTY-FIRST`, {
      params: { enforcement: 'warn' },
      adoptedOn: '2025-06-01',
    });
    expect(old.status, JSON.stringify(old.body)).toBe(200);
    const rules = await chair.get(`${base}/rules`);
    expect(rules.body.problems).toEqual([
      expect.objectContaining({ ruleId: 'VCOL25-PARTY-FIRST', param: 'enforcement' }),
    ]);
    const rule = rules.body.rules.find(
      (r: { ruleId: string }) => r.ruleId === 'VCOL25-PARTY-FIRST',
    );
    expect(rule.citation).toMatchObject({ article: '第二十八条第三款', force: 'statute' });
    expect(rule.versions.map((v: { citation: { force: string } }) => v.citation.force)).toEqual([
      'policy',
      'statute',
    ]);
    expect(
      (
        await chair.request('POST', `${base}/rules/overrides/VCOL25-PARTY-FIRST/repeal`, {
          repealedOn: '2026-11-02',
        })
      ).status,
    ).toBe(200);
  });
});
