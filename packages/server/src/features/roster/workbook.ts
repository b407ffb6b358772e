import ExcelJS from 'exceljs';
import { ROSTER_COLUMNS, type RosterColumnKey } from '@cunzhi/core/roster/rosterColumns';
import type { RosterCell } from '@cunzhi/core/roster/checkRoster';
import { parseCsv } from '@cunzhi/core/roster/csv';

export interface SheetRow {
  rowNumber: number;
  cells: Record<RosterColumnKey, RosterCell>;
}

/** Excel stores dates as instants at UTC midnight; the calendar date is read in UTC. */
function dateText(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The text of a number as the sheet shows it: 1965.10 formatted "0.00" stays 1965.10, not 1965.1. */
function numberText(value: number, numFmt: string | undefined): string {
  const decimals = /^0\.(0+)$/.exec(numFmt ?? '')?.[1]?.length;
  if (decimals !== undefined) return value.toFixed(decimals);
  return Number.isInteger(value) ? value.toFixed(0) : String(value);
}

function cellText(value: ExcelJS.CellValue, numFmt?: string): RosterCell {
  if (value === null || value === undefined) return { text: '', numeric: false };
  if (value instanceof Date) return { text: dateText(value), numeric: false };
  if (typeof value === 'number') return { text: numberText(value, numFmt), numeric: true };
  if (typeof value === 'boolean') return { text: value ? '是' : '否', numeric: false };
  if (typeof value === 'string') return { text: value, numeric: false };
  if ('richText' in value)
    return { text: value.richText.map((r) => r.text).join(''), numeric: false };
  if ('result' in value && value.result !== undefined) return cellText(value.result, numFmt);
  if ('text' in value) return { text: String(value.text), numeric: false };
  return { text: '', numeric: false };
}

/** Why a file cannot be read: an old binary .xls (refused with how to re-save it), or anything else. */
export class RosterFileError extends Error {
  constructor(readonly kind: 'xls' | 'unreadable') {
    super(kind === 'xls' ? 'an old .xls workbook' : 'not an xlsx or csv file');
  }
}

/** One row of the uploaded sheet as it stands: its sheet row number and its cells by position. */
export interface RawRow {
  rowNumber: number;
  cells: RosterCell[];
}

const EMPTY: RosterCell = { text: '', numeric: false };
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The OLE compound file of .xls (BIFF) workbooks, and of WPS's .et. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (buffer: Buffer, magic: number[]) => magic.every((b, i) => buffer[i] === b);

/**
 * Reads an uploaded roster: an .xlsx workbook (first sheet) or a CSV file,
 * told apart by their content, not their name. An old .xls is refused.
 */
export async function readRosterFile(buffer: Buffer): Promise<RawRow[]> {
  if (startsWith(buffer, ZIP)) return readXlsx(buffer);
  if (startsWith(buffer, OLE)) throw new RosterFileError('xls');
  const text = decodeText(buffer);
  if (text === null) throw new RosterFileError('unreadable');
  return parseCsv(text).map((cells, i) => ({ rowNumber: i + 1, cells: cells.map(csvCell) }));
}

async function readXlsx(buffer: Buffer): Promise<RawRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new RosterFileError('unreadable');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new RosterFileError('unreadable');
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RosterCell[] = [];
    for (let col = 1; col <= row.cellCount; col++) {
      const cell = row.getCell(col);
      // a merged title repeats in every cell it spans; only its first cell counts
      const covered = cell.isMerged && cell.master.address !== cell.address;
      cells.push(covered ? EMPTY : cellText(cell.value, cell.numFmt));
    }
    rows.push({ rowNumber, cells });
  });
  return rows;
}

/**
 * CSV bytes as text: UTF-8 (with or without the BOM WPS writes), UTF-16 with
 * a BOM ("Unicode text"), else GB18030 — what WPS and Excel write on a Chinese
 * PC (a superset of GBK). Bytes with a NUL and no UTF-16 BOM are not text.
 */
function decodeText(buffer: Buffer): string | null {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return new TextDecoder('utf-16le').decode(buffer);
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return new TextDecoder('utf-16be').decode(buffer);
  if (buffer.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(buffer);
    } catch {
      return null;
    }
  }
}

/** A CSV cell; 3.30226E+17 is a number Excel shortened (an ID number saved without the text format). */
function csvCell(text: string): RosterCell {
  return { text, numeric: /^\d+(\.\d+)?E\+\d+$/i.test(text.trim()) };
}

/** The spreadsheet letter of a 0-based column index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The data rows below the header, each as the roster's fields: the columns
 * are the header's (a field's column, or none: blank). Rows with nothing in
 * any imported column are skipped; row numbers stay the sheet's.
 */
export function sheetRows(
  raw: readonly RawRow[],
  headerRow: number,
  columns: ReadonlyArray<{ index: number; field: RosterColumnKey | 'ignore' | null }>,
): SheetRow[] {
  const indexOf = new Map<RosterColumnKey, number>();
  for (const c of columns) if (c.field && c.field !== 'ignore') indexOf.set(c.field, c.index);
  const rows: SheetRow[] = [];
  for (const r of raw) {
    if (r.rowNumber <= headerRow) continue;
    const cells = {} as Record<RosterColumnKey, RosterCell>;
    let blank = true;
    for (const c of ROSTER_COLUMNS) {
      const index = indexOf.get(c.key);
      cells[c.key] = index === undefined ? EMPTY : (r.cells[index] ?? EMPTY);
      if (cells[c.key].text.trim()) blank = false;
    }
    if (!blank) rows.push({ rowNumber: r.rowNumber, cells });
  }
  return rows;
}

/** Writes a roster workbook: a bold frozen header, ID numbers as text so Excel keeps every digit. */
export async function writeRosterWorkbook(
  title: string,
  rows: ReadonlyArray<Readonly<Record<string, string>>>,
  notes: ReadonlyArray<readonly [string, string]> = [],
  /** The masked export swaps 出生日期 for 年龄; the rest write the import's columns. */
  columns: ReadonlyArray<{ key: string; zh: string; width: number }> = ROSTER_COLUMNS,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cunzhi 村治';
  const sheet = workbook.addWorksheet(title.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((c) => ({
    header: c.zh,
    key: c.key,
    width: c.width,
    style: c.key === 'residentIdNumber' || c.key === 'phone' ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  if (notes.length > 0) {
    // a second sheet explains each column; import reads only the first sheet
    const help = workbook.addWorksheet('填写说明');
    help.columns = [
      { header: '栏目', width: 16 },
      { header: '填写要求', width: 90 },
    ];
    help.getRow(1).font = { bold: true };
    for (const [column, rule] of notes) help.addRow([column, rule]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
