import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate, formatChineseDate } from '@cunzhi/core/calendarDate';
import { deadlineAfter } from '@cunzhi/core/elections/dates';
import { addDays } from '@cunzhi/core/rules/dayCount';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { addAdults, addHousehold, clientFor } from '../../testing/meetings.ts';
import { adoptedResolution } from '../../testing/elections.ts';

/**
 * 选举 through the HTTP API, the first half (issue 12 items 2–5): the election committee
 * (chosen, published, filed, objections in 5 days, withdrawals filled from the ranking),
 * the rules adopted by a resolution, the roll (three classes, published 20 days ahead,
 * objections 5 days, decisions 3 days) and the candidate list (差额, 5 days ahead, written
 * withdrawal 3 days ahead). A 2026 election by the amended law, and seed 002's 2008
 * supervision committee election by the representatives under the 2018 text.
 */
describe(`elections: committee, rules, roll, candidates (${describeDatabase()})`, () => {
  let server: TestServer;
  let A: string;
  let base: string;
  let organiser: HttpClient;
  let town: HttpClient;
  let villager: HttpClient;

  /** A resolution of a closed representatives' meeting adopted on a day (as the decisions capability leaves it). */
  const resolution = (adoptedOn: string) => adoptedResolution(server, adoptedOn);

  const zhDate = (d: string) => formatChineseDate(calendarDate(d));
  const post = (id: string, zh: string, seats: number) => ({ id, name: { zh, en: id }, seats });

  beforeAll(async () => {
    server = await startTestServer();
    // every act is dated in the past of this day (acts may not be dated in the future); the fixture's seats hold on it
    server.clock.set(new Date('2026-11-21T02:00:00Z'));
    A = server.fixture.villageA.id;
    base = `/api/villages/${A}/elections`;
    organiser = await server.as('committeeChair');
    town = await server.as('townOfficial');
    villager = await server.as('villager');
  });
  afterAll(async () => {
    await server.close();
  });

  /** An election whose committee (with accounts) is chosen and whose rules are adopted. */
  async function toRulesAdopted(opts: {
    electionDay: string;
    adoptedOn: string;
    chosenOn: string;
    body?: 'villagersCommittee' | 'supervisionCommittee';
  }) {
    const created = await organiser.post(base, {
      title: '第十二届村民委员会换届选举',
      body: opts.body ?? 'villagersCommittee',
      organiser: 'villagersCommittee',
      posts: [post('chair', '主任', 1), post('member', '委员', 3)],
    });
    expect(created.status).toBe(201);
    const id = created.body.election.id as string;
    const members = await addAdults(server.db, server.fixture.villageA, 3, { prefix: '选委' });
    const chosen = await organiser.post(`${base}/${id}/committee`, {
      chosenBy: 'representativesMeeting',
      chosenOn: opts.chosenOn,
      members: members.map((personId, i) => ({ personId, seat: i === 0 ? 'chair' : 'member' })),
    });
    expect(chosen.status).toBe(200);
    const ec = await clientFor(server, A, members[0]!);
    const draft = await ec.post(`${base}/${id}/rules/draft`, {
      text: '选举办法（草案）',
      on: opts.chosenOn,
      commentsUntil: opts.adoptedOn,
    });
    expect(draft.status).toBe(200);
    const adopted = await ec.post(`${base}/${id}/rules/adopt`, {
      resolutionId: await resolution(opts.adoptedOn),
      electionDay: opts.electionDay,
    });
    expect(adopted.status).toBe(200);
    return { id, ec };
  }

  it('publishes the roll at least 20 days before polling day: 21 and 20 days pass, 19 is refused citing the article', async () => {
    // polling 2026-04-10: the latest day is 2026-03-21
    const cases = [
      { on: '2026-03-20', status: 200 },
      { on: '2026-03-21', status: 200 },
      { on: '2026-03-22', status: 422 },
    ];
    for (const c of cases) {
      const { id, ec } = await toRulesAdopted({
        electionDay: '2026-04-10',
        adoptedOn: '2026-03-10',
        chosenOn: '2026-03-01',
      });
      const res = await ec.post(`${base}/${id}/roll/publish`, { on: c.on });
      expect(res.status, c.on).toBe(c.status);
      if (c.status === 422) {
        expect(res.body.error.message).toContain('《中华人民共和国村民委员会组织法》第十七条');
        expect(res.body.error.message).toContain(zhDate('2026-03-21'));
        const page = await ec.get(`${base}/${id}`);
        expect(page.body.election.stage).toBe('rulesAdopted');
      } else expect(res.body.roll.publishedOn).toBe(c.on);
    }
  });

  it('runs a 2026 election from the committee to the candidate list, refusing steps out of order and out of time', async () => {
    const v = server.fixture.villageA;
    // the committee: 选委甲 (chair, whose wife 选委妻 will be nominated), 乙, 丙; reserves 丁, 戊
    const h1 = await addHousehold(server.db, v, [
      { name: '选委甲', birth: '1970-01-01' },
      { name: '选委妻', birth: '1972-01-01', rel: 'spouse', gender: 'female' },
    ]);
    const [ecA, spouse] = h1.personIds as [string, string];
    const [ecB, ecC, resD, resE] = (await addAdults(server.db, v, 4, { prefix: '选委' })) as [
      string,
      string,
      string,
      string,
    ];
    const created = await organiser.post(base, {
      title: '2026年村民委员会换届选举',
      body: 'villagersCommittee',
      organiser: 'villagersCommittee',
      posts: [post('chair', '主任', 1), post('member', '委员', 3)],
    });
    const id = created.body.election.id as string;
    const E = `${base}/${id}`;
    // a villager may read but not organise; two members are too few (XJGC-EC)
    expect((await villager.post(`${E}/committee`, {})).status).toBe(403);
    const small = await organiser.post(`${E}/committee`, {
      chosenBy: 'villagersAssembly',
      chosenOn: '2026-03-01',
      members: [ecA, ecB].map((personId) => ({ personId, seat: 'member' })),
    });
    expect(small.status).toBe(422);
    // bad input: zh-CN field errors, nothing written
    const badDate = await organiser.post(`${E}/committee`, {
      chosenBy: 'villagersAssembly',
      chosenOn: '2026-02-30',
      members: [{ personId: ecA, seat: 'chair' }],
    });
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.fields[0]).toMatchObject({ field: 'chosenOn' });
    const twice = await organiser.post(base, {
      title: '重复职位',
      body: 'villagersCommittee',
      organiser: 'town',
      posts: [post('member', '委员', 3), post('member', '委员', 3)],
    });
    expect(twice.status).toBe(400);
    expect(twice.body.error.fields[0]).toMatchObject({
      field: 'posts.1.id',
      message: 'posts.1.id：职位重复',
    });
    const badPerson = await organiser.post(`${E}/committee`, {
      chosenBy: 'villagersAssembly',
      members: [{ personId: randomUUID(), seat: 'chair' }],
    });
    expect(badPerson.status).toBe(400);
    expect(badPerson.body.error.fields[0]).toMatchObject({ field: 'members.0.personId' });
    const chosen = await organiser.post(`${E}/committee`, {
      chosenBy: 'villagersAssembly',
      chosenOn: '2026-03-01',
      members: [
        { personId: ecA, seat: 'chair' },
        { personId: ecB, seat: 'member' },
        { personId: ecC, seat: 'member' },
      ],
      reserves: [{ personId: resD }, { personId: resE }],
    });
    expect(chosen.status).toBe(200);
    expect(chosen.body.election.stage).toBe('committeeChosen');
    const ec = await clientFor(server, A, ecA);
    const ecTwo = await clientFor(server, A, ecB);

    // only the committee's members run it; the town files it once it is published
    const notMember = await villager.post(`${E}/committee/publish`, { on: '2026-03-02' });
    expect(notMember.status).toBe(403);
    expect(notMember.body.error.id).toBe('election_committee_only');
    expect((await town.post(`${E}/committee/file`, { on: '2026-03-02' })).status).toBe(409);
    expect((await ec.post(`${E}/committee/publish`, { on: '2026-03-02' })).status).toBe(200);
    expect((await villager.post(`${E}/committee/file`, {})).status).toBe(403);
    const filed = await town.post(`${E}/committee/file`, { on: '2026-03-03' });
    expect(filed.body.committee).toMatchObject({
      publishedOn: '2026-03-02',
      filedOn: '2026-03-03',
    });

    // objections to the committee: five days from 2026-03-02 end on Saturday 03-07, rolled to Monday 03-09
    const committeeBy = deadlineAfter(calendarDate('2026-03-02'), 5);
    expect(committeeBy).toBe('2026-03-09');
    expect(filed.body.committee.objectionsBy).toBe(committeeBy);
    const objectTo = (subject: string, receivedOn: string, about: string | null = null) =>
      ec.post(`${E}/objections`, {
        subject,
        objectorName: '王建国',
        aboutPersonId: about,
        reason: '成员推选程序不规范',
        receivedOn,
      });
    expect((await objectTo('committee', addDays(committeeBy, -1))).status).toBe(200);
    expect((await objectTo('committee', committeeBy)).status).toBe(200);
    const lateCommittee = await objectTo('committee', addDays(committeeBy, 1));
    expect(lateCommittee.status).toBe(422);
    expect(lateCommittee.body.error.message).toContain(zhDate('2026-03-09'));

    // the rules: the resolution before the draft is refused; polling 19 days after adoption is refused
    const early = await ec.post(`${E}/rules/adopt`, {
      resolutionId: await resolution('2026-03-10'),
      electionDay: '2026-04-10',
    });
    expect(early.status).toBe(409);
    expect(early.body.error.id).toBe('election_rules_draft_first');
    await ec.post(`${E}/rules/draft`, {
      text: '选举办法（草案）',
      on: '2026-03-03',
      commentsUntil: '2026-03-08',
    });
    const rulesRes = await resolution('2026-03-10');
    const tooClose = await ec.post(`${E}/rules/adopt`, {
      resolutionId: rulesRes,
      electionDay: '2026-03-29',
    });
    expect(tooClose.status).toBe(422);
    const unknown = await ec.post(`${E}/rules/adopt`, {
      resolutionId: randomUUID(),
      electionDay: '2026-04-10',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields[0].field).toBe('resolutionId');
    const adopted = await ec.post(`${E}/rules/adopt`, {
      resolutionId: rulesRes,
      electionDay: '2026-04-10',
      announcedOn: '2026-03-11',
    });
    expect(adopted.status).toBe(200);
    expect(adopted.body.timetable).toMatchObject({
      pollingOn: '2026-04-10',
      voterRollBy: '2026-03-21',
      candidateListBy: '2026-04-05',
      withdrawalBy: '2026-04-07',
    });
    expect(adopted.body.rules).toMatchObject({
      announcedOn: '2026-03-11',
      resolution: { id: rulesRes },
    });

    // the roll: class 1 from the registry, 18 by polling day (born 2008-04-10 is 18 on 04-10)
    const young = await addHousehold(server.db, v, [
      { name: '满十八岁', birth: '2008-04-09' },
      { name: '刚满十八', birth: '2008-04-10', rel: 'child' },
      { name: '未满十八', birth: '2008-04-11', rel: 'child' },
    ]);
    const [away, movedIn, movedLate] = (await addAdults(server.db, v, 3, { prefix: '登记' })) as [
      string,
      string,
      string,
    ];
    await server.db.query(
      `UPDATE person SET residence_status = 'migrantOut' WHERE village_id = $1 AND id = $2`,
      [A, away],
    );
    await server.db.query(
      `UPDATE person SET residence_status = 'movedIn', residence_since = $3 WHERE village_id = $1 AND id = $2`,
      [A, movedIn, '2025-03-12'],
    );
    await server.db.query(
      `UPDATE person SET residence_status = 'movedIn', residence_since = $3 WHERE village_id = $1 AND id = $2`,
      [A, movedLate, '2025-03-13'],
    );
    const [n1, n2, n3, n4, n5, n6] = await addAdults(server.db, v, 6, { prefix: '候选' });
    const built = await ec.post(`${E}/voters/from-registry`, { on: '2026-03-12' });
    expect(built.status).toBe(200);
    const roll0 = (await ec.get(`${E}/roll`)).body.voters as Array<{ personId: string }>;
    const onRoll = (p: string) => roll0.some((x) => x.personId === p);
    expect([young.personIds.map(onRoll), onRoll(away), onRoll(movedIn)]).toEqual([
      [true, true, false],
      false,
      false,
    ]);
    const underAge = await ec.post(`${E}/voters`, {
      personId: young.personIds[2],
      on: '2026-03-12',
    });
    expect(underAge.status).toBe(422);
    expect(underAge.body.error.message).toContain('第十六条');
    // class 2 on a declaration; class 3 after a year (to the day) with a resolution
    expect((await ec.post(`${E}/voters`, { personId: away, on: '2026-03-12' })).status).toBe(422);
    const declared = await ec.post(`${E}/voters`, {
      personId: away,
      on: '2026-03-12',
      declaredOn: '2026-03-11',
    });
    expect(declared.body.roll.byClass.two).toBe(1);
    const consent = await resolution('2026-03-10');
    const class3 = await ec.post(`${E}/voters`, {
      personId: movedIn,
      on: '2026-03-12',
      consentResolutionId: consent,
    });
    expect(class3.status).toBe(200);
    expect(class3.body.roll.byClass.three).toBe(1);
    const class3Late = await ec.post(`${E}/voters`, {
      personId: movedLate,
      on: '2026-03-12',
      consentResolutionId: consent,
    });
    expect(class3Late.status).toBe(422);
    expect(
      (
        await ec.post(`${E}/voters`, {
          personId: movedIn,
          on: '2026-03-12',
          consentResolutionId: consent,
        })
      ).status,
    ).toBe(409);

    // published 2026-03-21, a Saturday: objections by 03-26 (n−1 and n pass, n+1 refused)
    expect((await ec.post(`${E}/roll/publish`, { on: '2026-03-21' })).status).toBe(200);
    // a villager objects on the phone, received the day it is sent: in time on 03-23, late on 03-27
    const objectMine = async (day: string) => {
      server.clock.set(new Date(`${day}T02:00:00Z`));
      const res = await villager.post(`${E}/objections/mine`, {
        reason: '我家户口已迁出，应予核实',
      });
      server.clock.set(new Date('2026-11-21T02:00:00Z'));
      return res;
    };
    const mineInTime = await objectMine('2026-03-23');
    expect(mineInTime.status).toBe(201);
    expect(mineInTime.body).toMatchObject({ receivedOn: '2026-03-23', decideBy: '2026-03-26' });
    const rollBy = deadlineAfter(calendarDate('2026-03-21'), 5);
    expect(rollBy).toBe('2026-03-26');
    // 漏登: a villager left off; after publication only an upheld objection puts them on
    const [leftOff] = await addAdults(server.db, v, 1, { prefix: '漏登' });
    const closed = await ec.post(`${E}/voters`, { personId: leftOff, on: '2026-03-24' });
    expect(closed.status).toBe(422);
    expect(closed.body.error.message).toContain('申诉');
    const first = await objectTo('roll', addDays(rollBy, -1), leftOff);
    expect(first.status).toBe(200);
    const second = await objectTo('roll', rollBy, away);
    expect(second.status).toBe(200);
    const lateRoll = await objectTo('roll', addDays(rollBy, 1));
    expect(lateRoll.status).toBe(422);
    expect(lateRoll.body.error.message).toContain('第十七条');
    const mineLate = await objectMine('2026-03-27');
    expect(mineLate.status).toBe(422);
    expect(mineLate.body.error.message).toContain('第十七条');
    // decisions within 3 days of receipt: received 03-26, the third day is Sunday 03-29, rolled to 03-30
    const objections = second.body.objections as Array<{
      id: string;
      receivedOn: string;
      decideBy: string;
    }>;
    const [o1, o2] = objections.filter((o) => o.receivedOn >= '2026-03-25');
    expect(o2!.decideBy).toBe('2026-03-30');
    const inTime = await ec.post(`${E}/objections/${o1!.id}/decide`, {
      decision: 'upheld',
      on: o1!.decideBy,
    });
    expect(inTime.status).toBe(200);
    expect(inTime.body.findings).toEqual([]);
    const late = await ec.post(`${E}/objections/${o2!.id}/decide`, {
      decision: 'upheld',
      note: '本人书面撤回参加选举的表示',
      on: addDays(calendarDate(o2!.decideBy), 1),
    });
    expect(late.status).toBe(200);
    expect(late.body.findings[0].ruleId).toBe('VCOL-14-APPEAL');
    expect(late.body.roll.byClass.two).toBe(0);
    // the upheld objection puts the one left off on the roll; the one taken off stays off
    const added = await ec.post(`${E}/voters`, { personId: leftOff, on: '2026-03-31' });
    expect(added.status).toBe(200);
    const back = await ec.post(`${E}/voters`, {
      personId: away,
      on: '2026-03-31',
      declaredOn: '2026-03-11',
    });
    expect(back.status).toBe(422);
    expect(
      (
        await ec.post(`${E}/objections/${o2!.id}/decide`, {
          decision: 'dismissed',
          on: '2026-03-31',
        })
      ).status,
    ).toBe(409);

    // personal data: the committee and the town see ID numbers and phones, nobody else
    const withId = (c: HttpClient) =>
      c
        .get(`${E}/roll`)
        .then((r) =>
          (r.body.voters as Array<{ residentIdNumber: string | null }>).some(
            (x) => x.residentIdNumber,
          ),
        );
    expect(await withId(ec)).toBe(true);
    expect(await withId(town)).toBe(true);
    expect(await withId(villager)).toBe(false);
    expect(await withId(await server.as('partySecretary'))).toBe(false);
    expect((await villager.get(`${E}`)).body.objections).toBeNull();
    const mine = await villager.get(`${E}/my-registration`);
    expect(mine.body).toMatchObject({
      registered: true,
      voterClass: 1,
      rollPublishedOn: '2026-03-21',
    });

    // nominations: a member nominated leaves, and from 2026 so does the member whose wife is nominated
    expect(
      (
        await ec.post(`${E}/nominations`, {
          postId: 'chair',
          personId: ecB,
          route: 'villagers',
          on: '2026-03-31',
        })
      ).status,
    ).toBe(422);
    expect((await ec.post(`${E}/nominations/open`, { on: '2026-04-01' })).status).toBe(200);
    const nominate = (
      postId: string,
      personId: string,
      votes: number,
      client = ec,
      on = '2026-04-02',
    ) => client.post(`${E}/nominations`, { postId, personId, route: 'openNomination', votes, on });
    const b = await nominate('chair', ecB, 50);
    expect(b.status).toBe(200);
    const seats = (body: {
      committee: {
        members: Array<{ personId: string; status: string; withdrawalReason: string | null }>;
      };
    }) =>
      Object.fromEntries(
        body.committee.members.map((m) => [m.personId, [m.status, m.withdrawalReason]]),
      );
    expect(seats(b.body)[ecB]).toEqual(['withdrawn', 'nominated']);
    expect(seats(b.body)[resD]).toEqual(['seated', null]);
    // 选委乙 is off the committee now: refused in words
    expect((await nominate('member', ecC, 1, ecTwo)).status).toBe(403);
    const s = await nominate('chair', spouse, 40);
    expect(seats(s.body)[ecA]).toEqual(['withdrawn', 'relativeNominated']);
    expect(seats(s.body)[resE]).toEqual(['seated', null]);
    // which reserve filled whose seat, though both left on one day
    const filled = (s.body as { committee: { members: Array<Record<string, unknown>> } }).committee
      .members;
    const fill = (id: string) => filled.find((m) => m.personId === id)!;
    expect(fill(resD)).toMatchObject({ seatedOn: '2026-04-02', filledSeatOf: { personId: ecB } });
    expect(fill(resE)).toMatchObject({ seatedOn: '2026-04-02', filledSeatOf: { personId: ecA } });
    expect(fill(ecC)).toMatchObject({ filledSeatOf: null });
    const ecD = await clientFor(server, A, resD);
    for (const [p, votes] of [[n1, 10]] as const) await nominate('chair', p!, votes, ecD);
    for (const [p, votes] of [
      [n2, 30],
      [n3, 20],
      [n4, 15],
    ] as const)
      await nominate('member', p!, votes, ecD);
    expect((await nominate('member', n2!, 1, ecD)).status).toBe(409);
    expect((await nominate('member', randomUUID(), 1, ecD)).status).toBe(400);

    // the list: 3 nominees for 3 seats is not 差额; 5 days ahead (04-05) passes, 4 (04-06) is refused
    const short = await ecD.post(`${E}/candidates/publish`, { on: '2026-04-05' });
    expect(short.status).toBe(422);
    expect(short.body.error.message).toContain('第十八条');
    await nominate('member', n5!, 12, ecD);
    await nominate('member', n6!, 5, ecD);
    const lateList = await ecD.post(`${E}/candidates/publish`, { on: '2026-04-06' });
    expect(lateList.status).toBe(422);
    const listed = await ecD.post(`${E}/candidates/publish`, { on: '2026-04-05' });
    expect(listed.status).toBe(200);
    const names = (
      body: {
        posts: Array<{
          id: string;
          nominees: Array<{ name: string; status: string; listPosition: number | null }>;
        }>;
      },
      id: string,
    ) =>
      body.posts
        .find((p) => p.id === id)!
        .nominees.filter((n) => n.status === 'candidate')
        .sort((x, y) => x.listPosition! - y.listPosition!)
        .map((n) => n.name);
    expect(names(listed.body, 'chair')).toEqual(['选委1', '选委妻']);
    expect(names(listed.body, 'member')).toEqual(['候选2', '候选3', '候选4', '候选5']);
    // villagers see the published list only
    const seen = (await villager.get(E)).body.posts[1].nominees as Array<{ status: string }>;
    expect(seen.map((n) => n.status)).toEqual(['candidate', 'candidate', 'candidate', 'candidate']);

    // a written withdrawal 3 days ahead (04-07) is filled from the next nominee; 04-08 or unwritten is refused
    const withdraw = (on: string, written = true) =>
      ecD.post(`${E}/candidates/withdraw`, { postId: 'member', personId: n4, written, on });
    expect((await withdraw('2026-04-08')).status).toBe(422);
    expect((await withdraw('2026-04-07', false)).status).toBe(422);
    const withdrawn = await withdraw('2026-04-07');
    expect(withdrawn.status).toBe(200);
    expect(names(withdrawn.body, 'member')).toEqual(['候选2', '候选3', '候选5', '候选6']);

    // every step on the audit chain
    const events = await server.db.query<{ action: string }>(
      `SELECT action FROM audit_event WHERE chain_id = $1 AND target_type = 'election' AND target_id = $2 ORDER BY seq`,
      [A, id],
    );
    expect(new Set(events.map((e) => e.action))).toEqual(
      new Set([
        'election.created',
        'election.committeeChosen',
        'election.committeePublished',
        'election.committeeFiled',
        'election.objectionFiled',
        'election.rulesDrafted',
        'election.rulesAdopted',
        'election.rollBuilt',
        'election.voterRegistered',
        'election.rollPublished',
        'election.objectionDecided',
        'election.nominationsOpened',
        'election.nominated',
        'election.candidatesPublished',
        'election.candidateWithdrew',
      ]),
    );
  });

  /** An election with nominations open (roll 03-21, polling 04-10) and five nominees for 3 members' seats. */
  async function toNominating() {
    const { id, ec } = await toRulesAdopted({
      electionDay: '2026-04-10',
      adoptedOn: '2026-03-10',
      chosenOn: '2026-03-01',
    });
    const E = `${base}/${id}`;
    const nominees = await addAdults(server.db, server.fixture.villageA, 5, { prefix: '提名' });
    // on the roll from the registry: the chair's two nominees and three self-nominees
    const chairs = await addAdults(server.db, server.fixture.villageA, 2, { prefix: '主任' });
    const self = await addAdults(server.db, server.fixture.villageA, 3, { prefix: '自荐' });
    expect((await ec.post(`${E}/voters/from-registry`, { on: '2026-03-12' })).status).toBe(200);
    expect((await ec.post(`${E}/roll/publish`, { on: '2026-03-21' })).status).toBe(200);
    expect((await ec.post(`${E}/nominations/open`, { on: '2026-03-22' })).status).toBe(200);
    return { E, ec, nominees, chairs, self };
  }

  async function nominateFive(
    ec: HttpClient,
    E: string,
    nominees: readonly string[],
    chairs: readonly string[],
  ) {
    for (const [i, personId] of nominees.entries()) {
      const res = await ec.post(`${E}/nominations`, {
        postId: 'member',
        personId,
        route: i === 0 ? 'partyOrganisation' : 'jointSignature',
        supporters: 50 - i * 10,
        on: '2026-03-30',
      });
      expect(res.status).toBe(200);
    }
    // the chair's post: two nominees (exactly one more than its seat)
    for (const personId of chairs) {
      const res = await ec.post(`${E}/nominations`, {
        postId: 'chair',
        personId,
        route: 'villagers',
        votes: 9,
        on: '2026-03-30',
      });
      expect(res.status).toBe(200);
    }
  }

  it('counts the list 5 days and a withdrawal 3 days before polling day: n+1 and n pass, n−1 is refused', async () => {
    // self-nominees register 10 days ahead (03-31): 03-30 and 03-31 pass, 04-01 is refused
    const first = await toNominating();
    const self = first.self;
    const selfNominate = (personId: string, on: string) =>
      first.ec.post(`${first.E}/nominations`, {
        postId: 'member',
        personId,
        route: 'selfNomination',
        on,
      });
    expect((await selfNominate(self[0]!, '2026-03-30')).status).toBe(200);
    expect((await selfNominate(self[1]!, '2026-03-31')).status).toBe(200);
    expect((await selfNominate(self[2]!, '2026-04-01')).status).toBe(422);
    // the list (latest 04-05) and a withdrawal (latest 04-07), each on three elections
    const cases = [
      { list: '2026-04-04', withdraw: '2026-04-06', withdrawStatus: 200 },
      { list: '2026-04-05', withdraw: '2026-04-07', withdrawStatus: 200 },
      { list: '2026-04-06', withdraw: '2026-04-08', withdrawStatus: 422 },
    ];
    for (const c of cases) {
      const { E, ec, nominees, chairs } = await toNominating();
      await nominateFive(ec, E, nominees, chairs);
      const listed = await ec.post(`${E}/candidates/publish`, { on: c.list });
      if (c.list === '2026-04-06') {
        expect(listed.status).toBe(422);
        expect(listed.body.error.message).toContain('《浙江省村民委员会选举办法》第十八条');
        expect((await ec.post(`${E}/candidates/publish`, { on: '2026-04-05' })).status).toBe(200);
      } else expect(listed.status, c.list).toBe(200);
      const out = await ec.post(`${E}/candidates/withdraw`, {
        postId: 'member',
        personId: nominees[1],
        written: true,
        on: c.withdraw,
      });
      expect(out.status, c.withdraw).toBe(c.withdrawStatus);
    }
  });

  it('counts 海选 nomination sheets: more than half of the voters, none by proxy, a void post left out', async () => {
    const { E, ec, nominees } = await toNominating();
    const [a, b, c, d] = nominees as [string, string, string, string];
    const registered = (await ec.get(E)).body.roll.registered as number;
    const required = Math.floor(registered / 2) + 1;
    const sheets = (n: number) => [
      { marks: { member: [a, b, c, d] } },
      { marks: { chair: [a], member: [a, b] } },
      ...Array.from({ length: n - 2 }, () => ({ marks: { member: [a, b, c] } })),
    ];
    const enter = (list: unknown[]) =>
      ec.post(`${E}/nominations/sheets`, { on: '2026-03-25', sheets: list });
    const few = await enter(sheets(required - 1));
    expect(few.status).toBe(422);
    expect(few.body.error.message).toContain('第十八条');
    const proxy = await enter([...sheets(required - 1), { marks: { member: [a] }, byProxy: true }]);
    expect(proxy.status).toBe(422);
    const unknown = await enter([{ marks: { member: [randomUUID()] } }]);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields[0].field).toBe('sheets.0.marks.member');
    const counted = await enter(sheets(required));
    expect(counted.status).toBe(200);
    const member = counted.body.posts.find((p: { id: string }) => p.id === 'member');
    const votes = Object.fromEntries(
      (member.nominees as Array<{ personId: string; votes: number }>).map((n) => [
        n.personId,
        n.votes,
      ]),
    );
    expect(votes).toEqual({ [a]: required - 2, [b]: required - 2, [c]: required - 2 });
    expect(counted.body.posts[0].nominees).toEqual([]);
  });

  it("refuses a villagers' committee member, or a near relative of one, as a supervision candidate (2025 text, Art. 37)", async () => {
    const { id, ec } = await toRulesAdopted({
      electionDay: '2026-10-30',
      adoptedOn: '2026-09-10',
      chosenOn: '2026-09-01',
      body: 'supervisionCommittee',
    });
    const E = `${base}/${id}`;
    const chairId = server.fixture.accounts.committeeChair.personId!;
    const [kinRow] = await server.db.query<{ id: string }>(
      `SELECT p.id FROM person p JOIN person c ON c.village_id = p.village_id AND c.household_id = p.household_id
       WHERE c.village_id = $1 AND c.id = $2 AND p.id <> c.id AND p.relation_to_head IN ('spouse', 'child', 'head') LIMIT 1`,
      [A, chairId],
    );
    expect((await ec.post(`${E}/voters/from-registry`, { on: '2026-09-11' })).status).toBe(200);
    expect((await ec.post(`${E}/roll/publish`, { on: '2026-09-30' })).status).toBe(200);
    expect((await ec.post(`${E}/nominations/open`, { on: '2026-10-09' })).status).toBe(200);
    const nominate = (personId: string) =>
      ec.post(`${E}/nominations`, {
        postId: 'member',
        personId,
        route: 'villagers',
        votes: 5,
        on: '2026-10-09',
      });
    const member = await nominate(chairId);
    expect(member.status).toBe(422);
    expect(member.body.error.message).toContain('第三十七条');
    const kin = await nominate(kinRow!.id);
    expect(kin.status).toBe(422);
    expect(kin.body.error.message).toContain('近亲属');
  });

  it("replays seed 002 (2018 text): 7 supervisors by the representatives, 20% more candidates (9), the community's 3-day list refused as looser than the profile's 5 days", async () => {
    server.clock.set(new Date('2008-11-01T02:00:00Z'));
    const v = server.fixture.villageA;
    const created = await town.post(base, {
      title: '社区监督委员会选举',
      body: 'supervisionCommittee',
      electorate: 'representatives',
      organiser: 'jointMeeting',
      posts: [post('member', '监督委员会委员', 7)],
    });
    expect(created.status).toBe(201);
    const E = `${base}/${created.body.election.id}`;
    const committee = await addAdults(server.db, v, 3, { prefix: '工作组' });
    expect(
      (
        await town.post(`${E}/committee`, {
          chosenBy: 'representativesMeeting',
          chosenOn: '2008-09-10',
          members: committee.map((personId) => ({ personId, seat: 'member' })),
        })
      ).status,
    ).toBe(200);
    const ec = await clientFor(server, A, committee[0]!);
    // the draft printed for the 78 representatives and posted for comment; adopted 2008-09-28; announced 10-20
    await ec.post(`${E}/rules/draft`, {
      text: '社区监督委员会选举办法（草案）',
      on: '2008-09-15',
      commentsUntil: '2008-09-25',
    });
    const adopted = await ec.post(`${E}/rules/adopt`, {
      resolutionId: await resolution('2008-09-28'),
      electionDay: '2008-10-31',
      announcedOn: '2008-10-20',
    });
    expect(adopted.status).toBe(200);
    expect(adopted.body.election.profile.version).toBeTruthy();
    expect((await ec.post(`${E}/roll/publish`, { on: '2008-10-20' })).status).toBe(200);
    expect((await ec.post(`${E}/nominations/open`, { on: '2008-10-24' })).status).toBe(200);
    // before 2026 the Party organisation does not nominate (the 2018 text: 由登记参加选举的村民直接提名)
    const nominees = await addAdults(server.db, v, 9, { prefix: '推荐' });
    const party = await ec.post(`${E}/nominations`, {
      postId: 'member',
      personId: nominees[0],
      route: 'partyOrganisation',
      on: '2008-10-24',
    });
    expect(party.status).toBe(400);
    expect(party.body.error.fields[0].field).toBe('route');
    // house to house, 10-24 to 10-26
    for (const [i, p] of nominees.slice(0, 8).entries())
      expect(
        (
          await ec.post(`${E}/nominations`, {
            postId: 'member',
            personId: p,
            route: 'houseToHouse',
            votes: 60 - i,
            on: '2008-10-26',
          })
        ).status,
      ).toBe(200);
    // the community's rules: 20% more candidates (stricter: applied) and the list 3 days ahead
    // (looser than the profile's 5 days: a charter cannot loosen it, so 10-27 stays late)
    await server.db.query(
      `INSERT INTO charter_override (village_id, rule_id, params, adopted_on) VALUES
        ($1, 'ZJ-18-CAND-LIST', '{"listDaysBefore": 3}', '2008-09-28'),
        ($1, 'VCOL-15-SURPLUS', '{"multiSeatMinExtraPercent": 20}', '2008-09-28')`,
      [A],
    );
    const eight = await ec.post(`${E}/candidates/publish`, { on: '2008-10-26' });
    expect(eight.status).toBe(422);
    expect(eight.body.error.message).toContain('至少 9 名，现有 8 名');
    await ec.post(`${E}/nominations`, {
      postId: 'member',
      personId: nominees[8],
      route: 'houseToHouse',
      votes: 40,
      on: '2008-10-26',
    });
    const fourDays = await ec.post(`${E}/candidates/publish`, { on: '2008-10-27' });
    expect(fourDays.status).toBe(422);
    expect(fourDays.body.error.message).toContain('2008年10月26日');
    const listed = await ec.post(`${E}/candidates/publish`, { on: '2008-10-26' });
    expect(listed.status).toBe(200);
    expect(listed.body.posts[0].candidates.min).toBe(9);
    const list = listed.body.posts[0].nominees as Array<{ status: string; votes: number }>;
    expect(list.filter((n) => n.status === 'candidate').map((n) => n.votes)).toEqual([
      60, 59, 58, 57, 56, 55, 54, 53, 40,
    ]);
    await server.db.query(`DELETE FROM charter_override WHERE village_id = $1`, [A]);
    server.clock.set(new Date('2026-11-21T02:00:00Z'));
  });
});
