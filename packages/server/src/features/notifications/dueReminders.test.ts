import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { addDays } from '@cunzhi/core/rules/dayCount';
import { fixedClock } from '../../platform/clock.ts';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { adoptedResolution } from '../../testing/elections.ts';
import { addAdults, clientFor } from '../../testing/meetings.ts';
import { sendDueReminders } from './commands/dueReminders.ts';

const ORIGIN = 'https://cz.example.cn';

/**
 * 到期提醒 (docs/notifications.md): a meeting tomorrow, the voter roll's last day for objections,
 * a matter notice's last day of publicity — each told once to every household it concerns, by
 * in-app and SMS, however often (and however concurrently) the worker runs. Today is 2026-11-21.
 */
describe(`due reminders (${describeDatabase()})`, () => {
  let server: TestServer;
  let A: string;
  let base: string;
  let households: number;

  beforeAll(async () => {
    server = await startTestServer({ PUBLIC_ORIGIN: ORIGIN });
    A = server.fixture.villageA.id;
    base = `/api/villages/${A}`;
    const [row] = await server.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM household WHERE village_id = $1',
      [A],
    );
    households = row!.n;
  });
  afterAll(async () => {
    await server.close();
  });

  /** The worker's step as it runs on `day` (Beijing time, mid-morning). */
  const runOn = (day: string) =>
    sendDueReminders({
      db: server.db,
      config: { PUBLIC_ORIGIN: ORIGIN },
      clock: fixedClock(new Date(`${day}T02:00:00Z`)),
    });
  const reminders = (causeId: string) =>
    server.db.query<{ channel: string; text: string | null; line: string | null }>(
      `SELECT channel, payload->>'text' AS text, payload->>'line' AS line FROM outbox_message
       WHERE village_id = $1 AND reason = 'deadline' AND cause_id = $2 ORDER BY channel, id`,
      [A, causeId],
    );
  const perHousehold = (rows: { channel: string }[]) => ({
    inApp: rows.filter((r) => r.channel === 'inApp').length,
    sms: rows.filter((r) => r.channel === 'sms').length,
  });

  /** A representatives' meeting convened today (its notice tells every household) for `meetingOn`. */
  const convene = async (title: string, meetingOn: string): Promise<string> => {
    const created = await (
      await server.as('committeeChair')
    ).post(`${base}/meetings`, {
      kind: 'representativesMeeting',
      title,
      meetingOn,
      startsAt: '09:00',
      place: '村委会会议室',
      noticeOn: '2026-11-21',
      agenda: '一、审议村道硬化方案',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.meeting.id as string;
  };

  it('a meeting is reminded the day before, not two days before nor on the day; twice run, once told', async () => {
    const meetingId = await convene('2026年12月村民代表会议', '2026-12-01');

    expect((await runOn('2026-11-29')).meetings).toBe(0);
    expect(await reminders(meetingId)).toEqual([]);

    // the worker runs on two servers at once, and again on its next round
    const [first, second] = await Promise.all([runOn('2026-11-30'), runOn('2026-11-30')]);
    expect(first.meetings + second.meetings).toBe(1);
    expect((await runOn('2026-11-30')).meetings).toBe(0);
    expect((await runOn('2026-12-01')).meetings).toBe(0);
    // on the village's chain once, by the system: the round that wrote it, naming the meeting
    const events = await server.db.query<{ actor: string | null; data: unknown }>(
      `SELECT actor_account_id AS actor, data FROM audit_event
       WHERE chain_id = $1 AND action = 'outbox.reminded' AND data::text LIKE '%' || $2 || '%'`,
      [A, meetingId],
    );
    expect(events).toEqual([
      {
        actor: null,
        data: { reminders: [{ kind: 'meetingTomorrow', cause: meetingId, told: households }] },
      },
    ]);

    const rows = await reminders(meetingId);
    expect(perHousehold(rows).inApp).toBe(households);
    // every household with a number is texted (the meeting's notice went to the same ones)
    const [told] = await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM outbox_message m JOIN notice n ON n.village_id = m.village_id AND n.id = m.notice_id
       WHERE m.village_id = $1 AND n.meeting_id = $2 AND m.reason = 'meeting' AND m.channel = 'sms'`,
      [A, meetingId],
    );
    expect(perHousehold(rows).sms).toBe(told!.n);
    expect(rows.find((r) => r.channel === 'sms')!.text).toMatch(
      /^【.+】提醒：明天（2026年12月1日）开会，.+。详情：https:\/\/cz\.example\.cn\/p\/.+\/n\//,
    );

    // the villager reads it in 我的消息, and the notice's delivery page still counts its notice only
    const mine = await (await server.as('villager')).get(`${base}/my-messages`);
    expect(mine.body.items[0]).toMatchObject({
      reason: 'deadline',
      kind: 'meetingTomorrow',
      heading: '开会提醒',
    });
  });

  it('a cancelled meeting is not reminded', async () => {
    const meetingId = await convene('取消的会议', '2026-12-03');
    await server.db.query(
      `UPDATE meeting SET status = 'cancelled' WHERE village_id = $1 AND id = $2`,
      [A, meetingId],
    );
    expect((await runOn('2026-12-02')).meetings).toBe(0);
  });

  it('the voter roll: reminded on the day before its fifth day (《村民委员会组织法》第十四条), once', async () => {
    const organiser = await server.as('committeeChair');
    const created = await organiser.post(`${base}/elections`, {
      title: '换届选举',
      body: 'villagersCommittee',
      electorate: 'villagers',
      organiser: 'villagersCommittee',
      posts: [{ id: 'chair', name: { zh: '主任', en: 'chair' }, seats: 1, writeIns: false }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.election.id as string;
    const E = `${base}/elections/${id}`;
    const members = await addAdults(server.db, server.fixture.villageA, 3, { prefix: '选委' });
    const ok = async (client: typeof organiser, url: string, body: unknown) => {
      const res = await client.post(url, body);
      expect(res.status, `${url}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
    };
    await ok(organiser, `${E}/committee`, {
      chosenBy: 'representativesMeeting',
      chosenOn: '2026-11-10',
      members: members.map((personId, i) => ({ personId, seat: i === 0 ? 'chair' : 'member' })),
    });
    const ec = await clientFor(server, A, members[0]!);
    await ok(ec, `${E}/rules/draft`, {
      text: '选举办法（草案）',
      on: '2026-11-10',
      commentsUntil: '2026-11-10',
    });
    await ok(ec, `${E}/rules/adopt`, {
      resolutionId: await adoptedResolution(server, '2026-11-10'),
      electionDay: '2026-12-20',
    });
    await ok(ec, `${E}/voters/from-registry`, { on: '2026-11-20' });
    await ok(ec, `${E}/roll/publish`, { on: '2026-11-20' });

    // published Friday 20 November: five days to Wednesday 25th
    expect((await runOn('2026-11-23')).rolls).toBe(0);
    const [a, b] = await Promise.all([runOn('2026-11-24'), runOn('2026-11-24')]);
    expect(a.rolls + b.rolls).toBe(1);
    expect((await runOn('2026-11-25')).rolls).toBe(0);
    const rows = await reminders(id);
    expect(perHousehold(rows).inApp).toBe(households + 3);
    expect(rows[0]!.line).toBe('提醒：对选民名单有异议的，请于2026年11月25日前提出申诉');
    expect(rows.find((r) => r.channel === 'sms')!.text).toContain(
      `详情：${ORIGIN}/v/${A}/my-registration`,
    );
  });

  it('the roll reminded on its last day when the day before went by without a worker', async () => {
    // the worker was down on the 24th (its reminder taken away here): the last day still tells
    const [e] = await server.db.query<{ id: string }>(
      `SELECT id FROM election WHERE village_id = $1 AND roll_published_on IS NOT NULL`,
      [A],
    );
    await server.db.query(`DELETE FROM outbox_message WHERE village_id = $1 AND cause_id = $2`, [
      A,
      e!.id,
    ]);
    expect((await runOn('2026-11-25')).rolls).toBe(1);
    expect((await runOn('2026-11-26')).rolls).toBe(0);
  });

  it("a matter's notice: reminded the day before its publicity ends, once, and not before", async () => {
    const chair = await server.as('committeeChair');
    const matter = await chair.post(`${base}/matters`, {
      title: '支付花乡民居物业管理费45万元',
      category: 'majorMatter',
      workflow: 'onePlusThree',
    });
    expect(matter.status, JSON.stringify(matter.body)).toBe(201);
    const topic = await chair.post(`${base}/matters/${matter.body.matter.id}/steps`, {
      kind: 'topicPublished',
      on: '2026-11-21',
      notice: { title: '关于支付物管费的议题公示', body: '拟支付物管费45万元', periodDays: 15 },
    });
    expect(topic.status, JSON.stringify(topic.body)).toBe(201);
    const noticeId = topic.body.noticeId as string;
    const [n] = await server.db.query<{ ends: string }>(
      `SELECT period_ends_on::text AS ends FROM notice WHERE village_id = $1 AND id = $2`,
      [A, noticeId],
    );
    const ends = n!.ends;
    const dayBefore = addDays(calendarDate(ends), -1);
    const twoBefore = addDays(calendarDate(ends), -2);
    expect((await runOn(twoBefore)).notices).toBe(0);
    expect((await runOn(dayBefore)).notices).toBe(1);
    expect((await runOn(dayBefore)).notices).toBe(0);
    expect((await runOn(ends)).notices).toBe(0);
    const rows = await reminders(noticeId);
    expect(perHousehold(rows).inApp).toBe(households + 3);
    expect(rows[0]!.line).toContain('提醒：“关于支付物管费的议题公示”公示至');
    // the notice's own delivery page still shows its publication, one line a household
    const delivery = await chair.get(`${base}/notifications/notices/${noticeId}`);
    expect(delivery.body.households).toHaveLength(households + 3);
  });
});
