import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { FIXTURE_TODAY } from '../../testing/fixtures.ts';
import { reviewAgenda } from '../../testing/meetings.ts';

/** The villager's own home (issue 9 item 13): my household, its group and grid, my meetings. */
describe(`GET /api/villages/:villageId/my-home (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  beforeAll(async () => {
    server = await startTestServer();
    base = `/api/villages/${server.fixture.villageA.id}`;
  });
  afterAll(async () => {
    await server.close();
  });

  async function convene(kind: string, title: string, meetingOn: string = FIXTURE_TODAY) {
    const chair = await server.as('committeeChair');
    const res = await chair.post(`${base}/meetings`, {
      kind,
      title,
      meetingOn,
      startsAt: '09:00',
      place: '村委会会议室',
      noticeOn: FIXTURE_TODAY,
      agenda: '一、审议村道硬化方案',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.meeting.id as string;
  }

  it('shows a villager their household with its group, grid and grid chief to call', async () => {
    const villager = await server.as('villager');
    const res = await villager.get(`${base}/my-home`);
    expect(res.status).toBe(200);
    const { villageA } = server.fixture;
    const [chief] = await server.db.query<{ name: string; phone: string }>(
      'SELECT name, phone FROM person WHERE village_id = $1 AND id = $2',
      [villageA.id, villageA.personIds[0]],
    );
    const { household } = res.body;
    expect(household.group.name).toMatch(/村民小组$/);
    expect(villageA.groupIds).toContain(household.group.id);
    expect(household.grid).toEqual({
      id: villageA.gridId,
      name: '第一网格',
      chiefName: chief!.name,
      chiefPhone: chief!.phone,
    });
    const me = household.members.filter((m: { me: boolean }) => m.me);
    expect(me).toHaveLength(1);
    expect(me[0].id).toBe(server.fixture.accounts.villager.personId);
    expect(res.body.personName).toBe(me[0].name);
    // the head first
    expect(household.members[0].relationToHead).toBe('head');
  });

  it('lists only the meetings the reader is due at, with check-in and votes to cast', async () => {
    const assembly = await convene('villagersAssembly', '2026年村民会议', '2026-12-20');
    const reps = await convene('representativesMeeting', '第四季度村民代表会议');
    const villager = await server.as('villager');
    const rep = await server.as('representative');

    const mine = async (client: typeof villager) =>
      (await client.get(`${base}/my-home`)).body.meetings as Array<Record<string, unknown>>;
    // a plain villager: the assembly (every adult) but not the representatives' meeting
    expect((await mine(villager)).map((m) => m.id)).toEqual([assembly]);
    const repMeetings = await mine(rep);
    expect(repMeetings.map((m) => m.id).sort()).toEqual([assembly, reps].sort());
    expect(repMeetings.find((m) => m.id === reps)).toMatchObject({
      status: 'planned',
      checkedIn: false,
      votesToCast: 0,
      kindName: { zh: '村民代表会议', en: expect.any(String) },
    });

    // the meeting opens: check in, then an electronic vote is waiting
    await reviewAgenda(await server.as('supervisionChair'), base, reps);
    const chair = await server.as('committeeChair');
    const opened = await chair.post(`${base}/meetings/${reps}/open`);
    expect(opened.status).toBe(200);
    const open = (await mine(rep)).find((m) => m.id === reps);
    expect(open).toMatchObject({ status: 'open', checkedIn: false });
    // the open meeting comes first: it is the one to act on now
    expect((await mine(rep))[0]!.id).toBe(reps);

    const code = opened.body.meeting.checkInCode as string;
    expect((await rep.post(`${base}/meetings/${reps}/check-in`, { code })).status).toBe(201);
    // quorum: the committee sits in the representatives' meeting too
    expect((await chair.post(`${base}/meetings/${reps}/check-in`, { code })).status).toBe(201);
    const motion = await chair.post(`${base}/meetings/${reps}/motions`, {
      title: '村道硬化方案',
      voting: 'electronic',
    });
    const motionId = motion.body.motion.id as string;
    expect((await chair.post(`${base}/motions/${motionId}/open`)).status).toBe(200);
    expect((await mine(rep)).find((m) => m.id === reps)).toMatchObject({
      checkedIn: true,
      votesToCast: 1,
    });
    expect((await rep.post(`${base}/motions/${motionId}/votes`, { choice: 'yes' })).status).toBe(
      201,
    );
    expect((await mine(rep)).find((m) => m.id === reps)).toMatchObject({ votesToCast: 0 });
  });

  it('gives an official, who lives elsewhere, no household and no meetings', async () => {
    const official = await server.as('townOfficial');
    const res = await official.get(`${base}/my-home`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ personName: null, household: null, meetings: [] });
  });

  it('refuses a villager of another village', async () => {
    const outsider = await server.as('otherVillageVillager');
    expect((await outsider.get(`${base}/my-home`)).status).toBe(403);
  });
});
