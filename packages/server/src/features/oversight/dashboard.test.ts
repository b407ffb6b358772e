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
    // the clock runs from September to December: sessions outlast it
    server = await startTestServer({ SESSION_DAYS: 400 });
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

  const villageOf = async (villageId: string) =>
    (await dashboardOf('townOfficial')).villages.find((v: { id: string }) => v.id === villageId);
  const at = (day: string) => server.clock.set(noonOn(day));

  it('三会一课 short: a quarter without a 党员大会 is short from the day after it ends, and names the kind', async () => {
    const { villageA } = server.fixture;
    const [p0, , p2, p3] = villageA.personIds;
    const s = await server.as('partySecretary');
    const base = `/api/villages/${villageA.id}/party`;
    at('2026-09-30');
    const formal = { status: 'formal', joinedOn: '2010-07-01', category: 'employed' };
    for (const personId of [p0, p2, p3])
      expect((await s.request('PUT', `${base}/members/${personId}`, formal)).status).toBe(200);
    const unit = await s.post(`${base}/units`, {
      kind: 'branch',
      name: '甲村党支部',
      themeDay: 15,
      foundedOn: '2026-07-01',
    });
    expect(unit.status, JSON.stringify(unit.body)).toBe(200);
    const record = (kind: string, heldOn: string) =>
      s.post(`${base}/meetings`, {
        unitId: unit.body.id,
        kind,
        heldOn,
        venue: '村党群服务中心',
        hostPersonId: p0,
        topic: '学习会议精神',
        minutes: '会议学习了有关文件，研究了本月工作。',
        attendance: [p0, p2, p3].map((personId) => ({ personId, presence: 'present' })),
      });
    for (const day of ['2026-07-15', '2026-08-15', '2026-09-15'])
      expect((await record('themeDay', day)).status).toBe(200);
    // the third quarter still runs on its last day: nothing is short yet
    expect((await villageOf(villageA.id)).figures.partyMeetingsShort).toBe(0);
    at('2026-10-01');
    let a = await villageOf(villageA.id);
    expect(a.figures.partyMeetingsShort).toBe(1);
    expect(a.partyShort).toEqual([{ kind: 'membersMeeting', missing: 1 }]);
    // the quarter's meeting recorded after the fact: owed and held
    expect((await record('membersMeeting', '2026-09-28')).status).toBe(200);
    a = await villageOf(villageA.id);
    expect(a.figures.partyMeetingsShort).toBe(0);
    expect(a.partyShort).toEqual([]);
  });

  it('meetings without quorum: closed this year short of quorum, or recorded invalid', async () => {
    const { villageB, accounts } = server.fixture;
    const quorum = (met: boolean) => ({ quorum: { met } });
    for (const [on, figures, invalid] of [
      ['2025-12-31', quorum(false), null], // last year
      ['2026-01-01', quorum(false), null],
      ['2026-03-01', quorum(true), '监委会：表决程序不符合规定'],
      ['2026-04-01', quorum(true), null],
      ['2026-05-01', null, null], // closed before its figures were recorded
    ] as const)
      await server.db.query(
        `INSERT INTO meeting (village_id, id, kind, title, meeting_on, notice_on, status, convened_by,
           check_in_code, profile_id, profile_version, figures_at_close, invalid_reason)
         VALUES ($1, $2, 'villagersAssembly', '村民会议', $3, $3, 'closed', $4, $5, 'national', '1', $6, $7)`,
        [
          villageB.id,
          randomUUID(),
          on,
          accounts.partySecretary.id,
          randomUUID().slice(0, 6),
          figures && JSON.stringify(figures),
          invalid,
        ],
      );
    at('2026-10-01');
    const b = await villageOf(villageB.id);
    expect(b.figures.meetingsWithoutQuorum).toBe(2);
    expect(b.problems).toBeGreaterThanOrEqual(2);
  });

  it('invalid compositions: the bodies the village list finds a violation in, following a seat', async () => {
    const { villageA } = server.fixture;
    const [p0, , , , , p5] = villageA.personIds;
    at('2026-10-01');
    const invalidInList = async () => {
      const list = (await (await server.as('townOfficial')).get('/api/oversight/villages')).body;
      return new Map<string, number>(
        list.items.map(
          (v: {
            id: string;
            findings: Array<{ area: string; severity: string; bodyName: string }>;
          }) => [
            v.id,
            new Set(
              v.findings
                .filter((f) => f.area === 'composition' && f.severity === 'violation')
                .map((f) => f.bodyName),
            ).size,
          ],
        ),
      );
    };
    const check = async () => {
      const list = await invalidInList();
      const d = await dashboardOf('townOfficial');
      for (const v of d.villages) expect(v.figures.invalidCompositions).toBe(list.get(v.id));
      return d.villages.find((v: { id: string }) => v.id === villageA.id).figures
        .invalidCompositions as number;
    };
    // 甲村's committee has its chair alone: fewer than three
    const before = await check();
    expect(before).toBeGreaterThan(0);
    const s = await server.as('partySecretary');
    const committee = villageA.bodyIds.villagersCommittee!;
    for (const personId of [p0, p5]) {
      const res = await s.post(`/api/villages/${villageA.id}/bodies/${committee}/members`, {
        personId,
        termId: villageA.termIds.villagersCommittee,
        role: 'member',
        startsOn: '2026-10-01',
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    // three members with a woman, no near relatives: the committee is no longer counted
    expect(await check()).toBe(before - 1);
  });

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
      expect.arrayContaining([
        '村（社区）',
        '逾期信访',
        '逾期投诉',
        '届满换届',
        '未达法定人数或无效会议',
        '组织构成不合规',
        '三会一课欠缺',
      ]),
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
