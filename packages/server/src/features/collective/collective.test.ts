import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';

/**
 * The organisation and its register through the HTTP API: the organisation recorded (a bad
 * credit code a field error), the first charter from paper, later ones only by the members'
 * assembly; the reform's members entered; a birth confirmed, a refused birth and a reasonless
 * refusal of a marriage refused (Art. 12); a removal for divorce refused citing Art. 18 in words,
 * even as "other"; a death recorded; an exit needing consent and never a partition (Art. 16);
 * every refusal writing nothing; the register on A4 with masked IDs for those who may not see them.
 */
describe(`collective organisation and members (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  let chair: HttpClient;
  let supervisor: HttpClient;
  let villager: HttpClient;
  let orgId: string;
  let people: string[];
  let newborn: string;

  const TERMS = {
    reserveRateBp: 1000,
    committeePayment: { kind: 'fixed', fen: 5_000_000 },
    shareClasses: [{ shareClass: 'population', weight: 10 }],
    shareMode: 'static',
    newborn: 'none',
    adjustEveryYears: null,
    partyStudy: 'warn',
    assemblyDecision: { num: 2, den: 3 },
    otherLossReasons: ['自愿放弃土地承包经营权并书面声明退出'],
  };
  let seq = 0;
  /** A resolution of a closed meeting of the organisation (its own numbered series). */
  async function resolutionOf(kind: string, adoptedOn: string, power: string | null = null) {
    const [meetingId, motionId, id] = [randomUUID(), randomUUID(), randomUUID()];
    const A = server.fixture.villageA.id;
    seq += 1;
    await server.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO meeting (village_id, id, kind, title, meeting_on, notice_on, status, convened_by, check_in_code, profile_id, profile_version, collective_org_id)
         VALUES ($1, $2, $3, '会议', $4, $4, 'closed', $5, 'ABC123', 'national', '2025-10-28', $6)`,
        [A, meetingId, kind, adoptedOn, server.fixture.accounts.committeeChair.id, orgId],
      );
      await tx.query(
        `INSERT INTO motion (village_id, id, meeting_id, number, title, voting, status, yes, no, abstain, passed, closed_at, collective_power)
         VALUES ($1, $2, $3, 1, '议题', 'showOfHands', 'closed', 9, 0, 0, true, now(), $4)`,
        [A, motionId, meetingId, power],
      );
      await tx.query(
        `INSERT INTO resolution (village_id, id, year, number, meeting_id, motion_id, kind, title, adopted_on, decision, profile_id, profile_version, collective_org_id)
         VALUES ($1, $2, $3, $4, $5, $6, 'ordinary', '决议', $7, '{}', 'national', '2025-10-28', $8)`,
        [A, id, Number(adoptedOn.slice(0, 4)), seq, meetingId, motionId, adoptedOn, orgId],
      );
    });
    return { id };
  }
  const org = () => chair.get(`${base}/collective/orgs/${orgId}`);
  const eventCount = async () => (await org()).body.events.length;

  beforeAll(async () => {
    server = await startTestServer();
    base = `/api/villages/${server.fixture.villageA.id}`;
    chair = await server.as('committeeChair');
    supervisor = await server.as('supervisionChair');
    villager = await server.as('villager');
    people = server.fixture.villageA.personIds;
    newborn = people.at(-1)!;
  });
  afterAll(async () => {
    await server.close();
  });

  it('records the organisation; a wrong credit code is a field error; one per village', async () => {
    const bad = await chair.post(`${base}/collective/orgs`, {
      level: 'village',
      name: '甲村股份经济合作社',
      registeredCode: 'N2510115MF00000017',
      foundedOn: '2008-12-01',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]).toMatchObject({ field: 'registeredCode' });
    const res = await chair.post(`${base}/collective/orgs`, {
      level: 'village',
      name: '甲村股份经济合作社',
      registeredCode: 'N2510115MF00000016',
      foundedOn: '2008-12-01',
      reformedOn: '2008-10-01',
    });
    expect(res.body).toMatchObject({ org: { name: '甲村股份经济合作社' } });
    orgId = res.body.org.id;
    const again = await chair.post(`${base}/collective/orgs`, {
      level: 'village',
      name: '另一个',
      foundedOn: '2010-01-01',
    });
    expect(again.status).toBe(409);
    expect((await villager.get(`${base}/collective`)).status).toBe(403);
  });

  it('the first charter from paper; a looser threshold or zero reserve a field error', async () => {
    const loose = await chair.post(`${base}/collective/orgs/${orgId}/charters`, {
      terms: { ...TERMS, reserveRateBp: 0, assemblyDecision: { num: 1, den: 2 } },
      paperResolution: '2008年11月股东大会通过',
      adoptedOn: '2008-11-30',
    });
    expect(loose.status).toBe(400);
    expect(loose.body.error.fields.map((f: { field: string }) => f.field)).toEqual([
      'terms.reserveRateBp',
      'terms.assemblyDecision',
    ]);
    const ok = await chair.post(`${base}/collective/orgs/${orgId}/charters`, {
      terms: TERMS,
      paperResolution: '2008年11月股东大会通过',
      adoptedOn: '2008-11-30',
    });
    expect(ok.status).toBe(201);
    expect(ok.body.charter).toMatchObject({ version: 1, inForce: true });
    const paperAgain = await chair.post(`${base}/collective/orgs/${orgId}/charters`, {
      terms: TERMS,
      paperResolution: '又一次纸质决议',
      adoptedOn: '2020-01-01',
    });
    expect(paperAgain.status).toBe(400);
    const reps = await resolutionOf('membersRepresentativesAssembly', '2026-03-01');
    const byReps = await chair.post(`${base}/collective/orgs/${orgId}/charters`, {
      terms: TERMS,
      resolutionId: reps.id,
    });
    expect(byReps.status).toBe(400);
    expect(byReps.body.error.fields[0].message).toContain('成员大会');
  });

  it('enters the reform’s members on the reform date (Art. 66)', async () => {
    const res = await chair.post(`${base}/collective/orgs/${orgId}/reform-members`, {
      personIds: people.slice(0, 4),
    });
    expect(res.status).toBe(200);
    expect(res.body.entered).toBe(4);
    const detail = await org();
    expect(detail.body.members.map((m: { registerNo: number }) => m.registerNo)).toEqual([
      1, 2, 3, 4,
    ]);
    expect(detail.body.org.members).toBe(4);
  });

  it('NJJ-12: a birth is confirmed; refusing it, or a marriage without reason, writes nothing', async () => {
    const budget = await resolutionOf('membersAssembly', '2026-11-20', 'budget');
    const onBudget = await chair.post(`${base}/collective/orgs/${orgId}/confirmations`, {
      resolutionId: budget.id,
      decisions: [{ personId: newborn, ground: 'birth', confirmed: true }],
    });
    expect(onBudget.status).toBe(400);
    expect(onBudget.body.error.fields[0].message).toContain('确认农村集体经济组织成员');
    const assembly = await resolutionOf('membersAssembly', '2026-11-20', 'membership');
    const before = await eventCount();
    const refusedBirth = await chair.post(`${base}/collective/orgs/${orgId}/confirmations`, {
      resolutionId: assembly.id,
      decisions: [{ personId: newborn, ground: 'birth', confirmed: false, reason: '超生' }],
    });
    expect(refusedBirth.status).toBe(422);
    expect(refusedBirth.body.error.message).toContain(
      '《中华人民共和国农村集体经济组织法》第十二条',
    );
    const bare = await chair.post(`${base}/collective/orgs/${orgId}/confirmations`, {
      resolutionId: assembly.id,
      decisions: [
        { personId: newborn, ground: 'birth', confirmed: true },
        { personId: people[4], ground: 'marriage', confirmed: false },
      ],
    });
    expect(bare.status).toBe(422);
    expect(await eventCount()).toBe(before);
    // a child born this year to 陈志明, who was no member then: not "birth to a member"
    const child = randomUUID();
    await server.db.query(
      `INSERT INTO person (village_id, id, household_id, name, gender, birth_date, relation_to_head, residence_status)
       VALUES ($1, $2, $3, '陈小明', 'male', '2026-01-05', 'child', 'resident')`,
      [server.fixture.villageA.id, child, server.fixture.villageA.householdIds[2]],
    );
    const notOfMember = await chair.post(`${base}/collective/orgs/${orgId}/confirmations`, {
      resolutionId: assembly.id,
      decisions: [{ personId: child, ground: 'birth', confirmed: true }],
    });
    expect(notOfMember.status).toBe(400);
    expect(notOfMember.body.error.fields[0]).toMatchObject({ field: 'decisions.0.ground' });
    const ok = await chair.post(`${base}/collective/orgs/${orgId}/confirmations`, {
      resolutionId: assembly.id,
      decisions: [
        { personId: newborn, ground: 'birth', confirmed: true, evidence: '出生医学证明' },
        {
          personId: people[4],
          ground: 'marriage',
          confirmed: false,
          reason: '已在原籍集体经济组织保留成员身份',
        },
      ],
    });
    expect(ok.body).toEqual({ confirmed: 1, refused: 1 });
    const detail = await org();
    expect(detail.body.members.at(-1)).toMatchObject({ personId: newborn, registerNo: 5 });
    expect(detail.body.org.members).toBe(5);
  });

  it('NJJ-18: a removal for divorce is refused citing Art. 18, even typed as “other”', async () => {
    const before = await eventCount();
    const divorce = await chair.post(`${base}/collective/orgs/${orgId}/members/${people[1]}/loss`, {
      ground: 'divorce',
      occurredOn: '2026-11-01',
    });
    expect(divorce.status).toBe(422);
    expect(divorce.body.error.message).toBe(
      '农村集体经济组织成员不因离婚而丧失成员身份，不能以此取消其成员身份（《中华人民共和国农村集体经济组织法》第十八条）',
    );
    expect(divorce.body.error.message).not.toContain('NJJ');
    const dressed = await chair.post(`${base}/collective/orgs/${orgId}/members/${people[1]}/loss`, {
      ground: 'other',
      reason: '离婚后户口迁出',
      occurredOn: '2026-11-01',
    });
    expect(dressed.status).toBe(422);
    expect(dressed.body.error.message).toContain('第十八条');
    expect(await eventCount()).toBe(before);
  });

  it('NJJ-17: a death ends membership from its day', async () => {
    const res = await chair.post(`${base}/collective/orgs/${orgId}/members/${people[3]}/loss`, {
      ground: 'death',
      occurredOn: '2026-10-15',
      evidence: '死亡证明',
    });
    expect(res.status).toBe(200);
    expect(res.body.member).toMatchObject({ status: 'lost', since: '2026-10-15' });
    const again = await chair.post(`${base}/collective/orgs/${orgId}/members/${people[3]}/loss`, {
      ground: 'death',
      occurredOn: '2026-10-15',
    });
    expect(again.status).toBe(409);
  });

  it('NJJ-16: an exit needs the organisation’s consent and never takes a partition', async () => {
    const path = `${base}/collective/orgs/${orgId}/members/${people[2]}/exit`;
    const exit = { appliedOn: '2026-11-02', occurredOn: '2026-11-20', writtenApplication: true };
    const noConsent = await chair.post(path, { ...exit, demandsPartition: false });
    expect(noConsent.status).toBe(422);
    expect(noConsent.body.error.message).toContain('第十六条');
    const council = await resolutionOf('collectiveCouncilMeeting', '2026-11-20');
    const partition = await chair.post(path, {
      ...exit,
      consentResolutionId: council.id,
      demandsPartition: true,
    });
    expect(partition.status).toBe(422);
    expect(partition.body.error.message).toContain('不得要求分割集体财产');
    const ok = await chair.post(path, {
      ...exit,
      consentResolutionId: council.id,
      demandsPartition: false,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.member.status).toBe('exited');
  });

  it('prints the register on a day; IDs masked for those who may not see them', async () => {
    const sheet = await chair.get(`${base}/collective/orgs/${orgId}/register-sheet?on=2026-11-21`);
    expect(sheet.status).toBe(200);
    // 4 from the reform, the newborn confirmed; the dead and the one who left are gone
    expect(sheet.body.rows.map((r: { registerNo: number }) => r.registerNo)).toEqual([1, 2, 5]);
    expect(sheet.body.rows[2]).toMatchObject({ ground: 'birth', confirmedOn: '2026-11-20' });
    expect(sheet.body.fingerprint).not.toBeNull();
    const onReform = await chair.get(
      `${base}/collective/orgs/${orgId}/register-sheet?on=2008-10-01`,
    );
    expect(onReform.body.members).toBe(4);
    const masked = await supervisor.get(`${base}/collective/orgs/${orgId}/register-sheet`);
    expect(masked.status).toBe(200);
    for (const row of masked.body.rows) {
      expect(row.birthDate).toBeNull();
      if (row.residentIdNumber) expect(row.residentIdNumber).toContain('*');
    }
  });
});
