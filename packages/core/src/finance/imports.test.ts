import { describe, expect, it } from 'vitest';
import { dateCell, readOpeningBalances, readVouchers, type ImportRow } from './imports.ts';

const sheet = (...rows: string[][]): ImportRow[] =>
  rows.map((cells, i) => ({ rowNumber: i + 1, cells }));
const open = { isClosed: () => false };

describe('opening balances', () => {
  it('maps 2004 codes, adds up rows on one account, and checks the totals', () => {
    const read = readOpeningBalances(
      sheet(
        ['甲村期初余额表'],
        ['科目编码', '科目名称', '借方余额', '贷方余额'],
        ['101', '现金', '1,000.00', ''],
        ['102', '银行存款', '99000', ''],
        ['112001', '应收款—单位', '500', ''],
        ['112002', '应收款—个人', '500', ''],
        ['301', '资本', '', '101000'],
      ),
    );
    expect(read).toEqual({
      balances: [
        { accountCode: '1001', debitFen: 100_000, creditFen: 0 },
        { accountCode: '1002', debitFen: 9_900_000, creditFen: 0 },
        { accountCode: '1102', debitFen: 100_000, creditFen: 0 },
        { accountCode: '3001', debitFen: 0, creditFen: 10_100_000 },
      ],
    });
  });

  it('reports every bad row by row and column', () => {
    const read = readOpeningBalances(
      sheet(
        ['科目编码', '借方余额', '贷方余额'],
        ['212', '', '300'],
        ['999', '1', ''],
        ['102', 'abc', ''],
        ['102', '5', '5'],
      ),
    );
    expect('problems' in read && read.problems.map((p) => [p.row, p.column, p.error])).toEqual([
      [2, 'accountCode', 'finance_import_code_unmapped'],
      [3, 'accountCode', 'finance_account_unknown'],
      [4, 'debit', 'money_invalid'],
      [5, 'debit', 'finance_line_one_side'],
    ]);
  });
});

describe('vouchers', () => {
  const header = ['日期', '凭证号', '摘要', '科目编码', '借方金额', '贷方金额', '往来单位'];

  it('groups rows by date and number; a blank date or number repeats the row above', () => {
    const read = readVouchers(
      sheet(
        header,
        ['2026-01-05', '记1', '收到租金', '102', '3000', '', '张三'],
        ['', '', '', '501', '', '3000', ''],
        ['2026/1/8', '记2', '购买办公用品', '541', '200.50', '', ''],
        ['', '', '', '101', '', '200.50', '文具店'],
      ),
      open,
    );
    if (!('vouchers' in read)) throw new Error(JSON.stringify(read.problems));
    expect(read.vouchers.map((v) => [v.input.on, v.originalNumber, v.input.lines.length])).toEqual([
      ['2026-01-05', '记1', 2],
      ['2026-01-08', '记2', 2],
    ]);
    expect(read.vouchers[0]?.input.lines[1]).toEqual({
      accountCode: '5001',
      debitFen: 0,
      creditFen: 300_000,
    });
  });

  it('puts an unbalanced voucher’s problem on its first row and a closed month’s on the date', () => {
    const read = readVouchers(
      sheet(
        header,
        ['2026-01-05', '记1', '收到租金', '102', '3000', '', ''],
        ['2026-01-05', '记1', '', '501', '', '2999', ''],
        ['2025-12-31', '记9', '旧账', '102', '1', '', ''],
        ['2025-12-31', '记9', '', '501', '', '1', ''],
      ),
      { isClosed: (p) => p.year === 2025 },
    );
    expect('problems' in read && read.problems.map((p) => [p.row, p.column, p.error])).toEqual([
      [2, null, 'finance_unbalanced'],
      [4, 'date', 'finance_period_closed'],
    ]);
  });

  it('refuses a sheet without its header', () => {
    expect(readVouchers(sheet(['a', 'b']), open)).toMatchObject({
      problems: [{ error: 'finance_import_header' }],
    });
  });

  it.each([
    ['2026-01-05', '2026-01-05'],
    ['2026年1月5日', '2026-01-05'],
    ['2026.1.5', '2026-01-05'],
    ['2026-02-30', null],
    ['05/01/2026', null],
  ])('reads the date %s', (text, expected) => {
    expect(dateCell(text)).toBe(expected);
  });
});
