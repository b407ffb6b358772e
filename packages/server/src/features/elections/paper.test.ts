import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { addAdults, addHousehold, clientFor } from '../../testing/meetings.ts';
import { toCandidateList, type ListedElection } from '../../testing/elections.ts';

let audits = 0;

/** A departure audit of the fixture's villagers' committee term, published on a day. */
async function publishDepartureAudit(server: TestServer, publishedOn: string) {
  await server.db.query(
    `INSERT INTO responsibility_audit (village_id, id, number, kind, body_term_id, subject, period_from, period_to,
       items, auditor_kind, auditor_name, arranged_on, status, reported_on, published_on, created_at)
     VALUES ($1, $2, $5, 'departure', $3, '村委会离任经济责任审计', '2026-05-01', '2026-10-31', '{}', 'townAgency',
       '镇农经站', '2026-10-01', 'published', $4, $4, now())`,
    [
      server.fixture.villageA.id,
      randomUUID(),
      server.fixture.villageA.termIds.villagersCommittee,
      publishedOn,
      (audits += 1),
    ],
  );
}

/**
 * 选举, the second half, on paper (issue 12 items 6–7, 9–10): a villagers' committee
 * election. Polling waits for the outgoing committee's departure audit (published on polling
 * day is too late, the day before is in time) and for the town's approval of a mobile box;
 * ballots are handed out per box (a second one refused); two counters enter every ballot
 * (a mismatch blocks the count) and each box's tally sheet is signed before the count;
 * no woman among the winners: the woman past the bar with most votes takes the lowest
 * winner's seat before the result is certified and the committee seated.
 */
