import { fromYmd, isValidYmd, type CalendarDate } from '../calendarDate.ts';
import type { ErrorId, FieldProblem } from '../errors.ts';
import { parseYuan } from '../money.ts';
import { isPostable, mapAccountCode } from './accounts.ts';
import { voucherProblems, type LedgerCalendar, type VoucherInput } from './voucher.ts';

/**
 * Reading a village's existing books from a sheet (期初余额表, 凭证清单): the header row found by
 * its words, each row checked, 2004 codes mapped onto the 2023 chart, and every problem
 * reported by row and column. Nothing is imported unless every row is right.
 */

export type ImportColumn =
  'accountCode' | 'debit' | 'credit' | 'date' | 'number' | 'summary' | 'counterparty';

export const IMPORT_COLUMN_NAMES: Record<ImportColumn, { zh: string; en: string }> = {
  accountCode: { zh: '科目编码', en: 'Account code' },
  debit: { zh: '借方金额', en: 'Debit' },
  credit: { zh: '贷方金额', en: 'Credit' },
  date: { zh: '日期', en: 'Date' },
  number: { zh: '凭证号', en: 'Voucher number' },
  summary: { zh: '摘要', en: 'Summary' },
  counterparty: { zh: '往来单位', en: 'Counterparty' },
};

const HEADER_WORDS: Record<ImportColumn, readonly string[]> = {
  accountCode: ['科目编码', '科目代码', '科目编号', '会计科目编码', '科目号'],
  debit: ['借方', '借方金额', '借方余额', '期初借方', '期初借方余额', '借方发生额'],
  credit: ['贷方', '贷方金额', '贷方余额', '期初贷方', '期初贷方余额', '贷方发生额'],
  date: ['日期', '凭证日期', '记账日期', '制单日期'],
  number: ['凭证号', '凭证编号', '凭证字号', '凭证号数'],
  summary: ['摘要'],
  counterparty: ['往来单位', '对方单位', '收款单位', '付款单位', '单位或个人', '往来单位或个人'],
};

export interface ImportRow {
  /** The sheet's row number (1-based), as the clerk sees it in Excel. */
  rowNumber: number;
  cells: readonly string[];
}

export interface RowProblem {
  row: number;
  column: ImportColumn | null;
  error: ErrorId;
  params?: Record<string, string | number>;
}

const clean = (s: string) => s.replace(/[\s（(].*$/, '').trim();

/** The header row (the first naming an account code column) and where each known column is. */
export function findHeader(
  rows: readonly ImportRow[],
): { headerIndex: number; columns: Partial<Record<ImportColumn, number>> } | null {
  for (let i = 0; i < Math.min(rows.length, 10); i++) {
    const cells = rows[i]?.cells.map(clean) ?? [];
    const columns: Partial<Record<ImportColumn, number>> = {};
    for (const [column, words] of Object.entries(HEADER_WORDS) as [ImportColumn, string[]][]) {
      const at = cells.findIndex((c) => words.includes(c));
      if (at >= 0) columns[column] = at;
    }
    if (columns.accountCode !== undefined) return { headerIndex: i, columns };
  }
  return null;
}

/** An amount cell in yuan as fen: empty is zero; `null` when it cannot be read. */
export function amountCell(text: string): number | null {
  const parsed = parseYuan(text);
  if ('problem' in parsed) return null;
  return parsed.fen === null ? 0 : Number(parsed.fen);
}

/** A date cell: 2026-01-05, 2026/1/5, 2026.1.5, 2026年1月5日. */
export function dateCell(text: string): CalendarDate | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(y, mo, d) ? fromYmd(y, mo, d) : null;
}

