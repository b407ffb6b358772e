import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { addAdults, clientFor, seatIn } from '../../testing/meetings.ts';

/**
 * 民主评议 through the HTTP API (VCOL-33-EVAL): rounds hosted by the
 * supervision committee, rated by the representatives on their phones and on
 * paper; a committee member rated 不称职 in two consecutive rounds loses the
 * office on the day the results are published, one with a round between
 * that rated them otherwise keeps it; the sheets are secret as ballots are.
 */
type Rating = 'competent' | 'basicallyCompetent' | 'incompetent';

describe(`democratic evaluation (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  let host: HttpClient;
  let reps: HttpClient[];
  let repIds: string[];
  let m1: string;
  let m2: string;
  let chairId: string;
  let office: Record<string, string>;

  /** A round of the representatives on a day: its id and cadres' offices by person. */
  async function newRound(heldOn: string) {
    // the round is organised, rated, counted and published on its day
    server.clock.set(new Date(`${heldOn}T02:00:00Z`));
    const res = await host.post(`${base}/evaluations`, {
      year: Number(heldOn.slice(0, 4)),
      heldOn,
      evaluators: 'representatives',
    });
    expect(res.status).toBe(201);
    office = Object.fromEntries(
      (res.body.cadres as Array<{ personId: string; membershipId: string }>).map((c) => [
        c.personId,
        c.membershipId,
      ]),
    );
    return res.body.round.id as string;
  }

  /** One sheet: the given ratings by person, 称职 for everyone else. */
  function sheet(byPerson: Record<string, Rating>) {
    return {
      ratings: Object.entries(office).map(([personId, membershipId]) => ({
        membershipId,
        rating: byPerson[personId] ?? 'competent',
      })),
    };
  }

  async function rateAll(roundId: string, sheets: Array<Record<string, Rating>>) {
    const res = await Promise.all(
      sheets.map((s, i) => reps[i]!.post(`${base}/evaluations/${roundId}/my-sheet`, sheet(s))),
    );
    expect(res.map((r) => r.status)).toEqual(sheets.map(() => 201));
  }

  async function countAndPublish(roundId: string) {
    const counted = await host.post(`${base}/evaluations/${roundId}/count`);
    expect(counted.status).toBe(200);
    const published = await host.post(`${base}/evaluations/${roundId}/publish`, {});
    expect(published.status).toBe(200);
    return published.body;
  }

  const resultOf = (body: { cadres: Array<{ personId: string }> }, personId: string) =>
    body.cadres.find((c) => c.personId === personId) as unknown as {
      result: Rating;
      endsOffice: boolean;
      officeEndedOn: string | null;
      counts: Record<Rating, number>;
      previous: { result: Rating } | null;
    };

  beforeAll(async () => {
    server = await startTestServer();
    // every round within a fortnight: the sessions signed in now last through them
    server.clock.set(new Date('2026-11-10T02:00:00Z'));
    const v = server.fixture.villageA;
    base = `/api/villages/${v.id}`;
    host = await server.as('supervisionChair');
    chairId = server.fixture.accounts.committeeChair.personId!;
    [m1, m2] = (await addAdults(server.db, v, 2, { prefix: '委员' })) as [string, string];
    await seatIn(server.db, v, 'villagersCommittee', [m1, m2], 'member');
    // five representatives: the fixture's and four more, each with an account
    const more = await addAdults(server.db, v, 4, { prefix: '代表' });
    await seatIn(server.db, v, 'representativesMeeting', more, 'representative');
    repIds = [server.fixture.accounts.representative.personId!, ...more];
    reps = [
      await server.as('representative'),
      ...(await Promise.all(more.map((p) => clientFor(server, v.id, p)))),
    ];
  });
  afterAll(async () => {
    await server.close();
  });

  it('a round lists the serving committee, counts the representatives, and refuses a second open one', async () => {
    const id = await newRound('2026-11-10');
    const page = await host.get(`${base}/evaluations/${id}`);
    expect(page.body.round).toMatchObject({
      status: 'open',
      evaluatorsDue: 5,
      sheetsIn: 0,
      cadres: 3,
      evaluatorsName: { zh: '村民代表会议' },
    });
    // national profile: the supervision committee is not evaluated
    expect(Object.keys(office).sort()).toEqual([chairId, m1, m2].sort());
    expect(page.body.citations[0].article).toBe('第三十八条');
    const again = await host.post(`${base}/evaluations`, {
      year: 2026,
      heldOn: '2026-11-11',
      evaluators: 'representatives',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.id).toBe('evaluation_round_exists');
    const wrongYear = await host.post(`${base}/evaluations`, {
      year: 2025,
      heldOn: '2026-11-11',
      evaluators: 'representatives',
    });
    expect(wrongYear.status).toBe(400);
  });

  it('refuses a non-evaluator (in words, with the article), an incomplete sheet and a second sheet', async () => {
    const [round] = (await host.get(`${base}/evaluations`)).body.rounds;
    const id = round.id as string;
    // a villager who is not a representative, and a cadre evaluated (no one rates themselves)
    for (const role of ['villager', 'committeeChair'] as const) {
      const client = await server.as(role);
      const mine = await client.get(`${base}/evaluations/${id}/my-sheet`);
      expect(mine.status).toBe(200);
      expect(mine.body.evaluator).toBe(false);
      expect(mine.body.refusal).toContain('《中华人民共和国村民委员会组织法》第三十八条');
      const refused = await client.post(`${base}/evaluations/${id}/my-sheet`, sheet({}));
      expect(refused.status).toBe(403);
      expect(refused.body.error.id).toBe('evaluation_not_evaluator');
      expect(refused.body.error.message).toContain('第三十八条');
    }
    const partial = sheet({});
    partial.ratings.pop();
    expect((await reps[0]!.post(`${base}/evaluations/${id}/my-sheet`, partial)).status).toBe(400);
    // one evaluator, ten requests at once: one sheet
    const tries = await Promise.all(
      Array.from({ length: 10 }, () =>
        reps[0]!.post(`${base}/evaluations/${id}/my-sheet`, sheet({ [m1]: 'incompetent' })),
      ),
    );
    expect(tries.filter((r) => r.status === 201)).toHaveLength(1);
    expect(tries.filter((r) => r.status === 409).map((r) => r.body.error.id)).toEqual(
      Array(9).fill('evaluation_already_rated'),
    );
    expect((await reps[0]!.get(`${base}/evaluations/${id}/my-sheet`)).body.rated).toBe(true);
    // a representative cannot count; the host can't be an evaluator-less system either
    expect((await reps[1]!.post(`${base}/evaluations/${id}/count`)).status).toBe(403);
  });

  it('round 1: m1 and m2 不称职 (3 of 5), the office stays (a first 不称职)', async () => {
    const id = (await host.get(`${base}/evaluations`)).body.rounds[0].id as string;
    // reps[0] rated already (m1 不称职)
    const bad = { [m1]: 'incompetent', [m2]: 'incompetent' } as const;
    await Promise.all(
      [bad, bad, {}, {}].map((s, i) =>
        reps[i + 1]!.post(`${base}/evaluations/${id}/my-sheet`, sheet(s)),
      ),
    );
    // turnout only while open: no counts before the count
    const open = await host.get(`${base}/evaluations/${id}`);
    expect(open.body.round.sheetsIn).toBe(5);
    expect(resultOf(open.body, m1).counts).toBeNull();
    const body = await countAndPublish(id);
    expect(resultOf(body, m1)).toMatchObject({
      result: 'incompetent',
      counts: { competent: 2, basicallyCompetent: 0, incompetent: 3 },
      endsOffice: false,
      previous: null,
    });
    // 2 of 5 is not more than half
    expect(resultOf(body, m2)).toMatchObject({ result: 'competent', endsOffice: false });
    expect(resultOf(body, chairId).result).toBe('competent');
    expect(body.round.notice).not.toBeNull();
  });

  it('round 2 (phone and paper): m1 不称职 again loses the office on publication; m2 不称职 for a first time', async () => {
    const id = await newRound('2026-11-12');
    const bad = { [m1]: 'incompetent', [m2]: 'incompetent' } as const;
    // three on the phone, two on paper
    await rateAll(id, [bad, {}, { [m2]: 'incompetent' }]);
    const paperBody = {
      personIds: repIds.slice(3),
      cadres: [
        { membershipId: office[m1], competent: 0, basicallyCompetent: 0, incompetent: 2 },
        { membershipId: office[m2], competent: 1, basicallyCompetent: 0, incompetent: 1 },
        { membershipId: office[chairId], competent: 2, basicallyCompetent: 0, incompetent: 0 },
      ],
    };
    // a paper tally with more ratings than sheets, or by someone who rated, is refused whole
    const over = structuredClone(paperBody);
    over.cadres[0]!.incompetent = 3;
    const tooMany = await host.post(`${base}/evaluations/${id}/paper`, over);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.fields[0].field).toBe('cadres.0.competent');
    const twice = await host.post(`${base}/evaluations/${id}/paper`, {
      ...paperBody,
      personIds: repIds.slice(2, 4),
    });
    expect(twice.status).toBe(400);
    expect(twice.body.error.fields).toEqual([
      expect.objectContaining({ field: 'personIds.0', id: 'evaluation_person_rated' }),
    ]);
    const paper = await host.post(`${base}/evaluations/${id}/paper`, paperBody);
    expect(paper.status).toBe(200);
    expect(paper.body.round).toMatchObject({ sheetsIn: 5, paperSheets: 2 });
    // a paper evaluator cannot also rate on the phone
    const phone = await reps[4]!.post(`${base}/evaluations/${id}/my-sheet`, sheet({}));
    expect(phone.body.error.id).toBe('evaluation_already_rated');

    const counted = await host.post(`${base}/evaluations/${id}/count`);
    expect(resultOf(counted.body, m1)).toMatchObject({
      result: 'incompetent',
      counts: { competent: 2, basicallyCompetent: 0, incompetent: 3 },
      endsOffice: true,
      previous: { result: 'incompetent' },
      officeEndedOn: null,
    });
    expect(resultOf(counted.body, m2)).toMatchObject({ result: 'incompetent', endsOffice: false });
    // the office still serves until the results are published
    let bodies = (await host.get(base)).body.bodies as Array<{
      kind: string;
      members: Array<{ personId: string }>;
      departed: Array<{ personId: string; endReason: string | null; endReasonText: unknown }>;
    }>;
    const committee = () => bodies.find((b) => b.kind === 'villagersCommittee')!;
    expect(committee().members.map((m) => m.personId)).toContain(m1);

    const published = await host.post(`${base}/evaluations/${id}/publish`, {});
    expect(published.status).toBe(200);
    expect(resultOf(published.body, m1).officeEndedOn).toBe('2026-11-12');
    expect(published.body.round).toMatchObject({ officesEnded: 1, late: false });
    bodies = (await host.get(base)).body.bodies;
    expect(committee().members.map((m) => m.personId)).not.toContain(m1);
    expect(committee().departed).toEqual([
      expect.objectContaining({
        personId: m1,
        endedOn: '2026-11-12',
        endReason: 'evaluation',
        endReasonText: expect.objectContaining({ zh: expect.stringContaining('不称职') }),
      }),
    ]);
    // the results notice announces it, on the audit chain with the office's end
    const notice = await host.get(`${base}/notices/${published.body.round.notice.id}`);
    expect(notice.body.notice.body).toContain('职务自2026年11月12日起终止');
    expect(notice.body.notice.kind).toBe('evaluationResult');
    expect(notice.body.issuer.zh).toBe('甲村村务监督委员会');
    const ended = await server.db.query<{ data: { reason: string } }>(
      `SELECT data FROM audit_event WHERE chain_id = $1 AND action = 'membership.ended'`,
      [server.fixture.villageA.id],
    );
    expect(ended.map((e) => e.data.reason)).toEqual(['evaluation']);
  });

  it('round 3: m2 不称职 after a round between that rated them otherwise keeps the office', async () => {
    // m2: 不称职 (round 2) … but round 1 said 称职; a third round, 基本称职 between two 不称职
    let id = await newRound('2026-11-14');
    expect(Object.keys(office)).not.toContain(m1);
    await rateAll(id, [{ [m2]: 'basicallyCompetent' }, {}, {}, {}, {}]);
    let body = await countAndPublish(id);
    expect(resultOf(body, m2)).toMatchObject({ result: 'competent', endsOffice: false });
    id = await newRound('2026-11-16');
    const bad = { [m2]: 'incompetent' } as const;
    await rateAll(id, [bad, bad, bad, {}, {}]);
    body = await countAndPublish(id);
    expect(resultOf(body, m2)).toMatchObject({
      result: 'incompetent',
      previous: { result: 'competent' },
      endsOffice: false,
      officeEndedOn: null,
    });
    const list = (await host.get(`${base}/evaluations`)).body;
    expect(list.rounds.map((r: { officesEnded: number }) => r.officesEnded)).toEqual([0, 0, 1, 0]);
  });

  it('a member re-seated in the same body carries their last result: a second 不称职 ends the new office', async () => {
    // m2 was rated 不称职 on 11-16; re-seated (a new membership of the committee) on 11-17
    const v = server.fixture.villageA;
    await server.db.transaction(async (tx) => {
      await tx.query(
        `UPDATE body_membership SET ended_on = '2026-11-17' WHERE village_id = $1 AND person_id = $2 AND body_id = $3`,
        [v.id, m2, v.bodyIds.villagersCommittee],
      );
      await tx.query(
        `INSERT INTO body_membership (village_id, id, body_id, term_id, person_id, role, starts_on)
         VALUES ($1, gen_random_uuid(), $2, $3, $4, 'member', '2026-11-17')`,
        [v.id, v.bodyIds.villagersCommittee, v.termIds.villagersCommittee, m2],
      );
    });
    const id = await newRound('2026-11-17');
    const bad = { [m2]: 'incompetent' } as const;
    await rateAll(id, [bad, bad, bad, {}, {}]);
    const body = await countAndPublish(id);
    expect(resultOf(body, m2)).toMatchObject({
      result: 'incompetent',
      previous: { result: 'incompetent' },
      endsOffice: true,
      officeEndedOn: '2026-11-17',
    });
  });

  it('after the count no table links an evaluator to a rating; the ratings are published for recount', async () => {
    const id = await newRound('2026-11-18');
    await rateAll(id, [{ [m2]: 'incompetent' }, {}, { [m2]: 'basicallyCompetent' }]);
    const box = `rating_box_${id.replace(/-/g, '')}`;
    const columns = async (table: string) =>
      (
        await server.db.query<{ column_name: string }>(
          `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
          [table],
        )
      ).map((c) => c.column_name);
    expect(await columns('evaluation_receipt')).toEqual(['village_id', 'round_id', 'person_id']);
    expect(await columns(box)).toEqual(['id', 'membership_id', 'rating']);
    const receiptXmins = (
      await server.db.query<{ x: string }>(
        'SELECT xmin::text AS x FROM evaluation_receipt WHERE village_id = $1 AND round_id = $2',
        [server.fixture.villageA.id, id],
      )
    ).map((r) => r.x);
    const boxXmins = await server.db.query<{ x: string }>(`SELECT xmin::text AS x FROM ${box}`);
    expect(boxXmins).toHaveLength(3 * Object.keys(office).length);
    for (const { x } of boxXmins) expect(receiptXmins).not.toContain(x);
    // the sheets' events name neither the evaluator nor a rating
    const events = await server.db.query<{ actor_account_id: string | null; data: unknown }>(
      `SELECT actor_account_id, data FROM audit_event WHERE chain_id = $1 AND action = 'evaluation.sheetHandedIn' AND target_id = $2`,
      [server.fixture.villageA.id, id],
    );
    expect(events).toHaveLength(3);
    for (const e of events) {
      expect(e.actor_account_id).toBeNull();
      expect(e.data).toEqual({ sheet: 'handedIn' });
    }

    expect((await host.post(`${base}/evaluations/${id}/count`)).status).toBe(200);
    // the box is gone; no table with a rating has a person in it — but the Party's 民主评议党员,
    // where the rating is the branch's recorded verdict on the member it names (the one rated,
    // never a rater: no secret ballot there)
    expect(await columns(box)).toEqual([]);
    const linked = await server.db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns c WHERE table_schema = 'public' AND column_name = 'rating'
         AND table_name <> 'party_meeting_attendee'
         AND EXISTS (SELECT 1 FROM information_schema.columns p WHERE p.table_schema = 'public'
           AND p.table_name = c.table_name AND p.column_name IN ('person_id', 'account_id', 'created_at'))`,
    );
    expect(linked).toEqual([]);
    const published = await server.db.query<{
      id: string;
      membership_id: string;
      rating: string;
      x: string;
    }>(
      `SELECT id, membership_id, rating, xmin::text AS x FROM evaluation_rating
       WHERE village_id = $1 AND round_id = $2 ORDER BY id`,
      [server.fixture.villageA.id, id],
    );
    expect(published).toHaveLength(3 * Object.keys(office).length);
    // all written by the one transaction that counted, none by a sheet's
    expect(new Set(published.map((p) => p.x)).size).toBe(1);
    expect(receiptXmins).not.toContain(published[0]!.x);
    // anyone recomputes the digest the count recorded
    const lines = published.map((p) => `${p.id} ${p.membership_id} ${p.rating}\n`).join('');
    const page = await reps[0]!.get(`${base}/evaluations/${id}`);
    expect(page.body.round.ratingsDigest).toBe(createHash('sha256').update(lines).digest('hex'));
  });
});