describe(`elections: paper ballots, tally sheets, women, seating (${describeDatabase()})`, () => {
  let server: TestServer;
  let A: string;

  beforeAll(async () => {
    server = await startTestServer();
    server.clock.set(new Date('2026-11-21T02:00:00Z'));
    A = server.fixture.villageA.id;
  });
  afterAll(async () => {
    await server.close();
  });

  const departureAudit = (publishedOn: string) => publishDepartureAudit(server, publishedOn);

  /**
   * Ballots naming three of four candidates, each leaving one out: m1, m2, m3 above the
   * woman w, who still has more than half of the `n` voters.
   */
  function ballotsFor(n: number, [m1, m2, m3, w]: readonly string[]) {
    const omitW = Math.floor((n - 1) / 2);
    const omits = [
      ...Array<string>(1).fill(m1!),
      ...Array<string>(2).fill(m2!),
      ...Array<string>(n - omitW - 3).fill(m3!),
      ...Array<string>(omitW).fill(w!),
    ];
    return omits.map((left) => ({ member: [m1!, m2!, m3!, w!].filter((x) => x !== left) }));
  }

  it('polls on paper: the departure audit first, a mobile box approved, ballots entered twice alike and reconciled per box, the women check, the committee seated', async () => {
    const men = await addAdults(server.db, server.fixture.villageA, 3, { prefix: '男候选' });
    const woman = (
      await addHousehold(server.db, server.fixture.villageA, [{ name: '女候选', gender: 'female' }])
    ).personIds[0]!;
    const candidates = [...men, woman];
    const tellers = await addAdults(server.db, server.fixture.villageA, 4, { prefix: '计票' });
    const e = await toCandidateList(server, {
      body: 'villagersCommittee',
      electorate: 'villagers',
      post: { id: 'member', zh: '委员', seats: 3 },
      nominees: candidates,
      adoptedOn: '2026-10-01',
      electionDay: '2026-11-10',
      rollOn: '2026-10-15',
      listOn: '2026-11-05',
    });
    const notice = await e.ec.post(`${e.E}/polling-notice`, {
      on: '2026-11-05',
      place: '村委会大院',
      method: 'paper',
      tellers: [
        { personId: tellers[0], role: 'caller' },
        { personId: tellers[1], role: 'counter' },
        { personId: tellers[2], role: 'counter' },
        { personId: tellers[3], role: 'scrutineer' },
      ],
    });
    expect(notice.status, JSON.stringify(notice.body)).toBe(200);
    const electronic = await e.ec.post(`${e.E}/rounds/schedule`, {
      pollingOn: '2026-11-10',
      place: 'x',
      method: 'electronic',
    });
    expect(electronic.status).toBe(400);
    expect(electronic.body.error.fields[0].field).toBe('method');
    const roll = (await e.ec.get(`${e.E}/roll`)).body.voters as Array<{
      personId: string;
      householdNumber: string;
    }>;
    // the polling day's list goes by household: each voter's household number comes with the roll
    expect(roll.every((v) => v.householdNumber.length > 0)).toBe(true);
    const voters = roll.map((v) => v.personId);
    // a mobile box for the last voter, with three scrutineers: the town approves it
    const visited = voters.at(-1)!;
    const box = await e.ec.post(`${e.E}/mobile-boxes`, {
      box: 'm1',
      voters: [visited],
      scrutineers: tellers.slice(1),
      on: '2026-11-05',
    });
    expect(box.status).toBe(200);
    server.clock.set(new Date('2026-11-10T02:00:00Z'));
    const open = () => e.ec.post(`${e.E}/polling/open`, { booth: '村委会东厢写票间' });
    // no departure audit; then one published on polling day: too late; the day before: in time
    const noAudit = await open();
    expect(noAudit.status).toBe(422);
    expect(noAudit.body.error.message).toContain('离任');
    await departureAudit('2026-11-10');
    expect((await open()).status).toBe(422);
    await departureAudit('2026-11-09');
    const unapproved = await open();
    expect(unapproved.status).toBe(422);
    expect(unapproved.body.error.message).toContain('乡');
    const town = await server.as('townOfficial');
    expect((await town.post(`${e.E}/mobile-boxes/approve`, { box: 'm1' })).status).toBe(200);
    expect((await open()).status).toBe(200);

    // ballots handed out: everyone at the central box but the one the mobile box visits
    const central = voters.slice(0, -1);
    const issued = await e.ec.post(`${e.E}/ballots/issue`, {
      box: 'central',
      issued: central.map((personId) => ({ personId })),
    });
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    const again = await e.ec.post(`${e.E}/ballots/issue`, { issued: [{ personId: voters[0] }] });
    expect(again.status).toBe(409);
    expect(again.body.error.id).toBe('ballot_already_issued');
    expect(
      (await e.ec.post(`${e.E}/ballots/issue`, { box: 'm1', issued: [{ personId: visited }] }))
        .status,
    ).toBe(200);

    // the counters enter every ballot; the mobile box's one ballot is blank
    const ballots = ballotsFor(central.length, candidates);
    const entries = ballots.map((marks, i) => ({ number: i + 1, marks }));
    const [counterA, counterB] = [
      await clientFor(server, A, tellers[1]!),
      await clientFor(server, A, tellers[2]!),
    ];
    const enter = (c: HttpClient, boxName: string, list: typeof entries) =>
      c.post(`${e.E}/ballots/paper`, { box: boxName, entries: list });
    expect((await enter(e.ec, 'central', entries)).status).toBe(403);
    expect((await enter(counterA, 'central', entries)).status).toBe(200);
    const misread = entries.map((x) =>
      x.number === 2 ? { ...x, marks: { member: [men[0]!] } } : x,
    );
    expect((await enter(counterB, 'central', misread)).status).toBe(200);
    const blank = [{ number: 1, marks: { member: [] } }];
    await enter(counterA, 'm1', blank);
    // before the count the counters see every number to call again, box by box
    const check = async () => (await e.ec.get(`${e.E}/rounds`)).body.rounds[0].paperCheck;
    expect(await check()).toEqual([
      { box: 'central', agreed: central.length - 1, differing: [2], single: [] },
      { box: 'm1', agreed: 0, differing: [], single: [1] },
    ]);
    await enter(counterB, 'm1', blank);
    const differ = await e.ec.post(`${e.E}/count`, {});
    expect(differ.status).toBe(409);
    expect(differ.body.error.id).toBe('tally_entries_differ');
    expect(differ.body.error.message).toContain('第 2 张');
    expect((await enter(counterB, 'central', [entries[1]!])).status).toBe(200);
    expect((await check()).map((b: { differing: number[] }) => b.differing)).toEqual([[], []]);
    const unsigned = await e.ec.post(`${e.E}/count`, {});
    expect(unsigned.status).toBe(409);
    expect(unsigned.body.error.id).toBe('ballots_unreconciled');
    const oneSigner = await e.ec.post(`${e.E}/tally-sheets`, {
      box: 'central',
      returned: central.length,
      signedBy: [tellers[1]],
    });
    expect(oneSigner.status).toBe(400);
    expect(oneSigner.body.error.fields[0].field).toBe('signedBy');
    for (const [name, returned] of [
      ['central', central.length],
      ['m1', 1],
    ] as const)
      expect(
        (
          await e.ec.post(`${e.E}/tally-sheets`, {
            box: name,
            returned,
            signedBy: tellers.slice(1, 3),
          })
        ).status,
      ).toBe(200);
    const counted = await e.ec.post(`${e.E}/count`, {});
    expect(counted.status, JSON.stringify(counted.body)).toBe(200);
    const round = (await e.ec.get(`${e.E}/rounds`)).body.rounds[0];
    expect(round).toMatchObject({ voted: voters.length, ballotsCast: voters.length });
    expect(round.tallySheets).toHaveLength(2);
    expect(round.result.valid).toBe(true);
    expect(round.result.posts[0].elected.map((x: { personId: string }) => x.personId)).toEqual(men);
    const bulletin = await e.ec.get(`${e.E}/rounds/1/bulletin`);
    expect(bulletin.body.ballots).toHaveLength(voters.length);

    // no woman elected: she takes the seat of the lowest winner, and the committee is seated
    const certified = await e.ec.post(`${e.E}/result/certify`, {});
    expect(certified.status, JSON.stringify(certified.body)).toBe(200);
    const result = (await e.ec.get(`${e.E}/result`)).body;
    expect(result.seated.map((s: { personId: string }) => s.personId)).toEqual([
      men[0],
      men[1],
      woman,
    ]);
    const terms = await server.db.query<{ starts_on: string; ends_on: string }>(
      `SELECT starts_on::text, ends_on::text FROM body_term WHERE village_id = $1 AND body_id = $2 ORDER BY starts_on`,
      [A, server.fixture.villageA.bodyIds.villagersCommittee],
    );
    expect(terms).toEqual([
      { starts_on: '2026-05-01', ends_on: '2026-11-09' },
      { starts_on: '2026-11-10', ends_on: '2031-11-10' },
    ]);
    // the handover within 10 days; after it the election takes no act
    server.clock.set(new Date('2026-11-21T02:00:00Z'));
    expect((await e.ec.post(`${e.E}/handover`, { on: '2026-11-20' })).status).toBe(200);
    expect((await e.ec.post(`${e.E}/result/certify`, {})).status).toBe(422);
  });
});

