import ExcelJS from 'exceljs';
import { ROSTER_COLUMNS, type RosterColumnKey } from '@cunzhi/core/roster/rosterColumns';
import type { RosterCell } from '@cunzhi/core/roster/checkRoster';

export interface SheetRow {
  rowNumber: number;
  cells: Record<RosterColumnKey, RosterCell>;
}

/** Excel stores dates as instants at UTC midnight; the calendar date is read in UTC. */
function dateText(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function cellText(value: ExcelJS.CellValue): RosterCell {
  if (value === null || value === undefined) return { text: '', numeric: false };
  if (value instanceof Date) return { text: dateText(value), numeric: false };
  if (typeof value === 'number')
    return { text: Number.isInteger(value) ? value.toFixed(0) : String(value), numeric: true };
  if (typeof value === 'boolean') return { text: value ? '是' : '否', numeric: false };
  if (typeof value === 'string') return { text: value, numeric: false };
  if ('richText' in value)
    return { text: value.richText.map((r) => r.text).join(''), numeric: false };
  if ('result' in value && value.result !== undefined) return cellText(value.result);
  if ('text' in value) return { text: String(value.text), numeric: false };
  return { text: '', numeric: false };
}

export class RosterFileError extends Error {}

/**
 * Reads the first sheet. Columns are found by their Chinese (or English)
 * header text, so a village's own column order works; unknown columns are
 * ignored. Blank rows are skipped.
 */
export async function readRosterWorkbook(buffer: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new RosterFileError('not an xlsx file');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new RosterFileError('no sheet');
  const header = sheet.getRow(1);
  const columnIndex = new Map<RosterColumnKey, number>();
  header.eachCell((cell, col) => {
    const label = cellText(cell.value).text.trim();
    const column = ROSTER_COLUMNS.find((c) => c.zh === label || c.en === label);
    if (column) columnIndex.set(column.key, col);
  });
  if (!columnIndex.has('name') || !columnIndex.has('householdNumber'))
    throw new RosterFileError('missing header');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = {} as Record<RosterColumnKey, RosterCell>;
    let blank = true;
    for (const c of ROSTER_COLUMNS) {
      const index = columnIndex.get(c.key);
      cells[c.key] = index ? cellText(row.getCell(index).value) : { text: '', numeric: false };
      if (cells[c.key].text.trim()) blank = false;
    }
    if (!blank) rows.push({ rowNumber, cells });
  });
  return rows;
}

/** Writes a roster workbook: a bold frozen header, ID numbers as text so Excel keeps every digit. */
export async function writeRosterWorkbook(
  title: string,
  rows: ReadonlyArray<Record<RosterColumnKey, string>>,
  notes: ReadonlyArray<readonly [string, string]> = [],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cunzhi 村治';
  const sheet = workbook.addWorksheet(title.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = ROSTER_COLUMNS.map((c) => ({
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
