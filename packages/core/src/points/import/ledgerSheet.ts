import { compareDates, type CalendarDate } from '../../calendarDate.ts';
import { normaliseHeader } from '../../roster/rosterHeaders.ts';
import { readRosterDate } from '../../roster/rosterDates.ts';
import type { RosterCell } from '../../roster/checkRoster.ts';
import { checkContent } from '../../villageRules/content.ts';

/**
 * A village's existing points ledger (积分台账), kept on paper or in Excel before the platform:
 * one line per award or deduction, naming the household by its number in the register. The
 * import takes every line or none; each problem is told by sheet row, column and reason. The
 * lines it makes cite the file's SHA-256 and the importer, and go to publicity like any award
 * before they count (a cadre's spreadsheet is not yet an explained point).
 */

export const LEDGER_COLUMNS = [
  { key: 'householdNumber', zh: '户号', en: 'Household no.', required: true },
  { key: 'headName', zh: '户主', en: 'Head of household', required: false },
  { key: 'date', zh: '日期', en: 'Date', required: true },
  { key: 'points', zh: '积分', en: 'Points', required: true },
  { key: 'reason', zh: '事由', en: 'Reason', required: true },
] as const;
export type LedgerColumnKey = (typeof LEDGER_COLUMNS)[number]['key'];

/** The words villages head these columns with (compared after `normaliseHeader`). */
const SYNONYMS: Record<LedgerColumnKey, readonly string[]> = {
  householdNumber: ['户号', '户编号', '家庭户号'],
  headName: ['户主', '户主姓名', '姓名'],
  date: ['日期', '时间', '发生日期', '记分日期'],
  points: ['积分', '分值', '得分', '加减分', '积分变动'],
  reason: ['事由', '事项', '积分事由', '内容', '积分项目', '说明'],
};
const BY_WORD = new Map<string, LedgerColumnKey>();
for (const [key, words] of Object.entries(SYNONYMS) as Array<[LedgerColumnKey, string[]]>)
  for (const w of words) BY_WORD.set(normaliseHeader(w), key);

/** How far down the header row is looked for (titles such as “2025年积分台账” sit above it). */
export const LEDGER_HEADER_SCAN_ROWS = 10;
/** The most lines one file may carry, and the largest award or deduction of one line. */
export const MAX_LEDGER_LINES = 50_000;
export const MAX_LINE_POINTS = 10_000;
export const MAX_REASON_LENGTH = 200;

export interface LedgerRawRow {
  rowNumber: number;
  cells: readonly RosterCell[];
}

export interface LedgerHousehold {
  id: string;
  headName: string | null;
}

export interface LedgerContext {
  today: CalendarDate;
  /** The village's households by their number in the register. */
  households: ReadonlyMap<string, LedgerHousehold>;
}

export interface LedgerLine {
  rowNumber: number;
  householdId: string;
  date: CalendarDate;
  points: number;
  reason: string;
}

export type LedgerProblemId =
  | 'ledger_header_not_found'
  | 'ledger_empty'
  | 'ledger_too_many_lines'
  | 'field_required'
  | 'ledger_household_unknown'
  | 'ledger_head_mismatch'
  | 'date_invalid'
  | 'date_in_future'
  | 'ledger_points_invalid'
  | 'ledger_unlawful_line'
  | 'field_too_long';

export interface LedgerProblem {
  row: number;
  column: LedgerColumnKey | null;
  error: LedgerProblemId;
  params?: Record<string, string | number>;
}

/** The problems only this import meets (the common ones are in the error catalog). */
export const LEDGER_PROBLEM_MESSAGES: Record<
  Exclude<LedgerProblemId, 'field_required' | 'date_invalid' | 'date_in_future' | 'field_too_long'>,
  { zh: string; en: string }
> = {
  ledger_header_not_found: {
    zh: '在前 {rows} 行中没有找到表头：表头行应写明“户号”“日期”“积分”“事由”等列',
    en: 'no header row in the first {rows} rows: it names columns such as 户号, 日期, 积分, 事由',
  },
  ledger_empty: { zh: '表头下没有任何积分记录', en: 'there are no lines below the header' },
  ledger_too_many_lines: {
    zh: '一个文件最多 {max} 行积分记录，请分成几个文件导入',
    en: 'at most {max} lines per file: split it into several files',
  },
  ledger_household_unknown: {
    zh: '本村户籍登记中没有户号为 {number} 的户',
    en: 'no household numbered {number} in the village register',
  },
  ledger_head_mismatch: {
    zh: '户号 {number} 的户主登记为“{registered}”，与表中“{written}”不符',
    en: 'household {number} is registered with head “{registered}”, not “{written}”',
  },
  ledger_points_invalid: {
    zh: '积分须为不为零的整数，绝对值不超过 {max}（扣分写负数，如 -5）',
    en: 'points are a non-zero whole number of at most {max} either way (a deduction is negative, e.g. -5)',
  },
  // {finding}: the content check's finding with its law, filled in by the presenter
  ledger_unlawful_line: {
    zh: '这一行不能导入：{finding}',
    en: 'this line cannot be imported: {finding}',
  },
};

interface Header {
  rowIndex: number;
  columns: Map<LedgerColumnKey, number>;
}