/** Polling on paper: every voter at the central box, both counters enter, the sheet signed, counted. */
async function pollOnPaper(
  server: TestServer,
  e: ListedElection,
  tellers: readonly string[],
  voters: readonly string[],
  ballots: ReadonlyArray<Record<string, string[]>>,
) {
  expect((await e.ec.post(`${e.E}/polling/open`, { booth: '村委会东厢写票间' })).status).toBe(200);
  const issued = await e.ec.post(`${e.E}/ballots/issue`, {
    issued: voters.map((personId) => ({ personId })),
  });
  expect(issued.status, JSON.stringify(issued.body)).toBe(200);
  const entries = ballots.map((marks, i) => ({ number: i + 1, marks }));
  for (const counter of tellers.slice(1, 3)) {
    const c = await clientFor(server, server.fixture.villageA.id, counter);
    expect((await c.post(`${e.E}/ballots/paper`, { box: 'central', entries })).status).toBe(200);
  }
  const sheet = await e.ec.post(`${e.E}/tally-sheets`, {
    box: 'central',
    returned: ballots.length,
    signedBy: tellers.slice(1, 3),
  });
  expect(sheet.status, JSON.stringify(sheet.body)).toBe(200);
  const counted = await e.ec.post(`${e.E}/count`, {});
  expect(counted.status, JSON.stringify(counted.body)).toBe(200);
}

/**
 * 妇女成员另行选举: the count elects two men and no woman passes the bar, so the women's
 * runoff is called (certifying is refused until then) for the lowest winner's seat among
 * the two women who drew votes (差额); counted on paper like any round, its winner is
 * seated. With one woman who drew a vote no 差额 runoff is possible: the seat stays vacant
 * for a by-election and the result is certified with that recorded.
 */
