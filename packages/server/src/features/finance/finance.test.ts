import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { verifyChain } from '../../platform/audit/verifyChain.ts';
import { systemContext } from '../../platform/command.ts';
import { testConfig } from '../../platform/config.ts';
import { publishedBooks } from './views.ts';
import type { Database } from '../../platform/db/database.ts';
import {
  bookVoucherImport,
  checkVoucherImport,
  startVoucherImport,
} from './commands/importBooks.ts';

/**
 * The village ledger (issue 10, items 4 and 7) over HTTP: booking, refusals with field errors,
 * closed months, reversing entries, all-or-nothing imports from real .xlsx files made here,
 * exports that open, receipts judged by their bytes, and statements whose sums equal SQL's.
 */

async function xlsx(rows: Array<Array<string | number | Date>>): Promise<Blob> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('凭证');
  for (const r of rows) sheet.addRow(r);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return new Blob([bytes]);
}

function form(blob: Blob, name: string): FormData {
  const body = new FormData();
  body.append('file', blob, name);
  return body;
}

const VOUCHER_HEADER = ['日期', '凭证号', '摘要', '科目编码', '借方金额', '贷方金额', '往来单位'];

describe(`finance: the ledger (${describeDatabase()})`, () => {
  let s: TestServer;
  let clerk: HttpClient;
  let town: HttpClient;
  let base: string;
  let villageId: string;

  beforeAll(async () => {
    s = await startTestServer();
    clerk = await s.as('committeeChair');
    town = await s.as('townOfficial');
    villageId = s.fixture.villageA.id;
    base = `/api/villages/${villageId}/finance`;
  });
  afterAll(async () => {
    await s.close();
  });

  const count = async (table: string) => {
    const [row] = await s.db.query<{ n: number }>(
      `SELECT count(*) AS n FROM ${table} WHERE village_id = $1`,
      [villageId],
    );
    return row?.n ?? 0;
  };

  const pay = (on: string, fen: number, summary = '支付保洁费') => ({
    on,
    summary,
    lines: [
      { accountCode: '5102', debitFen: fen, creditFen: 0 },
      { accountCode: '1002', debitFen: 0, creditFen: fen, counterparty: '花乡民居物业管理公司' },
    ],
  });

  it('imports an opening trial balance once, mapping 2004 codes; a sheet that does not balance imports nothing', async () => {
    const unbalanced = await xlsx([
      ['甲村期初余额表'],
      ['科目编码', '科目名称', '借方余额', '贷方余额'],
      ['101', '现金', '2000', ''],
      ['301', '资本', '', '1999'],
    ]);
    const refused = await clerk.request(
      'POST',
      `${base}/imports/opening-balances?asOf=2026-01-01`,
      form(unbalanced, '期初.xlsx'),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.id).toBe('finance_opening_unbalanced');
    expect(await count('finance_opening_balance')).toBe(0);

    const good = await xlsx([
      ['科目编码', '科目名称', '借方余额', '贷方余额'],
      ['101', '现金', '2,000.00', ''],
      ['102', '银行存款', '600000', ''],
      ['2203', '', '', ''],
      ['220301', '公共服务资金', '', '100000'],
      ['301', '资本', '', '502000'],
    ]);
    // 2203 with no amounts is not postable: refused by row
    const byRow = await clerk.request(
      'POST',
      `${base}/imports/opening-balances?asOf=2026-01-01`,
      form(good, '期初.xlsx'),
    );
    expect(byRow.status).toBe(400);
    expect(byRow.body.error.id).toBe('finance_import_rows');
    expect(byRow.body.error.fields).toEqual([
      expect.objectContaining({ field: 'rows.4.accountCode', id: 'finance_account_not_postable' }),
    ]);
    const fixed = await xlsx([
      ['科目编码', '科目名称', '借方余额', '贷方余额'],
      ['101', '现金', '2,000.00', ''],
      ['102', '银行存款', '600000', ''],
      ['220301', '公共服务资金', '', '100000'],
      ['301', '资本', '', '502000'],
    ]);
    const ok = await clerk.request(
      'POST',
      `${base}/imports/opening-balances?asOf=2026-01-01`,
      form(fixed, '期初.xlsx'),
    );
    expect(ok.status).toBe(201);
    expect(ok.body).toEqual({ accounts: 4, debitFen: 60_200_000, creditFen: 60_200_000 });
    const again = await clerk.request(
      'POST',
      `${base}/imports/opening-balances?asOf=2026-01-01`,
      form(fixed, '期初.xlsx'),
    );
    expect(again.status).toBe(409);
    expect(again.body.error.id).toBe('finance_opening_exists');
  });

  it('books a balanced voucher, numbered in its month, on the audit chain', async () => {
    const res = await clerk.post(`${base}/vouchers`, pay('2026-10-08', 80_000));
    expect(res.status).toBe(201);
    expect(res.body.number).toBe('2026-10-001');
    const second = await clerk.post(
      `${base}/vouchers`,
      pay('2026-10-20', 1_250_050, '支付路灯电费'),
    );
    expect(second.body.number).toBe('2026-10-002');
    const events = await s.db.query<{ action: string }>(
      `SELECT action FROM audit_event WHERE chain_id = $1 AND target_id = $2`,
      [villageId, res.body.voucherId],
    );
    expect(events.map((e) => e.action)).toEqual(['voucher.booked']);
    const detail = await clerk.get(`${base}/vouchers/${res.body.voucherId}`);
    expect(detail.body.voucher).toMatchObject({
      number: '2026-10-001',
      total: { fen: 80_000, text: '¥800.00', capitals: '捌佰元整' },
      source: 'manual',
    });
  });

  it('refuses an unbalanced voucher with a field error naming both sums, writing nothing', async () => {
    const before = await count('finance_voucher');
    const res = await clerk.post(`${base}/vouchers`, {
      ...pay('2026-10-09', 100),
      lines: [
        { accountCode: '5102', debitFen: 100, creditFen: 0 },
        { accountCode: '1002', debitFen: 0, creditFen: 99 },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.id).toBe('validation_failed');
    expect(res.body.error.fields).toEqual([
      expect.objectContaining({ field: 'lines', id: 'finance_unbalanced' }),
    ]);
    expect(res.body.error.fields[0].message).toContain('借方合计 1.00 元与贷方合计 0.99 元不相等');
    const shapes = await clerk.post(`${base}/vouchers`, { on: 'x', summary: '', lines: [] });
    expect(shapes.status).toBe(400);
    expect(shapes.body.error.fields.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining(['on', 'summary', 'lines']),
    );
    expect(await count('finance_voucher')).toBe(before);
  });

  it('numbers vouchers booked at the same moment one after another, none twice; none dated after today', async () => {
    const booked = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        clerk.post(`${base}/vouchers`, pay('2026-10-21', 100 + i)),
      ),
    );
    expect(booked.map((r) => r.status)).toEqual(Array(8).fill(201));
    const numbers = booked.map((r) => r.body.number as string).sort();
    expect(numbers).toEqual(
      Array.from({ length: 8 }, (_, i) => `2026-10-${String(i + 3).padStart(3, '0')}`),
    );
    const future = await clerk.post(`${base}/vouchers`, pay('2026-11-22', 1));
    expect(future.body.error.fields).toEqual([
      expect.objectContaining({ field: 'on', id: 'date_in_future' }),
    ]);
  });

  it('lets only the town close a month, in order, after its end; a closed month refuses a voucher', async () => {
    expect((await clerk.post(`${base}/periods/2026-10/close`)).status).toBe(403);
    const early = await town.post(`${base}/periods/2026-11/close`);
    expect(early.status).toBe(409);
    expect(early.body.error.id).toBe('finance_period_not_ended');
    const closed = await town.post(`${base}/periods/2026-10/close`);
    expect(closed.status).toBe(200);
    expect(closed.body).toEqual({ period: '2026-10', closed: true, vouchers: 10 });
    expect((await town.post(`${base}/periods/2026-10/close`)).body.error.id).toBe(
      'finance_period_already_closed',
    );
    const late = await clerk.post(`${base}/vouchers`, pay('2026-10-31', 500));
    expect(late.status).toBe(400);
    expect(late.body.error.fields).toEqual([
      expect.objectContaining({ field: 'on', id: 'finance_period_closed' }),
    ]);
    expect(late.body.error.fields[0].message).toContain('2026年10月已结账');
    const periods = await clerk.get(`${base}/periods`);
    expect(periods.body.items[0]).toMatchObject({ period: '2026-10', closed: true, vouchers: 10 });
  });

  it('corrects a closed month’s voucher by a reversing entry in an open month, once', async () => {
    const journal = await clerk.get(`${base}/vouchers?from=2026-10-01&to=2026-10-31`);
    const original = journal.body.items.find((v: { number: string }) => v.number === '2026-10-002');
    const inClosed = await clerk.post(`${base}/vouchers/${original.id}/reversal`, {
      on: '2026-10-31',
      reason: '重复记账',
    });
    expect(inClosed.status).toBe(400);
    const res = await clerk.post(`${base}/vouchers/${original.id}/reversal`, {
      on: '2026-11-03',
      reason: '重复记账',
    });
    expect(res.status).toBe(201);
    expect(res.body.number).toBe('2026-11-001');
    const reversal = await clerk.get(`${base}/vouchers/${res.body.voucherId}`);
    expect(reversal.body.voucher).toMatchObject({ source: 'reversal', reversesId: original.id });
    expect(reversal.body.voucher.lines.map((l: { debitFen: number }) => l.debitFen)).toEqual([
      -1_250_050, 0,
    ]);
    const twice = await clerk.post(`${base}/vouchers/${original.id}/reversal`, { reason: '再冲' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.id).toBe('finance_already_reversed');
    const november = await clerk.get(`${base}/statements/2026-11`);
    expect(november.body.spendingTotal.fen).toBe(-1_250_050);
    // October, closed, still shows what was booked in it
    const october = await clerk.get(`${base}/statements/2026-10`);
    expect(october.body.spendingTotal.fen).toBe(1_330_878);
  });

  it('imports vouchers all or nothing, reporting every bad row; 2004 codes are mapped', async () => {
    const before = await count('finance_voucher');
    const bad = await xlsx([
      ['花乡社区凭证清单'],
      VOUCHER_HEADER,
      ['2026-11-05', '记1', '收到公共服务资金', '102', '200000', '', '锦华镇财政所'],
      ['', '', '', '220301', '', '200000', ''],
      ['2026-11-06', '记2', '购置健身器材', '220301', '30000', '', ''],
      ['', '', '', '102', '', '30000', '体育用品店'],
      ['2026-11-07', '记3', '旧账', '521', '10', '', ''],
      ['', '', '', '102', '', '10', ''],
      ['2026-11-08', '记4', '收取租金', '102', '5000', '', ''],
      ['', '', '', '501', '', '4999', ''],
    ]);
    const refused = await clerk.request('POST', `${base}/imports/vouchers`, form(bad, '凭证.xlsx'));
    expect(refused.status).toBe(400);
    expect(refused.body.error.id).toBe('finance_import_rows');
    expect(refused.body.error.message).toBe('表格有 2 处错误，未导入任何数据');
    expect(
      refused.body.error.fields.map((f: { field: string; id: string }) => [f.field, f.id]),
    ).toEqual([
      ['rows.7.accountCode', 'finance_import_code_unmapped'],
      ['rows.9', 'finance_unbalanced'],
    ]);
    expect(await count('finance_voucher')).toBe(before);

    const good = await xlsx([
      VOUCHER_HEADER,
      ['2026-11-05', '记1', '收到公共服务资金', '102', '200000', '', '锦华镇财政所'],
      ['', '', '', '220301', '', '200000', ''],
      [new Date(Date.UTC(2026, 10, 6)), '记2', '购置健身器材', '220301', 30000, '', ''],
      ['', '', '', '102', '', 30000, '体育用品店'],
      ['2026/11/8', '记4', '收取租金', '102', '5,000.00', '', '张三'],
      ['', '', '', '501', '', '5000', ''],
    ]);
    // a clean sheet is answered at once with a job; the vouchers are booked in the background
    const started = await clerk.request(
      'POST',
      `${base}/imports/vouchers`,
      form(good, '凭证.xlsx'),
    );
    expect(started.status).toBe(202);
    const jobUrl = `${base}/imports/vouchers/${started.body.importId}`;
    const early = await clerk.get(jobUrl);
    expect(early.status).toBe(200);
    expect(early.body).toMatchObject({ fileName: '凭证.xlsx', totalRows: 6 });
    expect(early.body.processedRows).toBeLessThanOrEqual(6);
    const job = await clerk.waitForJob(jobUrl);
    expect(job).toEqual({
      status: 'succeeded',
      fileName: '凭证.xlsx',
      totalRows: 6,
      processedRows: 6,
      result: {
        vouchers: 3,
        lines: 6,
        first: '2026-11-002',
        last: '2026-11-004',
        debitFen: 23_500_000,
        creditFen: 23_500_000,
      },
      error: null,
    });
    // on the audit chain as before: each voucher booked, then the file
    const [imported] = await s.db.query<{ data: unknown }>(
      `SELECT data FROM audit_event WHERE chain_id = $1 AND action = 'financeVouchers.imported'`,
      [villageId],
    );
    expect(imported?.data).toEqual({
      fileName: '凭证.xlsx',
      vouchers: 3,
      lines: 6,
      first: '2026-11-002',
      last: '2026-11-004',
    });
    // only the village's bookkeepers read the job: not another village's villager, another
    // town, or the town's accountant asking under another village
    expect((await (await s.as('otherVillageVillager')).get(jobUrl)).status).toBe(403);
    expect((await (await s.as('otherTownOfficial')).get(jobUrl)).status).toBe(403);
    expect((await (await s.as('supervisionChair')).get(jobUrl)).status).toBe(403);
    const elsewhere = await town.get(
      `/api/villages/${s.fixture.villageB.id}/finance/imports/vouchers/${started.body.importId}`,
    );
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.error.id).toBe('not_found');
    const rent = await clerk.get(`${base}/vouchers?text=租金`);
    expect(
      rent.body.items[0].lines.map((l: { account: { code: string } }) => l.account.code),
    ).toEqual(['1002', '5001']);
    expect(rent.body.items[0].source).toBe('import');
  });

  // village B's books, kept by the town's accountant, for imports that fail after their upload
  const villageB = () => s.fixture.villageB.id;
  const inVillageB = (db: Database = s.db) =>
    systemContext(
      { db, clock: s.clock, config: testConfig({ WEB_DIST: '/nonexistent' }) },
      villageB(),
      s.fixture.accounts.townOfficial.id,
    );
  const sheetRows = (rows: string[][]) =>
    [VOUCHER_HEADER, ...rows].map((cells, i) => ({ rowNumber: i + 1, cells }));
  const bookedInVillageB = async () =>
    (
      await s.db.query<{ vouchers: number; events: number }>(
        `SELECT (SELECT count(*) FROM finance_voucher WHERE village_id = $1)::int AS vouchers,
                (SELECT count(*) FROM audit_event WHERE chain_id = $1
                   AND action IN ('voucher.booked', 'financeVouchers.imported'))::int AS events`,
        [villageB()],
      )
    )[0];

  it('fails an import whose month was closed after the upload: nothing booked, the job names the row and why', async () => {
    const cmd = inVillageB();
    const rows = sheetRows([
      ['2026-10-12', '记1', '支付保洁费', '5102', '300', '', ''],
      ['', '', '', '1002', '', '300', ''],
      ['2026-11-05', '记2', '收取租金', '1002', '1000', '', ''],
      ['', '', '', '5001', '', '1000', ''],
    ]);
    // the sheet passes its checks, so the job is recorded and running, nothing booked yet
    const checked = await checkVoucherImport(cmd, { fileName: '乙村凭证.xlsx', rows });
    const jobUrl = `/api/villages/${villageB()}/finance/imports/vouchers/${checked.job.id}`;
    expect(await town.get(jobUrl)).toMatchObject({
      status: 200,
      body: { status: 'running', totalRows: 4, processedRows: 0, result: null, error: null },
    });
    // the town closes October before the booking runs
    const close = await town.post(`/api/villages/${villageB()}/finance/periods/2026-10/close`);
    expect(close.status).toBe(200);
    await bookVoucherImport(cmd, checked);
    const job = await town.get(jobUrl);
    expect(job.body).toMatchObject({ status: 'failed', totalRows: 4, result: null });
    expect(job.body.error).toMatchObject({
      id: 'finance_import_refused_at_booking',
      message: '第 2 行的凭证在记账时被拒绝，本次导入的凭证全部未记账；请更正后重新导入',
      fields: [expect.objectContaining({ field: 'rows.2.on', id: 'finance_period_closed' })],
    });
    expect(job.body.error.fields[0].message).toContain('2026年10月已结账');
    expect(await bookedInVillageB()).toEqual({ vouchers: 0, events: 0 });
    const en = await town.request('GET', jobUrl, undefined, { 'accept-language': 'en' });
    expect(en.body.error.message).toContain('row 2');
    // village A's bookkeeper does not find village B's job under their own village
    expect((await clerk.get(`${base}/imports/vouchers/${checked.job.id}`)).status).toBe(404);
  });

  it('takes back the vouchers already booked when the import fails halfway; the job says it failed', async () => {
    // the database fails at the second voucher, after the first one was written
    let vouchersWritten = 0;
    const failing: Database = {
      kind: s.db.kind,
      query: (text, params) => s.db.query(text, params),
      transaction: (work) =>
        s.db.transaction((tx) =>
          work({
            inTransaction: true,
            query: (text, params) =>
              /^\s*INSERT INTO finance_voucher \(/.test(text) && ++vouchersWritten === 2
                ? Promise.reject(new Error('the connection was lost'))
                : tx.query(text, params),
          }),
        ),
      close: () => s.db.close(),
    };
    const { importId, done } = await startVoucherImport(inVillageB(failing), {
      fileName: '乙村十一月凭证.xlsx',
      rows: sheetRows([
        ['2026-11-05', '记1', '收取租金', '1002', '1000', '', ''],
        ['', '', '', '5001', '', '1000', ''],
        ['2026-11-06', '记2', '支付保洁费', '5102', '300', '', ''],
        ['', '', '', '1002', '', '300', ''],
      ]),
    });
    await expect(done).rejects.toThrow('the connection was lost');
    expect(vouchersWritten).toBe(2);
    const job = await town.get(`/api/villages/${villageB()}/finance/imports/vouchers/${importId}`);
    expect(job.body).toMatchObject({
      status: 'failed',
      totalRows: 4,
      processedRows: 2,
      result: null,
      error: { id: 'finance_import_failed', fields: [] },
    });
    expect(job.body.error.message).toContain('本次导入的凭证全部未记账');
    expect(await bookedInVillageB()).toEqual({ vouchers: 0, events: 0 });
  });

  it('refuses a file that is not an .xlsx', async () => {
    const res = await clerk.request(
      'POST',
      `${base}/imports/vouchers`,
      form(new Blob(['日期,凭证号']), 'a.csv'),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.id).toBe('finance_import_not_xlsx');
  });

  it('keeps receipts judged by their bytes, with their SHA-256; a disguised file is refused', async () => {
    const journal = await clerk.get(`${base}/vouchers?text=健身器材`);
    const voucherId = journal.body.items[0].id;
    const html = await clerk.request(
      'POST',
      `${base}/vouchers/${voucherId}/receipts`,
      form(new Blob(['<html>not a photo</html>']), 'receipt.jpg'),
    );
    expect(html.status).toBe(400);
    expect(html.body.error.id).toBe('finance_receipt_type');
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from('rest of a tiny png'),
    ]);
    const saved = await clerk.request(
      'POST',
      `${base}/vouchers/${voucherId}/receipts`,
      form(new Blob([png]), '发票.png'),
    );
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({
      fileName: '发票.png',
      mediaType: 'image/png',
      sizeBytes: png.length,
      sha256: createHash('sha256').update(png).digest('hex'),
    });
    const back = await clerk.get(`${base}/vouchers/${voucherId}/receipts/${saved.body.id}`);
    expect(back.status).toBe(200);
    expect(back.headers.get('content-type')).toBe('image/png');
    expect(Buffer.compare(back.body as Buffer, png)).toBe(0);
    const detail = await clerk.get(`${base}/vouchers/${voucherId}`);
    expect(detail.body.receipts).toHaveLength(1);
  });

  it('computes the month’s statement with the sums SQL gives, and a balanced trial balance', async () => {
    const st = await clerk.get(`${base}/statements/2026-11`);
    expect(st.status).toBe(200);
    const [sql] = await s.db.query<{ income: number; spending: number; bank: number }>(
      `SELECT
         coalesce(sum(l.credit_fen - l.debit_fen) FILTER (WHERE l.account_code IN ('5001','5201','5301','5302')), 0)::bigint AS income,
         coalesce(sum(l.debit_fen - l.credit_fen) FILTER (WHERE l.account_code IN ('5002','5101','5102','5103','5303','5401')), 0)::bigint AS spending,
         (SELECT coalesce(sum(debit_fen - credit_fen), 0) FROM finance_opening_balance WHERE village_id = $1 AND account_code = '1002')::bigint
           + (SELECT coalesce(sum(l2.debit_fen - l2.credit_fen), 0) FROM finance_voucher_line l2 JOIN finance_voucher v2
                ON v2.village_id = l2.village_id AND v2.id = l2.voucher_id
              WHERE l2.village_id = $1 AND l2.account_code = '1002' AND v2.on_date <= '2026-11-30')::bigint AS bank
       FROM finance_voucher_line l JOIN finance_voucher v ON v.village_id = l.village_id AND v.id = l.voucher_id
       WHERE l.village_id = $1 AND v.on_date BETWEEN '2026-11-01' AND '2026-11-30'`,
      [villageId],
    );
    expect(st.body.incomeTotal.fen).toBe(Number(sql?.income));
    expect(st.body.spendingTotal.fen).toBe(Number(sql?.spending));
    expect(st.body.bank.closing.fen).toBe(Number(sql?.bank));
    expect(st.body.publicServiceFunds).toMatchObject({
      opening: { fen: 10_000_000 },
      allocated: { fen: 20_000_000 },
      used: { fen: 3_000_000 },
      closing: { fen: 27_000_000 },
    });
    expect(st.body.publicServiceFunds.uses[0]).toMatchObject({
      summary: '购置健身器材',
      counterparty: '体育用品店',
    });
    expect(st.body.income[0].items[0]).toMatchObject({ counterparty: '张三', amountFen: 500_000 });
    const tb = await clerk.get(`${base}/trial-balance?period=2026-11`);
    expect(tb.status).toBe(200);
    expect(tb.body.balanced).toBe(true);
  });

  it('exports the journal and a statement as workbooks that open', async () => {
    const journal = await clerk.get(`${base}/vouchers.xlsx?from=2026-10-01`);
    expect(journal.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(journal.body);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(2).getCell(1).value).toBe('日期');
    expect(sheet.rowCount).toBe(2 + 2 * 14); // title, header, fourteen vouchers of two lines
    const statement = await clerk.get(`${base}/statements/2026-11/xlsx`);
    expect(statement.status).toBe(200);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(statement.body);
    expect(wb2.worksheets[0]!.getRow(1).getCell(1).text).toContain('2026年11月财务收支公开');
  });

  it('sets a budget per line; the statement shows it beside the year to date', async () => {
    const refused = await clerk.request('PUT', `${base}/budgets`, {
      year: 2026,
      accountCode: '1002',
      amountFen: 1,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields[0].id).toBe('finance_budget_line');
    const ok = await clerk.request('PUT', `${base}/budgets`, {
      year: 2026,
      accountCode: '5102',
      amountFen: 60_000_000,
    });
    expect(ok.status).toBe(200);
    const st = await clerk.get(`${base}/statements/2026-11`);
    const admin = st.body.spending.find(
      (l: { account: { code: string } }) => l.account.code === '5102',
    );
    expect(admin).toMatchObject({ budgetFen: 60_000_000, yearToDateFen: 80_828 });
  });

  it('has the supervision committee review a closed month, then publishes it as a notice', async () => {
    const supervisor = await s.as('supervisionChair');
    const open = await supervisor.post(`${base}/statements/2026-11/review`, {
      passed: true,
      opinion: '经审核，收支真实',
    });
    expect(open.status).toBe(409);
    expect(open.body.error.id).toBe('finance_statement_period_open');
    expect((await clerk.post(`${base}/statements/2026-10/publish`, {})).body.error.id).toBe(
      'finance_statement_not_reviewed',
    );
    expect(
      (await clerk.post(`${base}/statements/2026-10/review`, { passed: true, opinion: '同意' }))
        .status,
    ).toBe(403);
    const reviewed = await supervisor.post(`${base}/statements/2026-10/review`, {
      passed: true,
      opinion: '经监督委员会集体审核，收支真实，凭证齐全',
    });
    expect(reviewed.status).toBe(200);
    const published = await clerk.post(`${base}/statements/2026-10/publish`, {});
    expect(published.status).toBe(200);
    const [notice] = await s.db.query<{ kind: string; title: string; body: string }>(
      `SELECT kind, title, body FROM notice WHERE village_id = $1 AND id = $2`,
      [villageId, published.body.noticeId],
    );
    expect(notice?.kind).toBe('financeStatement');
    expect(notice?.title).toContain('2026年10月财务收支公开');
    expect(notice?.body).toContain('壹万叁仟叁佰零捌元柒角捌分');
    const st = await clerk.get(`${base}/statements/2026-10`);
    expect(st.body).toMatchObject({
      noticeId: published.body.noticeId,
      review: { passed: true, opinion: '经监督委员会集体审核，收支真实，凭证齐全' },
    });
    expect((await clerk.post(`${base}/statements/2026-10/publish`, {})).status).toBe(409);
    expect((await verifyChain(s.db, villageId)).ok).toBe(true);

    // what the public portal may open: the published month's statement and its vouchers only
    const portal = publishedBooks(s);
    const shown = await portal.statementOfNotice(villageId, published.body.noticeId);
    expect(shown?.spendingTotalFen).toBe(1_330_878);
    const octoberVoucher = shown?.spending[0]?.items[0]?.voucherId ?? '';
    expect((await portal.voucher(villageId, octoberVoucher))?.voucher.number).toBe('2026-10-001');
    const novemberVoucher = (await clerk.get(`${base}/vouchers?text=健身器材`)).body.items[0].id;
    expect(await portal.voucher(villageId, novemberVoucher)).toBeNull();
    expect(await portal.statementOfNotice(villageId, villageId)).toBeNull();
  });

  it('shows the books to cadres, supervisors and the town, not to villagers or another town', async () => {
    expect((await (await s.as('villager')).get(`${base}/vouchers`)).status).toBe(403);
    expect((await (await s.as('otherTownOfficial')).get(`${base}/vouchers`)).status).toBe(403);
    expect((await (await s.as('supervisionChair')).get(`${base}/vouchers`)).status).toBe(200);
    expect(
      (await (await s.as('supervisionChair')).post(`${base}/vouchers`, pay('2026-11-10', 1)))
        .status,
    ).toBe(403);
  });
});
