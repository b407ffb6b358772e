import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeResidentId } from '@cunzhi/core/registry/residentIdNumber';
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
    expect(masked.residentIdNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
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
});
