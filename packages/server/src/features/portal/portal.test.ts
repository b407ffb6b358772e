import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { composeResidentId } from '@cunzhi/core/registry/residentIdNumber';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { buildApp } from '../../platform/http/app.ts';
import { testConfig } from '../../platform/config.ts';

/**
 * The public portal, read without an account: what it shows, what it never
 * shows (a sweep of every route for private data), its 404 and 400 pages,
 * escaping, the voided stamp, the feed, and the addresses printed as QR codes.
 */
describe(`the public portal (${describeDatabase()})`, () => {
  let server: TestServer;
  let A: string;
  let code: string;
  let topicNoticeId: string;
  let meetingId: string;
  let meetingNoticeId: string;
  let resolutionId: string;
  let revokedNoticeId: string;
  let futureNoticeId: string;
  let otherVillageNoticeId: string;
  let statementNoticeId: string;
  let voucherId: string;
  let receiptId: string;
  let unpublishedVoucherId: string;
  const RECEIPT = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
  /** Persons added to village A who hold no office: their names must never appear. */
  const PRIVATE_NAMES = ['赵秘密', '钱隐私', '孙不公开'];
  const SCRIPT_TITLE = '<script>alert("x")</script>关于停车场改造的议题公示';

  const text = async (path: string, headers: Record<string, string> = {}) => {
    const res = await server.anonymous().request('GET', path, undefined, headers);
    const body = Buffer.isBuffer(res.body) ? res.body.toString('utf8') : JSON.stringify(res.body);
    return { status: res.status, body, type: res.headers.get('content-type') ?? '', res };
  };

  beforeAll(async () => {
    server = await startTestServer();
    A = server.fixture.villageA.id;
    const [village] = await server.db.query<{ code: string }>(
      'SELECT code FROM village WHERE id = $1',
      [A],
    );
    code = village!.code;
    await addPrivatePersons();
    const chair = await server.as('committeeChair');
    const base = `/api/villages/${A}`;

    // a topic notice through the "1+3" procedure (its contact: the supervision chair, an office-holder)
    const matter = await chair.post(`${base}/matters`, {
      title: '停车场改造',
      category: 'majorMatter',
      workflow: 'onePlusThree',
    });
    expect(matter.status, JSON.stringify(matter.body)).toBe(201);
    const topic = await chair.post(`${base}/matters/${matter.body.matter.id}/steps`, {
      kind: 'topicPublished',
      on: '2026-11-20',
      notice: { title: SCRIPT_TITLE, body: '拟改造村东停车场。\n预算另行公示。' },
    });
    expect(topic.status, JSON.stringify(topic.body)).toBe(201);
    topicNoticeId = topic.body.noticeId;

    // a meeting convened through the API publishes its notice
    const convened = await chair.post(`${base}/meetings`, {
      kind: 'villagersAssembly',
      title: '村民会议：审议停车场改造方案',
      meetingOn: '2026-12-05',
      noticeOn: '2026-11-21',
      startsAt: '09:00',
      place: '村委会',
      agenda: '一、审议停车场改造方案',
    });
    expect(convened.status, JSON.stringify(convened.body)).toBe(201);
    meetingId = convened.body.meeting.id;
    const [mn] = await server.db.query<{ id: string }>(
      `SELECT id FROM notice WHERE village_id = $1 AND meeting_id = $2 AND kind = 'meeting'`,
      [A, meetingId],
    );
    meetingNoticeId = mn!.id;

    ({ resolutionId, noticeId: revokedNoticeId } = await revokedResolutionNotice());
    futureNoticeId = await rawNotice(A, '2026-12-01', '下月公示的公告');
    otherVillageNoticeId = await rawNotice(server.fixture.villageB.id, '2026-11-01', '乙村的公告');
    ({ statementNoticeId, voucherId, receiptId, unpublishedVoucherId } = await ledgerMonth());
    // 赵秘密's objection to the topic, answered; another not yet (rows as the disclosure module leaves them)
    for (const [text, answer] of [
      ['停车场占用了晒谷场，请说明。', '晒谷场另行安排在村西。'],
      ['未答复的问题', null],
    ])
      await server.db.query(
        `INSERT INTO notice_question (village_id, id, notice_id, kind, text, asker_person_id, entered_by, on_behalf, asked_on, answer_due_on, answer, answered_on, profile_id, profile_version)
         VALUES ($1, $2, $3, 'objection', $4, $5, $6, true, '2026-11-20', '2026-12-07', $7::text, CASE WHEN $7::text IS NULL THEN NULL ELSE '2026-11-21'::date END, 'national', '2025-10-28')`,
        [A, randomUUID(), topicNoticeId, text, privateIds[0], chairAccountId(), answer],
      );
  });
  afterAll(async () => {
    await server.close();
  });

  /** Persons added by addPrivatePersons, in the order of PRIVATE_NAMES. */
  const privateIds: string[] = [];

  async function addPrivatePersons() {
    const v = server.fixture.villageA;
    const householdId = randomUUID();
    await server.db.query(
      'INSERT INTO household (village_id, id, number, villager_group_id, address) VALUES ($1, $2, $3, $4, $5)',
      [A, householdId, 'PORTAL-1', v.groupIds[0], '甲村幸福路9号'],
    );
    for (const [i, name] of PRIVATE_NAMES.entries()) {
      privateIds.push(randomUUID());
      await server.db.query(
        `INSERT INTO person (village_id, id, household_id, name, gender, birth_date, resident_id_number, phone, relation_to_head, residence_status)
         VALUES ($1, $2, $3, $4, 'female', '1990-02-03', $5, $6, $7, 'resident')`,
        [
          A,
          privateIds[i],
          householdId,
          name,
          composeResidentId('330226', calendarDate('1990-02-03'), 101 + i * 2, 'female'),
          `1370000000${i}`,
          i === 0 ? 'head' : 'child',
        ],
      );
    }
  }

  /** A resolution notice whose resolution was later revoked (rows as the matters module leaves them). */
  async function revokedResolutionNotice() {
    const chairAccount = server.fixture.accounts.committeeChair.id;
    const meeting = randomUUID();
    const motion = randomUUID();
    const resolution = randomUUID();
    await server.db.query(
      `INSERT INTO meeting (village_id, id, kind, title, meeting_on, notice_on, status, convened_by, check_in_code, profile_id, profile_version)
       VALUES ($1, $2, 'representativesMeeting', '村民代表会议', '2026-10-10', '2026-10-01', 'closed', $3, 'PORTAL1', 'national', '2018-12-29')`,
      [A, meeting, chairAccount],
    );
    await server.db.query(
      `INSERT INTO motion (village_id, id, meeting_id, number, title, voting, status, yes, no, abstain, passed, closed_at)
       VALUES ($1, $2, $3, 1, '表决', 'showOfHands', 'closed', 20, 3, 0, true, now())`,
      [A, motion, meeting],
    );
    await server.db.query(
      `INSERT INTO resolution (village_id, id, year, number, meeting_id, motion_id, kind, title, adopted_on, decision, profile_id, profile_version, revoked_by, revoked_on)
       VALUES ($1, $2, 2026, 7, $3, $4, 'ordinary', '决议', '2026-10-10', '{}', 'national', '2018-12-29', $5, '2026-11-10')`,
      [A, resolution, meeting, motion, randomUUID()],
    );
    const noticeId = await rawNotice(A, '2026-10-12', '关于村道养护的决议公告', {
      kind: 'resolution',
      resolutionId: resolution,
    });
    return { resolutionId: resolution, noticeId };
  }

  /** October's books published as a finance statement; a November voucher not yet (the ledger's rows). */
  async function ledgerMonth() {
    const by = server.fixture.accounts.committeeChair.id;
    const q = (sql: string, params: unknown[]) => server.db.query(sql, params);
    for (const month of [10, 11])
      await q('INSERT INTO finance_period (village_id, year, month) VALUES ($1, 2026, $2)', [
        A,
        month,
      ]);
    const voucher = async (number: string, on: string, summary: string) => {
      const id = randomUUID();
      await q(
        `INSERT INTO finance_voucher (village_id, id, number, on_date, summary, source_kind, booked_by, booked_at)
         VALUES ($1, $2, $3, $4, $5, 'manual', $6, now())`,
        [A, id, number, on, summary, by],
      );
      await q(
        `INSERT INTO finance_voucher_line (village_id, voucher_id, line_no, account_code, debit_fen, credit_fen, counterparty)
         VALUES ($1, $2, 1, '220301', 45000000, 0, '花乡物业公司'), ($1, $2, 2, '1002', 0, 45000000, NULL)`,
        [A, id],
      );
      return id;
    };
    const october = await voucher('2026-10-001', '2026-10-24', '支付物业管理费');
    const november = await voucher('2026-11-001', '2026-11-02', '十一月的支出');
    const receipt = randomUUID();
    await q(
      `INSERT INTO finance_receipt (village_id, id, voucher_id, file_name, media_type, size_bytes, sha256, bytes, uploaded_by, uploaded_at)
       VALUES ($1, $2, $3, '发票.png', 'image/png', $4, $5, $6, $7, now())`,
      [A, receipt, october, RECEIPT.length, 'a'.repeat(64), RECEIPT, by],
    );
    const noticeId = await rawNotice(A, '2026-11-05', '甲村2026年10月财务收支公开', {
      kind: 'financeStatement',
    });
    await q(
      `INSERT INTO finance_statement (village_id, year, month, review_passed, review_opinion, reviewed_by, reviewed_at, totals, notice_id, published_at)
       VALUES ($1, 2026, 10, true, '经审核，收支真实', $2, now(), '{}', $3, now())`,
      [A, by, noticeId],
    );
    return {
      statementNoticeId: noticeId,
      voucherId: october,
      receiptId: receipt,
      unpublishedVoucherId: november,
    };
  }

  const chairAccountId = () => server.fixture.accounts.committeeChair.id;

  async function rawNotice(
    villageId: string,
    on: string,
    title: string,
    opts: { kind?: string; resolutionId?: string } = {},
  ): Promise<string> {
    const id = randomUUID();
    await server.db.query(
      `INSERT INTO notice (village_id, id, kind, title, body, published_on, period_ends_on, resolution_id, published_by)
       VALUES ($1, $2, $3, $4, $5, $6, $6::date + 15, $7, $8)`,
      [
        villageId,
        id,
        opts.kind ?? 'implementationResult',
        title,
        `${title}全文`,
        on,
        opts.resolutionId ?? null,
        server.fixture.accounts.committeeChair.id,
      ],
    );
    return id;
  }

  it('shows the village’s published notices by kind, who is who and the chain head, to anyone', async () => {
    const home = await text(`/p/${code}`);
    expect(home.status).toBe(200);
    expect(home.type).toContain('text/html');
    expect(home.body).toContain('<html lang="zh-CN">');
    expect(home.body).toContain('甲村');
    for (const heading of ['议题公示', '会议通知', '决议公告', '谁是谁', '审计链'])
      expect(home.body).toContain(heading);
    expect(home.body).toContain(`/p/${code}/n/${topicNoticeId}`);
    expect(home.body).toContain(`/p/${code}/n/${meetingNoticeId}`);
    // office-holders serving today, by body and post
    for (const name of ['王建国', '张桂兰', '王磊', '刘强', '陈志明'])
      expect(home.body).toContain(name);
    expect(home.body).toMatch(/书记<\/dt><dd>王建国/);
    // the supervision chair's phone, published as the topic notice's contact
    const [contact] = await server.db.query<{ contact_phone: string }>(
      'SELECT contact_phone FROM notice WHERE village_id = $1 AND id = $2',
      [A, topicNoticeId],
    );
    expect(home.body).toContain(`href="tel:${contact!.contact_phone}"`);
    const [head] = await server.db.query<{ seq: number; hash: string }>(
      'SELECT seq, hash FROM audit_head WHERE chain_id = $1',
      [A],
    );
    expect(home.body).toContain(`第 ${head!.seq} 条`);
    expect(home.body).toContain(head!.hash.slice(0, 8));
    // no script at all: nothing for a slow phone to download and run
    expect(home.body).not.toMatch(/<script/i);
    expect(home.res.headers.get('content-security-policy')).toContain("script-src 'self'");
    // the village's id (what the app's QR codes carry) opens the same page
    const byId = await text(`/p/${A}`);
    expect(byId.status).toBe(200);
    expect(byId.body).toContain(`/p/${code}/n/${topicNoticeId}`);
  });

  it('gives every notice a stable page, escaped, with its period, contact, issuer and audit record', async () => {
    const page = await text(`/p/${code}/n/${topicNoticeId}`);
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('<script>alert');
    expect(page.body).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;关于停车场改造的议题公示',
    );
    expect(page.body).toContain('<p>拟改造村东停车场。</p><p>预算另行公示。</p>');
    expect(page.body).toMatch(/公示期：2026年11月20日至\d{4}年\d{1,2}月\d{1,2}日/);
    expect(page.body).toContain('如有异议，请于公示期内向村务监督委员会反映。');
    expect(page.body).toContain('联系人：陈志明');
    expect(page.body).toContain('甲村村民委员会');
    // the answered objection, without who raised it; the unanswered one not yet
    expect(page.body).toContain('质询与答复');
    expect(page.body).toContain('停车场占用了晒谷场，请说明。');
    expect(page.body).toContain('2026年11月21日答复：晒谷场另行安排在村西。');
    expect(page.body).not.toContain('未答复的问题');
    const [published] = await server.db.query<{ seq: number }>(
      `SELECT seq FROM audit_event WHERE chain_id = $1 AND action = 'notice.published' AND target_id = $2`,
      [A, topicNoticeId],
    );
    expect(page.body).toContain(`审计链第 ${published!.seq} 条`);
    // the meeting's notice carries the record of the convening
    const meeting = await text(`/p/${code}/n/${meetingNoticeId}`);
    expect(meeting.status).toBe(200);
    expect(meeting.body).toContain('<p>一、审议停车场改造方案</p>');
    expect(meeting.body).toMatch(/审计链第 \d+ 条/);
  });

  it('marks a notice whose resolution was revoked, on its page, in lists and in the feed', async () => {
    const page = await text(`/p/${code}/n/${revokedNoticeId}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<span class="stamp">已撤销</span>');
    expect(page.body).toContain('本公告所涉决议已于2026年11月10日撤销，不得执行。');
    expect(page.body).toContain('甲村村民代表会议决议〔2026〕第7号');
    const list = await text(`/p/${code}/k/resolution`);
    expect(list.body).toContain('<span class="stamp">已撤销</span>');
    const feed = await text(`/p/${code}/feed.atom`);
    expect(feed.body).toContain('<title>【已撤销】关于村道养护的决议公告</title>');
  });

  it('searches the published notices only, with several words, literally', async () => {
    const found = await text(`/p/${code}/search?q=${encodeURIComponent('停车场')}`);
    expect(found.status).toBe(200);
    expect(found.body).toContain('找到 2 条');
    expect(found.body).toContain(`/n/${topicNoticeId}`);
    expect(found.body).toContain(`/n/${meetingNoticeId}`);
    const both = await text(`/p/${code}/search?q=${encodeURIComponent('停车场　预算')}`);
    expect(both.body).toContain('找到 1 条');
    const future = await text(`/p/${code}/search?q=${encodeURIComponent('下月公示')}`);
    expect(future.body).toContain('找到 0 条');
    // names and addresses in the registry are not searched: only what notices say
    for (const q of ['赵秘密', '李秀英', '幸福路'])
      expect((await text(`/p/${code}/search?q=${encodeURIComponent(q)}`)).body).toContain(
        '找到 0 条',
      );
    const other = await text(`/p/${code}/search?q=${encodeURIComponent('乙村')}`);
    expect(other.body).toContain('找到 0 条');
    // % and _ are searched for as themselves, not as wildcards
    for (const q of ['%', '_', '\\'])
      expect((await text(`/p/${code}/search?q=${encodeURIComponent(q)}`)).body).toContain(
        '找到 0 条',
      );
    const empty = await text(`/p/${code}/search`);
    expect(empty.status).toBe(200);
    expect(empty.body).toContain('name="q"');
  });

  it('sweeps every route: no private name, ID number, or phone other than a published contact', async () => {
    const persons = await server.db.query<{
      resident_id_number: string | null;
      phone: string | null;
    }>('SELECT resident_id_number, phone FROM person');
    const accounts = await server.db.query<{ phone: string }>('SELECT phone FROM account');
    const published = new Set(
      (
        await server.db.query<{ contact_phone: string }>(
          'SELECT contact_phone FROM notice WHERE village_id = $1 AND contact_phone IS NOT NULL',
          [A],
        )
      ).map((r) => r.contact_phone),
    );
    expect(published.size).toBeGreaterThan(0);
    const idNumbers = persons.map((p) => p.resident_id_number).filter((x): x is string => !!x);
    const phones = [...persons.map((p) => p.phone), ...accounts.map((a) => a.phone)].filter(
      (x): x is string => !!x && !published.has(x),
    );
    expect(idNumbers.length).toBeGreaterThan(10);
    expect(phones.length).toBeGreaterThan(10);
    // (a name searched for is echoed in the search box: the search for private names is checked apart)
    const searches = ['停车场', '王', '1370000000', '330226', '<script>', '公告', 'a b', '幸福路'];
    const paths = [
      `/p/${code}`,
      `/p/${A}`,
      `/p/${code}/n/${topicNoticeId}`,
      `/p/${code}/n/${meetingNoticeId}`,
      `/p/${code}/n/${revokedNoticeId}`,
      `/p/${code}/k/topic`,
      `/p/${code}/k/meeting`,
      `/p/${code}/k/resolution`,
      `/p/${code}/audit`,
      `/p/${code}/feed.atom`,
      `/p/${code}/search`,
      ...searches.map((q) => `/p/${code}/search?q=${encodeURIComponent(q)}`),
      `/p/${code}/n/${statementNoticeId}`,
      `/p/${code}/k/financeStatement`,
      `/p/${code}/v/${voucherId}`,
      `/p/${code}/v/${unpublishedVoucherId}`,
      `/p/${code}/r/${resolutionId}`,
      `/p/${code}/m/${meetingId}`,
      `/p/${code}/n/${futureNoticeId}`,
      `/p/${code}/n/${otherVillageNoticeId}`,
      `/p/${code}/nothing-here`,
    ];
    const all = [...paths, ...paths.map((p) => `${p}${p.includes('?') ? '&' : '?'}lang=en`)];
    for (const path of all) {
      // follow the QR redirects as a phone would
      const res = await fetch(`${server.baseUrl}${path}`);
      const body = await res.text();
      expect(res.status, path).toBeLessThan(500);
      for (const name of [...PRIVATE_NAMES, '李秀英'])
        expect(body.includes(name), `${path} shows ${name}`).toBe(false);
      for (const id of idNumbers)
        expect(body.includes(id), `${path} shows an ID number`).toBe(false);
      for (const phone of phones)
        expect(body.includes(phone), `${path} shows ${phone}`).toBe(false);
      expect(body, path).not.toContain('甲村幸福路9号');
      expect(body, path).not.toContain('1990-02-03');
    }
  });

  it('answers an unknown village, notice or page with a 404 page, and bad input with a 400 page', async () => {
    const missing = [
      '/p/no-such-village',
      `/p/${randomUUID()}`,
      `/p/${code}/n/${randomUUID()}`,
      `/p/${code}/n/not-a-uuid`,
      `/p/${code}/n/${futureNoticeId}`,
      `/p/${code}/n/${otherVillageNoticeId}`,
      `/p/${code}/k/lease`,
      `/p/${code}/nothing/here`,
      '/p',
      '/p/',
      `/p/${'x'.repeat(200)}`,
    ];
    for (const path of missing) {
      const res = await text(path, { accept: 'text/html' });
      expect(res.status, path).toBe(404);
      expect(res.type, path).toContain('text/html');
      expect(res.body, path).toContain('找不到这个页面');
    }
    // a resolution or meeting not yet announced: the QR code says so
    const unannounced = await text(`/p/${code}/r/${randomUUID()}`);
    expect(unannounced.status).toBe(404);
    expect(unannounced.body).toContain('尚未公告');
    const bad = [
      `/p/${code}/search?q=${encodeURIComponent('村'.repeat(51))}`,
      `/p/${code}/search?q=${encodeURIComponent('a\u0001')}`,
      `/p/${code}/search?q=a&q=b`,
      `/p/${code}/search?q=a&page=0`,
      `/p/${code}/k/topic?page=abc`,
      `/p/${code}/k/topic?page=1001`,
      `/p/${code}/k/top-ic`,
    ];
    for (const path of bad) {
      const res = await text(path);
      expect(res.status, path).toBe(400);
      expect(res.type, path).toContain('text/html');
      expect(res.body, path).toContain('请求有误');
    }
    const en = await text(`/p/${code}/search?q=${'x'.repeat(51)}&lang=en`);
    expect(en.body).toContain('at most 50 characters');
  });

  it('sends the QR codes of printed resolutions and meeting notices to the notice that published them', async () => {
    const go = (path: string) => fetch(`${server.baseUrl}${path}`, { redirect: 'manual' });
    const resolution = await go(`/p/${A}/r/${resolutionId}`);
    expect(resolution.status).toBe(302);
    expect(resolution.headers.get('location')).toBe(`/p/${code}/n/${revokedNoticeId}`);
    const meeting = await go(`/p/${A}/m/${meetingId}?lang=en`);
    expect(meeting.status).toBe(302);
    expect(meeting.headers.get('location')).toBe(`/p/${code}/n/${meetingNoticeId}?lang=en`);
  });

  it('publishes an Atom feed of the village’s notices', async () => {
    const feed = await text(`/p/${code}/feed.atom`);
    expect(feed.status).toBe(200);
    expect(feed.type).toContain('application/atom+xml');
    expect(
      feed.body.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"',
      ),
    ).toBe(true);
    expect(wellFormed(feed.body)).toBe(true);
    const entries = feed.body.match(/<entry>[\s\S]*?<\/entry>/g) ?? [];
    expect(entries).toHaveLength(4);
    for (const e of entries) {
      expect(e).toMatch(/<id>urn:uuid:[0-9a-f-]{36}<\/id>/);
      expect(e).toMatch(/<updated>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z<\/updated>/);
      expect(e).toMatch(
        /<link rel="alternate" type="text\/html" href="http:\/\/[^"]+\/p\/[^"]+\/n\/[0-9a-f-]{36}"\/>/,
      );
      expect(e).toContain('<title>');
    }
    expect(feed.body).toContain(`<id>urn:uuid:${A}</id>`);
    expect(feed.body).toContain('<author><name>甲村村民委员会</name></author>');
    expect(feed.body).toContain('&lt;script&gt;');
    expect(feed.body).not.toContain('下月公示');
  });

  it('speaks English when asked, in the address or by the browser', async () => {
    const asked = await text(`/p/${code}?lang=en`);
    expect(asked.body).toContain('<html lang="en">');
    expect(asked.body).toContain('Who is who');
    expect(asked.body).toContain(`/p/${code}/n/${topicNoticeId}?lang=en`);
    const page = await text(`/p/${code}/n/${revokedNoticeId}`, { 'accept-language': 'en-GB,en' });
    expect(page.body).toContain('revoked on 10 November 2026');
    expect(page.body).toContain('Resolutions');
    // the switch leads back to Chinese
    expect(asked.body).toContain(`href="/p/${code}?lang=zh-CN"`);
  });

  it('publishes today’s chain head on its chain page', async () => {
    const page = await text(`/p/${code}/audit`);
    expect(page.status).toBe(200);
    const [checkpoint] = await server.db.query<{ hash: string }>(
      `SELECT hash FROM audit_checkpoint WHERE village_id = $1 AND day = '2026-11-21'`,
      [A],
    );
    expect(checkpoint).toBeDefined();
    expect(page.body).toContain(checkpoint!.hash.slice(0, 8));
    expect(page.body).toContain('2026年11月21日');
  });
  it('links a published finance statement to each voucher and its receipts', async () => {
    const statement = await text(`/p/${code}/n/${statementNoticeId}`);
    expect(statement.status).toBe(200);
    expect(statement.body).toContain('本月凭证明细');
    expect(statement.body).toContain(`href="/p/${code}/v/${voucherId}"`);
    expect(statement.body).toContain('¥450,000.00');
    expect(statement.body).toContain('花乡物业公司');
    // November's books are not published yet: not linked, not shown
    expect(statement.body).not.toContain(unpublishedVoucherId);
    const voucher = await text(`/p/${code}/v/${voucherId}`);
    expect(voucher.status).toBe(200);
    expect(voucher.body).toContain('2026-10-001 支付物业管理费');
    expect(voucher.body).toContain('1002 ');
    expect(voucher.body).toContain(`href="/p/${code}/v/${voucherId}/receipts/${receiptId}"`);
    expect(voucher.body).toContain(`href="/p/${code}/n/${statementNoticeId}"`);
    const file = await server.anonymous().get(`/p/${code}/v/${voucherId}/receipts/${receiptId}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(Buffer.compare(file.body as Buffer, RECEIPT)).toBe(0);
    for (const path of [
      `/p/${code}/v/${unpublishedVoucherId}`,
      `/p/${code}/v/${randomUUID()}`,
      `/p/${code}/v/${voucherId}/receipts/${randomUUID()}`,
      `/p/${server.fixture.villageB.id}/v/${voucherId}`,
    ])
      expect((await text(path)).status, path).toBe(404);
  });

  it('limits each address like the other public routes, with a page that says so', async () => {
    const app = await buildApp({
      db: server.db,
      config: testConfig({ WEB_DIST: '/nonexistent', PORTAL_RATE_PER_MINUTE: 2 }),
      clock: server.clock,
    });
    try {
      const answers = [];
      for (let i = 0; i < 3; i += 1) answers.push(await app.inject({ url: `/p/${code}` }));
      expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 429]);
      expect(answers[2]!.headers['content-type']).toContain('text/html');
      expect(answers[2]!.body).toContain('请求太频繁');
    } finally {
      await app.close();
    }
  });

  it('is not swallowed by the web app: /p/… stays the portal’s, its 404 included', async () => {
    const dist = await mkdtemp(path.join(os.tmpdir(), 'cunzhi-portal-web-'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>SPA</title>');
    const app = await buildApp({
      db: server.db,
      config: testConfig({ WEB_DIST: dist }),
      clock: server.clock,
    });
    try {
      const html = { accept: 'text/html' };
      const home = await app.inject({ url: `/p/${code}`, headers: html });
      expect(home.statusCode).toBe(200);
      expect(home.body).toContain('谁是谁');
      const missing = await app.inject({ url: `/p/${code}/no/such/page`, headers: html });
      expect(missing.statusCode).toBe(404);
      expect(missing.body).toContain('找不到这个页面');
      expect(missing.body).not.toContain('SPA');
      // the app's own pages still fall back to it
      const spa = await app.inject({ url: `/v/${A}/notices`, headers: html });
      expect(spa.body).toContain('SPA');
    } finally {
      await app.close();
      await rm(dist, { recursive: true, force: true });
    }
  });
});

/** Tags balance and every `&` starts an entity: enough to know the feed is well-formed XML. */
function wellFormed(xml: string): boolean {
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(body)) return false;
  const stack: string[] = [];
  for (const [, close, name, selfClosing] of body.matchAll(
    /<(\/?)([A-Za-z][\w:-]*)[^>]*?(\/?)>/g,
  )) {
    if (selfClosing) continue;
    if (close) {
      if (stack.pop() !== name) return false;
    } else stack.push(name!);
  }
  return stack.length === 0;
}