describe(`elections: the women's runoff (${describeDatabase()})`, () => {
  let server: TestServer;
  let A: string;

  beforeAll(async () => {
    server = await startTestServer();
    server.clock.set(new Date('2026-11-21T02:00:00Z'));
    A = server.fixture.villageA.id;
  });
  afterAll(async () => {
    await server.close();
  });

  it('calls the women’s runoff when no woman passed the bar, refuses to certify until it is held, and seats its winner in the lowest winner’s place', async () => {
    const [m1, m2] = (await addAdults(server.db, server.fixture.villageA, 2, {
      prefix: '男候选',
    })) as [string, string];
    const [w1, w2] = (
      await addHousehold(server.db, server.fixture.villageA, [
        { name: '女候选甲', gender: 'female' },
        { name: '女候选乙', gender: 'female' },
      ])
    ).personIds as [string, string];
    const tellers = await addAdults(server.db, server.fixture.villageA, 4, { prefix: '计票' });
    const e = await toCandidateList(server, {
      body: 'villagersCommittee',
      electorate: 'villagers',
      // w2 is not on the list (3 for 2 seats): a voter writes her in (另选他人)
      post: { id: 'member', zh: '委员', seats: 2, writeIns: true },
      nominees: [m1, m2, w1],
      adoptedOn: '2026-10-01',
      electionDay: '2026-11-10',
      rollOn: '2026-10-15',
      listOn: '2026-11-05',
    });
    const tellerList = [
      { personId: tellers[0], role: 'caller' },
      { personId: tellers[1], role: 'counter' },
      { personId: tellers[2], role: 'counter' },
      { personId: tellers[3], role: 'scrutineer' },
    ];
    expect(
      (
        await e.ec.post(`${e.E}/polling-notice`, {
          on: '2026-11-05',
          place: '村委会大院',
          method: 'paper',
          tellers: tellerList,
        })
      ).status,
    ).toBe(200);
    await publishDepartureAudit(server, '2026-11-09');
    const voters = ((await e.ec.get(`${e.E}/roll`)).body.voters as Array<{ personId: string }>).map(
      (v) => v.personId,
    );
    // the men past the bar; w1 on 2 ballots, w2 written in on 1: m2 is the lowest winner
    const first = voters.map((_, i) => ({
      member: i < 2 ? [m1, w1] : i === 2 ? [m1, w2] : [m1, m2],
    }));
    server.clock.set(new Date('2026-11-10T02:00:00Z'));
    await pollOnPaper(server, e, tellers, voters, first);
    const refused = await e.ec.post(`${e.E}/result/certify`, {});
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain('妇女成员');
    const due = (await e.ec.get(`${e.E}/result`)).body;
    expect(due.next).toBe('runoff');
    expect(due.womenRunoff).toMatchObject({
      vacated: { personId: m2 },
      candidates: [
        { personId: w1, votes: 2 },
        { personId: w2, votes: 1 },
      ],
      scheduled: false,
    });
    const scheduled = await e.ec.post(`${e.E}/rounds/schedule`, {
      pollingOn: '2026-11-10',
      place: '村委会大院',
      method: 'paper',
    });
    expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(200);
    const round2 = (await e.ec.get(`${e.E}/rounds`)).body.rounds[1];
    expect(round2).toMatchObject({ round: 2, kind: 'runoff', forWomen: true });
    expect(round2.posts[0]).toMatchObject({ id: 'member', seats: 1 });
    expect(round2.posts[0].candidates.map((c: { personId: string }) => c.personId)).toEqual([
      w1,
      w2,
    ]);
    expect((await e.ec.get(`${e.E}/result`)).body.womenRunoff.scheduled).toBe(true);
    await pollOnPaper(
      server,
      e,
      tellers,
      voters,
      voters.map((_, i) => ({ member: i === 0 ? [] : [w1] })),
    );
    const certified = await e.ec.post(`${e.E}/result/certify`, {});
    expect(certified.status, JSON.stringify(certified.body)).toBe(200);
    const result = (await e.ec.get(`${e.E}/result`)).body;
    expect(result.seated.map((s: { personId: string }) => s.personId)).toEqual([m1, w1]);
    expect(result.womenRunoff).toBeNull();
    expect(result.womenSeatVacant).toBeNull();
    // the portal shows each round's tally sheet with its signers, and the women's runoff by name
    const [{ code }] = (await server.db.query<{ code: string }>(
      'SELECT code FROM village WHERE id = $1',
      [A],
    )) as [{ code: string }];
    const portal = await server.anonymous().request('GET', `/p/${code}/elections/${e.id}`);
    const html = (portal.body as Buffer).toString('utf8');
    expect(html).toContain('第 2 轮：妇女成员另行选举');
    expect(html).toContain(`<td>中心会场</td><td class="num">${voters.length}</td>`);
    const [signer] = await server.db.query<{ name: string }>(
      'SELECT name FROM person WHERE id = $1',
      [tellers[1]],
    );
    expect(html).toContain(signer!.name);
  });
});

