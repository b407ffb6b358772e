import { DomainError } from '@cunzhi/core/errors';
import { ROSTER_COLUMNS } from '@cunzhi/core/roster/rosterColumns';
import {
  columnProblems,
  findHeaderRow,
  HEADER_SCAN_ROWS,
  hasColumnProblems,
  type ColumnProblems,
  type HeaderColumn,
  type RosterColumnChoice,
} from '@cunzhi/core/roster/rosterHeaders';
import { sheetRows, type RawRow, type SheetRow } from './workbook.ts';

/** How an uploaded file is laid out: where its header is, what each column holds, what is wrong. */
export interface RosterLayout {
  /** The sheet row (1-based) of the header. */
  headerRow: number;
  columns: HeaderColumn[];
  problems: ColumnProblems;
  rows: SheetRow[];
}

/**
 * Finds the header among the first rows (core's findHeaderRow) with the
 * village's remembered choices, and reads the rows below it. No header at
 * all is refused at once: there is nothing to map.
 */
export function rosterLayout(
  raw: readonly RawRow[],
  remembered: ReadonlyMap<string, RosterColumnChoice>,
): RosterLayout {
  const top = raw.slice(0, HEADER_SCAN_ROWS);
  // the scan counts sheet rows, so a blank row between title and header keeps its place
  const grid: string[][] = [];
  for (const r of top) grid[r.rowNumber - 1] = r.cells.map((c) => c.text);
  const found = findHeaderRow(
    Array.from(grid, (cells) => cells ?? []),
    remembered,
  );
  if (!found) throw new DomainError('roster_header_not_found', { rows: HEADER_SCAN_ROWS });
  const headerRow = found.rowIndex + 1;
  return {
    headerRow,
    columns: found.columns,
    problems: columnProblems(found.columns),
    rows: sheetRows(raw, headerRow, found.columns),
  };
}

const quoted = (items: readonly string[]) => items.map((h) => `“${h}”`).join('、');
const label = (key: string) => ROSTER_COLUMNS.find((c) => c.key === key)?.zh ?? key;

/** Each column problem as the catalog's refusal (headers are the village's own words, in Chinese). */
export function columnRefusals(p: ColumnProblems): DomainError[] {
  const refusals: DomainError[] = [];
  if (p.unrecognised.length > 0)
    refusals.push(
      new DomainError('roster_columns_unrecognised', { columns: quoted(p.unrecognised) }),
    );
  for (const d of p.duplicates)
    refusals.push(
      new DomainError('roster_column_duplicate', {
        first: d.first,
        second: d.second,
        field: label(d.field),
      }),
    );
  if (p.missing.length > 0)
    refusals.push(
      new DomainError('roster_columns_missing', { columns: quoted(p.missing.map(label)) }),
    );
  return refusals;
}

/** An import starts only from a file whose every column is known: the first problem refuses it. */
export function assertColumnsReady(layout: RosterLayout): void {
  if (!hasColumnProblems(layout.problems)) return;
  const [first] = columnRefusals(layout.problems);
  if (first) throw first;
}