function codeProblem(row: number, text: string): RowProblem | { code: string } {
  if (text.trim() === '') return { row, column: 'accountCode', error: 'field_required' };
  const mapped = mapAccountCode(text);
  if (!mapped.ok && mapped.reason === 'unmapped')
    return {
      row,
      column: 'accountCode',
      error: 'finance_import_code_unmapped',
      params: { code: text.trim(), name: mapped.name, why: mapped.why.zh },
    };
  if (!mapped.ok)
    return { row, column: 'accountCode', error: 'finance_account_unknown', params: { code: text } };
  if (!isPostable(mapped.code))
    return {
      row,
      column: 'accountCode',
      error: 'finance_account_not_postable',
      params: { account: mapped.code },
    };
  return { code: mapped.code };
}

const cellOf = (r: ImportRow, at: number | undefined) =>
  at === undefined ? '' : (r.cells[at] ?? '').trim();

function amounts(
  r: ImportRow,
  columns: Partial<Record<ImportColumn, number>>,
): { debit: number; credit: number } | RowProblem {
  const debit = amountCell(cellOf(r, columns.debit));
  const credit = amountCell(cellOf(r, columns.credit));
  if (debit === null) return { row: r.rowNumber, column: 'debit', error: 'money_invalid' };
  if (credit === null) return { row: r.rowNumber, column: 'credit', error: 'money_invalid' };
  return { debit, credit };
}

const isProblem = (x: object): x is RowProblem => 'error' in x;

export interface OpeningBalance {
  accountCode: string;
  debitFen: number;
  creditFen: number;
}

/**
 * An opening trial balance (期初余额表): one row per account with a debit or a credit balance.
 * Rows mapping onto the same 2023 account are added up; the totals must balance.
 */
export function readOpeningBalances(
  rows: readonly ImportRow[],
): { balances: OpeningBalance[] } | { problems: RowProblem[] } {
  const header = findHeader(rows);
  if (!header || header.columns.debit === undefined || header.columns.credit === undefined)
    return {
      problems: [{ row: rows[0]?.rowNumber ?? 1, column: null, error: 'finance_import_header' }],
    };
  const problems: RowProblem[] = [];
  const net = new Map<string, number>();
  for (const r of rows.slice(header.headerIndex + 1)) {
    if (r.cells.every((c) => c.trim() === '')) continue;
    const code = codeProblem(r.rowNumber, cellOf(r, header.columns.accountCode));
    const amount = amounts(r, header.columns);
    if (isProblem(code)) problems.push(code);
    if (isProblem(amount)) problems.push(amount);
    if (isProblem(code) || isProblem(amount)) continue;
    if (amount.debit < 0 || amount.credit < 0 || (amount.debit !== 0 && amount.credit !== 0)) {
      problems.push({ row: r.rowNumber, column: 'debit', error: 'finance_line_one_side' });
      continue;
    }
    net.set(code.code, (net.get(code.code) ?? 0) + amount.debit - amount.credit);
  }
  if (problems.length > 0) return { problems };
  const balances = [...net.entries()]
    .filter(([, n]) => n !== 0)
    .map(([accountCode, n]) => ({
      accountCode,
      debitFen: n > 0 ? n : 0,
      creditFen: n < 0 ? -n : 0,
    }));
  return { balances };
}

export interface ImportedVoucher {
  input: VoucherInput;
  /** The number the village's book gave it, and the sheet rows it came from. */
  originalNumber: string;
  rows: number[];
}

interface VoucherGroup {
  date: string;
  number: string;
  summary: string;
  rows: ImportRow[];
  lines: VoucherInput['lines'];
}

