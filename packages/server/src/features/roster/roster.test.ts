import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { composeResidentId } from '@cunzhi/core/registry/residentIdNumber';
import { calendarDate, fromYmd } from '@cunzhi/core/calendarDate';
import { ROSTER_COLUMNS } from '@cunzhi/core/roster/rosterColumns';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { verifyChain } from '../../platform/audit/verifyChain.ts';

type Cell = string | number | Date;

async function workbook(rows: Cell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('花名册');
  sheet.addRow(ROSTER_COLUMNS.map((c) => c.zh));
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function row(
  household: string,
  name: string,
  rel: string,
  birth: string,
  gender: '男' | '女',
  seq: number,
  over: Partial<Record<string, Cell>> = {},
): Cell[] {
  const values: Record<string, Cell> = {
    householdNumber: household,
    villagerGroup: '1',
    grid: '',
    address: `和平路${household}号`,
    name,
    gender,
    birthDate: birth,
    residentIdNumber: composeResidentId(
      '330226',
      calendarDate(birth),
      seq,
      gender === '男' ? 'male' : 'female',
    ),
    phone: '',
    relationToHead: rel,
    residenceStatus: '在村',
    residenceSince: '',
    partyMember: '否',
    partyJoinedOn: '',
    ...over,
  };
  return ROSTER_COLUMNS.map((c) => values[c.key] ?? '');
}

async function upload(client: HttpClient, villageId: string, file: Buffer, name = '花名册.xlsx') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), name);
  return client.request('POST', `/api/villages/${villageId}/roster-imports`, form);
}

const waitForJob = (client: HttpClient, villageId: string, importId: string) =>
  client.waitForJob(`/api/villages/${villageId}/roster-imports/${importId}`);

