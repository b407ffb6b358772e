import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../testing/testServer.ts';
import { describeDatabase } from '../../../testing/testDatabase.ts';

/**
 * 党费 through the HTTP API on the fixture village (甲村): the secretary 王建国 (salaried, ¥4,000
 * a month → ¥40) and 李秀英 (a farmer member since June 2025 → ¥1), from May 2026 when the branch
 * began keeping its dues here, pay month by month; a payment
 * below the standard, a month paid twice (two clerks at once included) and a non-member are
 * refused; six unpaid months in a row are 党章第九条's finding, five are not; the year's statement
 * and its workbook; the dues published as 党务公开; a member sees only their own, the villagers'
 * bodies nothing, the town Party committee's officials everything.
 */
describe(`party dues (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  let wang: string;
  let li: string;
  beforeAll(async () => {
    server = await startTestServer({ SESSION_DAYS: 400 });
    base = `/api/villages/${server.fixture.villageA.id}/party/dues`;
    wang = server.fixture.accounts.partySecretary.personId!;
    li = server.fixture.accounts.villager.personId!;
    await server.db.query(
      `UPDATE person SET party_member = true, party_joined_on = '2025-06-15' WHERE village_id = $1 AND id = $2`,
      [server.fixture.villageA.id, li],
    );
  });
  afterAll(async () => {
    await server.close();
  });
  const at = (iso: string) => server.clock.set(new Date(`${iso}T02:00:00Z`));
  const secretary = () => server.as('partySecretary');

  it('records bases: the income only where the standard is a share of it; members only', async () => {
    at('2026-05-10');
    const s = await secretary();
    const noIncome = await s.post(`${base}/bases`, {
      personId: wang,
      fromMonth: '2026-05',
      kind: 'salaried',
    });
    expect(noIncome.status).toBe(400);
    expect(noIncome.body.error.fields[0]).toMatchObject({ field: 'monthlyIncomeFen' });
    expect(noIncome.body.error.fields[0].message).toMatch(/月收入/);
    const badMonth = await s.post(`${base}/bases`, {
      personId: li,
      fromMonth: '2026-13',
      kind: 'farmer',
    });
    expect(badMonth.status).toBe(400);
    expect(badMonth.body.error.fields[0]).toMatchObject({ field: 'fromMonth' });
    const chair = server.fixture.accounts.committeeChair.personId!;
    const notMember = await s.post(`${base}/bases`, {
      personId: chair,
      fromMonth: '2026-05',
      kind: 'farmer',
    });
    expect(notMember.status).toBe(422);
    expect(notMember.body.error.message).toMatch(/张桂兰不是本村党员/);
    expect(
      (
        await s.post(`${base}/bases`, {
          personId: wang,
          fromMonth: '2026-05',
          kind: 'salaried',
          monthlyIncomeFen: 400_000,
        })
      ).status,
    ).toBe(201);
    expect(
      (await s.post(`${base}/bases`, { personId: li, fromMonth: '2026-05', kind: 'farmer' }))
        .status,
    ).toBe(201);
    const overview = (await s.get(`${base}`)).body;
    expect(overview.members.find((m: { personId: string }) => m.personId === wang)).toMatchObject({
      monthlyDuesFen: 4000,
      basis: { kind: 'salaried', monthlyIncomeFen: 400_000, fromMonth: '2026-05' },
    });
    expect(
      overview.members.find((m: { personId: string }) => m.personId === li).monthlyDuesFen,
    ).toBe(100);
    // the audit names the kind and the month, never the income
    const [event] = await server.db.query<{ data: unknown }>(
      `SELECT data FROM audit_event WHERE chain_id = $1 AND action = 'partyDuesBasis.recorded' ORDER BY seq LIMIT 1`,
      [server.fixture.villageA.id],
    );
    expect(JSON.stringify(event!.data)).not.toMatch(/400000|Income/);
  });

  it('answers bad input with field errors naming the field, never a 5xx', async () => {
    const s = await secretary();
    const cases: Array<[string, object, string]> = [
      ['/bases', { personId: wang, fromMonth: '0000-01', kind: 'farmer' }, 'fromMonth'],
      [
        '/bases',
        { personId: wang, fromMonth: '2026-05', kind: 'salaried', monthlyIncomeFen: -1 },
        'monthlyIncomeFen',
      ],
      [
        '/bases',
        { personId: wang, fromMonth: '2026-05', kind: 'salaried', monthlyIncomeFen: 1e15 },
        'monthlyIncomeFen',
      ],
      [
        '/payments',
        { personId: wang, months: ['村\u0000'], amountFen: 100, method: 'cash' },
        'months',
      ],
      ['/payments', { personId: wang, months: [], amountFen: 100, method: 'cash' }, 'months'],
      [
        '/payments',
        { personId: wang, months: ['2026-05'], amountFen: 0, method: 'cash' },
        'amountFen',
      ],
      [
        '/payments',
        { personId: wang, months: ['2026-05'], amountFen: 1e20, method: 'cash' },
        'amountFen',
      ],
      [
        '/payments',
        {
          personId: wang,
          months: ['2026-05'],
          amountFen: 100,
          method: 'cash',
          paidOn: '2026-02-30',
        },
        'paidOn',
      ],
    ];
    for (const [path, body, field] of cases) {
      const res = await s.post(`${base}${path}`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const fields: string[] = res.body.error.fields.map((f: { field: string }) => f.field);
      expect(
        fields.some((f) => f === field || f.startsWith(`${field}.`)),
        fields.join(),
      ).toBe(true);
    }
    expect((await s.get(`${base}/statement?year=abc`)).status).toBe(400);
  });

  it('takes a month at its standard or more, never less, and each month once', async () => {
    at('2026-05-20');
    const s = await secretary();
    const pay = (personId: string, months: string[], amountFen: number) =>
      s.post(`${base}/payments`, { personId, months, amountFen, method: 'cash' });
    const under = await pay(wang, ['2026-05'], 3999);
    expect(under.status).toBe(422);
    expect(under.body.error.ruleId).toBe('PARTY-DUES');
    expect(under.body.error.message).toMatch(/《关于中国共产党党费收缴、使用和管理的规定》/);
    expect(under.body.error.message).toMatch(/¥40\.00/);
    expect((await pay(wang, ['2026-05'], 4000)).status).toBe(201);
    const twice = await pay(wang, ['2026-05', '2026-06'], 4000);
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toMatch(/2026年5月/);
    // June was not written: all months or none
    expect((await pay(wang, ['2026-06'], 5000)).status).toBe(201);
    const before = await pay(li, ['2026-04'], 100);
    expect(before.status).toBe(422);
    expect(before.body.error.message).toMatch(/不在该党员应交党费的月份内/);
    // two clerks record 李秀英's May at once: one is recorded, the other refused
    const both = await Promise.all([pay(li, ['2026-05'], 100), pay(li, ['2026-05'], 100)]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    const [{ n }] = (await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM party_dues_payment WHERE village_id = $1 AND person_id = $2`,
      [server.fixture.villageA.id, li],
    )) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('finds six unpaid months in a row (党章第九条), not five', async () => {
    // 李秀英 paid May: June–October unpaid on 30 November is five; on 1 December six
    at('2026-11-30');
    let overview = (await (await secretary()).get(base)).body;
    let row = overview.members.find((m: { personId: string }) => m.personId === li);
    expect(row).toMatchObject({ unpaidRun: 5, lapsed: false, arrearsMonths: 5, arrearsFen: 500 });
    expect(overview.findings.filter((f: { personId: string }) => f.personId === li)).toEqual([]);
    at('2026-12-01');
    overview = (await (await secretary()).get(base)).body;
    row = overview.members.find((m: { personId: string }) => m.personId === li);
    expect(row).toMatchObject({ unpaidRun: 6, lapsed: true });
    const found = overview.findings.find((f: { personId: string }) => f.personId === li);
    expect(found.message).toMatch(/李秀英已连续6个月未交纳党费/);
    expect(found.message).toMatch(/《中国共产党章程》第九条/);
    expect(found.message).not.toMatch(/PARTY-/);
  });

  it('states the year for the town, on A4 and in Excel', async () => {
    at('2026-12-01');
    const s = await secretary();
    // 陈志明 was a member until he transferred out on 15 September: his months to September count
    const chen = server.fixture.accounts.supervisionChair.personId!;
    await server.db.query(
      `INSERT INTO party_member (village_id, person_id, status, joined_on, left_on, left_reason, recorded_at)
       VALUES ($1, $2, 'formal', '2010-07-01', '2026-09-15', 'transferredOut', now())`,
      [server.fixture.villageA.id, chen],
    );
    await server.db.query(
      `INSERT INTO party_dues_basis (village_id, id, person_id, from_month, kind, recorded_at)
       VALUES ($1, gen_random_uuid(), $2, '2026-05-01', 'farmer', now())`,
      [server.fixture.villageA.id, chen],
    );
    const statement = (await s.get(`${base}/statement?year=2026`)).body;
    expect(statement.rows.find((r: { personId: string }) => r.personId === chen)).toMatchObject({
      monthsOwed: 5,
      arrearsMonths: 5,
      leftOn: '2026-09-15',
      lapsed: false,
    });
    expect(statement).toMatchObject({ villageName: '甲村', year: 2026, asOf: '2026-12-01' });
    expect(statement.totals).toMatchObject({ members: 3, lapsed: 1, paidFen: 4000 + 5000 + 100 });
    const wangRow = statement.rows.find((r: { personId: string }) => r.personId === wang);
    expect(wangRow).toMatchObject({ monthsOwed: 8, arrearsMonths: 5, arrearsFen: 20_000 });
    const file = await s.get(`${base}/statement.xlsx?year=2026`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect((await s.get(`${base}/statement?year=1999`)).status).toBe(400);
    const town = await server.as('townOfficial');
    expect((await town.get(`${base}/statement?year=2026`)).status).toBe(200);
    // the town Party committee's workbook of all its villages; the county and villagers never
    const all = await town.get('/api/town/party/dues.xlsx?year=2026');
    expect(all.status).toBe(200);
    expect(all.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect(
      (await (await server.as('countyOfficial')).get('/api/town/party/dues.xlsx?year=2026')).status,
    ).toBe(403);
    expect(
      (await (await server.as('villager')).get('/api/town/party/dues.xlsx?year=2026')).status,
    ).toBe(403);
  });

  it('publishes the dues as 党务公开 by the branch’s choice', async () => {
    at('2026-12-01');
    const res = await (await secretary()).post(`${base}/notices`, { year: 2026, withNames: true });
    expect(res.status).toBe(201);
    const [notice] = await server.db.query<{ kind: string; title: string; body: string }>(
      'SELECT kind, title, body FROM notice WHERE village_id = $1 AND id = $2',
      [server.fixture.villageA.id, res.body.id],
    );
    expect(notice).toMatchObject({ kind: 'partyAffairs', title: '2026年度党费收缴情况公开' });
    expect(notice!.body).toMatch(/李秀英：应交/);
    expect(notice!.body).not.toMatch(/4,000|400000/);
    expect(
      (
        await (
          await server.as('committeeChair')
        ).post(`${base}/notices`, { year: 2026, withNames: false })
      ).status,
    ).toBe(403);
  });

  it('shows a member their own dues, and no one outside the branch and the town the rest', async () => {
    at('2026-12-01');
    const mine = (await (await server.as('villager')).get(`${base}/me`)).body;
    expect(mine).toMatchObject({ member: true, year: 2026, monthlyDuesFen: 100, arrearsMonths: 6 });
    expect(mine.lines[0]).toMatchObject({ month: '2026-05', paidFen: 100, inArrears: false });
    expect((await (await server.as('councilMember')).get(`${base}/me`)).body.member).toBe(false);
    for (const role of [
      'villager',
      'committeeChair',
      'representative',
      'supervisionChair',
      'otherTownOfficial',
      'countyOfficial',
    ] as const)
      expect((await (await server.as(role)).get(base)).status, role).toBe(403);
    expect((await (await server.as('townOfficial')).get(base)).status).toBe(200);
    expect(
      (
        await (
          await server.as('townOfficial')
        ).post(`${base}/payments`, {
          personId: li,
          months: ['2026-06'],
          amountFen: 100,
          method: 'cash',
        })
      ).status,
    ).toBe(403);
  });

  it('shows a household its linked Party member to call, and a member the way to their dues', async () => {
    at('2026-12-01');
    const f = server.fixture;
    const h1 = f.villageA.householdIds[1]!;
    const linked = await (
      await secretary()
    ).post(`/api/villages/${f.villageA.id}/liaison/links`, {
      memberPersonId: wang,
      householdId: h1,
    });
    expect(linked.status).toBe(200);
    const home = (
      await (await server.as('committeeChair')).get(`/api/villages/${f.villageA.id}/my-home`)
    ).body;
    expect(home.household.partyLiaison).toMatchObject({ name: '王建国' });
    expect(home.household.partyLiaison.phone).toMatch(/^139/);
    expect(home.household.iAmPartyMember).toBe(false);
    const li = (await (await server.as('villager')).get(`/api/villages/${f.villageA.id}/my-home`))
      .body;
    expect(li.household).toMatchObject({ partyLiaison: null, iAmPartyMember: true });
  });
});