function groupVouchers(
  rows: readonly ImportRow[],
  columns: Partial<Record<ImportColumn, number>>,
  problems: RowProblem[],
): VoucherGroup[] {
  const groups = new Map<string, VoucherGroup>();
  let last: VoucherGroup | null = null;
  for (const r of rows) {
    if (r.cells.every((c) => c.trim() === '')) continue;
    const dateText: string = cellOf(r, columns.date) || last?.date || '';
    const number: string = cellOf(r, columns.number) || last?.number || '';
    if (number === '')
      problems.push({ row: r.rowNumber, column: 'number', error: 'field_required' });
    const key = `${dateText}|${number}`;
    let group = groups.get(key);
    if (!group) {
      group = { date: dateText, number, summary: '', rows: [], lines: [] };
      groups.set(key, group);
    }
    last = group;
    group.rows.push(r);
    const summary = cellOf(r, columns.summary);
    if (group.summary === '' && summary !== '') group.summary = summary;
    const code = codeProblem(r.rowNumber, cellOf(r, columns.accountCode));
    const amount = amounts(r, columns);
    if (isProblem(code)) problems.push(code);
    if (isProblem(amount)) problems.push(amount);
    if (isProblem(code) || isProblem(amount)) continue;
    const counterparty = cellOf(r, columns.counterparty);
    group.lines.push({
      accountCode: code.code,
      debitFen: amount.debit,
      creditFen: amount.credit,
      ...(counterparty ? { counterparty } : {}),
    });
  }
  return [...groups.values()];
}

/** Which sheet column a voucher field's problem belongs to. */
function columnOfField(field: string): ImportColumn | null {
  if (field === 'on') return 'date';
  if (field === 'summary') return 'summary';
  if (field.endsWith('.accountCode')) return 'accountCode';
  if (field.endsWith('.debitFen')) return 'debit';
  if (field.endsWith('.creditFen')) return 'credit';
  if (field.endsWith('.counterparty')) return 'counterparty';
  return null;
}

/**
 * A voucher's problems (`lines.1.debitFen`, `on`) as problems of the sheet rows it came from: a
 * line's on its own row, the voucher's own on its first. Also used when a voucher is refused at
 * booking, after its sheet was read.
 */
export function voucherRowProblems(
  voucher: Pick<ImportedVoucher, 'rows'>,
  problems: readonly FieldProblem[],
): RowProblem[] {
  const first = voucher.rows[0] ?? 0;
  return problems.map((p) => {
    const line = /^lines\.(\d+)\./.exec(p.field);
    return {
      row: line ? (voucher.rows[Number(line[1])] ?? first) : first,
      column: columnOfField(p.field),
      error: p.error,
      ...(p.params ? { params: p.params } : {}),
    };
  });
}

/**
 * A list of vouchers (凭证清单): one row per voucher line; rows with the same date and number
 * form one voucher (a blank date or number repeats the row above). Each voucher is checked as
 * a booked one would be, its problems reported on its rows.
 */
export function readVouchers(
  rows: readonly ImportRow[],
  books: LedgerCalendar,
): { vouchers: ImportedVoucher[] } | { problems: RowProblem[] } {
  const header = findHeader(rows);
  const columns = header?.columns;
  if (!header || !columns || columns.date === undefined || columns.number === undefined)
    return {
      problems: [{ row: rows[0]?.rowNumber ?? 1, column: null, error: 'finance_import_header' }],
    };
  const problems: RowProblem[] = [];
  const groups = groupVouchers(rows.slice(header.headerIndex + 1), columns, problems);
  const vouchers: ImportedVoucher[] = [];
  for (const g of groups) {
    const first = g.rows[0]?.rowNumber ?? 0;
    const on = dateCell(g.date);
    if (!on) {
      problems.push({ row: first, column: 'date', error: 'date_invalid' });
      continue;
    }
    const input: VoucherInput = {
      on,
      summary: g.summary,
      lines: g.lines,
      source: { kind: 'import' },
    };
    if (g.lines.length !== g.rows.length) continue; // its rows' problems are already listed
    const voucher = { input, originalNumber: g.number, rows: g.rows.map((r) => r.rowNumber) };
    problems.push(...voucherRowProblems(voucher, voucherProblems(input, books)));
    vouchers.push(voucher);
  }
  if (problems.length > 0) return { problems };
  return {
    vouchers: vouchers.sort((a, b) =>
      a.input.on < b.input.on ? -1 : a.input.on > b.input.on ? 1 : 0,
    ),
  };
}
