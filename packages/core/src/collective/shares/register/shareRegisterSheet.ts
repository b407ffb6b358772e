import type { CalendarDate } from '../../../calendarDate.ts';
import { checkResidentId, maskResidentId } from '../../../registry/residentIdNumber.ts';
import type { RosterCell } from '../../../roster/checkRoster.ts';
import { normaliseHeader } from '../../../roster/rosterHeaders.ts';
import { SHARE_CLASSES, type ShareClass, type ShareClassTerm } from '../../charter.ts';
import { MAX_CLASS_COUNT } from '../holdings.ts';

/**
 * A 股东名册 (the register of shareholders the organisation kept on paper or in Excel, most often
 * from the earlier property-rights reform): one line per member with their count of each share
 * class. Each line is matched to a registry person by the ID number (a name can repeat in a
 * village, a number cannot), must name that person as written in the register, and the person
 * must be a member of the organisation on the day the shares take effect. A line's 合计 (if the
 * sheet has one) must equal its classes by the charter's weights, and a 合计 line at the foot must
 * equal the columns' sums: a register that does not add up is not imported. Every line or none;
 * each problem by sheet row, column and reason.
 */

export type RegisterColumnKey = 'householdNumber' | 'name' | 'idNumber' | ShareClass | 'total';

/** The words registers head these columns with (compared after `normaliseHeader`). */
const SYNONYMS: Record<RegisterColumnKey, readonly string[]> = {
  householdNumber: ['户号', '户编号', '家庭户号'],
  name: ['姓名', '股东姓名', '成员姓名', '股东'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码', '身份证'],
  population: ['人口股', '人口股数', '基本股', '人头股'],
  farmingYears: ['农龄股', '农龄', '劳龄股', '劳龄', '农龄股数'],
  land: ['土地股', '土地股数', '土地入股'],
  total: ['合计', '合计股数', '股份合计', '总股数', '持股数', '股数合计'],
};
const BY_WORD = new Map<string, RegisterColumnKey>();
for (const [key, words] of Object.entries(SYNONYMS) as Array<[RegisterColumnKey, string[]]>)
  for (const w of words) BY_WORD.set(normaliseHeader(w), key);

/** The words a foot line of totals begins with (it is checked, never imported as a member). */
const TOTAL_LINE = new Set(['合计', '总计', '小计'].map(normaliseHeader));

export const REGISTER_HEADER_SCAN_ROWS = 10;
export const MAX_REGISTER_LINES = 20_000;

export interface RegisterRawRow {
  rowNumber: number;
  cells: readonly RosterCell[];
}

/** A registry person as the import matches them. */
export interface RegisterPerson {
  id: string;
  name: string;
  householdId: string;
  householdNumber: string;
  /** A member of the organisation on the day the shares take effect. */
  member: boolean;
}

export interface RegisterContext {
  /** The day the shares take effect (the reform's, or the adopting resolution's). */
  on: CalendarDate;
  classes: readonly ShareClassTerm[];
  /** The village's people by ID number (upper case). */
  people: ReadonlyMap<string, RegisterPerson>;
}

export interface RegisterLine {
  rowNumber: number;
  personId: string;
  householdId: string;
  /** Units per class (count × the charter's weight), the charter's classes only. */
  units: Array<{ shareClass: ShareClass; units: number }>;
}

export interface RegisterTotals {
  members: number;
  households: number;
  units: number;
  unitsByClass: Array<{ shareClass: ShareClass; units: number }>;
}

export type RegisterProblemId =
  | 'register_header_not_found'
  | 'register_empty'
  | 'register_too_many_lines'
  | 'field_required'
  | 'register_id_invalid'
  | 'register_person_unknown'
  | 'register_name_mismatch'
  | 'register_household_mismatch'
  | 'register_not_member'
  | 'register_person_twice'
  | 'register_count_invalid'
  | 'register_class_not_in_charter'
  | 'register_no_shares'
  | 'register_row_total_mismatch'
  | 'register_sheet_total_mismatch';

export interface RegisterProblem {
  row: number;
  column: RegisterColumnKey | null;
  error: RegisterProblemId;
  params?: Record<string, string | number>;
}

/** The problems only this import meets (field_required is the catalog's). */
export const REGISTER_PROBLEM_MESSAGES: Record<
  Exclude<RegisterProblemId, 'field_required'>,
  { zh: string; en: string }
> = {
  register_header_not_found: {
    zh: '在前 {rows} 行中没有找到表头：表头行应写明“姓名”“身份证号”和章程所设各类股份（如“人口股”“农龄股”）等列',
    en: 'no header row in the first {rows} rows: it names 姓名, 身份证号 and the charter’s share classes (人口股, 农龄股 …)',
  },
  register_empty: { zh: '表头下没有任何股东', en: 'there are no shareholders below the header' },
  register_too_many_lines: {
    zh: '一个文件最多 {max} 行，请分成几个文件导入',
    en: 'at most {max} lines per file: split it into several files',
  },
  register_id_invalid: {
    zh: '不是有效的公民身份号码（18位，最后一位可为X；Excel 若把它存成了数字，请把该列设为文本后重新填写）',
    en: 'is not a valid resident ID number (18 characters; if Excel stored it as a number, format the column as text and type it again)',
  },
  register_person_unknown: {
    zh: '本村户籍登记中没有身份证号为 {id} 的人，请先在户籍登记中登记',
    en: 'no one in the village register has ID number {id}: register the person first',
  },
  register_name_mismatch: {
    zh: '身份证号 {id} 登记的姓名为“{registered}”，与表中“{written}”不符',
    en: 'ID number {id} is registered as “{registered}”, not “{written}”',
  },
  register_household_mismatch: {
    zh: '{name} 登记在户号 {registered}，与表中户号 {written} 不符',
    en: '{name} is registered in household {registered}, not {written}',
  },
  register_not_member: {
    zh: '{name} 在{on}不是本集体经济组织成员，不能量化股份；请先确认其成员身份',
    en: '{name} is not a member of the organisation on {on}: confirm the membership first',
  },
  register_person_twice: {
    zh: '{name} 已在第 {row} 行出现，每人只能有一行',
    en: '{name} is already on row {row}: one line per person',
  },
  register_count_invalid: {
    zh: '须为 0 至 {max} 的整数（空白视为 0）',
    en: 'must be a whole number from 0 to {max} (blank reads as 0)',
  },
  register_class_not_in_charter: {
    zh: '本组织章程没有设“{shareClass}”，该列须为空或 0',
    en: 'the charter sets no “{shareClass}” shares: leave the column blank or 0',
  },
  register_no_shares: {
    zh: '{name} 的各类股份都是 0，请删去这一行或填写股数',
    en: '{name} holds no share of any class: remove the line or fill it in',
  },
  register_row_total_mismatch: {
    zh: '合计写的是 {written} 股，按章程各类股份折算应为 {computed} 股',
    en: 'the total says {written}; by the charter’s weights the classes make {computed}',
  },
  register_sheet_total_mismatch: {
    zh: '合计行的“{columnName}”为 {written}，各行相加为 {computed}',
    en: 'the totals line says {written} for “{columnName}”; the lines add up to {computed}',
  },
};

/** The class names as headed, for messages. */
export const SHARE_CLASS_WORDS: Record<ShareClass, { zh: string; en: string }> = {
  population: { zh: '人口股', en: 'population shares' },
  farmingYears: { zh: '农龄股', en: 'farming-years shares' },
  land: { zh: '土地股', en: 'land shares' },
};

interface Header {
  rowIndex: number;
  columns: Map<RegisterColumnKey, number>;
}

/** The header row: the first among the top rows naming 姓名, 身份证号 and a share class. */
export function findRegisterHeader(rows: readonly RegisterRawRow[]): Header | null {
  for (let i = 0; i < Math.min(rows.length, REGISTER_HEADER_SCAN_ROWS); i++) {
    const columns = new Map<RegisterColumnKey, number>();
    rows[i]?.cells.forEach((cell, index) => {
      const key = BY_WORD.get(normaliseHeader(cell.text));
      if (key && !columns.has(key)) columns.set(key, index);
    });
    if (columns.has('name') && columns.has('idNumber') && SHARE_CLASSES.some((c) => columns.has(c)))
      return { rowIndex: i, columns };
  }
  return null;
}

/** A count cell: a whole number (“1”, “23年”, “3股”; blank is 0) up to `max`, or null. */
export function readCount(cell: RosterCell, max = MAX_CLASS_COUNT): number | null {
  const text = cell.text
    .normalize('NFKC')
    .trim()
    .replace(/(股|年|份)$/, '');
  if (text === '') return 0;
  if (!/^\d{1,9}(\.0+)?$/.test(text)) return null;
  const n = Number.parseInt(text, 10);
  return n > max ? null : n;
}

type Checked =
  | { ok: true; lines: RegisterLine[]; totals: RegisterTotals }
  | { ok: false; problems: RegisterProblem[] };

interface Row {
  raw: RegisterRawRow;
  col: (key: RegisterColumnKey) => RosterCell;
}

/** One member's line: its problems, or the line. */
function checkLine(
  { raw, col }: Row,
  ctx: RegisterContext,
  seen: Map<string, number>,
): RegisterLine | RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  const at = (
    column: RegisterColumnKey,
    error: RegisterProblemId,
    params?: RegisterProblem['params'],
  ) => problems.push({ row: raw.rowNumber, column, error, ...(params ? { params } : {}) });
  const written = col('name').text.trim();
  if (!written) at('name', 'field_required');
  const idText = col('idNumber').text.trim();
  const id = idText ? checkResidentId(idText) : null;
  let person: RegisterPerson | undefined;
  if (!idText) at('idNumber', 'field_required');
  else if (!id?.ok) at('idNumber', 'register_id_invalid');
  else {
    const masked = maskResidentId(id.value);
    person = ctx.people.get(id.value);
    if (!person) at('idNumber', 'register_person_unknown', { id: masked });
    else if (written && written !== person.name)
      at('name', 'register_name_mismatch', { id: masked, registered: person.name, written });
  }
  if (person) {
    const household = col('householdNumber').text.trim();
    if (household && household !== person.householdNumber)
      at('householdNumber', 'register_household_mismatch', {
        name: person.name,
        registered: person.householdNumber,
        written: household,
      });
    const earlier = seen.get(person.id);
    if (earlier !== undefined)
      at('idNumber', 'register_person_twice', { name: person.name, row: earlier });
    else seen.set(person.id, raw.rowNumber);
    if (!person.member) at('name', 'register_not_member', { name: person.name, on: ctx.on });
  }
  const units = classUnits({ raw, col }, ctx, at);
  if (units) checkRowTotal({ raw, col }, units, at, written);
  if (problems.length > 0 || !person || !units) return problems;
  return { rowNumber: raw.rowNumber, personId: person.id, householdId: person.householdId, units };
}

