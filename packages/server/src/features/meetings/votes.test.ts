import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { addAdults, addHousehold, reviewAgenda, seatIn } from '../../testing/meetings.ts';
import { countedPresence, meetingPresence } from './queries/presence.ts';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { bulkInsert } from '../../platform/db/bulkInsert.ts';

const TODAY = '2026-11-21';

/** Every value inside a row (JSON columns walked), as strings. */
function values(x: unknown): string[] {
  if (x === null || x === undefined) return [];
  if (Array.isArray(x)) return x.flatMap(values);
  if (typeof x === 'object') return Object.values(x).flatMap(values);
  return [typeof x === 'string' ? x : JSON.stringify(x)];
}

describe(`electronic and secret votes (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  let meetingId: string;
  let chair: HttpClient;
  let rep: HttpClient;
  beforeAll(async () => {
    server = await startTestServer();
    base = `/api/villages/${server.fixture.villageA.id}`;
    chair = await server.as('committeeChair');
    rep = await server.as('representative');
    // the representatives' meeting: 刘强 (representative) and 张桂兰 (committee chair)
    const created = await chair.post(`${base}/meetings`, {
      kind: 'representativesMeeting',
      title: '村民代表会议',
      meetingOn: TODAY,
      noticeOn: TODAY,
      agenda: '表决',
    });
    meetingId = created.body.meeting.id;
    await reviewAgenda(await server.as('supervisionChair'), base, meetingId);
    const opened = await chair.post(`${base}/meetings/${meetingId}/open`);
    const code = opened.body.meeting.checkInCode;
    expect((await chair.post(`${base}/meetings/${meetingId}/check-in`, { code })).status).toBe(201);
    expect((await rep.post(`${base}/meetings/${meetingId}/check-in`, { code })).status).toBe(201);
    await (
      await server.as('supervisionChair')
    ).post(`${base}/meetings/${meetingId}/check-in`, {
      code,
    });
  });
  afterAll(async () => {
    await server.close();
  });

  async function openMotion(voting: 'electronic' | 'secret', title: string) {
    const res = await chair.post(`${base}/meetings/${meetingId}/motions`, {
      title,
      voting,
    });
    expect(res.status).toBe(201);
    const id = res.body.motion.id;
    expect((await chair.post(`${base}/motions/${id}/open`)).status).toBe(200);
    return id as string;
  }

  it('counts exactly one of 200 simultaneous electronic votes by one voter', async () => {
    const id = await openMotion('electronic', '电子表决事项');
    const results = await Promise.all(
      Array.from({ length: 200 }, () => rep.post(`${base}/motions/${id}/votes`, { choice: 'yes' })),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(199);
    expect(results.find((r) => r.status === 409)?.body.error.id).toBe('already_voted');
    const [count] = await server.db.query<{ n: number }>(
      'SELECT count(*) AS n FROM vote WHERE village_id = $1 AND motion_id = $2',
      [server.fixture.villageA.id, id],
    );
    expect(count?.n).toBe(1);
    expect((await chair.post(`${base}/motions/${id}/votes`, { choice: 'no' })).status).toBe(201);
    // those without a vote here
    const supervisor = await server.as('supervisionChair');
    expect(
      (await supervisor.post(`${base}/motions/${id}/votes`, { choice: 'yes' })).body.error.id,
    ).toBe('not_eligible_to_vote');
    expect(
      (await (await server.as('villager')).post(`${base}/motions/${id}/votes`, { choice: 'yes' }))
        .body.error.id,
    ).toBe('not_eligible_to_vote');
    const closed = await chair.post(`${base}/motions/${id}/close`, { yes: 99 });
    expect(closed.body.result.tally).toEqual({ yes: 1, no: 1, abstain: 0 });
    expect(closed.body.passed).toBe(false);
    const detail = await chair.get(`${base}/meetings/${meetingId}`);
    expect(detail.body.motions[0].votes).toEqual(
      expect.arrayContaining([
        { personId: server.fixture.accounts.representative.personId, name: '刘强', choice: 'yes' },
      ]),
    );
    // voting after the close
    expect((await rep.post(`${base}/motions/${id}/votes`, { choice: 'no' })).body.error.id).toBe(
      'motion_not_open',
    );
  });

  it('keeps a secret ballot secret: one count per voter, and nothing links a voter to a choice', async () => {
    const id = await openMotion('secret', '无记名表决事项');
    const results = await Promise.all(
      Array.from({ length: 200 }, () =>
        rep.post(`${base}/motions/${id}/votes`, { choice: 'abstain' }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(199);
    expect(results.find((r) => r.status === 201)?.body).toEqual({
      ok: true,
      voting: 'secret',
      receipt: true,
    });
    expect((await chair.post(`${base}/motions/${id}/votes`, { choice: 'yes' })).status).toBe(201);

    // while the vote is open, only how many have voted is shown
    const during = await rep.get(`${base}/meetings/${meetingId}`);
    const shown = during.body.motions.find((m: { id: string }) => m.id === id);
    expect(shown).toMatchObject({ status: 'open', ballots: 2, tally: null, result: null });
    expect(during.body.me.votes[id]).toBe('secret-cast');

    const f = server.fixture;
    const voters = [
      {
        ids: [f.accounts.representative.personId!, f.accounts.representative.id],
        choice: 'abstain',
      },
      { ids: [f.accounts.committeeChair.personId!, f.accounts.committeeChair.id], choice: 'yes' },
    ];
    // every row of every table: none holds a voter's id together with their secret choice
    const tables = await server.db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    expect(tables.length).toBeGreaterThan(20);
    for (const { table_name } of tables) {
      const rows = await server.db.query<{ r: unknown }>(
        `SELECT row_to_json(t) AS r FROM "${table_name}" t`,
      );
      for (const { r } of rows) {
        const vals = values(r);
        for (const v of voters)
          if (v.ids.some((x) => vals.includes(x)))
            expect(vals, `${table_name}: ${JSON.stringify(r)}`).not.toContain(v.choice);
      }
    }
    const columns = async (table: string) =>
      (
        await server.db.query<{ column_name: string }>(
          `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
          [table],
        )
      ).map((c) => c.column_name);
    expect(await columns('ballot_receipt')).toEqual(['village_id', 'motion_id', 'person_id']);
    // the motion's ballot box: a random id and a choice, no voter, no time
    const box = `ballot_box_${id.replace(/-/g, '')}`;
    expect(await columns(box)).toEqual(['id', 'choice']);
    expect(await columns('ballot')).toEqual(['village_id', 'motion_id', 'id', 'choice']);
    expect(await columns('secret_tally')).toEqual([]);
    // no transaction wrote both a receipt and a choice
    const receiptXmins = await server.db.query<{ x: string }>(
      'SELECT xmin::text AS x FROM ballot_receipt WHERE village_id = $1 AND motion_id = $2',
      [f.villageA.id, id],
    );
    const boxXmins = await server.db.query<{ x: string }>(`SELECT xmin::text AS x FROM ${box}`);
    expect(receiptXmins).toHaveLength(2);
    expect(boxXmins).toHaveLength(2);
    for (const { x } of boxXmins) expect(receiptXmins.map((r) => r.x)).not.toContain(x);
    // nothing is published while the vote is open
    expect((await rep.get(`${base}/motions/${id}/ballots`)).body).toMatchObject({
      status: 'open',
      receipts: 2,
      ballots: [],
      tally: null,
    });
    const named = await server.db.query(
      'SELECT 1 FROM vote WHERE village_id = $1 AND motion_id = $2',
      [f.villageA.id, id],
    );
    expect(named).toHaveLength(0);
    // the audit events of the ballots name neither the voter nor the choice
    const events = await server.db.query<{ actor_account_id: string | null; data: unknown }>(
      `SELECT actor_account_id, data FROM audit_event WHERE chain_id = $1 AND action = 'vote.cast' AND target_id = $2`,
      [f.villageA.id, id],
    );
    expect(events).toHaveLength(2);
    for (const e of events) {
      expect(e.actor_account_id).toBeNull();
      expect(e.data).toEqual({ motionId: id, voting: 'secret', ballot: 'cast' });
    }

    const closed = await chair.post(`${base}/motions/${id}/close`);
    expect(closed.body.result.tally).toEqual({ yes: 1, no: 0, abstain: 1 });
    // 1 of 2 attendees is not more than half
    expect(closed.body.passed).toBe(false);
    const after = await rep.get(`${base}/meetings/${meetingId}`);
    expect(after.body.motions.find((m: { id: string }) => m.id === id)).toMatchObject({
      tally: { yes: 1, no: 0, abstain: 1 },
      votes: null,
    });
    // the box is gone with its file; the ballots are published under new ids
    expect(await columns(box)).toEqual([]);
    const ballotIds = (
      await server.db.query<{ id: string }>(
        'SELECT id FROM ballot WHERE village_id = $1 AND motion_id = $2',
        [f.villageA.id, id],
      )
    ).map((b) => b.id);
    expect(ballotIds).toHaveLength(2);
    for (const table of ['ballot_receipt', 'audit_event']) {
      const rows = await server.db.query<{ r: unknown }>(
        `SELECT row_to_json(t) AS r FROM "${table}" t`,
      );
      for (const { r } of rows) for (const b of ballotIds) expect(values(r)).not.toContain(b);
    }
  });

  it('counts a secret vote from its ballots at close and publishes them for anyone to recount', async () => {
    const id = await openMotion('secret', '无记名表决：公开选票');
    const cast = await Promise.all([
      rep.post(`${base}/motions/${id}/votes`, { choice: 'no' }),
      chair.post(`${base}/motions/${id}/votes`, { choice: 'no' }),
    ]);
    expect(cast.map((c) => c.status)).toEqual([201, 201]);
    // both ballots arrived within one batch: one insert, one transaction id for the two
    const box = `ballot_box_${id.replace(/-/g, '')}`;
    const inBox = await server.db.query<{ x: string }>(`SELECT xmin::text AS x FROM ${box}`);
    expect(new Set(inBox.map((b) => b.x)).size).toBe(1);
    // the count is taken from the box: a ballot put there (as by another process) is counted
    await server.db.transaction((tx) =>
      tx.query(`INSERT INTO ${box} (id, choice) VALUES (gen_random_uuid(), 'yes')`),
    );
    const closed = await chair.post(`${base}/motions/${id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.result.tally).toEqual({ yes: 1, no: 2, abstain: 0 });

    // anyone who reads the meeting recounts it: the villager too
    const published = await (await server.as('villager')).get(`${base}/motions/${id}/ballots`);
    expect(published.status).toBe(200);
    const body = published.body as {
      receipts: number;
      ballots: Array<{ id: string; choice: 'yes' | 'no' | 'abstain' }>;
      tally: Record<string, number>;
      digest: string;
      recordedDigest: string;
    };
    expect(body).toMatchObject({ voting: 'secret', status: 'closed', receipts: 2 });
    const recount = { yes: 0, no: 0, abstain: 0 };
    for (const b of body.ballots) recount[b.choice] += 1;
    expect(recount).toEqual(body.tally);
    expect(recount).toEqual(closed.body.result.tally);
    const ids = body.ballots.map((b) => b.id);
    expect(ids).toEqual([...ids].sort());
    const lines = body.ballots.map((b) => `${b.id} ${b.choice}\n`).join('');
    const digest = createHash('sha256').update(lines).digest('hex');
    expect(body.digest).toBe(digest);
    // the audit event that closed the vote recorded the same digest and figures
    expect(body.recordedDigest).toBe(digest);
    const [event] = await server.db.query<{ data: { ballots: unknown } }>(
      `SELECT data FROM audit_event WHERE chain_id = $1 AND action = 'motion.closed' AND data->>'motionId' = $2`,
      [server.fixture.villageA.id, id],
    );
    expect(event?.data.ballots).toEqual({ count: 3, receipts: 2, digest });
    // a named vote publishes no ballots (its votes are named on the meeting page)
    const named = await openMotion('electronic', '记名表决');
    expect((await chair.get(`${base}/motions/${named}/ballots`)).body).toMatchObject({
      voting: 'electronic',
      ballots: [],
      digest: null,
    });
    await chair.post(`${base}/motions/${named}/close`);
    const unknown = await chair.get(`${base}/motions/${crypto.randomUUID()}/ballots`);
    expect(unknown.status).toBe(404);
  });

  it('refuses a vote by show of hands through the app, and a vote before check-in', async () => {
    const res = await chair.post(`${base}/meetings/${meetingId}/motions`, {
      title: '举手表决',
      voting: 'showOfHands',
    });
    const id = res.body.motion.id;
    await chair.post(`${base}/motions/${id}/open`);
    expect((await rep.post(`${base}/motions/${id}/votes`, { choice: 'yes' })).body.error.id).toBe(
      'motion_by_hand',
    );
    await chair.post(`${base}/motions/${id}/close`, { yes: 2, no: 0, abstain: 0 });
    // 刘强 is struck from the attendance: he may no longer vote
    const electronic = await openMotion('electronic', '再次表决');
    await chair.request(
      'DELETE',
      `${base}/meetings/${meetingId}/attendance/${server.fixture.accounts.representative.personId}`,
    );
    const late = await rep.post(`${base}/motions/${electronic}/votes`, { choice: 'yes' });
    expect(late.status).toBe(403);
    expect(late.body.error).toMatchObject({
      id: 'not_checked_in',
      message: '请先签到，签到后才能投票',
    });
  });
});

describe(`demands for a meeting and what the rules say about meetings (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  let adults: string[];
  let reps: string[];
  beforeAll(async () => {
    server = await startTestServer();
    const v = server.fixture.villageA;
    base = `/api/villages/${v.id}`;
    // 30 adults in all (1/10 → 3 proposers); 6 representatives (1/3 → 2, 1/5 → 2)
    adults = await addAdults(server.db, v, 24);
    reps = adults.slice(0, 5);
    await seatIn(server.db, v, 'representativesMeeting', reps, 'representative');
  });
  afterAll(async () => {
    await server.close();
  });

  it('a villagers’ demand becomes mandatory at 1/10 of adults: n−1 is not enough, n is', async () => {
    const villager = await server.as('villager');
    const created = await villager.post(`${base}/meetings/demands`, {
      kind: 'villagersAssembly',
      route: 'villagers',
      reason: '要求公开征地补偿费使用情况',
    });
    expect(created.status).toBe(201);
    const id = created.body.demand.id;
    expect(created.body.demand).toMatchObject({
      status: 'collecting',
      signatures: 0,
      check: { ruleId: 'VCOL-21-CONVENE', base: 30, required: 3, met: false },
    });
    const chair = await server.as('committeeChair');
    // a minor cannot sign; the clerk's list is all or nothing
    const { personIds: minor } = await addHousehold(server.db, server.fixture.villageA, [
      { birth: '2012-01-01' },
    ]);
    const bad = await chair.post(`${base}/demands/${id}/paper-signatures`, {
      personIds: [adults[10], minor[0]],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]).toMatchObject({ field: 'personIds.1', id: 'field_invalid' });
    expect(bad.body.error.fields[0].message).toBe('签名人：格式不正确');
    const two = await chair.post(`${base}/demands/${id}/paper-signatures`, {
      personIds: [adults[10], adults[11], adults[10]],
    });
    expect(two.body.demand).toMatchObject({ status: 'collecting', signatures: 2 });
    expect(two.body.demand.check).toMatchObject({ count: 2, met: false });
    const signed = await villager.post(`${base}/demands/${id}/signatures`);
    expect(signed.body.demand).toMatchObject({ status: 'met', signatures: 3, signedByMe: true });
    // signing again changes nothing
    expect((await villager.post(`${base}/demands/${id}/signatures`)).body.demand.signatures).toBe(
      3,
    );

    // until a meeting answers it, the list of meetings shows the duty as a violation
    const list = await villager.get(`${base}/meetings`);
    const duty = list.body.findings.find((f: { code: string }) => f.code === 'demand_met');
    expect(duty).toMatchObject({ ruleId: 'VCOL-21-CONVENE', severity: 'violation' });
    expect(duty.message).toContain('村民委员会应当召集');
    const convened = await chair.post(`${base}/meetings`, {
      kind: 'villagersAssembly',
      title: '村民会议（应村民提议）',
      meetingOn: '2026-12-01',
      noticeOn: TODAY,
      demandId: id,
    });
    expect(convened.status, JSON.stringify(convened.body)).toBe(201);
    expect(convened.body.meeting.demandId).toBe(id);
    const after = await villager.get(`${base}/meetings`);
    expect(after.body.findings.some((f: { code: string }) => f.code === 'demand_met')).toBe(false);
    const demands = await villager.get(`${base}/demands`);
    expect(demands.body.items[0]).toMatchObject({
      id,
      status: 'convened',
      meetingId: convened.body.meeting.id,
    });
    const closed = await (
      await server.as('representative')
    ).post(`${base}/demands/${id}/signatures`);
    expect(closed.status).toBe(409);
    expect(closed.body.error.id).toBe('demand_closed');
  });

  it("representatives demand a representatives' meeting at 1/5 of them; others cannot sign", async () => {
    const rep = await server.as('representative');
    const created = await rep.post(`${base}/meetings/demands`, {
      kind: 'representativesMeeting',
      route: 'representatives',
      reason: '审议村集体经济项目',
    });
    const id = created.body.demand.id;
    expect(created.body.demand.check).toMatchObject({
      ruleId: 'VCOL-26-FREQ',
      base: 6,
      required: 2,
    });
    const villager = await server.as('villager');
    const refused = await villager.post(`${base}/demands/${id}/signatures`);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({
      id: 'demand_not_signable',
      message: '只有在任村民代表可以在该提议上签名',
    });
    const one = await rep.post(`${base}/demands/${id}/signatures`);
    expect(one.body.demand).toMatchObject({ status: 'collecting', signatures: 1 });
    const chair = await server.as('committeeChair');
    const two = await chair.post(`${base}/demands/${id}/paper-signatures`, {
      personIds: [reps[0]],
    });
    expect(two.body.demand).toMatchObject({ status: 'met', signatures: 2 });
    const wrongRoute = await villager.post(`${base}/meetings/demands`, {
      kind: 'representativesMeeting',
      route: 'villagers',
      reason: 'x',
    });
    expect(wrongRoute.status).toBe(400);
  });

  it('warns of representatives’ and Party members’ meetings not held in a quarter', async () => {
    const list = await (await server.as('villager')).get(`${base}/meetings`);
    const codes = list.body.findings.map(
      (f: { ruleId: string; severity: string; code: string }) => [f.ruleId, f.code, f.severity],
    );
    expect(codes).toEqual(
      expect.arrayContaining([
        ['VCOL-26-FREQ', 'reps_meeting_overdue', 'violation'],
        ['VCOL-26-FREQ', 'reps_meeting_overdue', 'warning'],
        ['PARTY-3H1K', 'party_meeting_overdue', 'violation'],
      ]),
    );
    const overdue = list.body.findings.find(
      (f: { code: string; severity: string }) =>
        f.code === 'reps_meeting_overdue' && f.severity === 'violation',
    );
    expect(overdue.message).toContain('2026年第3季度');
  });
});

describe(`presence of a 1,000-person assembly (${describeDatabase()})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  // speed itself is measured in bench/ (npm run bench:assembly), not asserted here
  it('is computed in two queries, however many attend', async () => {
    const v = server.fixture.villageA;
    // 500 households of two adults each, 600 of them present
    const householdIds = Array.from({ length: 500 }, () => crypto.randomUUID());
    const personIds = Array.from({ length: 1000 }, () => crypto.randomUUID());
    await server.db.transaction(async (tx) => {
      await bulkInsert(
        tx,
        'household',
        ['village_id', 'id', 'number', 'villager_group_id'],
        householdIds.map((h, i) => [v.id, h, `B-${i}`, v.groupIds[i % 2]]),
      );
      await bulkInsert(
        tx,
        'person',
        [
          'village_id',
          'id',
          'household_id',
          'name',
          'gender',
          'birth_date',
          'relation_to_head',
          'residence_status',
        ],
        personIds.map((p, i) => [
          v.id,
          p,
          householdIds[Math.floor(i / 2)],
          `大会${i}`,
          i % 2 ? 'female' : 'male',
          '1970-05-05',
          i % 2 ? 'spouse' : 'head',
          'resident',
        ]),
      );
    });
    const chair = await server.as('committeeChair');
    const created = await chair.post(`/api/villages/${v.id}/meetings`, {
      kind: 'villagersAssembly',
      title: '千人村民会议',
      meetingOn: TODAY,
      noticeOn: '2026-11-01',
    });
    const meetingId = created.body.meeting.id;
    await server.db.transaction((tx) =>
      bulkInsert(
        tx,
        'attendance',
        ['village_id', 'meeting_id', 'person_id', 'capacity', 'method', 'recorded_by'],
        personIds
          .slice(0, 600)
          .map((p) => [
            v.id,
            meetingId,
            p,
            'member',
            'clerk',
            server.fixture.accounts.committeeChair.id,
          ]),
      ),
    );
    let queries = 0;
    const counting: Queryable = {
      query: (text, params) => {
        queries += 1;
        return server.db.query(text, params);
      },
    };
    const { presence, voters } = await meetingPresence(counting, v.id, {
      id: meetingId,
      kind: 'villagersAssembly',
      meetingOn: calendarDate(TODAY),
      villagerGroupId: null,
      collectiveOrgId: null,
    });
    expect(queries).toBe(2);
    expect(presence).toEqual({
      members: 1006,
      present: 600,
      households: 503,
      householdsPresent: 300,
    });
    expect(voters).toHaveLength(1006);
    // the page counts the same figures in the database, in one statement, without the list
    queries = 0;
    const counted = await countedPresence(counting, v.id, {
      id: meetingId,
      kind: 'villagersAssembly',
      meetingOn: calendarDate(TODAY),
      villagerGroupId: null,
      collectiveOrgId: null,
    });
    expect(queries).toBe(1);
    expect(counted).toEqual({ presence, attendeesNotDue: [] });
    const detail = await chair.get(`/api/villages/${v.id}/meetings/${meetingId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.quorum.met).toBe(true);
  });
});
