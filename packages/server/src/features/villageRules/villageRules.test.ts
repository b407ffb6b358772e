import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolutionOf } from '../../testing/resolutions.ts';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';

/**
 * 村规民约 through the HTTP API (CGMY-STEPS, VCOL-27-RULES), on the test clock's 2026-11-21:
 * a version started and its opinions recorded; a draft whose clauses fine villagers and take
 * dividends from women married out is flagged by the content check when submitted, flagged by
 * the township too, refused a pass while flags are open, returned, amended (the check's flags
 * close themselves), passed; adopted only by the assembly, after the review, with women
 * present; filed a day late (told, not refused); published; amended by a second version
 * compared clause by clause; the township orders a correction — every act on the audit chain.
 */
describe(`village rules (${describeDatabase()})`, () => {
  let server: TestServer;
  let A: string;
  let base: string;
  let cadre: HttpClient;
  let town: HttpClient;
  let villager: HttpClient;

  beforeAll(async () => {
    server = await startTestServer();
    A = server.fixture.villageA.id;
    base = `/api/villages/${A}/village-rules`;
    cadre = await server.as('partySecretary');
    town = await server.as('townOfficial');
    villager = await server.as('villager');
  });
  afterAll(async () => {
    await server.close();
  });

  const fieldsOf = (body: { error: { fields?: Array<{ field: string; id: string }> } }) =>
    body.error.fields?.map((f) => `${f.field}:${f.id}`);

  let id: string;
  let revision: number;
  const step = async (client: HttpClient, body: Record<string, unknown>) => {
    const res = await client.post(`${base}/${id}/steps`, { revision, ...body });
    if (res.status === 200) revision = res.body.version.revision;
    return res;
  };

  it('starts a version collecting opinions; one at a time; villagers do not draft', async () => {
    expect((await villager.get(base)).status).toBe(403);
    const started = await cadre.post(base, { opinionsFrom: '2026-10-08' });
    expect(started.status).toBe(201);
    expect(started.body.version).toMatchObject({
      number: 1,
      title: '村规民约',
      state: 'collecting',
      actions: ['draft'],
      basedOn: null,
    });
    id = started.body.version.id;
    revision = started.body.version.revision;
    const again = await cadre.post(base, {});
    expect(again.status).toBe(409);
    expect(again.body.error.id).toBe('village_rules_in_progress');
    expect((await town.post(base, {})).status).toBe(403);
  });

  it('records opinions, naming a bad field', async () => {
    const blank = await cadre.post(`${base}/${id}/opinions`, { channel: 'paper', content: ' ' });
    expect(blank.status).toBe(400);
    expect(fieldsOf(blank.body)).toEqual(['content:field_required']);
    const ok = await cadre.post(`${base}/${id}/opinions`, {
      channel: 'meeting',
      fromName: '三组村民',
      content: '建议把禁止高额彩礼写进去',
      receivedOn: '2026-10-10',
    });
    expect(ok.status).toBe(201);
    expect(ok.body.version.opinions).toMatchObject([
      { channel: 'meeting', fromName: '三组村民', receivedOn: '2026-10-10' },
    ]);
  });

  const clauses = [
    '爱党爱国，遵纪守法。',
    '外嫁女不再参与集体收益分配。',
    '乱倒垃圾的，罚款50元。',
    '婚事新办，反对高额彩礼。',
  ];

  it('a submitted draft is checked clause by clause, and its text is fixed', async () => {
    const saved = await cadre.request('PUT', `${base}/${id}/clauses`, { clauses, revision });
    expect(saved.status).toBe(200);
    revision = saved.body.version.revision;
    expect(saved.body.version.clauses.map((c: { number: number }) => c.number)).toEqual([
      1, 2, 3, 4,
    ]);
    expect((await step(cadre, { action: 'draft', on: '2026-10-20' })).status).toBe(200);
    const submitted = await step(cadre, { action: 'submit', on: '2026-10-25' });
    expect(submitted.status).toBe(200);
    const v = submitted.body.version;
    expect(v.state).toBe('inReview');
    expect(v.flags.map((f: { clauseNumber: number }) => f.clauseNumber)).toEqual([2, 3]);
    expect(v.flags[0].message).toContain('《中华人民共和国妇女权益保障法》第五十五条、第五十六条');
    expect(v.flags[1].message).toContain('《中华人民共和国行政处罚法》第十六条');
    const fixed = await cadre.request('PUT', `${base}/${id}/clauses`, { clauses, revision });
    expect(fixed.status).toBe(422);
    expect(fixed.body.error.id).toBe('village_rules_text_fixed');
  });

  let townFlag: string;
  it('the township flags a clause and cannot pass with flags open', async () => {
    const flagged = await town.post(`${base}/${id}/flags`, {
      clauseNumber: 4,
      note: '“高额彩礼”请写明标准',
    });
    expect(flagged.status).toBe(201);
    townFlag = flagged.body.version.flags.find(
      (f: { origin: string }) => f.origin === 'township',
    ).id;
    revision = flagged.body.version.revision;
    expect((await cadre.post(`${base}/${id}/flags`, { clauseNumber: 1, note: 'x' })).status).toBe(
      403,
    );
    const unknown = await town.post(`${base}/${id}/flags`, { clauseNumber: 9, note: '？' });
    expect(fieldsOf(unknown.body)).toEqual(['clauseNumber:village_rules_clause_unknown']);
    const pass = await step(town, { action: 'pass', on: '2026-10-28' });
    expect(pass.status).toBe(422);
    expect(pass.body.error.message).toContain(
      '乡镇审核尚有 3 个问题未处理（第二条、第三条、第四条）',
    );
    expect(pass.body.error.message).toContain('《中华人民共和国村民委员会组织法》第三十一条');
    // the committee cannot pass its own draft
    expect((await step(cadre, { action: 'pass' })).status).toBe(403);
  });

  it('returned, amended and resubmitted: the check’s flags close, the township closes its own, then passes', async () => {
    const returned = await step(town, {
      action: 'return',
      reason: '第2、3条违法',
      on: '2026-10-28',
    });
    expect(returned.body.version).toMatchObject({ state: 'drafting', reviewNote: '第2、3条违法' });
    const amended = [
      clauses[0],
      '出嫁女与本村村民平等享有集体收益分配。',
      clauses[3],
      '乱倒垃圾的，由村民小组批评教育。',
    ];
    const saved = await cadre.request('PUT', `${base}/${id}/clauses`, {
      clauses: amended,
      revision,
    });
    revision = saved.body.version.revision;
    const again = await step(cadre, { action: 'submit', on: '2026-11-02' });
    const flags = again.body.version.flags as Array<{ origin: string; closing: string | null }>;
    expect(flags.filter((f) => f.origin === 'check').map((f) => f.closing)).toEqual([
      'amended',
      'amended',
    ]);
    expect(again.body.version.openFlags).toBe(1);
    const closed = await town.post(`${base}/${id}/flags/${townFlag}/close`, {
      closing: 'resolved',
      note: '已在实施细则中写明',
    });
    expect(closed.status).toBe(200);
    revision = closed.body.version.revision;
    const twice = await town.post(`${base}/${id}/flags/${townFlag}/close`, {
      closing: 'resolved',
      note: '再次',
    });
    expect(twice.status).toBe(409);
    const passed = await step(town, { action: 'pass', on: '2026-11-05' });
    expect(passed.status).toBe(200);
    expect(passed.body.version.state).toBe('approved');
  });

  async function attend(meetingId: string, names: string[]) {
    const people = await server.db.query<{ id: string }>(
      'SELECT id FROM person WHERE village_id = $1 AND name = ANY($2)',
      [A, names],
    );
    for (const p of people)
      await server.db.query(
        `INSERT INTO attendance (village_id, meeting_id, person_id, capacity, method, recorded_by)
         VALUES ($1, $2, $3, 'member', 'clerk', $4)`,
        [A, meetingId, p.id, server.fixture.accounts.committeeChair.id],
      );
  }

  it('adopted by the assembly only, after the review passed, with women present', async () => {
    const reps = await resolutionOf(server, 'representativesMeeting', '2026-11-10', '村规民约');
    const byReps = await step(cadre, { action: 'adopt', resolutionId: reps.id });
    expect(byReps.status).toBe(422);
    expect(byReps.body.error.message).toContain('只能由村民会议讨论决定');
    const early = await resolutionOf(server, 'villagersAssembly', '2026-11-04', '村规民约');
    const tooEarly = await step(cadre, { action: 'adopt', resolutionId: early.id });
    expect(tooEarly.body.error.message).toContain('必须先完成“乡镇审核”，才能进行“村民会议表决”');
    const menOnly = await resolutionOf(server, 'villagersAssembly', '2026-11-10', '村规民约');
    await attend(menOnly.meetingId, ['王建国', '王磊', '陈志明']);
    const noWomen = await step(cadre, { action: 'adopt', resolutionId: menOnly.id });
    expect(noWomen.status).toBe(422);
    expect(noWomen.body.error.message).toContain('到会 3 人中妇女 0 名，至少应有 1 名');
    const assembly = await resolutionOf(server, 'villagersAssembly', '2026-11-10', '村规民约');
    await attend(assembly.meetingId, ['王建国', '李秀英', '张桂兰', '陈志明']);
    const adopted = await step(cadre, { action: 'adopt', resolutionId: assembly.id });
    expect(adopted.status).toBe(200);
    expect(adopted.body.version).toMatchObject({
      state: 'adopted',
      adoptedOn: '2026-11-10',
      presentCount: 4,
      womenPresent: 2,
      filingDueOn: '2026-11-20',
    });
  });

  it('filed a day late is recorded and told; published with its audit fingerprint', async () => {
    const filed = await step(cadre, { action: 'file', on: '2026-11-21' });
    expect(filed.status).toBe(200);
    expect(filed.body.version.filingNote).toContain(
      '应在表决通过后 10 日内报乡镇备案：2026年11月10日 通过，应于 2026年11月20日 前备案',
    );
    const published = await step(cadre, { action: 'publish', on: '2026-11-21' });
    expect(published.body.version).toMatchObject({ state: 'published', publishedOn: '2026-11-21' });
    expect(published.body.version.fingerprint).toMatchObject({ seq: expect.any(Number) });
  });

  it('an amendment starts from the text in force and reads clause by clause against it', async () => {
    const v2 = await cadre.post(base, { opinionsFrom: '2026-11-21' });
    expect(v2.status).toBe(201);
    const second = v2.body.version;
    expect(second).toMatchObject({ number: 2, basedOn: { id, number: 1 } });
    expect(second.diff.every((c: { change: string }) => c.change === 'same')).toBe(true);
    const text = second.clauses.map((c: { body: string }) => c.body);
    const saved = await cadre.request('PUT', `${base}/${second.id}/clauses`, {
      clauses: [text[0], '新增：爱护公共设施。', text[1], text[2], '乱倒垃圾的，由村民小组劝导。'],
      revision: second.revision,
    });
    expect(saved.body.version.diff.map((c: { change: string }) => c.change)).toEqual([
      'same',
      'added',
      'same',
      'same',
      'changed',
    ]);
  });

  it('the township orders a correction of the rules in force, naming clauses', async () => {
    const bad = await step(town, { action: 'orderCorrection', reason: '违法', clauses: [7] });
    expect(fieldsOf(bad.body)).toEqual(['clauses:village_rules_clause_unknown']);
    const ordered = await step(town, {
      action: 'orderCorrection',
      reason: '第4条以村民小组批评代替依法处理，请修改',
      clauses: [4],
    });
    expect(ordered.status).toBe(200);
    expect(ordered.body.version).toMatchObject({
      state: 'correctionOrdered',
      correction: { orderedOn: '2026-11-21', clauses: [4] },
    });
    const events = await server.db.query<{ action: string }>(
      `SELECT action FROM audit_event WHERE chain_id = $1 AND target_type = 'villageRulesVersion' ORDER BY seq`,
      [A],
    );
    expect(events.map((e) => e.action)).toContain('villageRules.correctionOrdered');
    expect(events.length).toBeGreaterThanOrEqual(14);
  });

  it("the town sees each village's rules in force and the version on its way; a villager does not", async () => {
    const view = await town.get('/api/town/village-rules');
    expect(view.status).toBe(200);
    const a = view.body.villages.find((r: { villageId: string }) => r.villageId === A);
    expect(a).toMatchObject({
      inForce: { id, number: 1, state: 'correctionOrdered', publishedOn: '2026-11-21' },
      pending: { number: 2, state: 'collecting', openFlags: 0 },
    });
    const other = await (await server.as('otherTownOfficial')).get('/api/town/village-rules');
    expect(other.body.villages.map((r: { villageId: string }) => r.villageId)).not.toContain(A);
    expect((await villager.get('/api/town/village-rules')).status).toBe(403);
  });

  it('the rules in force are public on the portal, with the correction ordered; no draft is', async () => {
    const page = await server.anonymous().get(`/p/${A}/village-rules`);
    expect(page.status).toBe(200);
    const html = String(page.body);
    expect(html).toContain('第一条');
    expect(html).toContain('出嫁女与本村村民平等享有集体收益分配。');
    expect(html).toContain('责令改正第四条');
    expect(html).not.toContain('爱护公共设施');
  });
});
