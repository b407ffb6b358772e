import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolutionOf } from '../../testing/resolutions.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';

/**
 * 道德红黑榜 through the HTTP API: no listing without adopted rules; rules and facts pass the
 * content check; the person is told and answers (on the phone or on paper); the council's vote
 * decides after the answer period (a council of two cannot, one present is no quorum, a vote
 * that does not carry lists no one); the board shows the listed within their term; a listing is
 * removed only by a recorded vote; the representatives decide by their resolution when the
 * rules name them.
 */
describe(`moral honour / shame board (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  let cadre: HttpClient;
  let villager: HttpClient;
  let councilBody: string;
  let councilTerm: string;
  let blackId: string;
  let redId: string;

  const at = (day: string) => server.clock.set(new Date(`${day}T02:00:00Z`));
  const v = () => server.fixture.villageA;

  async function seatCouncil(personIds: string[]) {
    for (const person of personIds)
      await server.db.query(
        `INSERT INTO body_membership (village_id, id, body_id, term_id, person_id, role, starts_on)
         VALUES ($1, $2, $3, $4, $5, 'member', '2026-05-01')`,
        [v().id, randomUUID(), councilBody, councilTerm, person],
      );
  }

  beforeAll(async () => {
    server = await startTestServer();
    base = `/api/villages/${v().id}`;
    cadre = await server.as('committeeChair');
    const formed = await cadre.post(`${base}/moral-list/council`);
    expect(formed.status).toBe(201);
    councilBody = formed.body.bodyId;
    // a second call answers the council already formed
    expect((await cadre.post(`${base}/moral-list/council`)).body.bodyId).toBe(councilBody);
    councilTerm = randomUUID();
    await server.db.query(
      `INSERT INTO body_term (village_id, id, body_id, starts_on, ends_on) VALUES ($1, $2, $3, '2026-05-01', '2031-04-30')`,
      [v().id, councilTerm, councilBody],
    );
    await seatCouncil([v().personIds[0]!, v().personIds[3]!]);
    villager = await server.as('villager');
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses a listing before the village adopted rules for the board', async () => {
    const res = await cadre.post(`${base}/moral-list/listings`, {
      kind: 'red',
      personId: v().personIds[1],
      facts: '照顾瘫痪的婆婆十年如一日',
    });
    expect(res.status).toBe(422);
    expect(res.body.error.id).toBe('moral_no_rules');
  });

  it('records rules adopted by the representatives; a joint meeting cannot adopt them; a fine is refused', async () => {
    const joint = await resolutionOf(server, 'twoCommitteesJointMeeting', '2026-11-02');
    const rules = {
      decidingBody: 'moralEvaluationCouncil',
      redMonths: 12,
      blackMonths: 6,
      answerDays: 7,
      consequences: '在村务公开栏和村微信群公布姓名和事实，不另作处理',
    };
    const wrong = await cadre.post(`${base}/moral-list/rules`, {
      ...rules,
      resolutionId: joint.id,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0].field).toBe('resolutionId');
    const reps = await resolutionOf(
      server,
      'representativesMeeting',
      '2026-11-02',
      '红黑榜评议办法',
    );
    const fine = await cadre.post(`${base}/moral-list/rules`, {
      ...rules,
      consequences: '上黑榜的罚款200元',
      resolutionId: reps.id,
    });
    expect(fine.status).toBe(422);
    const ok = await cadre.post(`${base}/moral-list/rules`, { ...rules, resolutionId: reps.id });
    expect(ok.status).toBe(201);
    expect(ok.body.rules).toMatchObject({ version: 1, adoptedOn: '2026-11-02' });
  });

  it('a villager cannot propose; a black listing for petitioning is refused citing the law', async () => {
    const facts = { kind: 'black', personId: v().personIds[5] };
    const byVillager = await villager.post(`${base}/moral-list/listings`, {
      ...facts,
      facts: '乱倒垃圾',
    });
    expect(byVillager.status).toBe(403);
    const petition = await cadre.post(`${base}/moral-list/listings`, {
      ...facts,
      facts: '多次越级上访，影响村里评先',
    });
    expect(petition.status).toBe(422);
    expect(petition.body.error.id).toBe('rule_refused');
    const res = await cadre.post(`${base}/moral-list/listings`, {
      ...facts,
      facts: '在河道倾倒建筑垃圾，经劝阻仍不清理',
    });
    expect(res.status).toBe(201);
    expect(res.body.listing).toMatchObject({ state: 'proposed', number: '〔2026〕第1号' });
    expect(res.body.listing.actions).toEqual(['notify']);
    blackId = res.body.listing.id;
  });

  it('the person is told first; the answer period runs past the weekend', async () => {
    const early = await cadre.post(`${base}/moral-list/listings/${blackId}/steps`, {
      action: 'list',
      vote: { present: 2, yes: 2, no: 0, abstain: 0 },
    });
    expect(early.status).toBe(409);
    const told = await cadre.post(`${base}/moral-list/listings/${blackId}/steps`, {
      action: 'notify',
      channel: 'paper',
    });
    expect(told.status).toBe(200);
    // 21 November + 7 days is Saturday 28 November: the period ends on Monday 30 November
    expect(told.body.listing.answerDueOn).toBe('2026-11-30');
    // the notice handed over carries the listing's latest act on the chain
    expect(told.body.listing.fingerprint).toMatchObject({ seq: expect.any(Number) });
    const tooSoon = await cadre.post(`${base}/moral-list/listings/${blackId}/steps`, {
      action: 'list',
      vote: { present: 2, yes: 2, no: 0, abstain: 0 },
    });
    expect(tooSoon.status).toBe(422);
    expect(tooSoon.body.error.id).toBe('moral_council_too_small');
  });

  it('the council of three decides after the period: quorum, majority, never the cadre alone', async () => {
    await seatCouncil([v().personIds[4]!]);
    const step = (body: unknown) =>
      cadre.post(`${base}/moral-list/listings/${blackId}/steps`, body);
    const vote = (present: number, yes: number) => ({
      action: 'list',
      vote: { present, yes, no: present - yes, abstain: 0 },
    });
    const inPeriod = await step(vote(3, 3));
    expect(inPeriod.body.error.id).toBe('moral_answer_period_open');
    at('2026-12-01');
    cadre = await server.signIn('committeeChair');
    expect((await step(vote(1, 1))).body.error.id).toBe('moral_no_quorum');
    expect((await step(vote(3, 1))).body.error.id).toBe('moral_vote_mismatch');
    const byResolution = await step({ action: 'list', resolutionId: randomUUID() });
    expect(byResolution.body.error.id).toBe('moral_wrong_body');
    const listed = await step(vote(3, 2));
    expect(listed.status).toBe(200);
    expect(listed.body.listing).toMatchObject({
      state: 'listed',
      onBoard: true,
      publishedOn: '2026-12-01',
      expiresOn: '2027-06-01',
      decidedByBody: 'moralEvaluationCouncil',
      councilVote: { members: 3, present: 3, yes: 2 },
    });
  });

  it('the person answers on the phone; only their own listing; the board shows names, never ID numbers', async () => {
    const red = await cadre.post(`${base}/moral-list/listings`, {
      kind: 'red',
      personId: v().personIds[1],
      facts: '照顾瘫痪的婆婆十年如一日',
    });
    redId = red.body.listing.id;
    await cadre.post(`${base}/moral-list/listings/${redId}/steps`, {
      action: 'notify',
      channel: 'phone',
    });
    villager = await server.signIn('villager');
    const mine = await villager.get(`${base}/my-moral-list`);
    expect(mine.body.items.map((l: { id: string }) => l.id)).toEqual([redId]);
    expect(mine.body.items[0].actions).toEqual(['answer']);
    const notMine = await villager.post(`${base}/my-moral-list/${blackId}/answer`, {
      answer: '不是我',
    });
    expect(notMine.status).toBe(404);
    const answered = await villager.post(`${base}/my-moral-list/${redId}/answer`, {
      answer: '这是应该做的，不必上榜',
    });
    expect(answered.body.listing).toMatchObject({ state: 'answered', answeredOn: '2026-12-01' });
    const board = await villager.get(`${base}/moral-list/board`);
    expect(board.status).toBe(200);
    expect(board.body.lines).toHaveLength(1);
    expect(board.body.lines[0]).toMatchObject({ kind: 'black', personName: '陈志明' });
    expect(JSON.stringify(board.body)).not.toMatch(/\d{17}[\dX]/);
    expect(board.body.fingerprint).not.toBeNull();
    const console = await villager.get(`${base}/moral-list`);
    expect(console.status).toBe(403);
  });

  it('comes off the board by a recorded vote with its reason, or when the term ends', async () => {
    const step = (body: unknown) =>
      cadre.post(`${base}/moral-list/listings/${blackId}/steps`, body);
    const noReason = await step({
      action: 'remove',
      vote: { present: 3, yes: 3, no: 0, abstain: 0 },
    });
    expect(noReason.status).toBe(400);
    const removed = await step({
      action: 'remove',
      reason: '已清理河道并向村民道歉',
      vote: { present: 3, yes: 3, no: 0, abstain: 0 },
    });
    expect(removed.body.listing).toMatchObject({ state: 'removed', onBoard: false });
    const board = await cadre.get(`${base}/moral-list/board`);
    expect(board.body.lines).toHaveLength(0);
  });

  it('rules naming the representatives: their resolution decides, from the day after the answer period', async () => {
    const reps = await resolutionOf(
      server,
      'representativesMeeting',
      '2026-12-01',
      '红黑榜评议办法（修订）',
    );
    const v2 = await cadre.post(`${base}/moral-list/rules`, {
      decidingBody: 'representativesMeeting',
      redMonths: 12,
      blackMonths: 6,
      answerDays: 5,
      consequences: '在村务公开栏公布姓名和事实',
      resolutionId: reps.id,
    });
    expect(v2.body.rules.version).toBe(2);
    const proposed = await cadre.post(`${base}/moral-list/listings`, {
      kind: 'red',
      personId: v().personIds[2],
      facts: '义务接送邻村孩子上学三年',
    });
    const id = proposed.body.listing.id;
    const step = (body: unknown) => cadre.post(`${base}/moral-list/listings/${id}/steps`, body);
    expect((await step({ action: 'notify', channel: 'inPerson' })).body.listing.answerDueOn).toBe(
      '2026-12-07',
    );
    const counts = await step({ action: 'list', vote: { present: 3, yes: 3, no: 0, abstain: 0 } });
    expect(counts.body.error.id).toBe('moral_wrong_body');
    const joint = await resolutionOf(server, 'twoCommitteesJointMeeting', '2026-12-08');
    expect((await step({ action: 'list', resolutionId: joint.id })).body.error.id).toBe(
      'moral_wrong_body',
    );
    // a resolution adopted on the period's last day is too early; the day after is not
    const early = await resolutionOf(server, 'representativesMeeting', '2026-12-07');
    expect((await step({ action: 'list', resolutionId: early.id })).body.error.id).toBe(
      'moral_answer_period_open',
    );
    const listedBy = await resolutionOf(server, 'representativesMeeting', '2026-12-08');
    at('2026-12-09');
    cadre = await server.signIn('committeeChair');
    const listed = await step({ action: 'list', resolutionId: listedBy.id });
    expect(listed.body.listing).toMatchObject({
      state: 'listed',
      decidedOn: '2026-12-08',
      decidedByBody: 'representativesMeeting',
      expiresOn: '2027-12-08',
    });
    expect(listed.body.listing.resolutionLabel).toMatch(/^〔2026〕第\d+号$/);
  });
});