type At = (
  column: RegisterColumnKey,
  error: RegisterProblemId,
  params?: RegisterProblem['params'],
) => void;

/** The line's units per charter class, or null when a count cannot be read. */
function classUnits({ col }: Row, ctx: RegisterContext, at: At): RegisterLine['units'] | null {
  let readable = true;
  const units: RegisterLine['units'] = [];
  for (const shareClass of SHARE_CLASSES) {
    const count = readCount(col(shareClass));
    const term = ctx.classes.find((c) => c.shareClass === shareClass);
    if (count === null) {
      at(shareClass, 'register_count_invalid', { max: MAX_CLASS_COUNT });
      readable = false;
    } else if (count > 0 && !term) {
      at(shareClass, 'register_class_not_in_charter', {
        shareClass: SHARE_CLASS_WORDS[shareClass].zh,
      });
      readable = false;
    } else if (count > 0 && term) units.push({ shareClass, units: count * term.weight });
  }
  return readable ? units : null;
}

/** A line's own 合计 against its classes, and a line of nothing. */
function checkRowTotal({ col }: Row, units: RegisterLine['units'], at: At, name: string): void {
  const computed = units.reduce((sum, u) => sum + u.units, 0);
  if (computed === 0) at('name', 'register_no_shares', { name });
  if (col('total').text.trim() === '') return;
  const written = readCount(col('total'), Number.MAX_SAFE_INTEGER);
  if (written === null) at('total', 'register_count_invalid', { max: MAX_CLASS_COUNT });
  else if (written !== computed) at('total', 'register_row_total_mismatch', { written, computed });
}

