import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recount } from '@cunzhi/core/elections/result';
import { loadVillageProfile } from '../../platform/rules/villageProfile.ts';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { addAdults, addHousehold, clientFor, seatIn } from '../../testing/meetings.ts';
import { toCandidateList } from '../../testing/elections.ts';
import { recountCli, type BulletinExport } from './bulletinExport.ts';

/**
 * 选举, the second half, electronic (issue 12 items 6, 8–10): an election of the supervision
 * committee by the representatives' meeting. The polling notice 5 days ahead (n+1, n, n−1),
 * tellers' recusal (a candidate, a candidate's spouse), proxies, polling opened with a secret
 * booth; electronic ballots (receipts apart from the secret box; 500 simultaneous requests of
 * one voter give one ballot); the count into the bulletin (recounted by core's recount from
 * it; its row order is the random ids', not the voters': 1,000 in bulletinOrder.test.ts on
 * PostgreSQL); the winner's bar at voted/2 and the runoff's 1/3 at n−1, n, n+1;
 * the turnout at registered/2; certification seats the body; the handover ends the committee.
 */
describe(`elections: polling, electronic ballots, count, result (${describeDatabase()})`, () => {
  let server: TestServer;
  let A: string;
  /** The representatives (the roll), each signed in. */
  let reps: Array<{ personId: string; client: HttpClient }>;

  beforeAll(async () => {
    server = await startTestServer();
    server.clock.set(new Date('2026-11-21T02:00:00Z'));
    A = server.fixture.villageA.id;
    const more = await addAdults(server.db, server.fixture.villageA, 9, { prefix: '代表' });
    await seatIn(
      server.db,
      server.fixture.villageA,
      'representativesMeeting',
      more,
      'representative',
    );
    reps = [
      {
        personId: server.fixture.accounts.representative.personId!,
        client: await server.as('representative'),
      },
      ...(await Promise.all(
        more.map(async (personId) => ({ personId, client: await clientFor(server, A, personId) })),
      )),
    ];
  });
  afterAll(async () => {
    await server.close();
  });

  /** A supervision election by the representatives, polling on `day`, four candidates for three seats. */
  async function listed(
    day = '2026-10-20',
    opts: { accountant?: boolean; writeIns?: boolean } = {},
  ) {
    const candidates = await addAdults(server.db, server.fixture.villageA, 4, { prefix: '候选' });
    const e = await toCandidateList(server, {
      // the third on the list vetted as knowing accounts
      accounting: opts.accountant ? [candidates[2]!] : [],
      body: 'supervisionCommittee',
      electorate: 'representatives',
      post: { id: 'member', zh: '监督委员会委员', seats: 3, writeIns: opts.writeIns ?? false },
      nominees: candidates,
      adoptedOn: '2026-09-01',
      electionDay: day,
      rollOn: '2026-09-02',
      listOn: '2026-09-03',
    });
    const tellers = await addAdults(server.db, server.fixture.villageA, 3, { prefix: '计票' });
    return { ...e, tellers };
  }

  /** The result's findings as the committee reads them. */
  const texts = (findings: ReadonlyArray<{ text: string }>) =>
    findings.map((f) => f.text).join('；');

  const tellerList = (t: readonly string[]) => [
    { personId: t[0], role: 'caller' },
    { personId: t[1], role: 'counter' },
    { personId: t[2], role: 'scrutineer' },
  ];

  /** Ballots cast at once by the representatives from `from` on (one batch in the box). */
  async function castAll(E: string, ballots: ReadonlyArray<readonly string[]>, from = 0) {
    const answers = await Promise.all(
      ballots.map((names, i) =>
        reps[from + i]!.client.post(`${E}/ballots`, { marks: { member: names } }),
      ),
    );
    for (const res of answers) expect(res.status, JSON.stringify(res.body)).toBe(201);
  }

  /** Notice, polling open, the ballots cast (marks per voter), counted: the count's answer. */
  async function pollAndCount(
    e: Awaited<ReturnType<typeof listed>>,
    ballots: ReadonlyArray<readonly string[]>,
    day = '2026-10-20',
  ) {
    server.clock.set(new Date(`${day}T02:00:00Z`));
    const opened = await e.ec.post(`${e.E}/polling/open`, { booth: '村委会二楼东侧' });
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    await castAll(e.E, ballots);
    const counted = await e.ec.post(`${e.E}/count`, {});
    server.clock.set(new Date('2026-11-21T02:00:00Z'));
    return counted;
  }

  it('publishes the polling notice at least 5 days ahead (n+1 and n pass, n−1 is refused) and keeps candidates and their near relatives off the tellers', async () => {
    const e = await listed();
    const late = await e.ec.post(`${e.E}/polling-notice`, {
      on: '2026-10-16',
      place: '社区会议室',
      method: 'electronic',
      tellers: tellerList(e.tellers),
    });
    expect(late.status).toBe(422);
    expect(late.body.error.message).toContain('2026年10月15日');
    // a candidate, and a candidate's spouse, never call, count or scrutinise
    const asCandidate = await e.ec.post(`${e.E}/polling-notice`, {
      on: '2026-10-15',
      place: '社区会议室',
      method: 'electronic',
      tellers: tellerList([e.candidates[0]!, e.tellers[1]!, e.tellers[2]!]),
    });
    expect(asCandidate.status).toBe(422);
    expect(asCandidate.body.error.message).toContain('唱票人');
    const family = await addHousehold(server.db, server.fixture.villageA, [
      { name: '候选人甲' },
      { name: '候选人甲之妻', rel: 'spouse', gender: 'female' },
    ]);
    const withSpouse = await listedWith(family.personIds[0]!);
    const spouse = await withSpouse.ec.post(`${withSpouse.E}/polling-notice`, {
      on: '2026-10-15',
      place: '社区会议室',
      method: 'paper',
      tellers: tellerList([withSpouse.tellers[0]!, family.personIds[1]!, withSpouse.tellers[2]!]),
    });
    expect(spouse.status).toBe(422);
    expect(spouse.body.error.message).toContain('配偶');
    // the same teller twice in one role: a field error naming the entry, nothing written
    const doubled = await e.ec.post(`${e.E}/polling-notice`, {
      on: '2026-10-15',
      place: '社区会议室',
      method: 'electronic',
      tellers: [...tellerList(e.tellers), { personId: e.tellers[0], role: 'caller' }],
    });
    expect(doubled.status).toBe(400);
    expect(doubled.body.error.fields[0]).toMatchObject({ field: 'tellers.3.personId' });
    const exact = await e.ec.post(`${e.E}/polling-notice`, {
      on: '2026-10-15',
      place: '社区会议室',
      method: 'electronic',
      tellers: tellerList(e.tellers),
    });
    expect(exact.status).toBe(200);
    // published again before polling: the notice renewed, its tellers replaced, its hours and
    // booth stated (both hours or neither, closing after opening: field errors, nothing written)
    const notice = {
      on: '2026-10-15',
      place: '社区服务中心',
      method: 'electronic',
      tellers: tellerList([e.tellers[2]!, e.tellers[1]!, e.tellers[0]!]),
    };
    const halfHours = await e.ec.post(`${e.E}/polling-notice`, { ...notice, opensAt: '08:00' });
    expect(halfHours.status).toBe(400);
    expect(halfHours.body.error.fields[0]).toMatchObject({ field: 'closesAt' });
    const backwards = await e.ec.post(`${e.E}/polling-notice`, {
      ...notice,
      ...{ opensAt: '12:00', closesAt: '08:00' },
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.fields[0]).toMatchObject({
      field: 'closesAt',
      reason: '截止时间须晚于开始时间',
    });
    const renewed = await e.ec.post(`${e.E}/polling-notice`, {
      ...notice,
      ...{ opensAt: '08:00', closesAt: '12:30', booth: '服务中心二楼东侧' },
    });
    expect(renewed.status).toBe(200);
    const early = await listed();
    expect(
      (
        await early.ec.post(`${early.E}/polling-notice`, {
          on: '2026-10-14',
          place: '社区会议室',
          method: 'electronic',
          tellers: tellerList(early.tellers),
        })
      ).status,
    ).toBe(200);
    const rounds = await e.ec.get(`${e.E}/rounds`);
    expect(rounds.body.rounds[0]).toMatchObject({
      round: 1,
      kind: 'first',
      method: 'electronic',
      pollingOn: '2026-10-20',
      noticeOn: '2026-10-15',
      place: '社区服务中心',
      hours: { opensAt: '08:00', closesAt: '12:30' },
      booth: '服务中心二楼东侧',
      openedOn: null,
    });
    expect(rounds.body.rounds[0].tellers).toHaveLength(3);
    // the notice's paper carries the event that published it as it stands: the renewal's
    const [renewal] = await server.db.query<{ seq: number; hash: string }>(
      `SELECT seq, hash FROM audit_event WHERE chain_id = $1 AND target_id = $2
        AND action = 'election.pollingNoticePublished' ORDER BY seq DESC LIMIT 1`,
      [A, e.id],
    );
    expect(rounds.body.rounds[0].noticeFingerprint).toEqual(renewal);
    expect(
      rounds.body.rounds[0].tellers.find((t: { role: string }) => t.role === 'caller').personId,
    ).toBe(e.tellers[2]);
  });

  async function listedWith(candidate: string) {
    const others = await addAdults(server.db, server.fixture.villageA, 3, { prefix: '候选' });
    const e = await toCandidateList(server, {
      body: 'supervisionCommittee',
      electorate: 'representatives',
      post: { id: 'member', zh: '监督委员会委员', seats: 3 },
      nominees: [candidate, ...others],
      adoptedOn: '2026-09-01',
      electionDay: '2026-10-20',
      rollOn: '2026-09-02',
      listOn: '2026-09-03',
    });
    return { ...e, tellers: await addAdults(server.db, server.fixture.villageA, 3) };
  }

  it('lodges proxies by the law of the day (2025 text: any villager voting here, written, at most 3 principals, no passing on) and counts one only once approved and published', async () => {
    const e = await listed();
    const lodge = (principal: number, holder: number, written = true) =>
      e.ec.post(`${e.E}/proxies`, {
        principalId: reps[principal]!.personId,
        holderId: reps[holder]!.personId,
        written,
        on: '2026-10-10',
      });
    expect((await lodge(1, 2, false)).status).toBe(422);
    // the holder's principals: 2 and 3 pass, a 4th (n+1) is refused
    for (const principal of [1, 3, 4]) expect((await lodge(principal, 2)).status).toBe(200);
    const fourth = await lodge(5, 2);
    expect(fourth.status).toBe(422);
    expect(fourth.body.error.message).toContain('最多接受 3 人委托');
    // one who gave their own vote away cannot hold another's
    const passedOn = await lodge(6, 1);
    expect(passedOn.status).toBe(422);
    expect(passedOn.body.error.message).toContain('不得转委托');
    expect((await lodge(1, 7)).status).toBe(409);
    // nor can one who holds others' votes give their own away
    const holderGives = await lodge(2, 8);
    expect(holderGives.status).toBe(422);
    expect(holderGives.body.error.message).toContain('不得转委托');
    const bad = await e.ec.post(`${e.E}/proxies`, {
      principalId: 'x',
      holderId: reps[2]!.personId,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('principalId');
    await e.ec.post(`${e.E}/polling-notice`, {
      on: '2026-10-15',
      place: '社区会议室',
      method: 'electronic',
      tellers: tellerList(e.tellers),
    });
    server.clock.set(new Date('2026-10-20T02:00:00Z'));
    expect((await e.ec.post(`${e.E}/polling/open`, { booth: '写票间' })).status).toBe(200);
    const forPrincipal = () =>
      reps[2]!.client.post(`${e.E}/ballots`, {
        marks: { member: [e.candidates[0]] },
        onBehalfOf: reps[1]!.personId,
      });
    const unapproved = await forPrincipal();
    expect(unapproved.status).toBe(422);
    expect(unapproved.body.error.message).toContain('审核并公告');
    await e.ec.post(`${e.E}/proxies/approve`, {
      principalIds: [reps[1]!.personId],
      on: '2026-10-20',
    });
    expect((await forPrincipal()).status).toBe(201);
    // the principal's own ballot is then taken
    const own = await reps[1]!.client.post(`${e.E}/ballots`, { marks: { member: [] } });
    expect(own.body.error.id).toBe('ballot_already_issued');
    const page = await reps[2]!.client.get(`${e.E}/rounds`);
    expect(page.body.proxies).toHaveLength(3);
    // the holder's phone lists the one proxy that counts (approved and published), used
    expect(page.body.rounds[0].mine.principals).toEqual([
      { personId: reps[1]!.personId, name: expect.any(String), voted: true },
    ]);
    const [approval] = await server.db.query<{ seq: number; hash: string }>(
      `SELECT seq, hash FROM audit_event WHERE chain_id = $1 AND target_id = $2
        AND action = 'election.proxiesApproved'`,
      [A, e.id],
    );
    expect(page.body.proxiesFingerprint).toEqual(approval);
    expect(page.body.rounds[0].voted).toBe(1);
    server.clock.set(new Date('2026-11-21T02:00:00Z'));
  });

  it('counts electronic ballots: one ballot per voter however many requests race, receipts apart from contents, the bulletin recounts and its order is the random ids’, a winner needs more than half of those who voted, the runoff a third of the ballots', async () => {
    const e = await listed('2026-10-20', { accountant: true });
    const [c1, c2, c3, c4] = e.candidates as [string, string, string, string];
    expect(
      (
        await e.ec.post(`${e.E}/polling-notice`, {
          on: '2026-10-15',
          place: '社区会议室',
          method: 'electronic',
          tellers: tellerList(e.tellers),
        })
      ).status,
    ).toBe(200);
    const roll = (await e.ec.get(`${e.E}/roll`)).body.voters as unknown[];
    expect(roll).toHaveLength(10);
    server.clock.set(new Date('2026-10-20T02:00:00Z'));
    // no secret booth on record: polling does not open
    const noBooth = await e.ec.post(`${e.E}/polling/open`, { booth: '' });
    expect(noBooth.status).toBe(422);
    expect(noBooth.body.error.message).toContain('秘密写票处');
    expect((await e.ec.post(`${e.E}/polling/open`, { booth: '社区会议室东侧写票间' })).status).toBe(
      200,
    );
    // 500 simultaneous requests of one voter: one receipt, one ballot
    const racing = await Promise.all(
      Array.from({ length: 500 }, () =>
        reps[0]!.client.post(`${e.E}/ballots`, { marks: { member: [c1, c2, c3] } }),
      ),
    );
    expect(racing.filter((r) => r.status === 201)).toHaveLength(1);
    expect(new Set(racing.filter((r) => r.status !== 201).map((r) => r.body.error.id))).toEqual(
      new Set(['ballot_already_issued']),
    );
    // the first round: c1 4 (wins: more than 6/2), c2 3 (= half: loses), c3 2, c4 1
    const rest = [[c1, c2, c3], [c1, c2], [c1], [], [c4]];
    await castAll(e.E, rest, 1);
    const unknownPost = await reps[7]!.client.post(`${e.E}/ballots`, { marks: { chair: [c1] } });
    expect(unknownPost.status).toBe(422);
    const receipts = await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM election_ballot_receipt WHERE village_id = $1 AND election_id = $2`,
      [A, e.id],
    );
    expect(receipts[0]!.n).toBe(6);
    const counted = await e.ec.post(`${e.E}/count`, {});
    expect(counted.status, JSON.stringify(counted.body)).toBe(200);
    const round1 = (await e.ec.get(`${e.E}/rounds`)).body.rounds[0];
    expect(round1).toMatchObject({ registered: 10, voted: 6, ballotsCast: 6 });
    const votes = Object.fromEntries(
      (round1.result.posts[0].votes as Array<{ personId: string; votes: number }>).map((v) => [
        v.personId,
        v.votes,
      ]),
    );
    expect([votes[c1], votes[c2], votes[c3], votes[c4]]).toEqual([4, 3, 2, 1]);
    expect(round1.result.posts[0].elected.map((x: { personId: string }) => x.personId)).toEqual([
      c1,
    ]);
    expect(round1.result.posts[0].open).toBe(2);
    // the bulletin: random ids and marks; its digest is the count's audit event's; it recounts
    const bulletin = await reps[5]!.client.get(`${e.E}/rounds/1/bulletin`);
    expect(bulletin.status).toBe(200);
    expect(bulletin.body.ballots).toHaveLength(6);
    expect(Object.keys(bulletin.body.ballots[0]).sort()).toEqual(['id', 'marks']);
    const [event] = await server.db.query<{ data: { digest: string } }>(
      `SELECT data FROM audit_event WHERE chain_id = $1 AND action = 'election.counted' AND target_id = $2`,
      [A, e.id],
    );
    expect(event!.data.digest).toBe(bulletin.body.digest);
    const cast = await server.db.query<{ data: object; actor_account_id: string | null }>(
      `SELECT data, actor_account_id FROM audit_event WHERE chain_id = $1 AND action = 'election.ballotCast' AND target_id = $2`,
      [A, e.id],
    );
    expect(cast).toHaveLength(6);
    expect(
      cast.every(
        (c) =>
          c.actor_account_id === null && JSON.stringify(c.data) === '{"round":1,"ballot":"cast"}',
      ),
    ).toBe(true);
    // the bulletin's rows lie in the order of their random ids, all written by the count's transaction
    const heap = await server.db.query<{ id: string; xmin: string }>(
      `SELECT id, xmin::text AS xmin FROM election_ballot WHERE village_id = $1 AND election_id = $2 AND round = 1 ORDER BY ctid`,
      [A, e.id],
    );
    expect(heap.map((h) => h.id)).toEqual([...heap.map((h) => h.id)].sort());
    expect(new Set(heap.map((h) => h.xmin)).size).toBe(1);
    // the box is gone
    const [roundRow] = await server.db.query<{ id: string }>(
      `SELECT id FROM election_round WHERE village_id = $1 AND election_id = $2 AND round = 1`,
      [A, e.id],
    );
    const boxes = await server.db.query(`SELECT 1 FROM pg_tables WHERE tablename = $1`, [
      `election_box_${roundRow!.id.replace(/-/g, '')}`,
    ]);
    expect(boxes).toHaveLength(0);
    const params = (await loadVillageProfile(server.db, A, '2026-10-20' as never)).profile.params;
    const page = (await e.ec.get(`${e.E}/rounds`)).body.rounds[0];
    const again = recount(
      {
        posts: [
          {
            id: 'member',
            name: { zh: '监督委员会委员', en: 'member' },
            seats: 3,
            writeIns: false,
            candidates: [c1, c2, c3, c4],
          },
        ],
        rounds: [
          {
            on: '2026-10-20' as never,
            kind: 'first',
            registered: 10,
            voted: page.voted,
            ballots: bulletin.body.ballots.map((b: { marks: object }) => b.marks),
          },
        ],
      },
      params,
    );
    expect(again.standing.posts[0]!.elected.map((x) => x.id)).toEqual([c1]);

    // certifying now is refused: the runoff is pending
    expect((await e.ec.post(`${e.E}/result/certify`, {})).status).toBe(422);
    // 另行选举 the same day among the best non-winners: c2 3 (wins), c3 2 (= a third of 6: wins), c4 1 (loses)
    server.clock.set(new Date('2026-10-20T02:00:00Z'));
    const scheduled = await e.ec.post(`${e.E}/rounds/schedule`, {
      pollingOn: '2026-10-20',
      place: '社区会议室',
      method: 'electronic',
    });
    expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(200);
    const runoff = [[c2, c3], [c2, c3], [c2], [c4], [], []];
    expect((await e.ec.post(`${e.E}/polling/open`, { booth: '社区会议室东侧写票间' })).status).toBe(
      200,
    );
    await castAll(e.E, runoff);
    expect((await e.ec.post(`${e.E}/count`, {})).status).toBe(200);
    const round2 = (await e.ec.get(`${e.E}/rounds`)).body.rounds[1];
    expect(round2.kind).toBe('runoff');
    // a runoff's notice is its scheduling event
    const [runoffNotice] = await server.db.query<{ seq: number; hash: string }>(
      `SELECT seq, hash FROM audit_event WHERE chain_id = $1 AND target_id = $2
        AND action = 'election.roundScheduled' AND data->>'round' = '2'`,
      [A, e.id],
    );
    expect(round2.noticeFingerprint).toEqual(runoffNotice);
    expect(round2.result.posts[0].elected.map((x: { personId: string }) => x.personId)).toEqual([
      c2,
      c3,
    ]);
    const certified = await e.ec.post(`${e.E}/result/certify`, {});
    expect(certified.status, JSON.stringify(certified.body)).toBe(200);
    // c3 was vetted as knowing accounts: the committee has its accountant, and the seat says so
    expect(texts(certified.body.findings)).not.toContain('财会');
    const result = await reps[3]!.client.get(`${e.E}/result`);
    expect(result.body.certifiedOn).toBe('2026-10-20');
    // the paper's fingerprint is the certifying audit event's
    const [certifiedEvent] = await server.db.query<{ seq: number; hash: string }>(
      `SELECT seq, hash FROM audit_event WHERE chain_id = $1 AND target_id = $2 AND action = 'election.certified'`,
      [A, e.id],
    );
    expect(result.body.fingerprint).toEqual(certifiedEvent);
    expect(result.body.seated.map((s: { personId: string }) => s.personId).sort()).toEqual(
      [c1, c2, c3].sort(),
    );
    const seats = await server.db.query<{ person_id: string }>(
      `SELECT m.person_id FROM body_membership m WHERE m.village_id = $1 AND m.term_id = $2`,
      [A, result.body.termId],
    );
    expect(seats.map((s) => s.person_id).sort()).toEqual([c1, c2, c3].sort());
    const [seat] = await server.db.query<{ qualifications: string[] }>(
      `SELECT qualifications FROM body_membership WHERE village_id = $1 AND term_id = $2 AND person_id = $3`,
      [A, result.body.termId, c3],
    );
    expect(seat!.qualifications).toEqual(['accounting']);
    // the handover ends the committee's work: nothing after it
    expect((await e.ec.post(`${e.E}/handover`, { on: '2026-10-20' })).status).toBe(200);
    expect((await e.ec.post(`${e.E}/count`, {})).status).toBe(409);
    server.clock.set(new Date('2026-11-21T02:00:00Z'));
  });

  it('publishes the count on the portal without an account (figures, votes, every ballot, the digest) and its JSON bulletin recounts from the export alone', async () => {
    const e = await listed();
    const [c1, c2, c3, c4] = e.candidates as [string, string, string, string];
    await e.ec.post(`${e.E}/polling-notice`, {
      on: '2026-10-15',
      place: '社区会议室',
      method: 'electronic',
      tellers: tellerList(e.tellers),
    });
    const [village] = await server.db.query<{ code: string }>(
      'SELECT code FROM village WHERE id = $1',
      [A],
    );
    const P = `/p/${village!.code}/elections`;
    const page = async (path: string) => {
      const res = await server.anonymous().request('GET', path);
      const body = Buffer.isBuffer(res.body) ? res.body.toString('utf8') : JSON.stringify(res.body);
      return { status: res.status, body, type: res.headers.get('content-type') ?? '' };
    };
    // nothing before the count
    expect((await page(`${P}/${e.id}`)).status).toBe(404);
    const counted = await pollAndCount(e, [[c1, c2, c3], [c1, c2], [c1], [], [c4], [c1, c3]]);
    expect(counted.status).toBe(200);
    const list = await page(P);
    expect(list.status).toBe(200);
    expect(list.body).toContain(`${P}/${e.id}`);
    const shown = await page(`${P}/${e.id}`);
    expect(shown.status).toBe(200);
    expect(shown.type).toContain('text/html');
    const api = (await e.ec.get(`${e.E}/rounds/1/bulletin`)).body as {
      digest: string;
      ballots: Array<{ id: string; marks: { member: string[] } }>;
    };
    expect(shown.body).toContain(api.digest);
    expect(shown.body).toContain('登记选民 10 人，参加投票 6 人，收回选票 6 张');
    const names = await server.db.query<{ id: string; name: string }>(
      'SELECT id, name FROM person WHERE id = ANY($1)',
      [[c1, ...reps.map((r) => r.personId)]],
    );
    const name = (id: string) => names.find((n) => n.id === id)!.name;
    expect(shown.body).toContain(name(c1));
    // the voters are not named (the roll is not the bulletin)
    for (const r of reps) expect(shown.body).not.toContain(name(r.personId));
    const ballots = await page(`${P}/${e.id}/rounds/1`);
    for (const b of api.ballots) expect(ballots.body).toContain(b.id);
    expect((await page(`${P}/${e.id}/rounds/9`)).status).toBe(404);
    expect((await page(`${P}/${e.id}/rounds/1?page=2`)).status).toBe(404);
    expect((await page(`${P}/not-an-id`)).status).toBe(404);
    const csv = await page(`${P}/${e.id}/bulletin.csv`);
    expect(csv.type).toContain('text/csv');
    expect(csv.body.trim().split('\r\n')).toHaveLength(1 + 6);
    // the JSON bulletin: recounted from the file alone, digest and result match; one mark changed does not
    const json = await page(`${P}/${e.id}/bulletin.json`);
    expect(json.type).toContain('application/json');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bulletin-'));
    try {
      const file = path.join(dir, 'bulletin.json');
      await writeFile(file, json.body);
      const out: string[] = [];
      expect(await recountCli([file], (l) => out.push(l))).toBe(0);
      expect(out.filter((l) => l.includes('✔'))).toHaveLength(2);
      expect(out.at(-1)).toBe(`当选 / elected: ${name(c1)}`);
      const data = JSON.parse(json.body) as BulletinExport;
      const changed = data.rounds[0]!.ballots.find((x) => !x.marks.member?.includes(c4))!;
      changed.marks = { member: [c4] };
      await writeFile(file, JSON.stringify(data));
      const tampered: string[] = [];
      expect(await recountCli([file], (l) => tampered.push(l))).toBe(1);
      expect(tampered.filter((l) => l.includes('✘'))).toHaveLength(2);
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it('holds the turnout at registered/2: 4 and 5 of 10 voting void the round, 6 make it valid', async () => {
    for (const [voters, valid] of [
      [4, false],
      [5, false],
      [6, true],
    ] as const) {
      const e = await listed();
      await e.ec.post(`${e.E}/polling-notice`, {
        on: '2026-10-15',
        place: '社区会议室',
        method: 'electronic',
        tellers: tellerList(e.tellers),
      });
      const counted = await pollAndCount(
        e,
        Array.from({ length: voters }, () => [e.candidates[0]!]),
      );
      expect(counted.status, JSON.stringify(counted.body)).toBe(200);
      const page = await e.ec.get(`${e.E}/rounds`);
      expect(page.status, JSON.stringify(page.body)).toBe(200);
      const round = page.body.rounds[0];
      expect([voters, round.result.valid]).toEqual([voters, valid]);
    }
  });

  it('takes a name written in on the phone (另选他人) where the post allows it and counts it as a paper write-in; an unknown name is a field error and casts nothing', async () => {
    const e = await listed('2026-11-03', { writeIns: true });
    const [c1, c2, c3] = e.candidates as [string, string, string];
    const [other] = (await addAdults(server.db, server.fixture.villageA, 1, {
      prefix: '另选',
    })) as [string];
    const notice = await e.ec.post(`${e.E}/polling-notice`, {
      on: '2026-10-29',
      place: '社区会议室',
      method: 'electronic',
      tellers: tellerList(e.tellers),
    });
    expect(notice.status, JSON.stringify(notice.body)).toBe(200);
    const rounds = (await reps[0]!.client.get(`${e.E}/rounds`)).body.rounds;
    expect(rounds[0].posts[0]).toMatchObject({ id: 'member', writeIns: true });
    server.clock.set(new Date('2026-11-03T02:00:00Z'));
    expect((await e.ec.post(`${e.E}/polling/open`, { booth: '村委会二楼东侧' })).status).toBe(200);
    // a name that is nobody of the village: refused beside the post, and no ballot taken
    const unknown = await reps[0]!.client.post(`${e.E}/ballots`, {
      marks: { member: [c1, 'somebody-else'] },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toEqual([
      expect.objectContaining({
        field: 'marks.member.writeIn',
        id: 'election_person_unknown',
        message: '另选他人：不是本村户籍登记中的人员',
      }),
    ]);
    // 10 vote: 6 write in the same villager with c1 and c2, 4 keep to the list
    await castAll(e.E, [
      ...Array.from({ length: 6 }, () => [c1, c2, other]),
      ...Array.from({ length: 4 }, () => [c1, c2, c3]),
    ]);
    const counted = await e.ec.post(`${e.E}/count`, {});
    expect(counted.status, JSON.stringify(counted.body)).toBe(200);
    server.clock.set(new Date('2026-11-21T02:00:00Z'));
    const [round] = (await e.ec.get(`${e.E}/rounds`)).body.rounds;
    const post = round.result.posts[0];
    // six of the ten who voted: past half, elected with c1 and c2
    expect(post.votes).toContainEqual(expect.objectContaining({ personId: other, votes: 6 }));
    expect(post.elected.map((x: { personId: string }) => x.personId).sort()).toEqual(
      [c1, c2, other].sort(),
    );
    const bulletin = (await e.ec.get(`${e.E}/rounds/1/bulletin`)).body;
    expect(
      bulletin.ballots.filter((b: { marks: Record<string, string[]> }) =>
        b.marks.member!.includes(other),
      ),
    ).toHaveLength(6);
  });

  it('holds a void first round again with the same list: its new day published 5 days ahead (n−1 refused, n passes), polled, counted and certified', async () => {
    const e = await listed();
    await e.ec.post(`${e.E}/polling-notice`, {
      on: '2026-10-15',
      place: '社区会议室',
      method: 'electronic',
      tellers: tellerList(e.tellers),
    });
    const [c1, c2, c3] = e.candidates as [string, string, string];
    const voided = await pollAndCount(
      e,
      Array.from({ length: 5 }, () => [c1, c2, c3]),
    );
    expect(voided.status, JSON.stringify(voided.body)).toBe(200);
    const again = (pollingOn: string) =>
      e.ec.post(`${e.E}/rounds/schedule`, {
        on: '2026-10-20',
        pollingOn,
        place: '社区服务中心',
        method: 'electronic',
      });
    const early = await again('2026-10-24');
    expect(early.status).toBe(422);
    expect(early.body.error.message).toContain('选举无效后重新投票');
    expect(early.body.error.message).toContain('2026年10月19日');
    const scheduled = await again('2026-10-25');
    expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(200);
    const round2 = (await e.ec.get(`${e.E}/rounds`)).body.rounds[1];
    expect(round2).toMatchObject({ round: 2, kind: 'first', pollingOn: '2026-10-25' });
    expect(round2.posts[0]).toMatchObject({ seats: 3 });
    expect(round2.posts[0].candidates).toHaveLength(4);
    expect(round2.tellers).toHaveLength(3);
    // those who voted in the void round vote again
    const counted = await pollAndCount(
      e,
      Array.from({ length: 6 }, () => [c1, c2, c3]),
      '2026-10-25',
    );
    expect(counted.status, JSON.stringify(counted.body)).toBe(200);
    const certified = await e.ec.post(`${e.E}/result/certify`, { on: '2026-10-25' });
    expect(certified.status, JSON.stringify(certified.body)).toBe(200);
    // no one vetted as knowing accounts or management: recorded with the result (Art. 32)
    expect(texts(certified.body.findings)).toContain('财会');
    const result = await e.ec.get(`${e.E}/result`);
    expect(result.body.seated.map((x: { personId: string }) => x.personId).sort()).toEqual(
      [c1, c2, c3].sort(),
    );
  });

  it('re-votes among those tied across the last seat, reads a ballot naming more than the seats as invalid, and certifies only once the tie is resolved', async () => {
    const e = await listed('2026-10-27');
    const [c1, c2, c3, c4] = e.candidates as [string, string, string, string];
    await e.ec.post(`${e.E}/polling-notice`, {
      on: '2026-10-22',
      place: '社区会议室',
      method: 'electronic',
      tellers: tellerList(e.tellers),
    });
    // 9 voted: c1 and c2 7 each, c3 and c4 5 each (past the bar of 9/2, tied for the third seat); one ballot names four
    const ballots = [
      [c2, c3, c4],
      [c1, c3, c4],
      ...Array.from({ length: 3 }, () => [c1, c2, c4]),
      ...Array.from({ length: 3 }, () => [c1, c2, c3]),
      [c1, c2, c3, c4],
    ];
    const first = await pollAndCount(e, ballots, '2026-10-27');
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const round1 = (await e.ec.get(`${e.E}/rounds`)).body.rounds[0].result.posts[0];
    expect(round1.invalid).toBe(1);
    expect(round1.elected.map((x: { personId: string }) => x.personId).sort()).toEqual(
      [c1, c2].sort(),
    );
    expect(round1.tied.candidates.map((x: { personId: string }) => x.personId).sort()).toEqual(
      [c3, c4].sort(),
    );
    server.clock.set(new Date('2026-10-27T02:00:00Z'));
    const early = await e.ec.post(`${e.E}/result/certify`, {});
    expect(early.status).toBe(422);
    expect(early.body.error.message).toContain('重新投票');
    expect(
      (
        await e.ec.post(`${e.E}/rounds/schedule`, {
          pollingOn: '2026-10-27',
          place: '社区会议室',
          method: 'electronic',
        })
      ).status,
    ).toBe(200);
    const revote = await pollAndCount(e, [[c4], [c4], [c3], [c4], [c3], [], [c4]], '2026-10-27');
    expect(revote.status, JSON.stringify(revote.body)).toBe(200);
    const round2 = (await e.ec.get(`${e.E}/rounds`)).body.rounds[1];
    expect(round2.kind).toBe('revote');
    expect(round2.posts[0]).toMatchObject({ seats: 1 });
    expect(round2.result.posts[0].elected.map((x: { personId: string }) => x.personId)).toEqual([
      c4,
    ]);
    expect((await e.ec.post(`${e.E}/result/certify`, { on: '2026-10-27' })).status).toBe(200);
  });
});
