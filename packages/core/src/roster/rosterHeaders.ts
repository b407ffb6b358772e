import { ROSTER_COLUMNS, type RosterColumnKey } from './rosterColumns.ts';

/**
 * Finding the columns of a village's own 花名册: the header row may sit below
 * a title row or two, and villages name the same column in several ways
 * (身份证号, 公民身份号码, 联系电话, 组别, 家庭住址, 出生年月 …). A header no
 * rule knows is mapped once by the clerk; the village remembers the choice.
 */

/** What a column holds: one of the roster's fields, or nothing to import ('ignore'). */
export type RosterColumnChoice = RosterColumnKey | 'ignore';
export const ROSTER_COLUMN_CHOICES: readonly RosterColumnChoice[] = [
  ...ROSTER_COLUMNS.map((c) => c.key),
  'ignore',
];

/** How far down the header row is looked for. */
export const HEADER_SCAN_ROWS = 10;
/** A header row names at least this many known fields (a title row names none). */
const HEADER_MIN_FIELDS = 2;

/** Header words villages write, beyond the template's own (ROSTER_COLUMNS' zh and en). */
const HEADER_SYNONYMS: Record<RosterColumnChoice, readonly string[]> = {
  householdNumber: ['户编号', '户籍编号', '户籍号', '家庭户号', '户代码', '户序号'],
  villagerGroup: ['组别', '小组', '组', '村民组', '组号', '所在小组', '所属小组', '所在组'],
  grid: ['所属网格', '网格名称', '所在网格'],
  address: ['家庭住址', '地址', '现住址', '居住地址', '家庭地址', '户籍地址'],
  name: ['名字', '人员姓名', '成员姓名'],
  gender: [],
  birthDate: ['出生年月', '出生年月日', '出生时间', '生日'],
  residentIdNumber: [
    '身份证号',
    '公民身份号码',
    '身份证号码',
    '公民身份证号码',
    '身份证',
    '身份证件号码',
    '证件号码',
  ],
  phone: ['联系电话', '手机号', '手机', '电话', '电话号码', '联系方式', '手机号码'],
  relationToHead: ['与户主的关系', '户主关系', '关系'],
  residenceStatus: ['居住情况', '居住状况'],
  residenceSince: ['起始日期', '外出时间', '外出日期'],
  partyMember: ['党员', '政治面貌'],
  partyJoinedOn: ['入党时间', '入党年月'],
  // kept by villages but not in the register: the line number, and age (from the birth date)
  ignore: ['序号', '年龄'],
};

/**
 * The form a header is compared in: full-width letters and brackets made
 * half-width (NFKC), spaces and line breaks removed, a trailing note in
 * brackets ("身份证号码（必填）") and marks such as * or ： dropped, letters lower-cased.
 */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\([^)]*\)$/, '')
    .replace(/[*:：]/g, '')
    .toLowerCase();
}

const BUILT_IN = new Map<string, RosterColumnChoice>();
for (const c of ROSTER_COLUMNS) {
  BUILT_IN.set(normaliseHeader(c.zh), c.key);
  BUILT_IN.set(normaliseHeader(c.en), c.key);
}
for (const [choice, words] of Object.entries(HEADER_SYNONYMS) as Array<
  [RosterColumnChoice, readonly string[]]
>)
  for (const w of words) BUILT_IN.set(normaliseHeader(w), choice);

/** The field a header names by the built-in rules, or null when no rule knows it. */
export function matchHeader(text: string): RosterColumnChoice | null {
  return BUILT_IN.get(normaliseHeader(text)) ?? null;
}

export interface HeaderColumn {
  /** 0-based position in the row. */
  index: number;
  header: string;
  field: RosterColumnChoice | null;
  /** Where the field came from: the built-in words, or this village's remembered choice. */
  source: 'standard' | 'village' | null;
}

/** A header cell's field: the village's remembered choice first, then the built-in words. */
function classify(
  header: string,
  index: number,
  remembered: ReadonlyMap<string, RosterColumnChoice>,
): HeaderColumn {
  const village = remembered.get(normaliseHeader(header));
  if (village) return { index, header, field: village, source: 'village' };
  const field = matchHeader(header);
  return { index, header, field, source: field ? 'standard' : null };
}

/**
 * Finds the header row among the first rows: the one naming the most fields
 * (at least two; ties go to the higher row). Cells without text are not columns.
 * Returns null when no row qualifies.
 */
export function findHeaderRow(
  rows: ReadonlyArray<ReadonlyArray<string>>,
  remembered: ReadonlyMap<string, RosterColumnChoice> = new Map(),
  scan = HEADER_SCAN_ROWS,
): { rowIndex: number; columns: HeaderColumn[] } | null {
  let best: { rowIndex: number; columns: HeaderColumn[]; score: number } | null = null;
  rows.slice(0, scan).forEach((cells, rowIndex) => {
    const columns = cells.flatMap((cell, index) =>
      cell.trim() ? [classify(cell.trim(), index, remembered)] : [],
    );
    const score = new Set(
      columns.flatMap((c) => (c.field && c.field !== 'ignore' ? [c.field] : [])),
    ).size;
    if (score >= HEADER_MIN_FIELDS && (!best || score > best.score))
      best = { rowIndex, columns, score };
  });
  if (!best) return null;
  const { rowIndex, columns } = best;
  return { rowIndex, columns };
}

export interface ColumnProblems {
  /** Headers no rule and no remembered choice knows. */
  unrecognised: string[];
  /** Fields an import cannot do without. */
  missing: RosterColumnKey[];
  /** Two headers naming one field (the first two of each). */
  duplicates: Array<{ field: RosterColumnKey; first: string; second: string }>;
}

/**
 * Columns every row needs. Birth date and gender are read from the ID
 * number when a roster has no such columns, so they are needed only without one.
 */
export function columnProblems(columns: readonly HeaderColumn[]): ColumnProblems {
  const unrecognised = columns.filter((c) => c.field === null).map((c) => c.header);
  const seen = new Map<RosterColumnKey, string>();
  const duplicates: ColumnProblems['duplicates'] = [];
  for (const c of columns) {
    if (!c.field || c.field === 'ignore') continue;
    const first = seen.get(c.field);
    if (first === undefined) seen.set(c.field, c.header);
    else if (!duplicates.some((d) => d.field === c.field))
      duplicates.push({ field: c.field, first, second: c.header });
  }
  const needed: RosterColumnKey[] = ['householdNumber', 'villagerGroup', 'name', 'relationToHead'];
  if (!seen.has('residentIdNumber')) needed.push('gender', 'birthDate');
  const missing = needed.filter((k) => !seen.has(k));
  return { unrecognised, missing, duplicates };
}

export const hasColumnProblems = (p: ColumnProblems): boolean =>
  p.unrecognised.length + p.missing.length + p.duplicates.length > 0;
