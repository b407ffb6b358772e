import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';

/** A 1×1 PNG: the smallest photo a phone could send. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const postingForm = (fields: Record<string, string>, photo: Buffer, type = 'image/png') => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('photo', new Blob([new Uint8Array(photo)], { type }), 'board.png');
  return form;
};

interface CalendarItem {
  stream: string;
  startsOn: string;
  state: string;
  posted: boolean;
  notices: Array<{ id: string; postings: Array<{ id: string; finding: unknown }> }>;
  findings: Array<{ code: string; ruleId: string; message: string }>;
}

/** 三务公开 (issue 10 items 2, 3 and 9): the calendar, postings, questions, the town's view. Today is 2026-11-21. */
describe(`disclosure (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  /** A village-affairs notice published on 2026-11-02, its period to 2026-11-17 (15 days). */
  let novNotice: string;

  beforeAll(async () => {
    server = await startTestServer();
    base = `/api/villages/${server.fixture.villageA.id}`;
  });
  afterAll(async () => {
    await server.close();
  });

  const publish = async (
    role: 'committeeChair' | 'partySecretary',
    body: Record<string, unknown>,
  ) => (await server.as(role)).post(`${base}/disclosure/notices`, body);

  const calendar = async () => {
    const res = await (await server.as('supervisionChair')).get(`${base}/disclosure/calendar`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as { items: CalendarItem[]; summary: Record<string, number> };
  };
  const item = (items: CalendarItem[], stream: string, startsOn: string) =>
    items.find((i) => i.stream === stream && i.startsOn === startsOn)!;

  it('the calendar: quarters passed without a village-affairs notice are overdue, the current one due', async () => {
    const { items } = await calendar();
    expect(item(items, 'villageAffairs', '2026-07-01').state).toBe('overdue');
    expect(item(items, 'villageAffairs', '2026-10-01').state).toBe('due');
    const q3 = item(items, 'villageAffairs', '2026-07-01');
    expect(q3.findings[0]).toMatchObject({ code: 'village_affairs_overdue' });
    expect(q3.findings[0]!.message).toContain('《中华人民共和国村民委员会组织法》第三十五条第三款');
  });

  it('the committee publishes village affairs, the Party organisation Party affairs — not the other way', async () => {
    const wrong = await publish('committeeChair', {
      kind: 'partyAffairs',
      title: '第四季度党务公开',
      body: '党员发展、党费收缴情况',
      publishedOn: '2026-11-02',
    });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.id).toBe('affairs_wrong_publisher');

    const village = await publish('committeeChair', {
      kind: 'villageAffairs',
      title: '2026年第四季度村务公开',
      body: '道路硬化工程进度、低保户名单',
      publishedOn: '2026-11-02',
    });
    expect(village.status, JSON.stringify(village.body)).toBe(201);
    // no period asked for: the legal minimum, 15 days from the day after publication
    expect(village.body.notice).toMatchObject({
      kind: 'villageAffairs',
      periodEndsOn: '2026-11-17',
    });
    novNotice = village.body.notice.id;

    const party = await publish('partySecretary', {
      kind: 'partyAffairs',
      title: '2026年第四季度党务公开',
      body: '党员发展、党费收缴情况',
      publishedOn: '2026-11-03',
    });
    expect(party.status).toBe(201);

    const { items } = await calendar();
    expect(item(items, 'villageAffairs', '2026-10-01')).toMatchObject({
      state: 'published',
      posted: false,
    });
    expect(item(items, 'partyAffairs', '2026-10-01').state).toBe('published');
    // the notices list of the village shows them with their kind's name
    const list = await (await server.as('villager')).get(`${base}/notices`);
    expect(list.status).toBe(200);
    expect(list.body.items.find((n: { id: string }) => n.id === novNotice)).toMatchObject({
      kindName: { zh: '村务公开' },
    });
  });

  it('a publicity period shorter than 15 days is refused with the article', async () => {
    const res = await publish('committeeChair', {
      kind: 'villageAffairs',
      title: '短期公示',
      body: '……',
      publishedOn: '2026-11-02',
      periodEndsOn: '2026-11-16',
    });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ id: 'rule_refused', ruleId: 'VCOL25-POSTING-15' });
  });

  it('the clerk records the board posting with its photo; down after 14 days is a finding', async () => {
    const clerk = await server.as('committeeChair');
    const res = await clerk.post(
      `${base}/notices/${novNotice}/board-postings`,
      postingForm({ postedOn: '2026-11-02', takenDownOn: '2026-11-16', place: '村务公开栏' }, PNG),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.posting).toMatchObject({
      days: 14,
      earliestTakeDownOn: '2026-11-17',
      photo: { type: 'image/png', bytes: PNG.length },
      finding: { ruleId: 'VCOL25-POSTING-15', code: 'posting_short' },
    });
    const photo = await clerk.get(`${base}/board-postings/${res.body.posting.id}/photo`);
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/png');
    expect(Buffer.compare(photo.body as Buffer, PNG)).toBe(0);

    const { items } = await calendar();
    const q4 = item(items, 'villageAffairs', '2026-10-01');
    expect(q4.posted).toBe(true);
    expect(q4.findings.map((f) => f.code)).toEqual(['posting_short']);
  });

  it('a file that is not a photo is refused by its bytes, naming the field; nothing is written', async () => {
    const clerk = await server.as('committeeChair');
    const res = await clerk.post(
      `${base}/notices/${novNotice}/board-postings`,
      postingForm({ postedOn: '2026-11-02' }, Buffer.from('%PDF-1.4 not a photo'), 'image/png'),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]).toMatchObject({ field: 'photo', id: 'photo_type' });
    const missingDate = await clerk.post(
      `${base}/notices/${novNotice}/board-postings`,
      postingForm({}, PNG),
    );
    expect(missingDate.body.error.fields[0]).toMatchObject({ field: 'postedOn' });
    const rows = await server.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM board_posting WHERE village_id = $1',
      [server.fixture.villageA.id],
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('a question after the publicity period is refused, naming the rule in words', async () => {
    // today (2026-11-21) is after the period's end (2026-11-17)
    const res = await (
      await server.as('villager')
    ).post(`${base}/notices/${novNotice}/questions`, {
      kind: 'objection',
      text: '低保户名单有误',
    });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ id: 'rule_refused', ruleId: 'VCOL-30-ENQUIRY' });
    expect(res.body.error.message).toContain('公示期');
    expect(res.body.error.message).toContain('《中华人民共和国村民委员会组织法》第三十五条第四款');
  });

  it('an answer past its deadline shows to the supervision committee and the town', async () => {
    const f = server.fixture;
    // the villager came to the office on 2026-11-03; the clerk entered it on her behalf
    const asked = await (
      await server.as('committeeChair')
    ).post(`${base}/notices/${novNotice}/questions`, {
      kind: 'question',
      text: '道路硬化工程的预算是多少？',
      askerPersonId: f.villageA.personIds[1],
      askedOn: '2026-11-03',
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect(asked.body.question).toMatchObject({
      onBehalf: true,
      answerDueOn: '2026-11-18',
      state: 'overdue',
    });
    const supervision = await (
      await server.as('supervisionChair')
    ).get(`${base}/questions?state=overdue`);
    expect(supervision.status).toBe(200);
    expect(supervision.body.items[0]).toMatchObject({
      id: asked.body.question.id,
      finding: { code: 'answer_overdue' },
    });

    const town = await (await server.as('townOfficial')).get('/api/oversight/villages');
    expect(town.status, JSON.stringify(town.body)).toBe(200);
    const a = town.body.items.find((v: { id: string }) => v.id === f.villageA.id);
    expect(a.disclosure).toMatchObject({ overdueAnswers: 1, unansweredQuestions: 1 });
    expect(a.disclosure.overdueDisclosures).toBeGreaterThan(0);
    expect(a.findings).toContainEqual(
      expect.objectContaining({ area: 'disclosure', code: 'answer_overdue' }),
    );
    // the town oversees the answers, not who asked
    const townList = await (await server.as('townOfficial')).get(`${base}/questions?state=overdue`);
    expect(townList.status).toBe(200);
    expect(townList.body.items[0]).toMatchObject({ state: 'overdue', asker: null });
    // a plain villager may not read the village's questions list
    const villager = await (await server.as('villager')).get(`${base}/questions`);
    expect(villager.status).toBe(403);
  });

  it('answered questions are public with the asker’s name withheld; the asker and cadres see it', async () => {
    const fresh = await publish('committeeChair', {
      kind: 'villageAffairs',
      title: '2026年11月村务公开：垃圾清运费',
      body: '每户每月十元',
      publishedOn: '2026-11-20',
    });
    const noticeId = fresh.body.notice.id as string;
    const asked = await (
      await server.as('villager')
    ).post(`${base}/notices/${noticeId}/questions`, {
      kind: 'question',
      text: '独居老人是否减免？',
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect(asked.body.question).toMatchObject({ mine: true, asker: { name: '李秀英' } });
    const id = asked.body.question.id as string;

    // unanswered: not shown to other villagers
    const path = `${base}/notices/${noticeId}/questions`;
    const before = await (await server.as('representative')).get(path);
    expect(before.body.items).toEqual([]);

    // the Party organisation does not answer village affairs; the committee does
    const bySecretary = await (
      await server.as('partySecretary')
    ).post(`${base}/questions/${id}/answer`, { answer: '……' });
    expect(bySecretary.status).toBe(403);
    const answered = await (
      await server.as('committeeChair')
    ).post(`${base}/questions/${id}/answer`, {
      answer: '经两委研究，独居老人减半收取。',
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    const again = await (
      await server.as('committeeChair')
    ).post(`${base}/questions/${id}/answer`, {
      answer: '再答',
    });
    expect(again.status).toBe(409);

    const pub = await (await server.as('representative')).get(path);
    expect(pub.body.items).toHaveLength(1);
    expect(pub.body.items[0]).toMatchObject({
      answer: '经两委研究，独居老人减半收取。',
      asker: null,
      mine: false,
      state: 'answered',
    });
    expect(JSON.stringify(pub.body)).not.toContain('李秀英');
    const own = await (await server.as('villager')).get(path);
    expect(own.body.items[0]).toMatchObject({ mine: true, asker: { name: '李秀英' } });
    const cadre = await (await server.as('committeeChair')).get(path);
    expect(cadre.body.items[0].asker.name).toBe('李秀英');
    expect(cadre.body.mayAnswer).toBe(true);
  });

  it('every write is on the audit chain', async () => {
    const rows = await server.db.query<{ action: string }>(
      `SELECT action FROM audit_event WHERE chain_id = $1 ORDER BY seq`,
      [server.fixture.villageA.id],
    );
    const actions = rows.map((r) => r.action);
    for (const a of ['notice.published', 'notice.posted', 'question.asked', 'question.answered'])
      expect(actions).toContain(a);
  });
});
