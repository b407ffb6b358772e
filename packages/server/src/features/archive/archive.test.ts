import { createHash, randomUUID } from 'node:crypto';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '@cunzhi/core/audit/canonical';
import { appendAuditEvent } from '../../platform/audit/appendAuditEvent.ts';
import { verifyChain } from '../../platform/audit/verifyChain.ts';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';

/** An ID number that passes the checksum (the fixture's own kind), typed into minutes. */
const ID = '330226198001011237';

/**
 * 村务档案 through the HTTP API (VCOL-34-ARCHIVE): the year's index over meetings and the
 * books (no copy), a document filed by hand with its bytes and SHA-256, what should have
 * been filed and was not, and the year's zip read back: its index, each item's proof whose
 * hashes recompute, the export on the chain, ID numbers masked for a reader without the right.
 */
describe(`the village archive (${describeDatabase()})`, () => {
  let server: TestServer;
  let villageId: string;
  let base: string;
  let chair: HttpClient;
  let supervisor: HttpClient;
  const meetingId = randomUUID();
  const silentMeetingId = randomUUID();

  /** A closed meeting as the meetings feature leaves it, with its chain event. */
  async function closedMeeting(id: string, title: string, on: string, minutes: string) {
    const account = server.fixture.accounts.committeeChair.id;
    await server.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO meeting (village_id, id, kind, title, meeting_on, notice_on, status, convened_by, minutes,
           check_in_code, closed_at, profile_id, profile_version)
         VALUES ($1, $2, 'representativesMeeting', $3, $4, $4, 'closed', $5, $6, 'X', $7, 'national', '2025-10-28')`,
        [villageId, id, title, on, account, minutes, new Date(`${on}T10:00:00Z`)],
      );
      await appendAuditEvent(tx, {
        chainId: villageId,
        actorAccountId: account,
        action: 'meeting.closed',
        targetType: 'meeting',
        targetId: id,
        data: { minutes },
        occurredAt: new Date(`${on}T10:00:00Z`),
      });
    });
  }

  beforeAll(async () => {
    server = await startTestServer();
    villageId = server.fixture.villageA.id;
    base = `/api/villages/${villageId}`;
    chair = await server.as('committeeChair');
    supervisor = await server.as('supervisionChair');
    await closedMeeting(meetingId, '第三季度村民代表会议', '2026-09-10', `张三（${ID}）领取补助。`);
    await closedMeeting(silentMeetingId, '第二季度村民代表会议', '2026-06-10', '');
    // 2025's books: March to December booked, December left open
    await server.db.transaction(async (tx) => {
      for (let m = 3; m <= 12; m++)
        await tx.query(
          `INSERT INTO finance_period (village_id, year, month, closed, closed_at) VALUES ($1, 2025, $2, $3, $4)`,
          [villageId, m, m < 12, m < 12 ? new Date('2026-01-05T00:00:00Z') : null],
        );
      await tx.query(
        `INSERT INTO finance_period (village_id, year, month, closed, closed_at) VALUES ($1, 2026, 1, true, $2)`,
        [villageId, new Date('2026-02-05T00:00:00Z')],
      );
      await appendAuditEvent(tx, {
        chainId: villageId,
        actorAccountId: null,
        action: 'financePeriod.closed',
        targetType: 'financePeriod',
        targetId: '2026-01',
        data: { period: '2026-01' },
        occurredAt: new Date('2026-02-05T00:00:00Z'),
      });
    });
  });
  afterAll(async () => {
    await server.close();
  });

  const page = async (client: HttpClient, year = 2026) =>
    (await client.get(`${base}/archive?year=${year}`)).body;

  it('indexes the records where they are, with their proof and retention; masks ID numbers for a reader without the right', async () => {
    const p = await page(supervisor);
    const keys = p.items.map((i: { key: string }) => i.key);
    expect(keys).toEqual([
      'financePeriod:2026-01',
      `meeting:${silentMeetingId}`,
      `meeting:${meetingId}`,
    ]);
    const month = p.items[0];
    expect(month).toMatchObject({ type: 'financeAccounts', keptThrough: 2056, source: 'records' });
    expect(month.fingerprint.seq).toBeGreaterThan(0);
    expect(p.items[1].note).toContain('会议纪要未记录');
    // in 2026 the law's list no longer names the books; it names meeting records
    const listed = Object.fromEntries(
      p.types.map((t: { type: string; listed: boolean }) => [t.type, t.listed]),
    );
    expect(listed).toMatchObject({ meetingRecords: true, financeAccounts: false });
    expect(p.citations[0].text).toContain('第三十九条');
    expect(p.supervisionReportsIndexed).toBe(true);
  });

  it('what should have been filed: minutes over 30 days, 2025’s open month, the election files', async () => {
    const codes = (await page(chair)).findings.map((f: { code: string }) => f.code).sort();
    expect(codes).toEqual([
      'election_files_not_filed',
      'finance_year_not_closed',
      'minutes_not_filed',
    ]);
    const town = await server.as('townOfficial');
    const list = await town.get('/api/oversight/villages');
    const a = list.body.items.find((x: { id: string }) => x.id === villageId);
    expect(a.findings.filter((f: { area: string }) => f.area === 'archive')).toHaveLength(3);
  });

  let fileId: string;
  const bytes = new TextEncoder().encode('第十二届村民委员会选举结果报告单（扫描件）');

  it('files a document by hand: bytes and SHA-256 kept, the act on the chain; the finding goes', async () => {
    const form = new FormData();
    form.set('type', 'electionFiles');
    form.set('title', '2026年村民委员会换届选举结果报告单');
    form.set('documentOn', '2026-04-20');
    form.set('file', new Blob([bytes], { type: 'application/pdf' }), '选举结果.pdf');
    const res = await chair.post(`${base}/archive/items`, form);
    expect(res.status).toBe(201);
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(res.body.item).toMatchObject({
      type: 'electionFiles',
      source: 'manual',
      keptThrough: null,
      file: { name: '选举结果.pdf', bytes: bytes.length, sha256: sha },
    });
    fileId = res.body.item.link.id;
    const file = await supervisor.get(`${base}/archive/items/${fileId}/file`);
    expect(Buffer.from(file.body as Buffer).equals(Buffer.from(bytes))).toBe(true);
    const codes = (await page(chair)).findings.map((f: { code: string }) => f.code);
    expect(codes).not.toContain('election_files_not_filed');
  });

  it('refuses a kind filed from the records, a missing file, a future date — field by field', async () => {
    const form = new FormData();
    form.set('type', 'meetingRecords');
    form.set('title', '会议记录');
    form.set('documentOn', '2026-04-20');
    form.set('file', new Blob([bytes]), 'a.pdf');
    const derived = await chair.post(`${base}/archive/items`, form);
    expect(derived.status).toBe(400);
    expect(derived.body.error.fields[0]).toMatchObject({
      field: 'type',
      id: 'archive_type_from_records',
    });
    const empty = new FormData();
    empty.set('type', 'economicContracts');
    empty.set('title', '鱼塘承包合同');
    empty.set('documentOn', '2027-01-01');
    const future = await chair.post(`${base}/archive/items`, empty);
    expect(future.body.error.fields[0]).toMatchObject({
      field: 'documentOn',
      id: 'date_in_future',
    });
    empty.set('documentOn', '2026-01-01');
    const none = await chair.post(`${base}/archive/items`, empty);
    expect(none.body.error.fields[0]).toMatchObject({ field: 'file', id: 'archive_file_empty' });
  });

  it('exports the year as a zip: index, printable index, README, each item with its proof that recomputes', async () => {
    const res = await supervisor.get(`${base}/archive/export?year=2026`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const zip = await JSZip.loadAsync(res.body as Buffer);
    const csv = await zip.file('index.csv')!.async('string');
    const rows = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toContain('序号,类别,题名,日期');
    expect(rows).toHaveLength(5);
    expect(rows.some((r) => r.includes('选举文件和选票') && r.includes('永久'))).toBe(true);
    expect(await zip.file('index.html')!.async('string')).toContain('甲村 2026年度村务档案目录');
    expect(await zip.file('README.txt')!.async('string')).toContain('verify-audit --since');
    const folders = Object.keys(zip.files).filter((n) => n.endsWith('proof.json'));
    expect(folders).toHaveLength(4);
    for (const name of folders) {
      const proof = JSON.parse(await zip.file(name)!.async('string'));
      expect(proof.events.length).toBeGreaterThan(0);
      for (const e of proof.events) {
        const { prevHash, hash, canonical, masked, ...body } = e;
        expect(canonical).toBe(canonicalJson(body));
        if (!masked)
          expect(createHash('sha256').update(`${prevHash}\n${canonical}`).digest('hex')).toBe(hash);
      }
    }
    // the filed document's bytes, as filed
    const filed = Object.keys(zip.files).find((n) => n.endsWith('选举结果.pdf'))!;
    expect(Buffer.from(await zip.file(filed)!.async('uint8array')).equals(Buffer.from(bytes))).toBe(
      true,
    );
    // the supervisor may not see ID numbers: masked in the minutes and in the proof
    const minutes = Object.keys(zip.files).find((n) => n.endsWith('会议记录.txt') && zip.files[n]);
    const texts = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => n.endsWith('.txt') || n.endsWith('.json') || n.endsWith('.csv'))
        .map((n) => zip.file(n)!.async('string')),
    );
    expect(minutes).toBeDefined();
    expect(texts.join('\n')).not.toContain(ID);
    expect(texts.join('\n')).toContain('3302************37');
  });

  it('the committee chair, who may see ID numbers, gets them whole; each export is on the chain', async () => {
    const res = await chair.get(`${base}/archive/export?year=2026`);
    const zip = await JSZip.loadAsync(res.body as Buffer);
    const name = Object.keys(zip.files).find(
      (n) => n.endsWith('会议记录.txt') && n.includes('-会议记录'),
    );
    const all = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => n.endsWith('会议记录.txt'))
        .map((n) => zip.file(n)!.async('string')),
    );
    expect(name).toBeDefined();
    expect(all.join('\n')).toContain(ID);
    const events = await server.db.query<{
      data: { year: number; sha256: string; idNumbersMasked: boolean };
    }>(
      `SELECT data FROM audit_event WHERE chain_id = $1 AND action = 'archive.exported' ORDER BY seq`,
      [villageId],
    );
    expect(events.map((e) => e.data.idNumbersMasked)).toEqual([true, false]);
    expect(events[1]!.data.sha256).toBe(
      createHash('sha256')
        .update(res.body as Buffer)
        .digest('hex'),
    );
    expect((await verifyChain(server.db, villageId)).ok).toBe(true);
  });

  it('a villager, a representative or the town cannot read the archive', async () => {
    for (const role of ['villager', 'representative', 'partySecretary', 'townOfficial'] as const) {
      const client = await server.as(role);
      expect((await client.get(`${base}/archive?year=2026`)).status).toBe(403);
      expect((await client.get(`${base}/archive/export?year=2026`)).status).toBe(403);
    }
  });
});
