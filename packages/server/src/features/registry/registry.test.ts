import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeResidentId, HIDDEN_DATE } from '@cunzhi/core/registry/residentIdNumber';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';

const head = (over: Record<string, unknown> = {}) => ({
  name: '赵德胜',
  gender: 'male',
  birthDate: '1962-08-15',
  residentIdNumber: composeResidentId('330226', calendarDate('1962-08-15'), 511, 'male'),
  phone: '13712345678',
  relationToHead: 'head',
  residenceStatus: 'resident',
  partyMember: false,
  ...over,
});

describe(`registry (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  beforeAll(async () => {
    server = await startTestServer();
    base = `/api/villages/${server.fixture.villageA.id}`;
  });
  afterAll(async () => {
    await server.close();
  });

  const count = async (table: string) =>
    (
      await server.db.query<{ n: number }>(
        `SELECT count(*) AS n FROM ${table} WHERE village_id = $1`,
        [server.fixture.villageA.id],
      )
    )[0]!.n;

  it('creates a household with its head, adds members, and finds it by a member’s name', async () => {
    const chair = await server.as('committeeChair');
    // the village's figures are kept until its chain moves: each change shows at once
    const figures = async () => (await chair.get(base)).body.stats;
    const before = await figures();
    expect(await figures()).toEqual(before);
    const created = await chair.post(`${base}/households`, {
      number: 'A-100',
      villagerGroupId: server.fixture.villageA.groupIds[1],
      address: '幸福路100号',
      head: head(),
    });
    expect(created.status).toBe(201);
    const hid = created.body.household.id;
    const spouse = await chair.post(`${base}/households/${hid}/persons`, {
      name: '孙美兰',
      gender: 'female',
      birthDate: '1965-02-01',
      relationToHead: 'spouse',
      residenceStatus: 'migrantOut',
      residenceSince: '2019-03-01',
      partyMember: true,
      partyJoinedOn: '1990-07-01',
    });
    expect(spouse.status).toBe(201);
    expect(await figures()).toMatchObject({
      population: before.population + 2,
      households: before.households + 1,
      partyMembers: before.partyMembers + 1,
      migrantsOut: before.migrantsOut + 1,
    });
    const found = await chair.get(`${base}/households?q=${encodeURIComponent('美兰')}`);
    expect(found.body.items.map((h: { number: string }) => h.number)).toEqual(['A-100']);
    expect(found.body.items[0]).toMatchObject({
      headName: '赵德胜',
      memberCount: 2,
      groupName: '第2村民小组',
    });
    const detail = await chair.get(`${base}/households/${hid}`);
    expect(detail.body.members.map((m: { name: string }) => m.name)).toEqual(['赵德胜', '孙美兰']);
    expect(detail.body.members[0].age).toBe(64);
  });

  it('refuses a bad ID number, naming the field and reason, and writes nothing', async () => {
    const chair = await server.as('committeeChair');
    const auditEvents = async () =>
      (
        await server.db.query<{ n: number }>(
          'SELECT count(*) AS n FROM audit_event WHERE chain_id = $1',
          [server.fixture.villageA.id],
        )
      )[0]!.n;
    const before = [await count('household'), await count('person'), await auditEvents()];
    const good = head().residentIdNumber;
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const res = await chair.post(`${base}/households`, {
      number: 'A-101',
      villagerGroupId: server.fixture.villageA.groupIds[0],
      address: '',
      head: head({ residentIdNumber: bad, phone: '123' }),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.id).toBe('validation_failed');
    const byField = Object.fromEntries(
      res.body.error.fields.map((f: { field: string; id: string; message: string }) => [
        f.field,
        f,
      ]),
    );
    expect(byField['head.residentIdNumber']).toMatchObject({
      id: 'resident_id_checksum',
      reason: '身份证号码校验位不正确（GB 11643）',
    });
    expect(byField['head.residentIdNumber'].message).toBe(
      '身份证号码：身份证号码校验位不正确（GB 11643）',
    );
    expect(byField['head.phone']).toMatchObject({ id: 'phone_invalid' });
    expect([await count('household'), await count('person'), await auditEvents()]).toEqual(before);
  });

  it('refuses an ID number that disagrees with the birth date or gender given', async () => {
    const chair = await server.as('committeeChair');
    const res = await chair.post(`${base}/households`, {
      number: 'A-102',
      villagerGroupId: server.fixture.villageA.groupIds[0],
      address: '',
      head: head({
        gender: 'female',
        birthDate: '1962-08-16',
        residentIdNumber: composeResidentId('330226', calendarDate('1962-08-15'), 901, 'male'),
      }),
    });
    expect(
      res.body.error.fields.map((f: { field: string; id: string }) => `${f.field}:${f.id}`).sort(),
    ).toEqual(['head.birthDate:resident_id_mismatch', 'head.gender:resident_id_mismatch']);
  });

  it('refuses a second head and a duplicate household number', async () => {
    const chair = await server.as('committeeChair');
    const hid = server.fixture.villageA.householdIds[0];
    const second = await chair.post(`${base}/households/${hid}/persons`, {
      ...head({ residentIdNumber: null, phone: null, name: '第二户主' }),
    });
    expect(second.body.error.fields[0]).toMatchObject({
      field: 'relationToHead',
      id: 'household_head_required',
    });
    // a taken number and a bad head field are reported together
    const dup = await chair.post(`${base}/households`, {
      number: 'A-100',
      villagerGroupId: server.fixture.villageA.groupIds[0],
      address: '',
      head: head({ residentIdNumber: null, phone: '12' }),
    });
    expect(
      dup.body.error.fields.map((f: { field: string; id: string }) => `${f.field}:${f.id}`),
    ).toEqual(['number:household_number_taken', 'head.phone:phone_invalid']);
  });

  it('never answers malformed input with a 500', async () => {
    const chair = await server.as('committeeChair');
    const attempts = [
      await chair.request('POST', `${base}/households`, '{not json', {
        'content-type': 'application/json',
      }),
      await chair.post(`${base}/households`, { number: 5, villagerGroupId: 'x', head: 'y' }),
      await chair.get(`${base}/households?page=-1&pageSize=100000`),
      await chair.get(`/api/villages/not-a-uuid/households`),
      await chair.patch(`${base}/persons/${server.fixture.villageA.personIds[0]}`, {
        version: 'one',
        birthDate: '2026-02-30',
      }),
    ];
    for (const r of attempts) {
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      expect(r.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('edits a person with history, refuses a stale version, and masks ID numbers for those who may not see them', async () => {
    const chair = await server.as('committeeChair');
    const pid = server.fixture.villageA.personIds[2];
    const current = (await chair.get(`${base}/persons/${pid}`)).body.person;
    expect(current.residentIdMasked).toBe(false);
    const edited = await chair.patch(`${base}/persons/${pid}`, {
      version: current.version,
      residenceStatus: 'migrantOut',
      residenceSince: '2025-02-10',
      phone: '13698765432',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.person).toMatchObject({
      residenceStatus: 'migrantOut',
      version: current.version + 1,
    });
    const stale = await chair.patch(`${base}/persons/${pid}`, {
      version: current.version,
      name: '王磊磊',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.id).toBe('conflict_stale');
    const history = await chair.get(`${base}/persons/${pid}/history`);
    const last = history.body.items.at(-1);
    expect(last.action).toBe('person.updated');
    expect(last.actorName).toBe('committeeChair');
    expect(last.changes.residenceStatus).toEqual({ from: 'resident', to: 'migrantOut' });
    const council = await server.as('councilMember');
    // 王磊 (the council member) sees his own household in full, but not his neighbours
    const masked = (await council.get(`${base}/persons/${server.fixture.villageA.personIds[5]}`))
      .body.person;
    expect(masked.residentIdMasked).toBe(true);
    expect(masked.residentIdNumber).toMatch(/^\d{4}\*{12}[\dX]{2}$/);
    const town = await server.as('townOfficial');
    expect((await town.get(`${base}/persons/${pid}`)).body.person.residentIdMasked).toBe(false);
  });

  it('answers whether two persons are close relatives, from the household register', async () => {
    const chair = await server.as('committeeChair');
    const [p0, p1, p2, p3] = server.fixture.villageA.personIds;
    expect((await chair.get(`${base}/close-relatives?a=${p0}&b=${p1}`)).body.relation).toBe(
      'spouse',
    );
    expect((await chair.get(`${base}/close-relatives?a=${p2}&b=${p0}`)).body.relation).toBe(
      'parent',
    );
    expect((await chair.get(`${base}/close-relatives?a=${p1}&b=${p2}`)).body.relation).toBe(
      'child',
    );
    expect((await chair.get(`${base}/close-relatives?a=${p0}&b=${p3}`)).body.relation).toBeNull();
  });

  it('records a tie across households, and relatives follow it (a married-out daughter’s son is a grandson)', async () => {
    const chair = await server.as('committeeChair');
    const [p0, p1, , p3, p4, p5] = server.fixture.villageA.personIds;
    // 张桂兰 (p3) is recorded as 王建国’s (p0) daughter, living in her own household with her son 刘强 (p4)
    const tie = await chair.post(`${base}/kin-ties`, { kind: 'parent', personA: p0, personB: p3 });
    expect(tie.status).toBe(201);
    const again = await chair.post(`${base}/kin-ties`, {
      kind: 'parent',
      personA: p0,
      personB: p3,
    });
    expect(again.body.error.id).toBe('kin_tie_exists');
    const backwards = await chair.post(`${base}/kin-ties`, {
      kind: 'parent',
      personA: p4,
      personB: p0,
    });
    expect(backwards.body.error.fields[0]).toMatchObject({
      field: 'personA',
      id: 'kin_tie_parent_younger',
    });
    const self = await chair.post(`${base}/kin-ties`, { kind: 'spouse', personA: p5, personB: p5 });
    expect(self.body.error.fields[0]).toMatchObject({ field: 'personB', id: 'field_invalid' });
    expect((await chair.get(`${base}/close-relatives?a=${p4}&b=${p0}`)).body.relation).toBe(
      'grandparent',
    );
    // a tie to one parent says nothing of that parent's spouse (a stepmother is not a close relative)
    expect((await chair.get(`${base}/close-relatives?a=${p3}&b=${p1}`)).body.relation).toBeNull();
    const relatives = await chair.get(`${base}/persons/${p0}/relatives`);
    expect(
      relatives.body.items.map(
        (r: { name: string; relation: string }) => `${r.name}:${r.relation}`,
      ),
    ).toEqual(
      expect.arrayContaining(['李秀英:spouse', '王磊:child', '张桂兰:child', '刘强:grandchild']),
    );
    expect(relatives.body.items.map((r: { name: string }) => r.name)).not.toContain('陈志明');
  });

  it('lists grids with their chief and flags one below 30 households', async () => {
    const chair = await server.as('committeeChair');
    const res = await chair.get(`${base}/grids`);
    expect(res.body.items[0]).toMatchObject({
      name: '第一网格',
      chiefName: '王建国',
      size: 'tooSmall',
    });
    expect(res.body.items[0].households).toBeLessThan(30);
  });

  it('shows the village home: stats derived from the registry and each body’s current members', async () => {
    const villager = await server.as('villager');
    const res = await villager.get(base);
    expect(res.status).toBe(200);
    expect(res.body.stats.households).toBeGreaterThanOrEqual(3);
    const committee = res.body.bodies.find(
      (b: { kind: string }) => b.kind === 'villagersCommittee',
    );
    expect(committee.kindName.zh).toBe('村民委员会');
    expect(
      committee.members.map(
        (m: { name: string; roleName: { zh: string } }) => `${m.name}${m.roleName.zh}`,
      ),
    ).toEqual(['张桂兰主任']);
    expect(res.body.abilities).toMatchObject({
      readVillage: true,
      readRegistry: false,
      writeRegistry: false,
    });
  });

  it('appoints and ends memberships; the derived roles follow at once', async () => {
    const secretary = await server.as('partySecretary');
    const f = server.fixture.villageA;
    const appoint = await secretary.post(`${base}/bodies/${f.bodyIds.villagersCommittee}/members`, {
      personId: f.personIds[1],
      termId: f.termIds.villagersCommittee,
      role: 'member',
      startsOn: '2026-11-01',
    });
    expect(appoint.status).toBe(201);
    const asVillager = await server.signIn('villager');
    expect((await asVillager.get('/api/me')).body.villages[0].roles).toContain('committeeMember');
    expect((await asVillager.get(`${base}/households`)).status).toBe(200);
    const ended = await secretary.post(
      `${base}/bodies/${f.bodyIds.villagersCommittee}/members/${appoint.body.membership.id}/end`,
      { endedOn: '2026-11-21' },
    );
    expect(ended.status).toBe(200);
    expect((await asVillager.get(`${base}/households`)).status).toBe(403);
    const twice = await secretary.post(`${base}/bodies/${f.bodyIds.villagersCommittee}/terms`, {
      startsOn: '2030-01-01',
      endsOn: '2029-01-01',
    });
    expect(twice.body.error.fields[0]).toMatchObject({ field: 'endsOn', id: 'term_invalid' });
  });

  it('refuses to seat a near relative of a committee member on the committee from 2026 (2025 text Art. 8 para. 2)', async () => {
    const secretary = await server.as('partySecretary');
    const f = server.fixture.villageA;
    // 刘强 is the son of 张桂兰, the committee's chair
    const son = await secretary.post(`${base}/bodies/${f.bodyIds.villagersCommittee}/members`, {
      personId: f.personIds[4],
      termId: f.termIds.villagersCommittee,
      role: 'member',
      startsOn: '2026-11-01',
    });
    expect(son.status).toBe(422);
    expect(son.body.error).toMatchObject({
      ruleId: 'VCOL25-KIN-AVOID',
      article: '第八条第二款',
      finding: { code: 'committee_kin', params: { name: '刘强', relative: '张桂兰' } },
    });
    const body = await secretary.get(`${base}`);
    const committee = body.body.bodies.find(
      (b: { kind: string }) => b.kind === 'villagersCommittee',
    );
    expect(committee.members.map((m: { name: string }) => m.name)).not.toContain('刘强');
  });

  it('refuses a committee member’s near relative on the supervision committee at seating, unless a reason is recorded', async () => {
    const secretary = await server.as('partySecretary');
    const f = server.fixture.villageA;
    const seat = (extra: Record<string, unknown> = {}) =>
      secretary.post(`${base}/bodies/${f.bodyIds.villageAffairsSupervisionCommittee}/members`, {
        personId: f.personIds[4],
        termId: f.termIds.villageAffairsSupervisionCommittee,
        role: 'member',
        startsOn: '2026-11-02',
        ...extra,
      });
    const refused = await seat();
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({
      ruleId: 'VCOL-32-SUPERVISOR-ELIG',
      finding: { code: 'supervision_close_relative', params: { name: '刘强', relative: '张桂兰' } },
    });
    expect(refused.body.error.message).toContain('不得担任村务监督委员会成员');
    const blank = await seat({ kinOverride: { reason: ' ' } });
    expect(blank.status).toBe(400);
    // the clerk records why the registry's kinship does not hold: seated, and the reason is on the chain
    const overridden = await seat({
      kinOverride: { reason: '户籍登记的母子关系有误，已报派出所更正' },
    });
    expect(overridden.status, JSON.stringify(overridden.body)).toBe(201);
    const [event] = await server.db.query<{ data: { kinOverride?: unknown } }>(
      `SELECT data FROM audit_event WHERE chain_id = $1 AND action = 'membership.appointed'
       ORDER BY seq DESC LIMIT 1`,
      [f.id],
    );
    expect(event?.data.kinOverride).toEqual({
      ruleId: 'VCOL-32-SUPERVISOR-ELIG',
      reason: '户籍登记的母子关系有误，已报派出所更正',
    });
  });

  describe('personal data: who sees ID numbers and birth dates', () => {
    // 张桂兰 (p3, born 1975-01-30), in a household none of these viewers lives in
    const p3 = () => server.fixture.villageA.personIds[3]!;
    const idOf = async (personId: string) =>
      (
        await server.db.query<{ resident_id_number: string }>(
          'SELECT resident_id_number FROM person WHERE village_id = $1 AND id = $2',
          [server.fixture.villageA.id, personId],
        )
      )[0]!.resident_id_number;

    it('a viewer without the ID ability gets the age, no birth date, and a mask the rest cannot rebuild', async () => {
      const full = await idOf(p3());
      for (const role of ['councilMember', 'countyOfficial', 'partySecretary'] as const) {
        const res = await (await server.as(role)).get(`${base}/persons/${p3()}`);
        expect(res.status).toBe(200);
        const { person } = res.body;
        expect(person).toMatchObject({ birthDate: null, age: 51, residentIdMasked: true });
        // province and prefecture, then the last sequence digit (the gender) and the check character
        expect(person.residentIdNumber).toBe(
          `${full.slice(0, 4)}${'*'.repeat(12)}${full.slice(-2)}`,
        );
        const sent = JSON.stringify(res.body);
        for (const leak of [full, '1975-01-30', '19750130', full.slice(6, 17)])
          expect(sent, `${role} must not be sent ${leak}`).not.toContain(leak);
      }
      const town = (await (await server.as('townOfficial')).get(`${base}/persons/${p3()}`)).body;
      expect(town.person).toMatchObject({ residentIdNumber: full, birthDate: '1975-01-30' });
    });

    it('search by ID number matches only for viewers who may see ID numbers', async () => {
      const full = await idOf(p3());
      for (const q of [full, full.slice(6, 14), full.slice(0, 10)]) {
        const query = `q=${encodeURIComponent(q)}`;
        const chair = await server.as('committeeChair');
        expect((await chair.get(`${base}/persons?${query}`)).body.total).toBeGreaterThanOrEqual(1);
        expect((await chair.get(`${base}/households?${query}`)).body.total).toBeGreaterThanOrEqual(
          1,
        );
        for (const role of ['partySecretary', 'countyOfficial', 'supervisionChair'] as const) {
          const viewer = await server.as(role);
          expect((await viewer.get(`${base}/persons?${query}`)).body.total, role).toBe(0);
          expect((await viewer.get(`${base}/households?${query}`)).body.total, role).toBe(0);
        }
      }
      // names still match for everyone
      const county = await server.as('countyOfficial');
      expect(
        (await county.get(`${base}/persons?q=${encodeURIComponent('张桂兰')}`)).body.total,
      ).toBe(1);
    });

    it('household tables and lists show masked numbers to everyone; the person’s page shows the rest', async () => {
      const f = server.fixture.villageA;
      for (const role of ['committeeChair', 'townOfficial', 'villager'] as const) {
        const client = await server.as(role);
        // the villager reads their own household (household 0); the others household 1
        const household = role === 'villager' ? f.householdIds[0] : f.householdIds[1];
        const { members } = (await client.get(`${base}/households/${household}`)).body;
        expect(members.length).toBeGreaterThan(0);
        for (const m of members) {
          expect(m).toMatchObject({ residentIdMasked: true, birthDate: null });
          expect(m.residentIdNumber).toMatch(/^\d{4}\*{12}[\dX]{2}$/);
        }
      }
      const chair = await server.as('committeeChair');
      const listed = (await chair.get(`${base}/persons?q=${encodeURIComponent('张桂兰')}`)).body;
      expect(listed.items[0]).toMatchObject({ residentIdMasked: true, birthDate: null });
      const own = (await chair.get(`${base}/persons/${p3()}`)).body.person;
      expect(own).toMatchObject({ residentIdNumber: await idOf(p3()), birthDate: '1975-01-30' });
    });

    it('an editor who sees ID numbers masked may not send a birth date or ID number (either would confirm a guess)', async () => {
      const secretary = await server.as('partySecretary');
      const pid = server.fixture.villageA.personIds[5]!;
      const { version } = (await secretary.get(`${base}/persons/${pid}`)).body.person;
      for (const patch of [
        { birthDate: '1980-12-24' },
        { birthDate: '1980-12-25' },
        { residentIdNumber: await idOf(pid) },
      ]) {
        const res = await secretary.patch(`${base}/persons/${pid}`, { version, ...patch });
        expect(res.status).toBe(403);
        expect(res.body.error.id).toBe('resident_id_edit_needs_ability');
        expect(res.body.error.fields[0].field).toBe(Object.keys(patch)[0]);
        expect(res.body.error.message).toContain('身份证号码');
      }
      const phone = await secretary.patch(`${base}/persons/${pid}`, {
        version,
        phone: '13600001111',
      });
      expect(phone.status).toBe(200);
      expect(phone.body.person).toMatchObject({ phone: '13600001111', birthDate: null });
    });

    it('a person’s history hides birth dates and masks ID numbers for those who may not see them', async () => {
      const chair = await server.as('committeeChair');
      const pid = server.fixture.villageA.personIds[1]!;
      const { version } = (await chair.get(`${base}/persons/${pid}`)).body.person;
      const newId = composeResidentId('330226', calendarDate('1970-07-11'), 99, 'female');
      const edited = await chair.patch(`${base}/persons/${pid}`, {
        version,
        birthDate: '1970-07-11',
        residentIdNumber: newId,
      });
      expect(edited.status).toBe(200);
      const county = await server.as('countyOfficial');
      const last = (await county.get(`${base}/persons/${pid}/history`)).body.items.at(-1);
      expect(last.changes.birthDate).toEqual({ from: HIDDEN_DATE, to: HIDDEN_DATE });
      expect(last.changes.residentIdNumber.to).toBe(
        `${newId.slice(0, 4)}${'*'.repeat(12)}${newId.slice(-2)}`,
      );
      expect(JSON.stringify(last)).not.toContain('1970-07');
      const town = await server.as('townOfficial');
      const seen = (await town.get(`${base}/persons/${pid}/history`)).body.items.at(-1);
      expect(seen.changes.birthDate).toEqual({ from: '1970-07-01', to: '1970-07-11' });
    });
  });

  describe('the town and a village’s elected bodies', () => {
    it('refuses the town to seat members, open a term or end a seat once a villagers’ committee serves', async () => {
      const town = await server.as('townOfficial');
      const f = server.fixture.villageA;
      const bodies = `${base}/bodies/${f.bodyIds.representativesMeeting}`;
      const attempts = [
        await town.post(`${bodies}/terms`, { startsOn: '2031-05-01', endsOn: '2036-04-30' }),
        await town.post(`${bodies}/members`, {
          personId: f.personIds[1],
          termId: f.termIds.representativesMeeting,
          role: 'representative',
          startsOn: '2026-11-01',
        }),
        await town.post(`${base}/bodies/${f.bodyIds.villagersCommittee}/terms`, {
          startsOn: '2031-05-01',
          endsOn: '2036-04-30',
        }),
      ];
      for (const res of attempts) {
        expect(res.status).toBe(403);
        expect(res.body.error.id).toBe('bodies_elected_by_village');
        expect(res.body.error.message).toContain('不得指定、委派或者撤换');
      }
      const village = (await town.get(base)).body;
      const reps = village.bodies.find(
        (b: { kind: string }) => b.kind === 'representativesMeeting',
      );
      expect(reps.terms).toHaveLength(1);
      expect(reps.members.map((m: { name: string }) => m.name)).not.toContain('李秀英');
      // the village's own Party secretary still may
      const secretary = await server.as('partySecretary');
      expect(
        (await secretary.post(`${bodies}/terms`, { startsOn: '2031-05-01', endsOn: '2036-04-30' }))
          .status,
      ).toBe(201);
    });

    it('lets the town set up a village where no villagers’ committee serves yet', async () => {
      const town = await server.as('townOfficial');
      const b = server.fixture.villageB;
      const bBase = `/api/villages/${b.id}`;
      const term = await town.post(
        `${bBase}/bodies/${b.bodyIds.villagersDeliberationCouncil}/terms`,
        {
          startsOn: '2031-05-01',
          endsOn: '2036-04-30',
        },
      );
      expect(term.status).toBe(201);
      const seated = await town.post(
        `${bBase}/bodies/${b.bodyIds.villagersDeliberationCouncil}/members`,
        {
          personId: b.personIds[1],
          termId: b.termIds.villagersDeliberationCouncil,
          role: 'member',
          startsOn: '2026-11-01',
        },
      );
      expect(seated.status).toBe(201);
    });
  });
});
