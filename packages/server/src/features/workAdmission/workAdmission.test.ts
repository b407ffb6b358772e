import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';

interface Item {
  id: string;
  list: string;
  seq: number;
}
interface Task {
  id: string;
  villageId: string;
  verdict: string;
  ground: string;
  decision: string | null;
  decisionReason: string | null;
}

/**
 * Work-item admission through the HTTP API (seed 003): the county publishes versioned lists,
 * the town sends tasks checked against the version in force, the committee records its decision
 * (a burden-reduction task can only be refused, citing the list), the town sees its refused
 * tasks and the county counts them per town.
 */
describe(`work-item admission (${describeDatabase()})`, () => {
  let server: TestServer;
  let county: HttpClient;
  let town: HttpClient;
  let otherTown: HttpClient;
  let chair: HttpClient;
  let items: Item[];
  const villageTasks = () => `/api/villages/${server.fixture.villageA.id}/work-tasks`;
  const itemOf = (list: string, seq = 1) => items.find((i) => i.list === list && i.seq === seq)!;
  const send = (listItemId: string | null, villageIds = [server.fixture.villageA.id]) =>
    town.post('/api/work-admission/tasks', {
      villageIds,
      department: '镇综治办',
      content: '要求村委会为外出务工人员出具无犯罪记录证明',
      legalBasis: '镇政府工作安排',
      deadline: '2026-11-30',
      listItemId,
    });
  const lists = {
    title: '测试县基层群众性自治组织三张清单',
    documentNo: '测政办发〔2026〕3号',
    selfGovernance: ['制定和修改村规民约', '兴办村内公益事业'],
    governmentAssistance: ['协助做好城乡居民医疗保险参保登记', '协助做好征兵工作'],
    burdenReduction: ['招商引资、协税护税等经济指标任务', '出具无法核实的证明'],
  };

  beforeAll(async () => {
    server = await startTestServer();
    county = await server.as('countyOfficial');
    town = await server.as('townOfficial');
    otherTown = await server.as('otherTownOfficial');
    chair = await server.as('committeeChair');
  });
  afterAll(async () => {
    await server.close();
  });

  it('no task goes down before the county has lists in force', async () => {
    const res = await send(null);
    expect(res.status).toBe(422);
    expect(res.body.error.id).toBe('admission_no_lists');
  });

  it('only the county publishes; a version is numbered, dated, and its lists are complete', async () => {
    expect((await town.post('/api/work-admission/lists', lists)).status).toBe(403);
    const empty = await county.post('/api/work-admission/lists', {
      ...lists,
      effectiveOn: '2026-11-21',
      burdenReduction: [],
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields).toEqual([
      expect.objectContaining({ field: 'burdenReduction' }),
    ]);
    const past = await county.post('/api/work-admission/lists', {
      ...lists,
      effectiveOn: '2026-11-20',
    });
    expect(past.status).toBe(400);
    expect(past.body.error.fields[0].field).toBe('effectiveOn');
    const v1 = await county.post('/api/work-admission/lists', {
      ...lists,
      effectiveOn: '2026-11-21',
    });
    expect(v1.status).toBe(201);
    expect(v1.body.version).toMatchObject({ number: 1, inForce: true, effectiveOn: '2026-11-21' });
    items = v1.body.version.items;
    expect(itemOf('burdenReduction', 2).seq).toBe(2);
    const same = await county.post('/api/work-admission/lists', {
      ...lists,
      effectiveOn: '2026-11-21',
    });
    expect(same.status).toBe(400);
    expect(same.body.error.fields[0].message).toContain('2026年11月21日');
  });

  it('the town sends to its own villages only, by a deadline not past, citing an item in force', async () => {
    expect((await county.post('/api/work-admission/tasks', {})).status).toBe(403);
    const other = await send(itemOf('governmentAssistance').id, [server.fixture.villageC.id]);
    expect(other.status).toBe(400);
    expect(other.body.error.fields[0].field).toBe('villageIds');
    const late = await town.post('/api/work-admission/tasks', {
      villageIds: [server.fixture.villageA.id],
      department: '镇民政办',
      content: '低保核查',
      legalBasis: '社会救助暂行办法',
      deadline: '2026-11-20',
      listItemId: null,
    });
    expect(late.status).toBe(400);
    expect(late.body.error.fields[0].field).toBe('deadline');
    const stranger = await send('00000000-0000-4000-8000-000000000000');
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.fields[0].field).toBe('listItemId');
  });

  it('a burden-reduction task is refused by the check; the committee cannot accept it, only refuse', async () => {
    const sent = await send(itemOf('burdenReduction', 2).id, [
      server.fixture.villageA.id,
      server.fixture.villageB.id,
    ]);
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ sent: 2, verdict: 'refused', ground: 'burdenReduction' });
    const list = await chair.get(villageTasks());
    expect(list.body.abilities.decide).toBe(true);
    expect(list.body.version.number).toBe(1);
    const task = (list.body.items as Task[])[0]!;
    expect(task).toMatchObject({ verdict: 'refused', ground: 'burdenReduction', decision: null });
    const accept = await chair.post(`${villageTasks()}/${task.id}/decision`, {
      decision: 'accepted',
      reason: '村里愿意',
    });
    expect(accept.status).toBe(422);
    expect(accept.body.error.message).toContain('减负工作事项清单（第1版）第2项');
    expect(accept.body.error.message).toContain('村民委员会组织法第四十三条');
    expect(((await chair.get(villageTasks())).body.items as Task[])[0]!.decision).toBeNull();
    const refuse = await chair.post(`${villageTasks()}/${task.id}/decision`, {
      decision: 'refused',
      reason: '属于减负清单事项，依准入制度拒绝',
    });
    expect(refuse.status).toBe(200);
    expect(refuse.body.task).toMatchObject({ decision: 'refused', decidedOn: '2026-11-21' });
    const again = await chair.post(`${villageTasks()}/${task.id}/decision`, {
      decision: 'refused',
      reason: '再次',
    });
    expect(again.status).toBe(409);
  });

  it('an assistance task is accepted; a self-governance one only returned; none at all refused', async () => {
    await send(itemOf('governmentAssistance').id);
    await send(itemOf('selfGovernance').id);
    await send(null);
    const tasks = (await chair.get(villageTasks())).body.items as Task[];
    const by = (ground: string) => tasks.find((t) => t.ground === ground && !t.decision)!;
    const decide = (t: Task, decision: string) =>
      chair.post(`${villageTasks()}/${t.id}/decision`, { decision, reason: '依清单办理' });
    expect(by('assistance').verdict).toBe('admissible');
    expect((await decide(by('assistance'), 'accepted')).status).toBe(200);
    const self = by('selfGovernance');
    expect(self.verdict).toBe('returned');
    const assign = await decide(self, 'accepted');
    expect(assign.status).toBe(422);
    expect(assign.body.error.message).toContain('村民委员会组织法第六条');
    expect((await decide(self, 'returned')).status).toBe(200);
    const unlisted = by('unlisted');
    expect((await decide(unlisted, 'accepted')).body.error.id).toBe('admission_unlisted');
    expect((await decide(unlisted, 'refused')).status).toBe(200);
  });

  it('a decision needs a reason, and only the committee records it', async () => {
    const tasks = (await chair.get(villageTasks())).body.items as Task[];
    const open = tasks.find((t) => !t.decision && t.villageId === server.fixture.villageA.id);
    expect(open).toBeUndefined();
    await send(itemOf('governmentAssistance', 2).id);
    const fresh = ((await chair.get(villageTasks())).body.items as Task[]).find(
      (t) => !t.decision,
    )!;
    const blank = await chair.post(`${villageTasks()}/${fresh.id}/decision`, {
      decision: 'accepted',
      reason: '  ',
    });
    expect(blank.status).toBe(400);
    expect(blank.body.error.fields[0].field).toBe('reason');
    const secretary = await server.as('partySecretary');
    expect(
      (
        await secretary.post(`${villageTasks()}/${fresh.id}/decision`, {
          decision: 'accepted',
          reason: '同意',
        })
      ).status,
    ).toBe(403);
  });

  it('a deadline today is allowed; two members recording at once: one decision stands', async () => {
    const today = await town.post('/api/work-admission/tasks', {
      villageIds: [server.fixture.villageB.id],
      department: '镇民政办',
      content: '高龄津贴资格认证',
      legalBasis: '省高龄津贴发放管理办法',
      deadline: '2026-11-21',
      listItemId: itemOf('governmentAssistance').id,
    });
    expect(today.status).toBe(201);
    const tasks = (await chair.get(villageTasks())).body.items as Task[];
    const open = tasks.find((t) => !t.decision)!;
    const member = await server.as('committeeChair');
    const answers = await Promise.all([
      chair.post(`${villageTasks()}/${open.id}/decision`, {
        decision: 'refused',
        reason: '经费未落实',
      }),
      member.post(`${villageTasks()}/${open.id}/decision`, {
        decision: 'refused',
        reason: '不接收',
      }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
  });

  it('the town sees its refused tasks; another town does not; the county counts per town', async () => {
    const refused = await town.get('/api/work-admission/tasks?decision=refused');
    expect((refused.body.items as Task[]).length).toBe(3);
    expect((refused.body.items as Task[]).every((t) => t.decision === 'refused')).toBe(true);
    expect((await otherTown.get('/api/work-admission/tasks')).body.items).toEqual([]);
    const counts = await county.get('/api/work-admission/by-town');
    expect(counts.body.year).toBe(2026);
    const first = counts.body.items.find(
      (r: { townId: string }) => r.townId === server.fixture.townIds[0],
    );
    expect(first).toMatchObject({ sent: 7, accepted: 1, refused: 3, returned: 1, open: 2 });
    const second = counts.body.items.find(
      (r: { townId: string }) => r.townId === server.fixture.townIds[1],
    );
    expect(second).toMatchObject({ sent: 0, refused: 0 });
    const own = await town.get('/api/work-admission/by-town');
    expect(own.body.items.map((r: { townId: string }) => r.townId)).toEqual([
      server.fixture.townIds[0],
    ]);
  });

  it('a new version takes effect on its day; tasks keep the version they were checked against', async () => {
    const v2 = await county.post('/api/work-admission/lists', {
      ...lists,
      effectiveOn: '2026-12-01',
      governmentAssistance: [...lists.governmentAssistance, '协助开展人口普查'],
    });
    expect(v2.body.version).toMatchObject({ number: 2, inForce: false });
    const overview = await town.get('/api/work-admission');
    const versions = overview.body.counties[0].versions as Array<{
      number: number;
      inForce: boolean;
    }>;
    expect(versions.map((v) => [v.number, v.inForce])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(overview.body.towns[0].villages.length).toBeGreaterThanOrEqual(2);
    expect(overview.body.counties[0].canPublish).toBe(false);
  });

  it('villagers do not reach the lists', async () => {
    const villager = await server.as('villager');
    expect((await villager.get('/api/work-admission')).status).toBe(403);
    expect((await villager.get(villageTasks())).status).toBe(403);
  });
});
