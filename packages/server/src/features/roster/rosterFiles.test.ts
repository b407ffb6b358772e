import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { composeResidentId } from '@cunzhi/core/registry/residentIdNumber';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { verifyChain } from '../../platform/audit/verifyChain.ts';

/**
 * Rosters as villages keep them (issue 9, item 20): a title row or two above
 * the header, their own words for the columns, 出生年月 as 1965.03 or 1965年3月,
 * .csv files saved by WPS in GBK or UTF-8 with a BOM, old .xls files, and a
 * column no rule knows, mapped once by the clerk and remembered for the village.
 * Every file is made here.
 */

type Cell = string | number | Date;

const id = (birth: string, seq: number, gender: 'male' | 'female') =>
  composeResidentId('330226', calendarDate(birth), seq, gender);

/** An .xlsx whose first rows are a merged title and a 填报单位 line, then the header. */
async function villageXlsx(header: string[], rows: Cell[][], numFmt: Record<number, string> = {}) {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('花名册');
  sheet.addRow(['甲村村民花名册']);
  sheet.mergeCells(1, 1, 1, header.length);
  sheet.addRow(['填报单位：甲村村民委员会', '', '', '', '填报日期：2026年11月']);
  sheet.addRow(header);
  for (const r of rows) {
    const added = sheet.addRow(r);
    for (const [col, fmt] of Object.entries(numFmt)) added.getCell(Number(col)).numFmt = fmt;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** GBK bytes of a text, from the decoder's own table (Node has no GBK encoder). */
let gbkTable: Map<string, number[]> | null = null;
function encodeGbk(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++)
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else bytes.push(...gbkTable.get(ch)!);
  }
  return Buffer.from(bytes);
}

const csvLine = (cells: string[]) =>
  cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');

async function upload(client: HttpClient, villageId: string, file: Buffer, name: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), name);
  return client.request('POST', `/api/villages/${villageId}/roster-imports`, form);
}

async function preview(client: HttpClient, villageId: string, file: Buffer, name: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), name);
  return client.request('POST', `/api/villages/${villageId}/roster-imports/preview`, form);
}

const waitForJob = (client: HttpClient, villageId: string, importId: string) =>
  client.waitForJob(`/api/villages/${villageId}/roster-imports/${importId}`);

