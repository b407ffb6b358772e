import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';

/** Noon in Beijing on a calendar day: the server's "today". */
const noonOn = (day: string) => new Date(`${day}T04:00:00Z`);

/**
 * The town and county dashboard (issue 16 item 1) and the officials' work list (item 2): each
 * figure at its boundary, who may see which town, and the Excel export's content.
 */
describe(`GET /api/oversight/dashboard (${describeDatabase()})`, () => {
  let server: TestServer;
  let townA: string;
  beforeAll(async () => {
    server = await startTestServer();
    townA = server.fixture.townIds[0];
  });
  afterAll(async () => {
    await server.close();
  });

  const dashboardOf = async (
    role: 'townOfficial' | 'countyOfficial',
    query = `?level=town&id=${townA}`,
  ) => {
    const res = await (await server.as(role)).get(`/api/oversight/dashboard${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };
  const figuresOf = async (
    villageId: string,
    role: 'townOfficial' | 'countyOfficial' = 'townOfficial',
  ) => (await dashboardOf(role)).villages.find((v: { id: string }) => v.id === villageId).figures;

  /** A petition registered in village A whose running clock ends on `dueOn`. */
  async function petitionDue(dueOn: string, number: number) {
    const id = randomUUID();
    await server.db.query(
      `INSERT INTO petition (village_id, id, number, form, subject, request, facts, status,
         profile_id, profile_version, received_on, due_on)
       VALUES ($1, $2, $3, 'letter', '道路维修', '请求修路', '村道损坏', 'handling', 'national', '1', '2026-11-01', $4)`,
      [server.fixture.villageA.id, id, number, dueOn],
    );
    return id;
  }

  it('a petition is overdue the day after its due day, not on it, in the figures and the work list', async () => {
    const a = server.fixture.villageA.id;
    const id = await petitionDue('2026-12-10', 9001);
    server.clock.set(noonOn('2026-12-10'));
    let f = await figuresOf(a);
    expect(f.openPetitions).toBe(1);
    expect(f.overduePetitions).toBe(0);
    let work = (await (await server.as('townOfficial')).get('/api/oversight/work')).body;
    expect(work.items).toContainEqual(
      expect.objectContaining({
        kind: 'petition',
        recordId: id,
        urgency: 'today',
        title: '信访事项 第9001号',
      }),
    );
    server.clock.set(noonOn('2026-12-11'));
    f = await figuresOf(a);
    expect(f.overduePetitions).toBe(1);
    work = (await (await server.as('townOfficial')).get('/api/oversight/work')).body;
    expect(work.items[0]).toEqual(expect.objectContaining({ recordId: id, urgency: 'overdue' }));
    // the other town's official has nothing of village A on their list
    const other = (await (await server.as('otherTownOfficial')).get('/api/oversight/work')).body;
    expect(other.items.map((i: { villageId: string }) => i.villageId)).not.toContain(a);
  });

  it('an assigned complaint is overdue the day after its answer is due', async () => {
    const a = server.fixture.villageA.id;
    await server.db.query(
      `INSERT INTO complaint (village_id, id, number, channel, anonymous, subject, body, class, handler,
         status, received_on, due_on, tracking_hash)
       VALUES ($1, $2, 9001, 'paper', true, '公示不全', '账目未公开', 'affairs', 'villagersCommittee',
         'assigned', '2026-11-20', '2026-12-11', $3)`,
      [a, randomUUID(), randomUUID()],
    );
    server.clock.set(noonOn('2026-12-11'));
    expect(await figuresOf(a)).toEqual(
      expect.objectContaining({ openComplaints: 1, overdueComplaints: 0 }),
    );
    server.clock.set(noonOn('2026-12-12'));
    expect(await figuresOf(a)).toEqual(
      expect.objectContaining({ openComplaints: 1, overdueComplaints: 1 }),
    );
  });

  it('a term is on the election calendar from 180 days before it ends', async () => {
    const { villageB } = server.fixture;
    await server.db.query(`UPDATE body_term SET ends_on = '2027-06-09' WHERE village_id = $1`, [
      villageB.id,
    ]);
    server.clock.set(noonOn('2026-12-10')); // 181 days before
    expect((await figuresOf(villageB.id)).termsEnding).toBe(0);
    server.clock.set(noonOn('2026-12-11')); // 180 days before
    expect((await figuresOf(villageB.id)).termsEnding).toBe(Object.keys(villageB.termIds).length);
  });

  it('a voter list is overdue the day after the timetable’s last day (20 days before polling)', async () => {
    const { villageB } = server.fixture;
    await server.db.query(
      `INSERT INTO election (village_id, id, title, body, electorate, organiser, stage, record,
         election_day, profile_id, profile_version)
       VALUES ($1, $2, '第十三届村民委员会选举', 'villagersCommittee', 'villagers', 'villagersCommittee',
         'rulesAdopted', '{}', '2027-01-10', 'national', '1')`,
      [villageB.id, randomUUID()],
    );
    server.clock.set(noonOn('2026-12-21'));
    expect(await figuresOf(villageB.id)).toEqual(
      expect.objectContaining({ voterRollsDue: 1, voterRollsOverdue: 0 }),
    );
    server.clock.set(noonOn('2026-12-22'));
    expect(await figuresOf(villageB.id)).toEqual(
      expect.objectContaining({ voterRollsDue: 1, voterRollsOverdue: 1 }),
    );
  });

  it('counts the representatives’ meetings held in this quarter only (from its first day)', async () => {
    const { villageC, accounts } = server.fixture;
    for (const [on, status] of [
      ['2026-09-30', 'closed'],
      ['2026-10-01', 'closed'],
      ['2026-11-15', 'cancelled'],
    ] as const)
      await server.db.query(
        `INSERT INTO meeting (village_id, id, kind, title, meeting_on, notice_on, status, convened_by,
           check_in_code, profile_id, profile_version)
         VALUES ($1, $2, 'representativesMeeting', '村民代表会议', $3, $3, $4, $5, $6, 'national', '1')`,
        [
          villageC.id,
          randomUUID(),
          on,
          status,
          accounts.partySecretary.id,
          randomUUID().slice(0, 6),
        ],
      );
    server.clock.set(noonOn('2026-12-11'));
    const county = await dashboardOf('countyOfficial', '');
    const c = county.villages.find((v: { id: string }) => v.id === villageC.id);
    expect(c.figures.representativesMeetingsThisQuarter).toBe(1);
  });

  it('counts overdue disclosures by the same calendar as the village’s own page', async () => {
    server.clock.set(noonOn('2026-12-11'));
    const d = await dashboardOf('townOfficial');
    const list = (await (await server.as('townOfficial')).get('/api/oversight/villages')).body;
    for (const v of d.villages) {
      const same = list.items.find((x: { id: string }) => x.id === v.id);
      expect(v.figures.overdueDisclosures).toBe(same.disclosure.overdueDisclosures);
      expect(v.figures.unansweredQuestions).toBe(same.disclosure.unansweredQuestions);
      expect(v.figures.openHolds).toBe(same.disclosure.openHolds);
    }
    // the town's total is the sum of its villages
    const sum = d.villages.reduce(
      (n: number, v: { figures: { openPetitions: number } }) => n + v.figures.openPetitions,
      0,
    );
    expect(d.total.openPetitions).toBe(sum);
  });

  it('a town sees its own villages, the county every town; the other town and villagers are refused', async () => {
    const town = await dashboardOf('townOfficial', '');
    expect(town.scope).toEqual(expect.objectContaining({ level: 'town', id: townA }));
    const ids = town.villages.map((v: { id: string }) => v.id);
    expect(ids).toEqual(
      expect.arrayContaining([server.fixture.villageA.id, server.fixture.villageB.id]),
    );
    expect(ids).not.toContain(server.fixture.villageC.id);
    const county = await dashboardOf('countyOfficial', '');
    expect(county.scope.level).toBe('county');
    expect(county.villages.map((v: { id: string }) => v.id)).toContain(server.fixture.villageC.id);
    expect(county.scopes.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining([server.fixture.countyId, ...server.fixture.townIds]),
    );
    const other = await (
      await server.as('otherTownOfficial')
    ).get(`/api/oversight/dashboard?level=town&id=${townA}`);
    expect(other.status).toBe(403);
    for (const role of ['villager', 'partySecretary'] as const) {
      expect((await (await server.as(role)).get('/api/oversight/dashboard')).status).toBe(403);
      expect((await (await server.as(role)).get('/api/oversight/work')).status).toBe(403);
    }
  });

  it('exports the villages’ figures with a total row, and the work list, to Excel', async () => {
    server.clock.set(noonOn('2026-12-12'));
    const res = await (
      await server.as('townOfficial')
    ).get(`/api/oversight/dashboard.xlsx?level=town&id=${townA}`);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    const sheet = wb.getWorksheet('各村指标')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('测试1镇工作台（2026年12月12日）');
    const header = sheet.getRow(2).values as unknown[];
    expect(header).toEqual(
      expect.arrayContaining(['村（社区）', '逾期信访', '逾期投诉', '届满换届']),
    );
    const col = header.indexOf('逾期信访');
    const rows = sheet.getRows(3, sheet.rowCount - 2)!;
    const a = rows.find((r) => r.getCell(2).value === '甲村')!;
    expect(a.getCell(col).value).toBe(1);
    const total = rows.at(-1)!;
    expect(total.getCell(2).value).toBe('合计');
    expect(total.font?.bold).toBe(true);
    const work = wb.getWorksheet('我的待办')!;
    expect(work.getRow(3).values).toEqual(
      expect.arrayContaining(['2026年12月10日', '信访事项', '甲村', '信访事项 第9001号']),
    );
  });
});
