import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';

/**
 * The village Party organisation through the HTTP API on 甲村: a branch refused with one formal
 * member, members recorded (a migrant without whereabouts refused), the branch set up with a
 * committee of three, a quarter of 三会一课 with November's 支委会 short of half the committee —
 * overdue at the village and at the town, never shown to a villager; a member sees their own.
 */
describe(`the Party organisation (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  let p: string[];
  let branchId: string;
  beforeAll(async () => {
    server = await startTestServer({ SESSION_DAYS: 400 });
    base = `/api/villages/${server.fixture.villageA.id}/party`;
    p = server.fixture.villageA.personIds;
  });
  afterAll(async () => {
    await server.close();
  });
  const at = (iso: string) => server.clock.set(new Date(`${iso}T02:00:00Z`));
  const secretary = () => server.as('partySecretary');
  const member = (personId: string, body: object) =>
    secretary().then((s) => s.request('PUT', `${base}/members/${personId}`, body));

  it('refuses a branch of one formal member, citing the regulations in words', async () => {
    at('2026-09-20');
    const res = await (
      await secretary()
    ).post(`${base}/units`, { kind: 'branch', name: '甲村党支部' });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('应与邻近村联合成立党支部');
    expect(res.body.error.message).toContain('《中国共产党农村基层组织工作条例》第五条');
  });

  it('records members, a migrant only with whereabouts', async () => {
    const formal = { status: 'formal', joinedOn: '2010-07-01', category: 'employed' };
    expect((await member(p[2]!, formal)).status).toBe(200);
    expect((await member(p[3]!, { ...formal, category: 'retired' })).status).toBe(200);
    const probationary = {
      status: 'probationary',
      joinedOn: '2026-03-01',
      category: 'withoutPost',
    };
    expect((await member(p[4]!, probationary)).status).toBe(200);
    const migrant = await member(p[5]!, { ...formal, category: 'migrant' });
    expect(migrant.status).toBe(400);
    expect(migrant.body.error.fields).toEqual([
      expect.objectContaining({ field: 'whereabouts', id: 'party_whereabouts_required' }),
    ]);
    expect(migrant.body.error.fields[0].message).toBe('流向：流动党员须填写流向（所在地或单位）');
  });

  it('sets up the branch with three formal members and seats its committee', async () => {
    at('2026-10-01');
    const s = await secretary();
    const res = await s.post(`${base}/units`, { kind: 'branch', name: '甲村党支部', themeDay: 15 });
    expect(res.status).toBe(200);
    branchId = res.body.id;
    for (const [personId, role] of [
      [p[0], 'secretary'],
      [p[2], 'member'],
      [p[3], 'member'],
    ] as const) {
      if (personId === p[0])
        await member(p[0]!, { status: 'formal', joinedOn: '1995-07-01', category: 'employed' });
      expect((await s.post(`${base}/units/${branchId}/seats`, { personId, role })).status).toBe(
        200,
      );
    }
    // 李秀英 is no Party member: she cannot be seated
    const refused = await s.post(`${base}/units/${branchId}/seats`, {
      personId: p[1],
      role: 'member',
    });
    expect(refused.status).toBe(400);
  });

  const meeting = async (kind: string, heldOn: string, present: string[], extra: object = {}) => {
    at(heldOn);
    const s = await secretary();
    const everyone =
      kind === 'committeeMeeting' ? [p[0]!, p[2]!, p[3]!] : [p[0]!, p[2]!, p[3]!, p[4]!];
    return s.post(`${base}/meetings`, {
      unitId: branchId,
      kind,
      heldOn,
      venue: '村党群服务中心',
      hostPersonId: p[0],
      topic: '学习会议精神',
      minutes: '会议学习了有关文件，研究了本月工作。',
      attendance: everyone.map((personId) =>
        present.includes(personId)
          ? { personId, presence: 'present' }
          : { personId, presence: 'leave', leaveReason: '外出务工' },
      ),
      ...extra,
    });
  };

  it('keeps a quarter of 三会一课; November’s 支委会 short of half is kept but not counted', async () => {
    const all = [p[0]!, p[2]!, p[3]!, p[4]!];
    expect(
      (await meeting('committeeMeeting', '2026-10-09', [p[0]!, p[2]!, p[3]!])).body.counted,
    ).toBe(true);
    expect((await meeting('themeDay', '2026-10-15', all)).status).toBe(200);
    expect((await meeting('membersMeeting', '2026-10-20', all)).status).toBe(200);
    // 1 of 3: short of 半数以上 (2)
    expect((await meeting('committeeMeeting', '2026-11-06', [p[0]!])).body.counted).toBe(false);
    expect((await meeting('themeDay', '2026-11-15', all)).status).toBe(200);
    // 2 of 3 reaches half
    expect((await meeting('committeeMeeting', '2026-12-04', [p[0]!, p[2]!])).body.counted).toBe(
      true,
    );
    expect((await meeting('themeDay', '2026-12-15', all)).status).toBe(200);
    // a group's meeting is not a branch's; a rating only at 民主评议党员
    expect((await meeting('groupMeeting', '2026-12-16', all)).body.error.fields[0].field).toBe(
      'kind',
    );
    const rated = await meeting('lifeMeeting', '2026-12-20', all, {
      attendance: [{ personId: p[0], presence: 'present', rating: 'excellent' }],
    });
    expect(rated.body.error.fields[0].field).toBe('attendance.0.rating');
    // an outsider in the attendance
    const outsider = await meeting('themeDay', '2026-12-20', all, {
      attendance: [{ personId: p[1], presence: 'present' }],
    });
    expect(outsider.body.error.fields[0]).toMatchObject({ field: 'attendance.0.personId' });
  });

  it('shows November overdue at the village, and the running month due', async () => {
    at('2027-01-05');
    const board = await (await secretary()).get(base);
    expect(board.status).toBe(200);
    const unit = board.body.units.find((u: { id: string }) => u.id === branchId);
    expect(unit).toMatchObject({ kind: 'branch', formal: 3, probationary: 1 });
    const overdue = unit.cadence.filter((r: { state: string }) => r.state === 'overdue');
    expect(overdue).toEqual([
      expect.objectContaining({ kind: 'committeeMeeting', period: '2026年11月', held: 0 }),
    ]);
    const messages = unit.findings.map((f: { message: string }) => f.message);
    expect(messages).toContainEqual(
      expect.stringContaining('甲村党支部：支部委员会会议应每月召开 1 次，2026年11月 未召开'),
    );
    expect(JSON.stringify(board.body)).not.toContain('PARTY-3H1K，');
    const nov = board.body.meetings.find((m: { heldOn: string }) => m.heldOn === '2026-11-06');
    expect(nov).toMatchObject({ kind: 'committeeMeeting', present: 1, leave: 2, counted: false });
    const detail = await (await secretary()).get(`${base}/meetings/${nov.id}`);
    expect(detail.body.attendance[1]).toMatchObject({ presence: 'leave', leaveReason: '外出务工' });
  });

  it('counts the branch’s 党员大会 on the meetings page too (PARTY-3H1K, one rule)', async () => {
    const meetings = await (
      await secretary()
    ).get(`/api/villages/${server.fixture.villageA.id}/meetings`);
    const quarters = meetings.body.findings
      .filter((f: { code: string }) => f.code === 'party_meeting_overdue')
      .map((f: { params: { quarter: string } }) => f.params.quarter);
    expect(quarters).not.toContain('2026年第4季度');
  });

  it('shows it at the town, to that town only; never to villagers', async () => {
    const town = await (await server.as('townOfficial')).get('/api/town/party');
    const row = town.body.villages.find(
      (v: { villageId: string }) => v.villageId === server.fixture.villageA.id,
    );
    expect(row.overdue).toEqual([
      {
        unitName: '甲村党支部',
        kind: 'committeeMeeting',
        period: '2026年11月',
        endsOn: '2026-11-30',
      },
    ]);
    // a village with members and no organisation recorded is told so
    for (const v of town.body.villages.filter(
      (x: { units: number; formal: number }) => x.units === 0 && x.formal > 0,
    ))
      expect(v.findings.map((f: { code: string }) => f.code)).toEqual([
        'party_organisation_missing',
      ]);
    expect(town.body.villages.some((x: { units: number }) => x.units === 0)).toBe(true);
    const other = await (await server.as('otherTownOfficial')).get('/api/town/party');
    expect(
      other.body.villages.some(
        (v: { villageId: string }) => v.villageId === server.fixture.villageA.id,
      ),
    ).toBe(false);
    const villager = await server.as('villager');
    expect((await villager.get('/api/town/party')).status).toBe(403);
    expect((await villager.get(base)).status).toBe(403);
    // the villagers' committee's chair, not on the Party committee, does not see Party records
    expect((await (await server.as('committeeChair')).get(base)).status).toBe(403);
  });

  it('shows a member their own record, and a non-member nothing', async () => {
    // 刘强 (the representative's account) is the probationary member
    const mine = await (await server.as('representative')).get(`${base}/mine`);
    expect(mine.body.member).toMatchObject({ status: 'probationary', unitName: null });
    expect(mine.body.meetings.length).toBeGreaterThan(0);
    expect(mine.body.meetings.every((m: { kind: string }) => m.kind !== 'committeeMeeting')).toBe(
      true,
    );
    const none = await (await server.as('villager')).get(`${base}/mine`);
    expect(none.body).toEqual({ member: null, meetings: [] });
  });
});