/** The foot line of totals against the lines: each class as written, 合计 in units by the weights. */
function checkFoot(foot: Row, members: readonly Row[], ctx: RegisterContext, at: At): void {
  const count = (m: Row, c: ShareClass) => readCount(m.col(c)) ?? 0;
  const units = (m: Row) =>
    ctx.classes.reduce((sum, term) => sum + count(m, term.shareClass) * term.weight, 0);
  const keys: Array<ShareClass | 'total'> = [...SHARE_CLASSES, 'total'];
  for (const key of keys) {
    const text = foot.col(key).text.trim();
    if (text === '') continue;
    const computed = members.reduce(
      (sum, m) => sum + (key === 'total' ? units(m) : count(m, key)),
      0,
    );
    if (readCount(foot.col(key), Number.MAX_SAFE_INTEGER) !== computed)
      at(key, 'register_sheet_total_mismatch', {
        columnName: key === 'total' ? '合计' : SHARE_CLASS_WORDS[key].zh,
        written: text,
        computed,
      });
  }
}

/**
 * Checks a whole 股东名册: the header, then every line below it (blank lines skipped, a 合计 line
 * at the foot reconciled). All problems come together; the lines and their totals only when
 * there are none. `onProgress` counts checked lines.
 */
export function checkShareRegister(
  rows: readonly RegisterRawRow[],
  ctx: RegisterContext,
  onProgress: (checked: number) => void = () => {},
): Checked {
  const fail = (error: RegisterProblemId, params?: RegisterProblem['params']): Checked => ({
    ok: false,
    problems: [{ row: 0, column: null, error, ...(params ? { params } : {}) }],
  });
  const header = findRegisterHeader(rows);
  if (!header) return fail('register_header_not_found', { rows: REGISTER_HEADER_SCAN_ROWS });
  const body: Row[] = rows
    .slice(header.rowIndex + 1)
    .filter((r) => r.cells.some((c) => c.text.trim().length > 0))
    .map((raw) => ({
      raw,
      col: (key) => {
        const index = header.columns.get(key);
        return (index === undefined ? undefined : raw.cells[index]) ?? { text: '', numeric: false };
      },
    }));
  const isFoot = (r: Row) =>
    r.raw.cells.slice(0, 3).some((c) => TOTAL_LINE.has(normaliseHeader(c.text)));
  const members = body.filter((r) => !isFoot(r));
  const feet = body.filter(isFoot);
  if (members.length === 0) return fail('register_empty');
  if (members.length > MAX_REGISTER_LINES)
    return fail('register_too_many_lines', { max: MAX_REGISTER_LINES });

  const problems: RegisterProblem[] = [];
  const lines: RegisterLine[] = [];
  const seen = new Map<string, number>();
  members.forEach((row, i) => {
    const out = checkLine(row, ctx, seen);
    if (Array.isArray(out)) problems.push(...out);
    else lines.push(out);
    onProgress(i + 1);
  });
  for (const foot of feet)
    checkFoot(foot, members, ctx, (column, error, params) =>
      problems.push({ row: foot.raw.rowNumber, column, error, ...(params ? { params } : {}) }),
    );
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, lines, totals: registerTotals(lines) };
}

/** What the import adds up to, shown before and recorded with it. */
export function registerTotals(lines: readonly RegisterLine[]): RegisterTotals {
  const byClass = new Map<ShareClass, number>();
  for (const l of lines)
    for (const u of l.units) byClass.set(u.shareClass, (byClass.get(u.shareClass) ?? 0) + u.units);
  const unitsByClass = SHARE_CLASSES.filter((c) => byClass.has(c)).map((shareClass) => ({
    shareClass,
    units: byClass.get(shareClass)!,
  }));
  return {
    members: lines.length,
    households: new Set(lines.map((l) => l.householdId)).size,
    units: unitsByClass.reduce((sum, u) => sum + u.units, 0),
    unitsByClass,
  };
}