describe(`roster files as villages keep them (${describeDatabase()})`, () => {
  let server: TestServer;
  let chair: HttpClient;
  let v: string;
  beforeAll(async () => {
    server = await startTestServer();
    chair = await server.as('committeeChair');
    v = server.fixture.villageA.id;
  });
  afterAll(async () => {
    await server.close();
  });

  /** A person as stored (the list pages mask some fields; the import is checked at the source). */
  const personNamed = async (name: string) =>
    (
      await server.db.query<Record<string, unknown>>(
        `SELECT gender, birth_date::text AS "birthDate", phone, relation_to_head AS "relationToHead", party_member AS "partyMember"
         FROM person WHERE village_id = $1 AND name = $2`,
        [v, name],
      )
    )[0];
  const count = async (table: string) =>
    (
      await server.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${table} WHERE village_id = $1`,
        [v],
      )
    )[0]!.n;

  it('finds the header under a title row, reads 公民身份号码, 联系电话, 组别, 家庭住址 and 出生年月 written 1965.03 or 1965年3月', async () => {
    const header = [
      '序号',
      '户号',
      '组别',
      '姓名',
      '性别',
      '公民身份号码',
      '出生年月',
      '联系电话',
      '家庭住址',
      '与户主关系',
      '政治面貌',
    ];
    const file = await villageXlsx(
      header,
      [
        [
          1,
          'X-1',
          '1组',
          '孙大海',
          '男',
          id('1965-03-12', 31, 'male'),
          '1965.03',
          13700001111,
          '东街 1 号',
          '户主',
          '中共党员',
        ],
        [
          2,
          'X-1',
          '1组',
          '孙妻',
          '女',
          id('1967-10-05', 32, 'female'),
          '1967年10月',
          '',
          '东街 1 号',
          '妻',
          '群众',
        ],
        // 1990.10 typed as a number in a column formatted "0.00": still October
        [
          3,
          'X-1',
          '1组',
          '孙子',
          '男',
          id('1990-10-20', 33, 'male'),
          1990.1,
          '',
          '东街 1 号',
          '长子',
          '',
        ],
        // a date serial in a column not formatted as a date; the title rows are not data
        [
          4,
          'X-2',
          '第一组',
          '李四',
          '男',
          id('1965-03-12', 35, 'male'),
          23813,
          '',
          '西街 2 号',
          '户主',
          '',
        ],
      ],
      { 7: '0.00' },
    );

    const seen = await preview(chair, v, file, '甲村花名册.xlsx');
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ headerRow: 3, dataRows: 4, ready: true, problems: [] });
    expect(
      seen.body.columns.map((c: { column: string; field: string }) => `${c.column}:${c.field}`),
    ).toEqual([
      'A:ignore',
      'B:householdNumber',
      'C:villagerGroup',
      'D:name',
      'E:gender',
      'F:residentIdNumber',
      'G:birthDate',
      'H:phone',
      'I:address',
      'J:relationToHead',
      'K:partyMember',
    ]);

    const started = await upload(chair, v, file, '甲村花名册.xlsx');
    expect(started.status).toBe(202);
    const job = await waitForJob(chair, v, started.body.importId);
    expect(job).toMatchObject({ status: 'succeeded', householdsCreated: 2, personsCreated: 4 });
    expect(await personNamed('孙大海')).toMatchObject({
      birthDate: '1965-03-12',
      phone: '13700001111',
      partyMember: true,
    });
    expect(await personNamed('孙妻')).toMatchObject({
      birthDate: '1967-10-05',
      relationToHead: 'spouse',
    });
    expect(await personNamed('孙子')).toMatchObject({ birthDate: '1990-10-20' });
    expect(await personNamed('李四')).toMatchObject({ birthDate: '1965-03-12' });
  });

  it('names the sheet row and the column of a birth month that disagrees with the ID number, or has no ID number to complete it', async () => {
    const file = await villageXlsx(
      ['户号', '组别', '姓名', '性别', '身份证号', '出生年月', '与户主关系'],
      [
        ['M-1', '1', '周一', '男', id('1965-03-12', 41, 'male'), '1965.04', '户主'],
        ['M-2', '1', '周二', '女', '', '1965年3月', '户主'],
      ],
    );
    const before = await count('person');
    const started = await upload(chair, v, file, '出生年月.xlsx');
    const job = await waitForJob(chair, v, started.body.importId);
    expect(job.status).toBe('failed');
    const messages = job.errors.map(
      (e: { row: number; column: string; message: string }) => `${e.row}:${e.column}:${e.message}`,
    );
    expect(messages).toContain('4:出生日期:与身份证号码中的出生日期不一致');
    expect(messages.join('\n')).toContain(
      '5:出生日期:只写了出生年月，又没有身份证号码可以补全日子，请写完整的出生日期（如 1965-03-12）',
    );
    expect(await count('person')).toBe(before);
  });

  it('reads a GBK .csv saved by WPS: a title line, 身份证号, 手机号, 小组, quoted cells with commas', async () => {
    const text = [
      csvLine(['甲村花名册（2026年）', '', '', '', '', '', '', '']),
      csvLine(['户号', '小组', '姓名', '性别', '身份证号', '手机号', '住址', '与户主关系']),
      csvLine([
        'C-1',
        '1',
        '欧阳秀兰',
        '女',
        id('1958-08-08', 52, 'female'),
        '13600002222',
        '南街3号,后院',
        '户主',
      ]),
      csvLine([
        'C-1',
        '1',
        '欧阳"小"明',
        '男',
        id('1985-01-15', 53, 'male'),
        '',
        '南街3号,后院',
        '儿子',
      ]),
    ].join('\r\n');
    const file = encodeGbk(text);
    // the bytes are not UTF-8: a reader that assumed it would garble every name
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(file)).toThrow();
    const seen = await preview(chair, v, file, '花名册.csv');
    expect(seen.body).toMatchObject({ headerRow: 2, dataRows: 2, ready: true });
    const job = await waitForJob(
      chair,
      v,
      (await upload(chair, v, file, '花名册.csv')).body.importId,
    );
    expect(job).toMatchObject({ status: 'succeeded', personsCreated: 2 });
    const head = await personNamed('欧阳秀兰');
    expect(head).toMatchObject({ gender: 'female', birthDate: '1958-08-08', phone: '13600002222' });
    expect(await personNamed('欧阳"小"明')).toMatchObject({ relationToHead: 'child' });
    const [household] = await server.db.query<{ address: string }>(
      `SELECT address FROM household WHERE village_id = $1 AND number = 'C-1'`,
      [v],
    );
    expect(household!.address).toBe('南街3号,后院');
  });

  it('reads a UTF-8 .csv with a BOM, and reports an ID number Excel shortened to 3.30226E+17', async () => {
    const good = [
      csvLine(['户号', '村民小组', '姓名', '身份证号码', '出生年月', '与户主关系', '家庭住址']),
      csvLine([
        'U-1',
        '第1村民小组',
        '黄河',
        id('1972-06-01', 61, 'male'),
        '1972年6月',
        '户主',
        '北街',
      ]),
    ].join('\r\n');
    const file = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(good, 'utf8')]);
    const job = await waitForJob(
      chair,
      v,
      (await upload(chair, v, file, 'utf8.csv')).body.importId,
    );
    expect(job).toMatchObject({ status: 'succeeded', personsCreated: 1 });
    // gender and birth day come from the ID number when the roster has no such columns
    expect(await personNamed('黄河')).toMatchObject({ gender: 'male', birthDate: '1972-06-01' });

    const shortened = [
      '\ufeff户号,村民小组,姓名,身份证号码,与户主关系',
      'U-2,1,黄山,3.30226E+17,户主',
    ].join('\n');
    const failed = await waitForJob(
      chair,
      v,
      (await upload(chair, v, Buffer.from(shortened, 'utf8'), 'e.csv')).body.importId,
    );
    expect(failed.status).toBe('failed');
    expect(failed.errors[0]).toMatchObject({ row: 2, column: '身份证号码' });
    expect(failed.errors[0].message).toContain('被 Excel 存成了数字');
  });

  it('refuses an old .xls with how to save it as .xlsx or .csv, on preview and on import, and writes nothing', async () => {
    // an OLE compound file, the container of BIFF .xls workbooks
    const xls = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
    ]);
    const jobs = await count('import_job');
    for (const res of [
      await preview(chair, v, xls, '花名册.xls'),
      await upload(chair, v, xls, '花名册.xls'),
    ]) {
      expect(res.status).toBe(400);
      expect(res.body.error.id).toBe('roster_xls_unsupported');
      expect(res.body.error.message).toContain('请在 WPS 或 Excel 中另存为 .xlsx 或 .csv');
    }
    const en = await chair.request(
      'POST',
      `/api/villages/${v}/roster-imports`,
      (() => {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(xls)]), 'a.xls');
        return form;
      })(),
      { 'accept-language': 'en' },
    );
    expect(en.body.error.message).toContain('Save it as .xlsx or .csv');
    expect(await count('import_job')).toBe(jobs);
  });

  it('refuses a file with no header row in its first ten rows', async () => {
    const res = await upload(chair, v, Buffer.from('甲村\n说明,无\n', 'utf8'), 'x.csv');
    expect(res.status).toBe(422);
    expect(res.body.error.message).toBe(
      '在前 10 行中没有找到表头：表头行应写明各列的名称，如“户号”“姓名”“与户主关系”',
    );
  });

  it('an unrecognised column is mapped once on screen, remembered for the village and used by the next import', async () => {
    const header = [
      '户号',
      '组别',
      '姓名',
      '身份证号',
      '与户主关系',
      '民族',
      '门牌',
      '电话',
      '手机号',
    ];
    const rows = (tag: string, seq: number): Cell[][] => [
      [
        `${tag}-1`,
        '1',
        `${tag}张`,
        id('1980-02-02', seq, 'male'),
        '户主',
        '汉族',
        '中街 8 号',
        '',
        '13500003333',
      ],
    ];
    const first = await villageXlsx(header, rows('MAP', 71));
    const jobs = await count('import_job');

    // the import refuses, naming the columns; no job, nothing written
    const refused = await upload(chair, v, first, '自家花名册.xlsx');
    expect(refused.status).toBe(422);
    expect(refused.body.error.id).toBe('roster_columns_unrecognised');
    expect(refused.body.error.message).toBe(
      '这些列无法识别：“民族”、“门牌”。请在导入页面为每一列选择对应的栏目（或“不导入”），本村以后导入时会记住',
    );
    expect(await count('import_job')).toBe(jobs);

    // the preview says which columns are unknown and which field is doubled
    const seen = await preview(chair, v, first, '自家花名册.xlsx');
    expect(seen.body.ready).toBe(false);
    expect(
      seen.body.columns
        .filter((c: { field: string | null }) => c.field === null)
        .map((c: { header: string }) => c.header),
    ).toEqual(['民族', '门牌']);
    expect(seen.body.problems).toEqual([
      expect.stringContaining('这些列无法识别：“民族”、“门牌”'),
      '“电话”和“手机号”两列都是“手机号码”，请在导入页面把其中一列设为“不导入”',
    ]);
    expect(seen.body.fields).toContainEqual({ field: 'ignore', label: '不导入' });

    // the clerk maps them once
    const mapped = await chair.request('PUT', `/api/villages/${v}/roster-columns`, {
      columns: [
        { header: '民族', field: 'ignore' },
        { header: '门牌', field: 'address' },
        { header: '电话', field: 'ignore' },
      ],
    });
    expect(mapped.status).toBe(200);
    expect(mapped.body.columns).toHaveLength(3);

    const again = await preview(chair, v, first, '自家花名册.xlsx');
    expect(again.body).toMatchObject({ ready: true, problems: [] });
    expect(again.body.columns.find((c: { header: string }) => c.header === '门牌')).toMatchObject({
      field: 'address',
      source: 'village',
    });

    // the next import of the same headers reads them with the remembered choices
    const next = await villageXlsx(header, rows('MAQ', 73));
    const job = await waitForJob(
      chair,
      v,
      (await upload(chair, v, next, '下一次.xlsx')).body.importId,
    );
    expect(job).toMatchObject({ status: 'succeeded', personsCreated: 1 });
    const [household] = await server.db.query<{ address: string }>(
      `SELECT address FROM household WHERE village_id = $1 AND number = 'MAQ-1'`,
      [v],
    );
    expect(household!.address).toBe('中街 8 号');
    expect(await personNamed('MAQ张')).toMatchObject({ phone: '13500003333' });

    // audited; remembered for this village only
    const [event] = await server.db.query<{ data: { columns: unknown[] } }>(
      `SELECT data FROM audit_event WHERE chain_id = $1 AND action = 'roster.columnsMapped' ORDER BY seq DESC LIMIT 1`,
      [v],
    );
    expect(event!.data.columns).toContainEqual({ header: '门牌', field: 'address' });
    expect((await verifyChain(server.db, v)).ok).toBe(true);
    const elsewhere = await server.db.query(
      'SELECT 1 FROM roster_column_mapping WHERE village_id = $1',
      [server.fixture.villageB.id],
    );
    expect(elsewhere).toHaveLength(0);
  });

  it('refuses a roster without a required column, naming it', async () => {
    const file = await villageXlsx(
      ['组别', '姓名', '身份证号', '与户主关系'],
      [['1', '某', '', '户主']],
    );
    const res = await upload(chair, v, file, '缺列.xlsx');
    expect(res.status).toBe(422);
    expect(res.body.error.message).toBe(
      '缺少必需的列：“户号”。请在表头中加上这些列，或在导入页面把相应的列指定为这些栏目',
    );
  });

  it('refuses a mapping to a field that does not exist', async () => {
    const res = await chair.request('PUT', `/api/villages/${v}/roster-columns`, {
      columns: [{ header: '民族', field: 'ethnicity' }],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.id).toBe('validation_failed');
  });
});