/** The same count with one woman who drew a vote: no 差额 runoff among women can be held. */
describe(`elections: one woman short of a women's runoff (${describeDatabase()})`, () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    server.clock.set(new Date('2026-11-21T02:00:00Z'));
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses the women’s runoff, certifies the result with the seat kept for a woman vacant, and records why', async () => {
    const village = server.fixture.villageA;
    const [m1, m2] = (await addAdults(server.db, village, 2, { prefix: '男候选' })) as [
      string,
      string,
    ];
    const [w1] = (await addHousehold(server.db, village, [{ name: '女候选', gender: 'female' }]))
      .personIds as [string];
    const tellers = await addAdults(server.db, village, 4, { prefix: '计票' });
    const e = await toCandidateList(server, {
      body: 'villagersCommittee',
      electorate: 'villagers',
      post: { id: 'member', zh: '委员', seats: 2 },
      nominees: [m1, m2, w1],
      adoptedOn: '2026-10-01',
      electionDay: '2026-11-10',
      rollOn: '2026-10-15',
      listOn: '2026-11-05',
    });
    const tellerList = ['caller', 'counter', 'counter', 'scrutineer'].map((role, i) => ({
      personId: tellers[i],
      role,
    }));
    const notice = { on: '2026-11-05', place: '村委会大院', method: 'paper', tellers: tellerList };
    expect((await e.ec.post(`${e.E}/polling-notice`, notice)).status).toBe(200);
    await publishDepartureAudit(server, '2026-11-09');
    const voters = ((await e.ec.get(`${e.E}/roll`)).body.voters as Array<{ personId: string }>).map(
      (v) => v.personId,
    );
    server.clock.set(new Date('2026-11-10T02:00:00Z'));
    // the men past the bar, the only woman on 2 ballots: m2 is the lowest winner
    const first = voters.map((_, i) => ({ member: i < 2 ? [m1, w1] : [m1, m2] }));
    await pollOnPaper(server, e, tellers, voters, first);
    const due = (await e.ec.get(`${e.E}/result`)).body;
    expect(due).toMatchObject({ next: null, womenRunoff: null });
    // the result tab says whose seat stays vacant, and why, before anyone certifies
    expect(due.womenSeatVacant.vacated).toMatchObject({ personId: m2 });
    expect(due.womenSeatVacant.finding.text).toContain('得票的妇女只有 1 人');
    const refused = await e.ec.post(`${e.E}/rounds/schedule`, {
      pollingOn: '2026-11-10',
      place: '村委会大院',
      method: 'paper',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain('不能在妇女中差额另行选举');
    expect((await e.ec.get(`${e.E}/rounds`)).body.rounds).toHaveLength(1);
    const certified = await e.ec.post(`${e.E}/result/certify`, {});
    expect(certified.status, JSON.stringify(certified.body)).toBe(200);
    const result = (await e.ec.get(`${e.E}/result`)).body;
    // m1 seated; m2's seat, the one kept for a woman, stays vacant for a by-election
    expect(result.seated.map((x: { personId: string }) => x.personId)).toEqual([m1]);
    const texts = (result.findings as Array<{ ruleId: string; text: string }>).map((f) => f.text);
    expect(texts.join('\n')).toContain('得票的妇女只有 1 人');
    expect(texts.join('\n')).toContain('名额暂缺，应当通过补选产生妇女成员');
  });
});