describe(`roster import and export (${describeDatabase()})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  const persons = async (villageId: string) =>
    (
      await server.db.query<{ n: number }>(
        'SELECT count(*) AS n FROM person WHERE village_id = $1',
        [villageId],
      )
    )[0]!.n;

  it('reports every problem by row and column in Chinese and imports nothing', async () => {
    const chair = await server.as('committeeChair');
    const v = server.fixture.villageA.id;
    const before = await persons(v);
    const file = await workbook([
      row('R-1', '周大山', '户主', '1970-05-06', '男', 11),
      row('R-1', '吴小红', '配偶', '1972-09-30', '女', 12, {
        residentIdNumber: '330226197209301239',
      }),
      row('R-2', '郑伟', '儿子', '2001-01-01', '男', 13),
      row('R-3', '', '户主', '1990-02-28', '男', 14, {
        villagerGroup: '99',
        birthDate: '1990-02-30',
        residentIdNumber: '',
      }),
      row('R-4', '钱多多', '户主', '1985-03-03', '男', 15, {
        residentIdNumber: 330226198503030000,
      }),
    ]);
    const started = await upload(chair, v, file);
    expect(started.status).toBe(202);
    const job = await waitForJob(chair, v, started.body.importId);
    expect(job.status).toBe('failed');
    expect(job.summary).toBe(`花名册有 ${job.errors.length} 处错误，未导入任何数据`);
    const at = (r: number) =>
      job.errors
        .filter((e: { row: number }) => e.row === r)
        .map((e: { column: string; message: string }) => `${e.column}:${e.message}`);
    expect(at(3)).toContain('身份证号码:身份证号码校验位不正确（GB 11643）');
    expect(at(4)).toContain('与户主关系:每户必须有且只有一名户主');
    expect(at(5)).toEqual(
      expect.arrayContaining([
        '姓名:必须填写',
        '出生日期:不是有效的日期（格式：2026-11-21）',
        '村民小组:本村没有这个村民小组（填写小组序号，如 3）',
      ]),
    );
    expect(at(6).join()).toContain('被 Excel 存成了数字');
    expect(await persons(v)).toBe(before);
  });

  it('imports a good roster in one go, with synonyms such as 儿子 and 外出务工, and audits it', async () => {
    const chair = await server.as('committeeChair');
    const v = server.fixture.villageA.id;
    const before = await persons(v);
    const file = await workbook([
      row('G-1', '周大山', '户主', '1970-05-06', '男', 21, {
        partyMember: '是',
        partyJoinedOn: new Date(Date.UTC(1995, 6, 1)),
        phone: 13911112222,
      }),
      row('G-1', '吴小红', '配偶', '1972-09-30', '女', 22),
      row('G-1', '周明', '儿子', '1998-04-04', '男', 23, {
        residenceStatus: '外出务工',
        residenceSince: '2020-03-01',
      }),
      row('G-2', '郑桂芳', '户主', '1948-12-12', '女', 24, {
        birthDate: new Date(Date.UTC(1948, 11, 12)),
      }),
    ]);
    const started = await upload(chair, v, file);
    const job = await waitForJob(chair, v, started.body.importId);
    expect(job).toMatchObject({
      status: 'succeeded',
      householdsCreated: 2,
      personsCreated: 4,
      errors: [],
      processedRows: 4,
      totalRows: 4,
    });
    expect(await persons(v)).toBe(before + 4);
    const found = await chair.get(`/api/villages/${v}/persons?q=${encodeURIComponent('周明')}`);
    expect(found.body.items[0]).toMatchObject({
      relationToHead: 'child',
      residenceStatus: 'migrantOut',
      residenceSince: '2020-03-01',
    });
    const head = await chair.get(`/api/villages/${v}/persons?q=${encodeURIComponent('周大山')}`);
    expect(head.body.items[0]).toMatchObject({
      partyMember: true,
      partyJoinedOn: '1995-07-01',
      phone: '13911112222',
    });
    const [event] = await server.db.query<{ action: string }>(
      `SELECT action FROM audit_event WHERE chain_id = $1 ORDER BY seq DESC LIMIT 1`,
      [v],
    );
    expect(event!.action).toBe('roster.imported');
    expect((await verifyChain(server.db, v)).ok).toBe(true);
  });

  it('refuses a file that is neither an Excel workbook nor CSV text, with a clear message', async () => {
    const chair = await server.as('committeeChair');
    const res = await upload(
      chair,
      server.fixture.villageA.id,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
      'photo.png',
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(
      '文件无法读取，请上传 Excel 工作簿（.xlsx）或 CSV 文件（.csv）',
    );
  });

  it('imports a 5,000-person roster in seconds', async () => {
    const chair = await server.as('committeeChair');
    const target = server.fixture.villageA.id;
    const rows: Cell[][] = [];
    let seq = 100;
    for (let h = 0; h < 1250; h++) {
      const year = 1950 + (h % 40);
      const birth = (y: number, m: number) => fromYmd(y, m, 1 + (h % 28));
      rows.push(row(`L-${h}`, `李${h}`, '户主', birth(year, 3), '男', (seq += 2)));
      rows.push(row(`L-${h}`, `王${h}`, '配偶', birth(year + 2, 5), '女', (seq += 2)));
      rows.push(row(`L-${h}`, `李${h}子`, '子女', birth(year + 25, 7), '男', (seq += 2)));
      rows.push(row(`L-${h}`, `李${h}女`, '子女', birth(year + 28, 9), '女', (seq += 2)));
    }
    const file = await workbook(rows);
    const before = await persons(target);
    const t0 = performance.now();
    const started = await upload(chair, target, file);
    const job = await waitForJob(chair, target, started.body.importId);
    const seconds = (performance.now() - t0) / 1000;
    expect(job.status).toBe('succeeded');
    expect(await persons(target)).toBe(before + 5000);
    expect(seconds).toBeLessThan(20);
  });

  /** The first sheet of a downloaded roster: its header and the rows below it, as text. */
  async function sheetOf(body: ArrayBuffer) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body);
    const sheet = wb.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const rows: Record<string, string>[] = [];
    sheet.eachRow((r, n) => {
      if (n > 1) rows.push(Object.fromEntries(header.map((h, i) => [h, r.getCell(i + 1).text])));
    });
    return { header, rows };
  }
  const exportEvents = async (villageId: string) =>
    server.db.query<{ data: { idNumbers: string; persons: number }; actor_account_id: string }>(
      `SELECT data, actor_account_id FROM audit_event WHERE chain_id = $1 AND action = 'roster.exported' ORDER BY seq`,
      [villageId],
    );

  it('exports the roster to .xlsx with full ID numbers (its own ability): the same columns as the import, every person, numbers kept whole as text, audited', async () => {
    const chair = await server.as('committeeChair');
    const a = server.fixture.villageA.id;
    const before = (await exportEvents(a)).length;
    const res = await chair.get(`/api/villages/${a}/roster.xlsx?ids=full`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const { header, rows } = await sheetOf(res.body);
    expect(header).toEqual(ROSTER_COLUMNS.map((c) => c.zh));
    expect(rows.length).toBe(await persons(a));
    expect(rows.every((r) => /^\d{17}[\dX]$/.test(r['身份证号码']!))).toBe(true);
    const events = await exportEvents(a);
    expect(events.length).toBe(before + 1);
    expect(events.at(-1)).toMatchObject({
      data: { idNumbers: 'full', persons: rows.length },
      actor_account_id: server.fixture.accounts.committeeChair.id,
    });
  });

  it('exports follow the screens: the county official and the Party secretary get masked numbers and ages, and may not take the full copy', async () => {
    const a = server.fixture.villageA.id;
    for (const role of ['countyOfficial', 'partySecretary', 'townOfficial'] as const) {
      const client = await server.as(role);
      const before = (await exportEvents(a)).length;
      const res = await client.get(`/api/villages/${a}/roster.xlsx`);
      expect(res.status, role).toBe(200);
      const { header, rows } = await sheetOf(res.body);
      expect(header).toContain('年龄');
      expect(header).not.toContain('出生日期');
      expect(rows.length).toBe(await persons(a));
      for (const r of rows) {
        expect(r['身份证号码'], role).toMatch(/^(\d{4}\*{12}[\dX]{2})?$/);
        expect(Number(r['年龄'])).toBeGreaterThanOrEqual(0);
      }
      const events = await exportEvents(a);
      expect(events.at(-1)!.data).toEqual({ idNumbers: 'masked', persons: rows.length });
      expect(events.length).toBe(before + 1);
      // the full copy is its own ability: refused, and nothing is recorded as exported
      const full = await client.get(`/api/villages/${a}/roster.xlsx?ids=full`);
      expect(full.status, role).toBe(403);
      expect(full.body.error.id).toBe('roster_full_export_forbidden');
      expect(full.body.error.message).toContain('身份证号码');
      expect((await exportEvents(a)).length).toBe(before + 1);
    }
    expect((await verifyChain(server.db, a)).ok).toBe(true);
  });

  it('offers a template with instructions that imports as it is', async () => {
    const chair = await server.as('committeeChair');
    const v = server.fixture.villageA.id;
    const template = await chair.get(`/api/villages/${v}/roster-template.xlsx`);
    expect(template.status).toBe(200);
    expect(decodeURIComponent(template.headers.get('content-disposition') ?? '')).toContain(
      '甲村花名册模板.xlsx',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['甲村花名册模板', '填写说明']);
    const notes: string[] = [];
    wb.worksheets[1]!.getColumn(2).eachCell((cell) => notes.push(cell.text));
    expect(notes.join()).toContain('1＝第1村民小组');
    const started = await upload(chair, v, template.body as Buffer, '模板.xlsx');
    const job = await waitForJob(chair, v, started.body.importId);
    expect(job).toMatchObject({ status: 'succeeded', householdsCreated: 1, personsCreated: 2 });
  });
});
