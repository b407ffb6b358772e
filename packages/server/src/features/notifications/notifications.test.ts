import { mkdtempSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { MAX_ATTEMPTS } from '@cunzhi/core/notifications/backoff';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { fileAdapter, type SmsAdapter } from '../../platform/outbox/adapter.ts';
import { outboxDepth } from '../../platform/outbox/repository.ts';
import { deliverBatch, drainOutbox } from '../../platform/outbox/worker.ts';
import { notifyPerson } from './enqueue.ts';

const ORIGIN = 'https://cz.example.cn';

/** The notification outbox (issue 16 item 3): publication → messages in one transaction, delivery, retries, 我的消息. Today is 2026-11-21. */
describe(`notifications (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  let households: number;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cunzhi-outbox-'));

  beforeAll(async () => {
    server = await startTestServer({ PUBLIC_ORIGIN: ORIGIN });
    base = `/api/villages/${server.fixture.villageA.id}`;
    const [row] = await server.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM household WHERE village_id = $1',
      [server.fixture.villageA.id],
    );
    households = row!.n;
  });
  afterAll(async () => {
    await server.close();
  });

  const publish = async (title: string) => {
    const res = await (
      await server.as('committeeChair')
    ).post(`${base}/disclosure/notices`, {
      kind: 'villageAffairs',
      title,
      body: '道路硬化工程进度、低保户名单',
      publishedOn: '2026-11-21',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.notice.id as string;
  };
  const delivery = async (noticeId: string) => {
    const res = await (
      await server.as('committeeChair')
    ).get(`${base}/notifications/notices/${noticeId}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };
  const count = async (sql: string, params: unknown[]) =>
    (await server.db.query<{ n: number }>(sql, params))[0]!.n;

  it('a published notice writes an in-app message and an SMS for every household, with the notice', async () => {
    const id = await publish('2026年第四季度村务公开');
    const body = await delivery(id);
    expect(body.notice).toMatchObject({
      households,
      sms: { pending: households, sent: 0, failed: 0, none: 0 },
    });
    expect(body.households).toHaveLength(households);
    expect(body.households[0]).toMatchObject({ sms: 'pending', attempts: 0, addressee: '王建国' });
    const link = `${ORIGIN}/p/${encodeURIComponent(await villageCode())}/n/${id}`;
    expect(body.texts.sms.text).toBe(
      `【${await villageName()}】2026年11月21日公布：2026年第四季度村务公开。详情：${link}`,
    );
    expect(body.texts.sms.segments.map((s: { text: string }) => s.text).join('')).toBe(
      body.texts.sms.text,
    );
    expect(body.texts.wechat).toMatchObject({
      url: link,
      data: { keyword1: { value: '2026年第四季度村务公开' } },
    });
    // no phone number leaves the server: not one of the fixture's 139… numbers is in the answer
    expect(JSON.stringify(body)).not.toMatch(/139\d{8}/);
  });

  it('a notice recorded after its publicity period ended tells no one', async () => {
    const res = await (
      await server.as('committeeChair')
    ).post(`${base}/disclosure/notices`, {
      kind: 'villageAffairs',
      title: '2026年第三季度村务公开（补录）',
      body: '已于十月张贴',
      publishedOn: '2026-10-01',
      periodEndsOn: '2026-10-20',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const messages = await count(
      'SELECT count(*)::int AS n FROM outbox_message WHERE notice_id = $1',
      [res.body.notice.id],
    );
    expect(messages).toBe(0);
  });

  it('a publication and its messages commit together: when the messages cannot be written, there is no notice', async () => {
    const notices = () =>
      count('SELECT count(*)::int AS n FROM notice WHERE village_id = $1', [
        server.fixture.villageA.id,
      ]);
    const before = await notices();
    await server.db.query(`CREATE FUNCTION outbox_refuse() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN RAISE EXCEPTION 'outbox refused'; END $$`);
    await server.db.query(
      'CREATE TRIGGER outbox_refuse BEFORE INSERT ON outbox_message FOR EACH STATEMENT EXECUTE FUNCTION outbox_refuse()',
    );
    try {
      const res = await (
        await server.as('committeeChair')
      ).post(`${base}/disclosure/notices`, {
        kind: 'villageAffairs',
        title: '不该出现的公告',
        body: '…',
        publishedOn: '2026-11-21',
      });
      expect(res.status).toBe(500);
    } finally {
      await server.db.query('DROP TRIGGER outbox_refuse ON outbox_message');
      await server.db.query('DROP FUNCTION outbox_refuse()');
    }
    expect(await notices()).toBe(before);
  });

  it('the worker delivers each SMS once through the file adapter; the villager reads it in 我的消息', async () => {
    const id = await publish('关于冬季防火的通知');
    const file = path.join(dir, 'deliver.jsonl');
    const result = await drainOutbox(server.db, fileAdapter(file));
    expect(result.sent).toBeGreaterThanOrEqual(households);
    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
    expect(lines.filter((l) => l.text.includes('关于冬季防火的通知'))).toHaveLength(households);
    expect((await delivery(id)).notice.sms).toEqual({
      pending: 0,
      sent: households,
      failed: 0,
      none: 0,
    });
    expect(await outboxDepth(server.db)).toBe(0);

    const mine = await (await server.as('villager')).get(`${base}/my-messages`);
    expect(mine.status).toBe(200);
    expect(mine.body.items[0]).toMatchObject({
      reason: 'notice',
      heading: '村务公开',
      line: '2026年11月21日公布：关于冬季防火的通知',
    });
  });

  it('a refused SMS is retried after 30 s, then twice as long, and failed after the last attempt; a cadre retries it', async () => {
    const id = await publish('关于医保缴费的通知');
    const down: SmsAdapter = {
      name: 'down',
      send: async () => {
        throw new Error('gateway answered HTTP 503');
      },
    };
    const counted = { sent: 0, retrying: 0, failed: 0 };
    await deliverBatch(server.db, down, counted);
    expect(counted.retrying).toBe(households);
    const waits = await server.db.query<{ s: number; status: string; last_error: string }>(
      `SELECT round(extract(epoch FROM next_attempt_at - now()))::int AS s, status, last_error
       FROM outbox_message WHERE notice_id = $1 AND channel = 'sms'`,
      [id],
    );
    expect(waits.every((w) => w.status === 'pending' && w.s >= 28 && w.s <= 30)).toBe(true);
    expect(waits[0]!.last_error).toBe('gateway answered HTTP 503');
    // the remaining attempts, each made due at once
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      await server.db.query(
        `UPDATE outbox_message SET next_attempt_at = now() WHERE notice_id = $1 AND status = 'pending'`,
        [id],
      );
      await deliverBatch(server.db, down, counted);
    }
    const failed = await delivery(id);
    expect(failed.notice.sms.failed).toBe(households);
    expect(failed.households[0]).toMatchObject({ sms: 'failed', attempts: MAX_ATTEMPTS });

    const villager = await (
      await server.as('villager')
    ).post(`${base}/notifications/notices/${id}/retry`);
    expect(villager.status).toBe(403);
    const retried = await (
      await server.as('committeeChair')
    ).post(`${base}/notifications/notices/${id}/retry`);
    expect(retried.body).toEqual({ requeued: households });
    expect((await delivery(id)).notice.sms.pending).toBe(households);
    const [event] = await server.db.query<{ action: string; data: { requeued: number } }>(
      `SELECT action, data FROM audit_event WHERE chain_id = $1 ORDER BY seq DESC LIMIT 1`,
      [server.fixture.villageA.id],
    );
    expect(event).toMatchObject({ action: 'outbox.retried', data: { requeued: households } });
    await drainOutbox(server.db, fileAdapter(path.join(dir, 'retry.jsonl')));
    expect((await delivery(id)).notice.sms.sent).toBe(households);
  });

  it('every kind of SMS, not a notice’s only, is retried with backoff: a gateway down, then up', async () => {
    // a service request's, a complaint's and a petition's, to people outside the registry
    const villageId = server.fixture.villageA.id;
    const about = {
      serviceRefused: 'serviceRequest',
      complaintAnswered: 'complaint',
      petitionOverdue: 'petition',
    } as const;
    const subjects = Object.entries(about).map(([kind, subject], i) => ({
      kind: kind as keyof typeof about,
      subject,
      id: randomUUID(),
      phone: `1390000100${i}`,
    }));
    await server.db.transaction(async (tx) => {
      for (const s of subjects)
        await notifyPerson({ villageId, config: { PUBLIC_ORIGIN: ORIGIN } }, tx, {
          kind: s.kind,
          about: { kind: s.subject, id: s.id },
          causeId: randomUUID(),
          personId: null,
          phone: s.phone,
          title: '低保申请',
          on: calendarDate('2026-11-21'),
          path: null,
        });
    });
    const ids = subjects.map((s) => s.id);
    const rows = () =>
      server.db.query<{ status: string; attempts: number; wait: number; recipient: string }>(
        `SELECT status, attempts, round(extract(epoch FROM next_attempt_at - now()))::int AS wait, recipient
         FROM outbox_message WHERE subject_id = ANY($1::uuid[]) ORDER BY recipient`,
        [ids],
      );
    const down: SmsAdapter = {
      name: 'down',
      send: async () => {
        throw new Error('gateway answered HTTP 503');
      },
    };
    await deliverBatch(server.db, down);
    const waiting = await rows();
    expect(waiting).toHaveLength(3);
    for (const r of waiting) {
      expect(r).toMatchObject({ status: 'pending', attempts: 1 });
      expect(r.wait).toBeGreaterThanOrEqual(28);
      expect(r.wait).toBeLessThanOrEqual(30);
    }
    // not due yet: the gateway, back up, is not given them before their time
    const file = path.join(dir, 'kinds.jsonl');
    await drainOutbox(server.db, fileAdapter(file));
    expect((await rows()).every((r) => r.status === 'pending')).toBe(true);
    await server.db.query(
      `UPDATE outbox_message SET next_attempt_at = now() WHERE subject_id = ANY($1::uuid[])`,
      [ids],
    );
    await drainOutbox(server.db, fileAdapter(file));
    expect((await rows()).map((r) => [r.status, r.attempts])).toEqual([
      ['sent', 2],
      ['sent', 2],
      ['sent', 2],
    ]);
    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { phone: string; text: string });
    expect(lines.map((l) => l.phone).sort()).toEqual(subjects.map((s) => s.phone));
    expect(lines.every((l) => !l.text.includes('请登录'))).toBe(true);
  });

  it('the two committees record the office phone, which the texts to someone outside the registry give', async () => {
    const villageId = server.fixture.villageA.id;
    const url = `${base}/notifications/office-phone`;
    const chair = await server.as('committeeChair');
    const outsiderText = async () => {
      const subject = randomUUID();
      await server.db.transaction(async (tx) => {
        await notifyPerson({ villageId, config: { PUBLIC_ORIGIN: ORIGIN } }, tx, {
          kind: 'serviceRefused',
          about: { kind: 'serviceRequest', id: subject },
          causeId: randomUUID(),
          personId: null,
          phone: '13900003001',
          title: '低保申请',
          on: calendarDate('2026-11-21'),
          path: null,
        });
      });
      const [row] = await server.db.query<{ text: string }>(
        `SELECT payload->>'text' AS text FROM outbox_message WHERE subject_id = $1`,
        [subject],
      );
      return row!.text;
    };
    expect(await outsiderText()).toMatch(/请到村委会询问原因$/);
    expect((await chair.get(`${base}/notifications/notices`)).body.officePhone).toBeNull();

    // a villager may not; bad input is refused naming the field, and nothing is written
    expect(
      (await (await server.as('villager')).request('PUT', url, { officePhone: '028-83561234' }))
        .status,
    ).toBe(403);
    for (const bad of [{ officePhone: '拨打12345' }, { officePhone: '028--' }, {}]) {
      const refused = await chair.request('PUT', url, bad);
      expect(refused.status).toBe(400);
      expect(refused.body.error.fields[0]).toMatchObject({ field: 'officePhone' });
      expect(refused.body.error.fields[0].message).toMatch(/^村委会联系电话：/);
    }
    expect((await chair.get(`${base}/notifications/notices`)).body.officePhone).toBeNull();

    const set = await chair.request('PUT', url, { officePhone: ' 028-83561234 ' });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ officePhone: '028-83561234' });
    expect((await chair.get(`${base}/notifications/notices`)).body.officePhone).toBe(
      '028-83561234',
    );
    expect(await outsiderText()).toMatch(/请致电村委会028-83561234询问原因$/);
    // the same number again records nothing; clearing it is recorded
    await chair.request('PUT', url, { officePhone: '028-83561234' });
    expect((await chair.request('PUT', url, { officePhone: '' })).body).toEqual({
      officePhone: null,
    });
    const events = await server.db.query<{ data: unknown }>(
      `SELECT data FROM audit_event WHERE action = 'village.officePhoneSet' AND chain_id = $1 ORDER BY seq`,
      [villageId],
    );
    expect(events.map((e) => e.data)).toEqual([
      { before: null, after: '028-83561234' },
      { before: '028-83561234', after: null },
    ]);
    expect(await outsiderText()).toMatch(/请到村委会询问原因$/);
  });

  it('a failed SMS of any kind is listed and retried by a cadre, once under concurrency, audited', async () => {
    const villageId = server.fixture.villageA.id;
    const subject = randomUUID();
    await server.db.transaction(async (tx) => {
      await notifyPerson({ villageId, config: { PUBLIC_ORIGIN: ORIGIN } }, tx, {
        kind: 'petitionAccepted',
        about: { kind: 'petition', id: subject },
        causeId: randomUUID(),
        personId: null,
        phone: '13900002001',
        title: '',
        on: calendarDate('2026-11-21'),
        filedOn: calendarDate('2026-11-20'),
        path: null,
      });
    });
    await server.db.query(
      `UPDATE outbox_message SET status = 'failed', attempts = $2, last_error = 'gateway answered HTTP 503'
       WHERE subject_id = $1`,
      [subject, MAX_ATTEMPTS],
    );
    const chair = await server.as('committeeChair');
    const listed = await chair.get(`${base}/notifications/failed`);
    expect(listed.status).toBe(200);
    expect(listed.body.retry).toBe(true);
    const item = listed.body.items.find((i: { kind: string }) => i.kind === 'petitionAccepted');
    expect(item).toMatchObject({ subject: 'petition', attempts: MAX_ATTEMPTS });
    // never the number nor the words
    expect(JSON.stringify(listed.body)).not.toContain('13900002001');
    expect(JSON.stringify(listed.body)).not.toContain('信访事项');

    const retryUrl = `${base}/notifications/messages/${item.id}/retry`;
    expect((await (await server.as('villager')).post(retryUrl)).status).toBe(403);
    expect((await (await server.as('supervisionChair')).post(retryUrl)).status).toBe(403);
    // two cadres at once: one requeues it, the other finds it queued
    const secretary = await server.as('partySecretary');
    const results = await Promise.all([chair.post(retryUrl), secretary.post(retryUrl)]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(results.map((r) => r.body.requeued).sort()).toEqual([0, 1]);
    const events = await server.db.query<{ data: unknown }>(
      `SELECT data FROM audit_event WHERE action = 'outbox.messageRetried' AND target_id = $1`,
      [item.id],
    );
    expect(events).toEqual([{ data: { kind: 'petitionAccepted', subject: 'petition' } }]);
    const file = path.join(dir, 'retry-one.jsonl');
    await drainOutbox(server.db, fileAdapter(file));
    const sent = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .filter((l) => JSON.parse(l).id === item.id);
    expect(sent).toHaveLength(1);
    expect((await chair.post(retryUrl)).body.requeued).toBe(0);
    // a notice's SMS is not retried one by one here
    const [noticeSms] = await server.db.query<{ id: string }>(
      `SELECT id FROM outbox_message WHERE notice_id IS NOT NULL AND channel = 'sms' LIMIT 1`,
    );
    expect((await chair.post(`${base}/notifications/messages/${noticeSms!.id}/retry`)).status).toBe(
      404,
    );
  });

  it('two workers at once: every SMS delivered exactly once', async () => {
    const before = await outboxDepth(server.db);
    for (let i = 0; i < 20; i++) await publish(`并发测试公告第${i + 1}号`);
    const depth = await outboxDepth(server.db);
    expect(depth - before).toBe(20 * households);
    const file = path.join(dir, 'race.jsonl');
    const worker = async () => {
      const adapter = fileAdapter(file);
      while ((await deliverBatch(server.db, adapter, undefined, 7)) > 0);
    };
    await Promise.all([worker(), worker()]);
    const ids = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).id);
    expect(ids).toHaveLength(depth);
    expect(new Set(ids).size).toBe(depth);
    expect(await outboxDepth(server.db)).toBe(0);
  });

  it('an answered question tells the asker alone', async () => {
    const id = await publish('2026年11月村务公开：垃圾清运费');
    const asked = await (
      await server.as('villager')
    ).post(`${base}/notices/${id}/questions`, {
      kind: 'question',
      text: '独居老人是否减免？',
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    const answered = await (
      await server.as('committeeChair')
    ).post(`${base}/questions/${asked.body.question.id}/answer`, { answer: '减半收取' });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    const mine = await (await server.as('villager')).get(`${base}/my-messages`);
    expect(mine.body.items[0]).toMatchObject({
      reason: 'answer',
      heading: '提问答复',
      line: '您对“2026年11月村务公开：垃圾清运费”的提问已于2026年11月21日答复',
    });
    const answers = await count(
      `SELECT count(*)::int AS n FROM outbox_message WHERE cause_id = $1`,
      [asked.body.question.id],
    );
    expect(answers).toBe(2); // in-app and SMS, to the asker's household only
  });

  const villageName = async () =>
    (
      await server.db.query<{ name: string }>('SELECT name FROM village WHERE id = $1', [
        server.fixture.villageA.id,
      ])
    )[0]!.name;
  const villageCode = async () =>
    (
      await server.db.query<{ code: string }>('SELECT code FROM village WHERE id = $1', [
        server.fixture.villageA.id,
      ])
    )[0]!.code;
});
