import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';

/**
 * 三清单 through the HTTP API (seed 004), on the test clock's 2026-11-21 (fourth quarter, lists
 * due by 2026-10-31): the quarter overdue to the town; needs and resources listed, refused bad,
 * published (not before the quarter, never empty) and frozen; a project designed for them,
 * reviewed only by a joint meeting's resolution adopted on or after its design, declared,
 * returned by the town with its reason, revised, reviewed anew, filed, run and its result
 * published — each step by whom the procedure names, every act on the audit chain.
 */
describe(`three lists (${describeDatabase()})`, () => {
  let server: TestServer;
  let A: string;
  let base: string;
  let cadre: HttpClient;
  let town: HttpClient;
  let villager: HttpClient;
  let seq = 0;

  beforeAll(async () => {
    server = await startTestServer();
    A = server.fixture.villageA.id;
    base = `/api/villages/${A}`;
    cadre = await server.as('partySecretary');
    town = await server.as('townOfficial');
    villager = await server.as('villager');
  });
  afterAll(async () => {
    await server.close();
  });

  /** A resolution of a closed meeting of this kind, adopted on the day (as the meetings module leaves them). */
  async function resolution(kind: MeetingKind, adoptedOn: string, revoked = false) {
    const [meetingId, motionId, id] = [randomUUID(), randomUUID(), randomUUID()];
    const actor = server.fixture.accounts.partySecretary.id;
    seq += 1;
    await server.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO meeting (village_id, id, kind, title, meeting_on, notice_on, status, convened_by, check_in_code, profile_id, profile_version)
         VALUES ($1, $2, $3, '会议', $4, $4, 'closed', $5, 'ABC123', 'national', '2025-10-28')`,
        [A, meetingId, kind, adoptedOn, actor],
      );
      await tx.query(
        `INSERT INTO motion (village_id, id, meeting_id, number, title, voting, status, yes, no, abstain, passed, closed_at)
         VALUES ($1, $2, $3, 1, '审议服务项目', 'showOfHands', 'closed', 9, 0, 0, true, now())`,
        [A, motionId, meetingId],
      );
      await tx.query(
        `INSERT INTO resolution (village_id, id, year, number, meeting_id, motion_id, kind, title, adopted_on, decision, profile_id, profile_version, revoked_on)
         VALUES ($1, $2, 2026, $3, $4, $5, 'ordinary', '同意申报服务项目', $6, '{}', 'national', '2025-10-28', $7)`,
        [A, id, 200 + seq, meetingId, motionId, adoptedOn, revoked ? '2026-11-20' : null],
      );
    });
    return id;
  }

  const Q = { year: 2026, quarter: 4 };
  const lists = (client: HttpClient = cadre) =>
    client.get(`${base}/service-lists?year=2026&quarter=4`);
  const fieldOf = (body: { error: { fields?: Array<{ field: string; id: string }> } }) =>
    body.error.fields?.map((f) => `${f.field}:${f.id}`);

  it('a quarter without lists past the first month is overdue, to the village and the town', async () => {
    const page = await cadre.get(`${base}/service-lists`);
    expect(page.status).toBe(200);
    expect(page.body.quarter).toMatchObject({
      year: 2026,
      quarter: 4,
      status: 'overdue',
      dueOn: '2026-10-31',
      name: { zh: '2026年第四季度' },
    });
    expect((await villager.get(`${base}/service-lists`)).status).toBe(403);
    // on the phone a villager reads what is published, and nothing is yet
    const phone = await villager.get(`${base}/service-lists/published?year=2026&quarter=4`);
    expect(phone.status).toBe(200);
    expect(phone.body.needs).toEqual([]);
    const overview = await town.get('/api/town/service-lists');
    expect(overview.status).toBe(200);
    const a = overview.body.villages.find((v: { villageId: string }) => v.villageId === A);
    expect(a).toMatchObject({ status: 'overdue', statusName: { zh: '逾期未公示' } });
    // another town's official does not see this village; a villager has no town view
    const other = await (await server.as('otherTownOfficial')).get('/api/town/service-lists');
    expect(other.body.villages.map((v: { villageId: string }) => v.villageId)).not.toContain(A);
    expect((await villager.get('/api/town/service-lists')).status).toBe(403);
  });

  it('refuses to publish an empty list, and a design before the lists are published', async () => {
    const empty = await cadre.post(`${base}/service-lists/publish`, Q);
    expect(empty.status).toBe(422);
    expect(empty.body.error.id).toBe('service_lists_empty');
    const early = await cadre.post(`${base}/service-projects`, {
      ...Q,
      title: '老年食堂',
      designerKind: 'socialOrganisation',
      designerName: '百家社工服务中心',
      needIds: [randomUUID()],
      targets: '每周送餐',
      budget: '1000',
    });
    expect(early.status).toBe(422);
    expect(early.body.error.message).toContain('尚未公示');
  });

  let needId: string;
  let fundId: string;
  it('lists needs and resources, naming each bad field', async () => {
    const blank = await cadre.post(`${base}/service-lists/needs`, {
      ...Q,
      source: 'other',
      summary: ' ',
    });
    expect(blank.status).toBe(400);
    expect(fieldOf(blank.body)).toEqual(['summary:field_required']);
    const need = await cadre.post(`${base}/service-lists/needs`, {
      ...Q,
      source: 'serviceRequests',
      sourceLabel: '临时救助申请',
      recordCount: 3,
      summary: '独居老人吃饭难，希望有人送餐',
    });
    expect(need.status, JSON.stringify(need.body)).toBe(201);
    expect(need.body.needs).toHaveLength(1);
    needId = need.body.needs[0].id;
    const mistaken = await cadre.post(`${base}/service-lists/needs`, {
      ...Q,
      source: 'villagersSay',
      summary: '录错的需求',
    });
    const removed = await cadre.request(
      'DELETE',
      `${base}/service-lists/needs/${mistaken.body.needs[1].id}`,
    );
    expect(removed.body.needs.map((n: { summary: string }) => n.summary)).toEqual([
      '独居老人吃饭难，希望有人送餐',
    ]);
    const noAmount = await cadre.post(`${base}/service-lists/resources`, {
      ...Q,
      kind: 'fund',
      name: '社会组织孵化基金',
    });
    expect(fieldOf(noAmount.body)).toEqual(['amount:service_resource_amount']);
    const venueAmount = await cadre.post(`${base}/service-lists/resources`, {
      ...Q,
      kind: 'venue',
      name: '邻里百家',
      amount: '100',
    });
    expect(fieldOf(venueAmount.body)).toEqual(['amount:service_resource_amount']);
    const badAmount = await cadre.post(`${base}/service-lists/resources`, {
      ...Q,
      kind: 'donor',
      name: '乡贤',
      amount: '五万',
    });
    expect(fieldOf(badAmount.body)).toEqual(['amount:money_invalid']);
    const fund = await cadre.post(`${base}/service-lists/resources`, {
      ...Q,
      kind: 'fund',
      name: '社会组织孵化基金',
      amount: '50,000',
    });
    expect(fund.status).toBe(201);
    expect(fund.body.resources[0]).toMatchObject({
      number: 1,
      amount: { text: '¥50,000.00', capitals: '伍万元整' },
    });
    fundId = fund.body.resources[0].id;
    // the supervision committee reads the lists but does not compile them
    const supervisor = await server.as('supervisionChair');
    expect((await lists(supervisor)).status).toBe(200);
    expect(
      (
        await supervisor.post(`${base}/service-lists/needs`, {
          ...Q,
          source: 'other',
          summary: '试',
        })
      ).status,
    ).toBe(403);
  });

  it('publishes from the quarter’s first day, on time by its first month’s last, then freezes the lists', async () => {
    const before = await cadre.post(`${base}/service-lists/publish`, {
      ...Q,
      publishedOn: '2026-09-30',
    });
    expect(before.status).toBe(422);
    expect(before.body.error.id).toBe('service_lists_future');
    const published = await cadre.post(`${base}/service-lists/publish`, {
      ...Q,
      publishedOn: '2026-10-31',
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body.quarter).toMatchObject({
      status: 'published',
      publishedOn: '2026-10-31',
    });
    expect(published.body.fingerprint).toMatchObject({ seq: expect.any(Number) });
    const phone = await villager.get(`${base}/service-lists/published?year=2026&quarter=4`);
    expect(phone.body.needs.map((n: { summary: string }) => n.summary)).toEqual([
      '独居老人吃饭难，希望有人送餐',
    ]);
    const late = await cadre.post(`${base}/service-lists/needs`, {
      ...Q,
      source: 'other',
      summary: '新需求',
    });
    expect(late.status).toBe(422);
    expect(late.body.error.message).toContain('已于 2026年10月31日 公示');
    expect((await cadre.request('DELETE', `${base}/service-lists/needs/${needId}`)).status).toBe(
      422,
    );
    const overview = await town.get('/api/town/service-lists');
    expect(
      overview.body.villages.find((v: { villageId: string }) => v.villageId === A).status,
    ).toBe('published');
  });

  let projectId: string;
  let version: number;
  const step = async (client: HttpClient, body: Record<string, unknown>) => {
    const r = await client.post(`${base}/service-projects/${projectId}/steps`, {
      version,
      ...body,
    });
    if (r.status === 200) version = r.body.project.version;
    return r;
  };

  it('records a design serving the listed needs, refusing unlisted ones', async () => {
    const design = (body: Record<string, unknown>) =>
      cadre.post(`${base}/service-projects`, {
        ...Q,
        title: '老年助餐服务',
        designerKind: 'socialOrganisation',
        designerName: '百家社工服务中心',
        needIds: [needId],
        resourceIds: [fundId],
        targets: '为独居老人每周送餐三次',
        budget: '12,000',
        designedOn: '2026-11-10',
        ...body,
      });
    expect(fieldOf((await design({ needIds: [] })).body)).toEqual([
      'needIds:service_project_needs_required',
    ]);
    expect(fieldOf((await design({ needIds: [randomUUID()] })).body)).toEqual([
      'needIds:service_project_need_unlisted',
    ]);
    expect(fieldOf((await design({ resourceIds: [randomUUID()] })).body)).toEqual([
      'resourceIds:service_project_resource_unlisted',
    ]);
    expect(fieldOf((await design({ designedOn: '2026-10-30' })).body)).toEqual([
      'designedOn:date_order',
    ]);
    expect(fieldOf((await design({ budget: 'abc' })).body)).toEqual(['budget:money_invalid']);
    const ok = await design({});
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.project).toMatchObject({
      number: 1,
      state: 'designed',
      needs: [{ number: 1 }],
      resources: [{ number: 1, name: '社会组织孵化基金' }],
      budget: { text: '¥12,000.00' },
      actions: ['amend', 'review', 'withdraw'],
    });
    projectId = ok.body.project.id;
    version = ok.body.project.version;
  });

  it('is reviewed only by the joint meeting’s resolution in force, adopted on or after the design', async () => {
    const reps = await step(cadre, {
      action: 'review',
      resolutionId: await resolution('representativesMeeting', '2026-11-12'),
    });
    expect(reps.status).toBe(422);
    expect(reps.body.error.message).toContain('村“两委”联席会议');
    const revoked = await step(cadre, {
      action: 'review',
      resolutionId: await resolution('twoCommitteesJointMeeting', '2026-11-12', true),
    });
    expect(revoked.body.error.id).toBe('service_project_resolution_revoked');
    const dayBefore = await step(cadre, {
      action: 'review',
      resolutionId: await resolution('twoCommitteesJointMeeting', '2026-11-09'),
    });
    expect(dayBefore.body.error.id).toBe('service_project_resolution_early');
    const unknown = await step(cadre, { action: 'review', resolutionId: randomUUID() });
    expect(fieldOf(unknown.body)).toEqual(['resolutionId:service_project_resolution_unknown']);
    const sameDay = await step(cadre, {
      action: 'review',
      resolutionId: await resolution('twoCommitteesJointMeeting', '2026-11-10'),
    });
    expect(sameDay.status, JSON.stringify(sameDay.body)).toBe(200);
    expect(sameDay.body.project).toMatchObject({ state: 'reviewed', reviewedOn: '2026-11-10' });
    expect(sameDay.body.project.resolution.numberText).toContain('〔2026〕第');
  });

  it('is declared by the committees and filed or returned by the town alone', async () => {
    expect((await step(town, { action: 'declare' })).status).toBe(403);
    expect((await step(cadre, { action: 'declare', version: version - 1 })).status).toBe(409);
    const declared = await step(cadre, { action: 'declare' });
    // declared, not yet filed: not on the villagers' list
    const phone = await villager.get(`${base}/service-lists/published?year=2026&quarter=4`);
    expect(phone.body.projects).toEqual([]);
    expect(declared.body.project).toMatchObject({ state: 'declared', declaredOn: '2026-11-21' });
    const queue = await town.get('/api/town/service-lists');
    expect(queue.body.declared.map((p: { projectId: string }) => p.projectId)).toContain(projectId);
    const byCadre = await step(cadre, { action: 'file' });
    expect(byCadre.status).toBe(403);
    expect(byCadre.body.error.message).toContain('乡镇党委');
    const noReason = await step(town, { action: 'return', reason: '' });
    expect(fieldOf(noReason.body)).toEqual(['reason:field_required']);
    const returned = await step(town, { action: 'return', reason: '预算未列明送餐车辆费用' });
    expect(returned.body.project).toMatchObject({
      state: 'returned',
      returnReason: '预算未列明送餐车辆费用',
    });
  });

  it('revised, goes back to a new joint meeting, then is filed, run and its result published', async () => {
    // the design amended as the town asked, staying returned until revised for a new review
    const amend = (client: HttpClient, body: Record<string, unknown>) =>
      client.request('PUT', `${base}/service-projects/${projectId}`, {
        title: '老年助餐服务',
        designerKind: 'socialOrganisation',
        designerName: '百家社工服务中心',
        needIds: [needId],
        resourceIds: [fundId],
        targets: '为独居老人每周送餐三次',
        budget: '13,500',
        version,
        ...body,
      });
    expect((await amend(town, {})).status).toBe(403);
    expect(fieldOf((await amend(cadre, { needIds: [] })).body)).toEqual([
      'needIds:service_project_needs_required',
    ]);
    const amended = await amend(cadre, { targets: '送餐车辆一辆，每周送餐三次' });
    expect(amended.status, JSON.stringify(amended.body)).toBe(200);
    expect(amended.body.project).toMatchObject({
      state: 'returned',
      budget: { text: '¥13,500.00' },
      targets: '送餐车辆一辆，每周送餐三次',
    });
    version = amended.body.project.version;
    const revised = await step(cadre, { action: 'revise' });
    expect(revised.body.project).toMatchObject({
      state: 'designed',
      designedOn: '2026-11-21',
      resolution: null,
    });
    const old = await step(cadre, {
      action: 'review',
      resolutionId: await resolution('twoCommitteesJointMeeting', '2026-11-20'),
    });
    expect(old.body.error.id).toBe('service_project_resolution_early');
    expect(
      (
        await step(cadre, {
          action: 'review',
          resolutionId: await resolution('twoCommitteesJointMeeting', '2026-11-21'),
        })
      ).status,
    ).toBe(200);
    expect((await step(cadre, { action: 'declare' })).status).toBe(200);
    const filed = await step(town, { action: 'file', evaluation: '需求明确，同意备案' });
    expect(filed.body.project).toMatchObject({
      state: 'filed',
      evaluation: '需求明确，同意备案',
      actions: [],
    });
    expect((await step(cadre, { action: 'start' })).body.project.state).toBe('running');
    expect(fieldOf((await step(cadre, { action: 'complete', result: ' ' })).body)).toEqual([
      'result:field_required',
    ]);
    const done = await step(cadre, { action: 'complete', result: '三个月送餐 360 人次' });
    expect(done.body.project).toMatchObject({ state: 'completed', result: '三个月送餐 360 人次' });
    // the villagers read the project from the town's filing on, with its result
    const phone = await villager.get(`${base}/service-lists/published?year=2026&quarter=4`);
    expect(phone.body.projects).toMatchObject([
      { state: 'completed', result: '三个月送餐 360 人次' },
    ]);
    const events = await server.db.query<{ action: string }>(
      `SELECT action FROM audit_event WHERE chain_id = $1 AND target_type = 'serviceProject' AND target_id = $2 ORDER BY seq`,
      [A, projectId],
    );
    // the audit log names the acts' objects and links them to the lists
    const log = await cadre.get(`${base}/audit?limit=50&kind=serviceLists`);
    const titled = (log.body.items as Array<{ targetTitle: string; targetPage: unknown }>).map(
      (e) => [e.targetTitle, e.targetPage],
    );
    expect(titled).toContainEqual(['老年助餐服务', { kind: 'serviceLists', id: null }]);
    expect(titled).toContainEqual(['2026年第四季度三清单', { kind: 'serviceLists', id: null }]);
    expect(events.map((e) => e.action)).toEqual([
      'serviceProject.designed',
      'serviceProject.reviewed',
      'serviceProject.declared',
      'serviceProject.returned',
      'serviceProject.amended',
      'serviceProject.revised',
      'serviceProject.reviewed',
      'serviceProject.declared',
      'serviceProject.filed',
      'serviceProject.started',
      'serviceProject.completed',
    ]);
    // done: no longer amended
    expect((await amend(cadre, {})).body.error.id).toBe('case_step_refused');
  });
});