/** The header row: the first among the top rows that names every required column. */
export function findLedgerHeader(rows: readonly LedgerRawRow[]): Header | null {
  for (let i = 0; i < Math.min(rows.length, LEDGER_HEADER_SCAN_ROWS); i++) {
    const columns = new Map<LedgerColumnKey, number>();
    rows[i]?.cells.forEach((cell, index) => {
      const key = BY_WORD.get(normaliseHeader(cell.text));
      if (key && !columns.has(key)) columns.set(key, index);
    });
    if (LEDGER_COLUMNS.every((c) => !c.required || columns.has(c.key)))
      return { rowIndex: i, columns };
  }
  return null;
}

/** A points cell: a whole number, negative for a deduction (“-5”, “−5”, “+3” and “5分” are read). */
export function readPoints(cell: RosterCell): number | null {
  const text = cell.text
    .normalize('NFKC')
    .trim()
    .replace(/^[−－]/, '-')
    .replace(/分$/, '');
  if (!/^[+-]?\d{1,9}$/.test(text)) return null;
  const n = Number(text);
  return n === 0 || Math.abs(n) > MAX_LINE_POINTS ? null : n;
}

type Checked = { ok: true; lines: LedgerLine[] } | { ok: false; problems: LedgerProblem[] };

/** One line's problems, or the line. */
function checkLine(
  row: LedgerRawRow,
  col: (key: LedgerColumnKey) => RosterCell,
  ctx: LedgerContext,
): LedgerLine | LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  const at = (column: LedgerColumnKey, error: LedgerProblemId, params?: LedgerProblem['params']) =>
    problems.push({ row: row.rowNumber, column, error, ...(params ? { params } : {}) });
  const number = col('householdNumber').text.trim();
  const household = number ? ctx.households.get(number) : undefined;
  if (!number) at('householdNumber', 'field_required');
  else if (!household) at('householdNumber', 'ledger_household_unknown', { number });
  const written = col('headName').text.trim();
  if (household && written && household.headName && written !== household.headName)
    at('headName', 'ledger_head_mismatch', { number, registered: household.headName, written });
  const d = readRosterDate(col('date'));
  if (d.kind === 'blank') at('date', 'field_required');
  else if (d.kind !== 'date') at('date', 'date_invalid');
  else if (compareDates(d.date, ctx.today) > 0) at('date', 'date_in_future');
  const points = readPoints(col('points'));
  if (points === null) at('points', 'ledger_points_invalid', { max: MAX_LINE_POINTS });
  const reason = col('reason').text.trim();
  if (!reason) at('reason', 'field_required');
  else if (reason.length > MAX_REASON_LENGTH)
    at('reason', 'field_too_long', { max: MAX_REASON_LENGTH });
  else {
    // an old ledger may deduct for what the law protects (petitioning, marrying out): such a
    // line is refused as the scheme's items are; a deduction names what it penalises
    const [unlawful] = checkContent(reason, ctx.today, { penalty: (points ?? 0) < 0 });
    // the finding travels whole in the problem's params: the presenter words it with its law
    if (unlawful)
      at('reason', 'ledger_unlawful_line', {
        ...unlawful.params,
        ruleId: unlawful.ruleId,
        code: unlawful.code,
        on: unlawful.on,
      });
  }
  if (problems.length > 0 || !household || d.kind !== 'date' || points === null) return problems;
  return { rowNumber: row.rowNumber, householdId: household.id, date: d.date, points, reason };
}

/**
 * Checks a whole ledger sheet: the header, then every line below it (blank lines skipped). All
 * problems come together; the lines only when there are none. `onProgress` counts checked lines.
 */
export function checkLedgerSheet(
  rows: readonly LedgerRawRow[],
  ctx: LedgerContext,
  onProgress: (checked: number) => void = () => {},
): Checked {
  const header = findLedgerHeader(rows);
  if (!header)
    return {
      ok: false,
      problems: [
        {
          row: 0,
          column: null,
          error: 'ledger_header_not_found',
          params: { rows: LEDGER_HEADER_SCAN_ROWS },
        },
      ],
    };
  const body = ledgerBody(rows, header);
  if (body.length === 0)
    return { ok: false, problems: [{ row: 0, column: null, error: 'ledger_empty' }] };
  if (body.length > MAX_LEDGER_LINES)
    return {
      ok: false,
      problems: [
        { row: 0, column: null, error: 'ledger_too_many_lines', params: { max: MAX_LEDGER_LINES } },
      ],
    };
  const problems: LedgerProblem[] = [];
  const lines: LedgerLine[] = [];
  body.forEach((row, i) => {
    const col = (key: LedgerColumnKey): RosterCell => {
      const index = header.columns.get(key);
      return (index === undefined ? undefined : row.cells[index]) ?? { text: '', numeric: false };
    };
    const out = checkLine(row, col, ctx);
    if (Array.isArray(out)) problems.push(...out);
    else lines.push(out);
    onProgress(i + 1);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, lines };
}

/** The rows below the header that hold anything. */
export function ledgerBody(rows: readonly LedgerRawRow[], header: Header): LedgerRawRow[] {
  return rows
    .slice(header.rowIndex + 1)
    .filter((r) => r.cells.some((c) => c.text.trim().length > 0));
}
