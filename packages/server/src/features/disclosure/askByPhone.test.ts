import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../platform/http/app.ts';
import { testConfig } from '../../platform/config.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A message the SMS gateway received: what the production webhook client sent over HTTP. */
interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: { phone: string; text: string };
}

/**
 * A real HTTP server standing in for the deployment's SMS gateway: it keeps every request and
 * answers with the status and after the delay a test sets.
 */
async function startGateway() {
  const received: Received[] = [];
  const behaviour = { status: 200, delayMs: 0, replied: 0 };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      const body = JSON.parse(raw) as Received['body'];
      received.push({ path: req.url ?? '', headers: req.headers, body });
      setTimeout(() => {
        behaviour.replied += 1;
        res.writeHead(behaviour.status, { 'content-type': 'application/json' }).end('{}');
      }, behaviour.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sms/send`,
    received,
    behaviour,
    /** The message at this index, once it has arrived (sending does not hold up the answer). */
    async message(index: number): Promise<Received> {
      for (let waited = 0; waited < 5000; waited += 20) {
        const m = received[index];
        if (m) return m;
        await sleep(20);
      }
      throw new Error(`no SMS number ${index + 1} within 5 s`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const TODAY = new Date('2026-11-21T02:00:00Z');
const MINUTE = 60_000;

/** Issue 10 item 3: a villager without an account asks on the public portal with a code by SMS. */
describe(`questions by phone one-time code (${describeDatabase()})`, () => {
  let server: TestServer;
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  let code: string;
  /** A village-affairs notice published today: its period runs to 2026-12-06. */
  let noticeId: string;
  /** A notice whose period ended on 2026-11-17. */
  let pastNoticeId: string;
  /** Village A's registered persons with their numbers: 王建国, 李秀英, 王磊, 张桂兰, 刘强, 陈志明. */
  let persons: Array<{ id: string; name: string; phone: string }>;
  let addresses = 0;
  /** A client address of its own for each use, so the per-address limit counts one test only. */
  const address = () => `203.0.113.${(addresses += 1)}`;

  beforeAll(async () => {
    gateway = await startGateway();
    server = await startTestServer({
      SMS_GATEWAY_URL: gateway.url,
      SMS_GATEWAY_TOKEN: 'gateway-secret',
      TRUST_PROXY: ['127.0.0.1'],
    });
    const A = server.fixture.villageA.id;
    const [village] = await server.db.query<{ code: string }>(
      'SELECT code FROM village WHERE id = $1',
      [A],
    );
    code = village!.code;
    persons = await server.db.query(
      'SELECT id, name, phone FROM person WHERE village_id = $1 ORDER BY birth_date',
      [A],
    );
    const chair = await server.as('committeeChair');
    const publish = async (title: string, publishedOn: string) => {
      const res = await chair.post(`/api/villages/${A}/disclosure/notices`, {
        ...{ kind: 'villageAffairs', title, body: '道路硬化工程预算三十万元。', publishedOn },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.notice.id as string;
    };
    noticeId = await publish('2026年11月村务公开：道路硬化', '2026-11-21');
    pastNoticeId = await publish('2026年第四季度村务公开', '2026-11-02');
  });
  afterAll(async () => {
    await server.close();
    await gateway.close();
  });

  const person = (name: string) => persons.find((p) => p.name === name)!;
  const noticePath = (id = noticeId) => `/p/${code}/n/${id}`;

  /** A plain HTML form sent as a browser sends it (URL-encoded), from a client address. */
  async function submit(path: string, fields: Record<string, string>, from: string) {
    const res = await fetch(`${server.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': from },
      body: new URLSearchParams(fields).toString(),
    });
    return { status: res.status, html: await res.text(), headers: res.headers };
  }

  const question = { kind: 'objection', text: '道路预算偏高，请公开明细。' };
  const askForCode = (name: string, phone: string, from = address(), id = noticeId) =>
    submit(`${noticePath(id)}/ask`, { ...question, name, phone }, from);
  const codeIdOf = (html: string) => /name="codeId" value="([0-9a-f-]{36})"/.exec(html)![1]!;
  const codeOf = (m: Received) => /(\d{6})/.exec(m.body.text)![1]!;
  const withCode = (codeId: string, value: string, path = noticePath()) =>
    submit(`${path}/ask/code`, { ...question, codeId, code: value }, address());
  /** A wrong code for a right one (never equal to it). */
  const wrong = (right: string) => String((Number(right) + 1) % 1_000_000).padStart(6, '0');

  /** Step one for a registered person, and the code the gateway received for them. */
  async function codeFor(name: string) {
    const asker = person(name);
    const mark = gateway.received.length;
    const step1 = await askForCode(asker.name, asker.phone);
    expect(step1.status, step1.html).toBe(200);
    const message = await gateway.message(mark);
    expect(message.body.phone).toBe(asker.phone);
    return { asker, codeId: codeIdOf(step1.html), right: codeOf(message) };
  }

  const codeRows = () =>
    server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM question_code');

  it('a registered villager gets a code by SMS, and her question is recorded in her name, today, not on her behalf', async () => {
    const asker = person('李秀英');
    const typed = `${asker.phone.slice(0, 3)} ${asker.phone.slice(3, 7)} ${asker.phone.slice(7)}`;
    const mark = gateway.received.length;
    const step1 = await askForCode(' 李 秀英 ', typed);
    expect(step1.status, step1.html).toBe(200);
    expect(step1.html).toContain('输入短信验证码');
    expect(step1.html).not.toContain(asker.phone);
    expect(step1.headers.get('cache-control')).toBe('no-store');

    // the production webhook client: POST JSON {phone, text} with the bearer token
    const message = await gateway.message(mark);
    expect(message.path).toBe('/sms/send');
    expect(message.headers.authorization).toBe('Bearer gateway-secret');
    expect(message.headers['content-type']).toBe('application/json');
    expect(message.body.phone).toBe(asker.phone);
    expect(message.body.text).toMatch(/甲村公开栏：.*验证码 \d{6}，10 分钟内有效/);

    const codeId = codeIdOf(step1.html);
    const done = await withCode(codeId, codeOf(message));
    expect(done.status, done.html).toBe(200);
    expect(done.html).toContain('已提交');
    expect(done.html).toContain('您的异议已于2026年11月21日登记');

    const [row] = await server.db.query<Record<string, unknown>>(
      `SELECT asker_person_id, on_behalf, entered_by, asked_on::text AS asked_on, text
       FROM notice_question WHERE notice_id = $1`,
      [noticeId],
    );
    expect(row).toEqual({
      asker_person_id: asker.id,
      on_behalf: false,
      entered_by: null,
      asked_on: '2026-11-21',
      text: question.text,
    });
    // audited as any question, with how the asker was identified and never the number
    const [event] = await server.db.query<{ data: Record<string, unknown>; actor: string | null }>(
      `SELECT data, actor_account_id AS actor FROM audit_event
       WHERE action = 'question.asked' AND target_id = $1`,
      [noticeId],
    );
    expect(event!.data).toMatchObject({
      askerPersonId: asker.id,
      onBehalf: false,
      via: 'phoneCode',
    });
    expect(event!.actor).toBeNull();
    const everything = await server.db.query<{ t: string }>(
      `SELECT data::text AS t FROM audit_event UNION ALL SELECT row_to_json(c)::text FROM question_code c`,
    );
    for (const { t } of everything) expect(t).not.toContain(asker.phone);

    // single use: the same form again is refused, and nothing more is recorded
    const again = await withCode(codeId, codeOf(message));
    expect(again.status).toBe(409);
    expect(again.html).toContain('这个验证码已经用过');
    const count = await server.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM notice_question WHERE notice_id = $1',
      [noticeId],
    );
    expect(count[0]!.n).toBe(1);
  });

  it('the asker sees it as hers when signed in; the public sees it only answered, without her name', async () => {
    const base = `/api/villages/${server.fixture.villageA.id}`;
    const own = await (await server.as('villager')).get(`${base}/notices/${noticeId}/questions`);
    expect(own.body.items[0]).toMatchObject({ mine: true, onBehalf: false });
    const before = await fetch(`${server.baseUrl}${noticePath()}`).then((r) => r.text());
    expect(before).not.toContain(question.text);
    const answered = await (
      await server.as('committeeChair')
    ).post(`${base}/questions/${own.body.items[0].id}/answer`, { answer: '明细已补充公示。' });
    expect(answered.status).toBe(200);
    const after = await fetch(`${server.baseUrl}${noticePath()}`).then((r) => r.text());
    expect(after).toContain(question.text);
    expect(after).toContain('明细已补充公示。');
    expect(after).not.toContain('李秀英');
  });

  it('an unknown number, or a registered number with another name, is answered the same and sent nothing', async () => {
    const known = person('王建国');
    const before = gateway.received.length;
    const answers = [
      await askForCode('王建国', '13700000000'),
      await askForCode('王小明', known.phone),
      await askForCode(known.name, known.phone),
    ];
    const page = (html: string) => html.replace(/[0-9a-f-]{36}/g, 'ID');
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(page(answers[0]!.html)).toBe(page(answers[2]!.html));
    expect(page(answers[1]!.html)).toBe(page(answers[2]!.html));
    const knownCode = codeOf(await gateway.message(before));
    await sleep(300);
    expect(gateway.received.slice(before).map((m) => m.body.phone)).toEqual([known.phone]);

    // an unknown number's code fails exactly as a wrong code does, try after try
    const [unknownId, , knownId] = answers.map((a) => codeIdOf(a.html));
    for (let i = 0; i < 5; i += 1) {
      const a = await withCode(unknownId!, '123456');
      const b = await withCode(knownId!, wrong(knownCode));
      expect(a.status).toBe(b.status);
      expect(page(a.html)).toBe(page(b.html));
    }
  });

  it('answers before the gateway does, and the same when the gateway fails', async () => {
    const known = person('王磊');
    gateway.behaviour.delayMs = 1500;
    gateway.behaviour.status = 500;
    try {
      const replied = gateway.behaviour.replied;
      const mark = gateway.received.length;
      const answer = await askForCode(known.name, known.phone);
      // the answer does not wait for the gateway's round trip, which would tell a known number
      expect(gateway.behaviour.replied).toBe(replied);
      expect(answer.status).toBe(200);
      expect(answer.html).toContain('输入短信验证码');
      await gateway.message(mark);
    } finally {
      gateway.behaviour.delayMs = 0;
      gateway.behaviour.status = 200;
    }
  });

  it('a wrong code says how many tries are left; the right one still works within them', async () => {
    const { codeId, right } = await codeFor('张桂兰');
    const bad = await withCode(codeId, wrong(right));
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('验证码不对，还可以再试 4 次');
    // the code page again, with the error on the field, the question still in the form
    expect(bad.html).toContain('aria-invalid="true"');
    expect(bad.html).toContain(`value="${codeId}"`);
    const typo = await withCode(codeId, '12a456');
    expect(typo.status).toBe(400);
    expect(typo.html).toContain('请输入短信里的 6 位数字');
    const english = await submit(
      `${noticePath()}/ask/code?lang=en`,
      { ...question, codeId, code: wrong(right) },
      address(),
    );
    expect(english.html).toContain('the code is wrong; 3 more tries');
    const ok = await withCode(codeId, right);
    expect(ok.status, ok.html).toBe(200);
  });

  it('after five tries the code is dead, even the right one', async () => {
    const { asker, codeId, right } = await codeFor('刘强');
    const tries = [];
    for (let i = 0; i < 5; i += 1) tries.push(await withCode(codeId, wrong(right)));
    expect(tries[3]!.html).toContain('还可以再试 1 次');
    expect(tries[4]!.html).toContain('验证码输错次数太多（最多 5 次），请重新获取');
    const late = await withCode(codeId, right);
    expect(late.status).toBe(400);
    expect(late.html).toContain('验证码输错次数太多');
    // back on the notice's form, the question kept to send again
    expect(late.html).toContain('获取短信验证码');
    expect(late.html).toContain(question.text);
    const recorded = await server.db.query(
      'SELECT 1 FROM notice_question WHERE asker_person_id = $1',
      [asker.id],
    );
    expect(recorded).toHaveLength(0);
  });

  it('a code expires after 10 minutes', async () => {
    const { codeId, right } = await codeFor('陈志明');
    try {
      server.clock.set(new Date(TODAY.getTime() + 10 * MINUTE));
      const late = await withCode(codeId, right);
      expect(late.status).toBe(400);
      expect(late.html).toContain('验证码已过期（10 分钟内有效），请重新获取');
    } finally {
      server.clock.set(TODAY);
    }
    const madeUp = await withCode('00000000-0000-4000-8000-000000000000', right);
    expect(madeUp.html).toContain('验证码已过期');
  });

  it('limits codes per number (from any address) and per address (whatever the number), alike for unknown numbers', async () => {
    const known = person('王建国');
    // above, 王建国's number was asked for twice (once with another name), 13700000000 once
    expect((await askForCode(known.name, known.phone)).status).toBe(200);
    const unknownAnswers = [
      await askForCode('王建国', '13700000000'),
      await askForCode('王建国', '13700000000'),
    ];
    expect(unknownAnswers.map((a) => a.status)).toEqual([200, 200]);
    const knownFourth = await askForCode(known.name, known.phone);
    const unknownFourth = await askForCode('王建国', '13700000000');
    expect(knownFourth.status).toBe(429);
    expect(knownFourth.html).toContain('获取验证码太频繁，请 60 分钟后再试');
    expect(unknownFourth.status).toBe(429);
    expect(unknownFourth.html).toBe(knownFourth.html);

    // one address, many numbers: the eleventh within the hour waits
    const from = address();
    const many = [];
    for (let i = 0; i < 11; i += 1)
      many.push((await askForCode('某某', `1360000000${i % 10}`, from)).status);
    expect(many).toEqual([...Array<number>(10).fill(200), 429]);
    // an hour later the number may ask again
    try {
      server.clock.set(new Date(TODAY.getTime() + 61 * MINUTE));
      expect((await askForCode(known.name, known.phone)).status).toBe(200);
    } finally {
      server.clock.set(TODAY);
    }
  });

  it('refuses a question outside the publicity period with the article, sends nothing, and leaves a code unspent', async () => {
    const rowsBefore = (await codeRows())[0]!.n;
    const sentBefore = gateway.received.length;
    const page = await fetch(`${server.baseUrl}${noticePath(pastNoticeId)}`).then((r) => r.text());
    expect(page).toContain('公示期已于2026年11月17日结束');
    expect(page).not.toContain('获取短信验证码');
    const late = await askForCode('李秀英', person('李秀英').phone, address(), pastNoticeId);
    expect(late.status).toBe(422);
    expect(late.html).toContain('质询、异议须在公示期内提出');
    expect(late.html).toContain('《中华人民共和国村民委员会组织法》第三十五条第四款');
    await sleep(200);
    expect(gateway.received.length).toBe(sentBefore);
    expect((await codeRows())[0]!.n).toBe(rowsBefore);

    // a code asked for late on the period's last day, used after midnight
    let code: Awaited<ReturnType<typeof codeFor>>;
    try {
      server.clock.set(new Date('2026-12-06T15:55:00Z'));
      code = await codeFor('王磊');
      server.clock.set(new Date('2026-12-06T16:01:00Z'));
      const refused = await withCode(code.codeId, code.right);
      expect(refused.status).toBe(422);
      expect(refused.html).toContain('2026年12月7日 不在公示期内');
      expect(refused.html).toContain('第三十五条第四款');
    } finally {
      server.clock.set(TODAY);
    }
    const [row] = await server.db.query<{ used_at: Date | null }>(
      'SELECT used_at FROM question_code WHERE id = $1',
      [code.codeId],
    );
    expect(row!.used_at).toBeNull();
  });

  it('checks each form field and gives the name back, never the number', async () => {
    const res = await submit(
      `${noticePath()}/ask`,
      { kind: 'rumour', text: ' ', name: '张三', phone: '1390000abc' },
      address(),
    );
    expect(res.status).toBe(400);
    expect(res.html).toContain('不是可选的值');
    expect(res.html).toContain('必须填写');
    expect(res.html).toContain('手机号码应为 11 位，以 1 开头');
    expect(res.html).toContain('value="张三"');
    expect(res.html).not.toContain('1390000abc');
    const nul = await submit(
      `${noticePath()}/ask`,
      { ...question, text: '村\u0000民', name: '张三', phone: '13700000009' },
      address(),
    );
    expect(nul.status).toBe(400);
    expect(nul.html).toContain('含有无法保存的字符');
    const huge = await submit(
      `${noticePath()}/ask`,
      { ...question, text: 'x'.repeat(70_000) },
      address(),
    );
    expect(huge.status).toBe(400);
    const notAnId = await withCode('not-a-code-row', '123456');
    expect(notAnId.html).toContain('验证码已过期');
    const notANotice = await askForCode('张三', '13700000009', address(), 'not-a-notice');
    expect(notANotice.status).toBe(404);
    const rowsBefore = (await codeRows())[0]!.n;
    const crossSite = await fetch(`${server.baseUrl}${noticePath()}/ask`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
      },
      body: new URLSearchParams({ ...question, name: '张三', phone: '13700000009' }).toString(),
    });
    expect(crossSite.status).toBe(403);
    expect((await codeRows())[0]!.n).toBe(rowsBefore);
    // the form's address opened as a page (a reload, the language link) leads to the form
    const opened = await fetch(`${server.baseUrl}${noticePath()}/ask/code?lang=en`, {
      redirect: 'manual',
    });
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe(`/p/${code}/n/${noticeId}?lang=en#ask`);
  });

  it('is off without a gateway: the notice says to ask the clerk, the forms are refused', async () => {
    const app = await buildApp({
      db: server.db,
      config: testConfig({ WEB_DIST: '/nonexistent' }),
      clock: server.clock,
    });
    try {
      const page = await app.inject({ url: noticePath() });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('没有账号的，请到村（居）委会，由工作人员代为登记');
      expect(page.body).not.toContain('获取短信验证码');
      const rowsBefore = (await codeRows())[0]!.n;
      const refused = await app.inject({
        method: 'POST',
        url: `${noticePath()}/ask`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({
          ...question,
          name: '李秀英',
          phone: person('李秀英').phone,
        }).toString(),
      });
      expect(refused.statusCode).toBe(404);
      expect(refused.body).toContain('本系统未开通短信验证码');
      expect((await codeRows())[0]!.n).toBe(rowsBefore);
    } finally {
      await app.close();
    }
  });
});
