import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { BodyKind } from '@cunzhi/core/bodies/bodyKinds';
import { describeDatabase } from '../../../testing/testDatabase.ts';
import { startTestServer, type HttpClient, type TestServer } from '../../../testing/testServer.ts';
import { addHousehold, reviewAgenda } from '../../../testing/meetings.ts';

const TODAY = '2026-11-21';

/**
 * The organisation's meetings through the HTTP API: its council convenes the members' assembly
 * with ten days' notice to all; the base is its members of full capacity on the day (a minor
 * member and a villager who is no member are not counted); a proxy only within the household;
 * two-thirds of ALL members to carry; its resolutions numbered in its own series beside the
 * village's (its 第1号 beside the village's 第1号 and 第2号); the representatives' assembly refused a matter Art. 28 keeps for the members.
 */
describe(`collective meetings (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  let chair: HttpClient;
  let orgId: string;
  let council: { bodyId: string; termId: string };
  /** Five adult members in three households, a minor member, an adult non-member. */
  let adults: string[];
  let spouse: string;

  /** The organisation's body of a kind (formed with the organisation) with a term from 2026. */
  async function body(kind: BodyKind): Promise<{ bodyId: string; termId: string }> {
    const A = server.fixture.villageA.id;
    const [row] = await server.db.query<{ id: string }>(
      'SELECT id FROM body WHERE village_id = $1 AND kind = $2',
      [A, kind],
    );
    const termId = randomUUID();
    await server.db.query(
      'INSERT INTO body_term (village_id, id, body_id, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5)',
      [A, termId, row!.id, '2026-01-01', '2030-12-31'],
    );
    return { bodyId: row!.id, termId };
  }

  async function makeMembers(ids: string[]) {
    const A = server.fixture.villageA.id;
    let no = 0;
    for (const personId of ids) {
      no += 1;
      await server.db.query(
        `INSERT INTO collective_member (village_id, id, org_id, person_id, register_no, status, since)
         VALUES ($1, $2, $3, $4, $5, 'member', '2020-01-01')`,
        [A, randomUUID(), orgId, personId, no],
      );
      await server.db.query(
        `INSERT INTO collective_member_event (village_id, id, org_id, person_id, kind, ground, occurred_on, recorded_at)
         VALUES ($1, $2, $3, $4, 'confirm', 'reform', '2020-01-01', now())`,
        [A, randomUUID(), orgId, personId],
      );
    }
  }

  /** The village's own resolutions of 2026 (a closed meeting of its representatives). */
  async function villageResolutions(count: number) {
    const A = server.fixture.villageA.id;
    const meetingId = randomUUID();
    await server.db.query(
      `INSERT INTO meeting (village_id, id, kind, title, meeting_on, notice_on, status, convened_by, check_in_code, profile_id, profile_version)
       VALUES ($1, $2, 'representativesMeeting', '村民代表会议', '2026-06-01', '2026-06-01', 'closed', $3, 'XYZ789', 'national', '2025-10-28')`,
      [A, meetingId, server.fixture.accounts.committeeChair.id],
    );
    for (let number = 1; number <= count; number++) {
      const motionId = randomUUID();
      await server.db.query(
        `INSERT INTO motion (village_id, id, meeting_id, number, title, voting, status, passed)
         VALUES ($1, $2, $3, $4, '议题', 'showOfHands', 'closed', true)`,
        [A, motionId, meetingId, number],
      );
      await server.db.query(
        `INSERT INTO resolution (village_id, id, year, number, meeting_id, motion_id, kind, title, adopted_on, decision, profile_id, profile_version)
         VALUES ($1, $2, 2026, $3, $4, $5, 'representativesMeeting', '决议', '2026-06-01', '{}', 'national', '2025-10-28')`,
        [A, randomUUID(), number, meetingId, motionId],
      );
    }
  }

  const assemblyBody = (over: Record<string, unknown> = {}) => ({
    kind: 'membersAssembly',
    title: '2026年度成员大会',
    meetingOn: TODAY,
    startsAt: '09:00',
    place: '合作社会议室',
    noticeOn: '2026-11-11',
    agenda: '一、审议年度预算',
    collectiveOrgId: orgId,
    ...over,
  });

  beforeAll(async () => {
    server = await startTestServer();
    const v = server.fixture.villageA;
    base = `/api/villages/${v.id}`;
    chair = await server.as('committeeChair');
    const created = await chair.post(`${base}/collective/orgs`, {
      level: 'village',
      name: '甲村股份经济合作社',
      foundedOn: '2008-12-01',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    orgId = created.body.org.id;
    // recording the organisation formed its council, supervisory board and representatives' assembly
    const formed = await server.db.query<{ name: string }>(
      `SELECT name FROM body WHERE village_id = $1 AND kind LIKE 'collective%' ORDER BY name`,
      [v.id],
    );
    expect(formed.map((b) => b.name)).toEqual([
      '甲村股份经济合作社成员代表大会',
      '甲村股份经济合作社理事会',
      '甲村股份经济合作社监事会',
    ]);
    // the committee chair chairs the cooperative's council (一肩挑 as seed 002 has it)
    council = await body('collectiveCouncil');
    await server.db.query(
      `INSERT INTO body_membership (village_id, id, body_id, term_id, person_id, role, starts_on)
       VALUES ($1, $2, $3, $4, $5, 'chair', '2026-01-01')`,
      [
        v.id,
        randomUUID(),
        council.bodyId,
        council.termId,
        server.fixture.accounts.committeeChair.personId,
      ],
    );
    const a = await addHousehold(server.db, v, [{}, {}, { birth: '2015-06-01' }]);
    const b = await addHousehold(server.db, v, [{}, {}]);
    const c = await addHousehold(server.db, v, [{}, {}]);
    adults = [a.personIds[0]!, a.personIds[1]!, b.personIds[0]!, b.personIds[1]!, c.personIds[0]!];
    spouse = a.personIds[1]!;
    await makeMembers([...adults, a.personIds[2]!]);
    await villageResolutions(2);
  });
  afterAll(async () => {
    await server.close();
  });

  it('convenes only for an organisation, with ten days’ notice (NJJ-27-NOTICE)', async () => {
    const none = await chair.post(`${base}/meetings`, assemblyBody({ collectiveOrgId: null }));
    expect(none.status).toBe(400);
    expect(none.body.error.fields[0]).toMatchObject({ field: 'collectiveOrgId' });
    const short = await chair.post(`${base}/meetings`, assemblyBody({ noticeOn: '2026-11-12' }));
    expect(short.status).toBe(422);
    expect(short.body.error.message).toContain('《中华人民共和国农村集体经济组织法》第二十七条');
    const stray = await chair.post(`${base}/meetings`, {
      ...assemblyBody({ kind: 'representativesMeeting', noticeOn: TODAY }),
    });
    expect(stray.status).toBe(400);
    expect(stray.body.error.fields[0]).toMatchObject({ field: 'collectiveOrgId' });
  });

  it('shows the organisation’s yearly assembly overdue (NJJ-27-ANNUAL) until one is convened', async () => {
    const list = await chair.get(`${base}/meetings`);
    const annual = list.body.findings.filter(
      (f: { ruleId: string }) => f.ruleId === 'NJJ-27-ANNUAL',
    );
    expect(annual.map((f: { severity: string }) => f.severity)).toEqual(['violation', 'warning']);
    expect(annual[0].message).toContain(
      '甲村股份经济合作社成员大会每年至少召开 1 次，由理事会召集：2025年尚未召开',
    );
  });

  it('counts members of full capacity, takes proxies within the household only, and decides on ALL members', async () => {
    const created = await chair.post(`${base}/meetings`, assemblyBody());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.meeting.id as string;
    const reviewed = await reviewAgenda(await server.as('supervisionChair'), base, id);
    expect(reviewed.status).toBe(201);
    expect((await chair.post(`${base}/meetings/${id}/open`)).status).toBe(200);
    const meeting = await chair.get(`${base}/meetings/${id}`);
    // five adults: the minor member and the non-member's neighbour are not of the assembly
    expect(meeting.body.presence.members).toBe(5);

    const [p1, , p3, p4] = adults as [string, string, string, string];
    const proxy = (principalId: string, holderId: string) =>
      chair.post(`${base}/meetings/${id}/proxies`, { principalId, holderId, lodgedOn: TODAY });
    const outsider = await proxy(p1, p3);
    expect(outsider.status).toBe(422);
    expect(outsider.body.error.message).toContain('本户');
    for (const personId of [spouse, p3, p4])
      expect(
        (await chair.post(`${base}/meetings/${id}/attendance`, { personId, capacity: 'member' }))
          .status,
      ).toBe(201);
    expect((await proxy(p1, spouse)).status).toBe(201);

    const motion = async (over: Record<string, unknown>) => {
      const res = await chair.post(`${base}/meetings/${id}/motions`, {
        title: '关于2027年度预算的决议（草案）',
        voting: 'showOfHands',
        ...over,
      });
      return res;
    };
    const noPower = await motion({});
    expect(noPower.status).toBe(400);
    expect(noPower.body.error.fields[0]).toMatchObject({ field: 'collectivePower' });
    const first = await motion({ collectivePower: 'budget', partyStudiedOn: '2026-11-10' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const firstId = first.body.motion.id as string;
    expect(first.body.motion.collective).toEqual({
      power: 'budget',
      partyStudiedOn: '2026-11-10',
      nonMemberRights: false,
    });
    expect((await chair.post(`${base}/motions/${firstId}/open`)).status).toBe(200);
    // 4 present of 5; 2/3 of ALL five is 4: three in favour fails
    const failed = await chair.post(`${base}/motions/${firstId}/close`, {
      yes: 3,
      no: 1,
      abstain: 0,
    });
    expect(failed.status, JSON.stringify(failed.body)).toBe(200);
    expect(failed.body).toMatchObject({
      passed: false,
      resolution: null,
      result: {
        ruleId: 'NJJ-27-DECISION',
        base: 'allCollectiveMembers',
        baseCount: 5,
        required: 4,
      },
    });
    expect(failed.body.result.text).toBe(
      '赞成 3 票，须获成员大会全体成员 5 人的三分之二以上赞成（4 票）：未通过',
    );
    const second = await motion({ collectivePower: 'budget', partyStudiedOn: '2026-11-10' });
    const secondId = second.body.motion.id as string;
    expect((await chair.post(`${base}/motions/${secondId}/open`)).status).toBe(200);
    const passed = await chair.post(`${base}/motions/${secondId}/close`, {
      yes: 4,
      no: 0,
      abstain: 0,
    });
    // the village's 〔2026〕第1号 and 第2号 exist: the organisation's own series starts at 1
    expect(passed.body).toMatchObject({
      passed: true,
      result: { required: 4 },
      resolution: { year: 2026, number: 1 },
    });

    // the organisation's own series: its first resolution of 2026 is number 1 whatever the village's
    const rows = await server.db.query<{ number: number; collective_org_id: string | null }>(
      `SELECT number, collective_org_id FROM resolution WHERE village_id = $1 AND year = 2026
       ORDER BY collective_org_id NULLS FIRST, number`,
      [server.fixture.villageA.id],
    );
    expect(rows).toEqual([
      { number: 1, collective_org_id: null },
      { number: 2, collective_org_id: null },
      { number: 1, collective_org_id: orgId },
    ]);
  });

  it('refuses at the representatives’ assembly a matter Art. 28 keeps for the members', async () => {
    const created = await chair.post(
      `${base}/meetings`,
      assemblyBody({ kind: 'membersRepresentativesAssembly', title: '成员代表大会' }),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.meeting.id as string;
    const charter = await chair.post(`${base}/meetings/${id}/motions`, {
      title: '修改章程',
      voting: 'showOfHands',
      collectivePower: 'charter',
      partyStudiedOn: '2026-11-10',
    });
    expect(charter.status).toBe(422);
    expect(charter.body.error.message).toContain('第二十八条');
    const nonMember = await chair.post(`${base}/meetings/${id}/motions`, {
      title: '赋予非成员权利',
      voting: 'showOfHands',
      collectivePower: 'other',
      nonMemberRights: true,
    });
    expect(nonMember.status).toBe(400);
    expect(nonMember.body.error.fields[0]).toMatchObject({ field: 'nonMemberRights' });
  });

  it('seats the council and supervisors by Arts. 29 and 34: nine directors a finding, a director refused as supervisor', async () => {
    const A = server.fixture.villageA.id;
    const secretary = await server.as('partySecretary');
    // nine directors, as seed 002's cooperative has them (the chair and eight more)
    const eight = (await addHousehold(server.db, server.fixture.villageA, Array(8).fill({})))
      .personIds;
    for (const personId of eight) {
      const seated = await secretary.post(`${base}/bodies/${council.bodyId}/members`, {
        personId,
        termId: council.termId,
        role: 'member',
        startsOn: '2026-11-01',
      });
      // housemates are close relatives: the first is seated, the others refused (NJJ-29-COUNCIL)
      if (personId === eight[0]) expect(seated.status, JSON.stringify(seated.body)).toBe(201);
      else {
        expect(seated.status).toBe(422);
        expect(seated.body.error).toMatchObject({ ruleId: 'NJJ-29-COUNCIL' });
        await server.db.query(
          `INSERT INTO body_membership (village_id, id, body_id, term_id, person_id, role, starts_on)
           VALUES ($1, $2, $3, $4, $5, 'member', '2026-11-01')`,
          [A, randomUUID(), council.bodyId, council.termId, personId],
        );
      }
    }
    const composition = await secretary.get(`${base}/bodies/${council.bodyId}/composition`);
    expect(composition.status).toBe(200);
    expect(composition.body.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          ruleId: 'NJJ-29-COUNCIL',
          code: 'collective_council_size',
          message: expect.objectContaining({
            zh: '理事会一般由 3 至 7 名单数成员组成，现有 9 人',
          }),
          citation: expect.objectContaining({ article: '第二十九条' }),
        }),
      ]),
    );
    const board = await body('collectiveSupervisoryBoard');
    const director = await secretary.post(`${base}/bodies/${board.bodyId}/members`, {
      personId: eight[0],
      termId: board.termId,
      role: 'member',
      startsOn: '2026-11-01',
    });
    expect(director.status).toBe(422);
    expect(director.body.error).toMatchObject({
      ruleId: 'NJJ-34-SUPERVISOR-ELIG',
      finding: { code: 'collective_supervisor_ineligible' },
    });
    const [stranger] = (await addHousehold(server.db, server.fixture.villageA, [{}])).personIds;
    const ok = await secretary.post(`${base}/bodies/${board.bodyId}/members`, {
      personId: stranger,
      termId: board.termId,
      role: 'chair',
      startsOn: '2026-11-01',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
  });
});
