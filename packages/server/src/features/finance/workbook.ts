import ExcelJS from 'exceljs';
import type { ImportRow } from '@cunzhi/core/finance/imports';

/** Excel files of the ledger: reading a village's books, writing the journal and a statement. */

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Excel stores dates as instants at UTC midnight; the calendar date is read in UTC. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value && value.result !== undefined) return cellText(value.result);
  if ('text' in value) return String(value.text);
  return '';
}

/** The first sheet's rows as text, with their sheet row numbers; null when not an .xlsx. */
export async function readLedgerSheet(buffer: Buffer): Promise<ImportRow[] | null> {
  if (!ZIP.every((b, i) => buffer[i] === b)) return null;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return null;
  const rows: ImportRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let col = 1; col <= row.cellCount; col++) {
      const cell = row.getCell(col);
      const covered = cell.isMerged && cell.master.address !== cell.address;
      cells.push(covered ? '' : cellText(cell.value).trim());
    }
    rows.push({ rowNumber, cells });
  });
  return rows;
}

export interface SheetSpec {
  name: string;
  /** A title row above the header (merged across the columns). */
  title: string;
  columns: ReadonlyArray<{ header: string; width: number; money?: boolean }>;
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
  /** Rows in bold (totals). */
  boldRows?: ReadonlySet<number>;
}

/** Amounts are written as numbers of yuan with two decimals, so Excel can add them up. */
export async function writeLedgerWorkbook(sheets: readonly SheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cunzhi 村治';
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 2 }],
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      },
    });
    sheet.addRow([spec.title]);
    sheet.mergeCells(1, 1, 1, spec.columns.length);
    sheet.getRow(1).font = { bold: true, size: 14 };
    sheet.addRow(spec.columns.map((c) => c.header));
    sheet.getRow(2).font = { bold: true };
    spec.columns.forEach((c, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = c.width;
      if (c.money) column.numFmt = '#,##0.00';
    });
    spec.rows.forEach((r, i) => {
      const added = sheet.addRow([...r]);
      if (spec.boldRows?.has(i)) added.font = { bold: true };
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Fen as a number of yuan for a sheet cell (exact: at most two decimals). */
export const yuanCell = (fen: number): number => fen / 100;
