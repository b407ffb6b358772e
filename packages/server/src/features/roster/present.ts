import { ERROR_CATALOG, errorMessage, type ErrorId, type Locale } from '@cunzhi/core/errors';
import {
  ROSTER_COLUMNS,
  GENDER_LABELS,
  RELATION_LABELS,
  RESIDENCE_LABELS,
  type RosterRow,
} from '@cunzhi/core/roster/rosterColumns';
import { ROSTER_PROBLEM_MESSAGES } from '@cunzhi/core/roster/checkRoster';
import { ageOn, type CalendarDate } from '@cunzhi/core/calendarDate';
import { maskResidentId } from '@cunzhi/core/registry/residentIdNumber';
import { ROSTER_COLUMN_CHOICES } from '@cunzhi/core/roster/rosterHeaders';
import type { ImportJobRow, ImportProblem } from '../../platform/jobs/importJob.ts';
import type { RosterImportResult } from './commands/importRoster.ts';
import { columnRefusals, type RosterLayout } from './layout.ts';
import { columnLetter } from './workbook.ts';
import type { RosterExportRow } from './queries.ts';

function problemMessage(p: ImportProblem, locale: Locale): string {
  const params = p.params ?? {};
  if (p.error in ROSTER_PROBLEM_MESSAGES) {
    const m = ROSTER_PROBLEM_MESSAGES[p.error as keyof typeof ROSTER_PROBLEM_MESSAGES];
    return (locale === 'en' ? m.en : m.zh).replace(/\{(\w+)\}/g, (_, k: string) =>
      String(params[k] ?? ''),
    );
  }
  return p.error in ERROR_CATALOG ? errorMessage(p.error as ErrorId, locale, params) : p.error;
}

const columnLabel = (key: string | null, locale: Locale) => {
  if (key === null) return '';
  const c = ROSTER_COLUMNS.find((x) => x.key === key);
  return c ? (locale === 'en' ? c.en : c.zh) : key;
};

/** An import's progress, and every problem by row and column in the reader's language. */
export const presentImportJob = (job: ImportJobRow<RosterImportResult>, locale: Locale) => ({
  status: job.status,
  fileName: job.file_name,
  totalRows: job.total_rows,
  processedRows: job.processed_rows,
  householdsCreated: job.result?.households ?? 0,
  personsCreated: job.result?.persons ?? 0,
  summary:
    job.status === 'failed'
      ? errorMessage('import_has_errors', locale, { count: job.errors.length })
      : null,
  errors: job.errors.map((p) => ({
    row: p.row,
    column: columnLabel(p.column, locale),
    message: problemMessage(p, locale),
  })),
});

/** The masked export's columns: the import's, with 年龄 (age in years) in place of 出生日期. */
export const MASKED_ROSTER_COLUMNS = ROSTER_COLUMNS.map((c) =>
  c.key === 'birthDate' ? { key: 'age', zh: '年龄', en: 'Age', width: 8 } : c,
);

/**
 * One person as a row of the exported roster: the same columns and labels the import reads. The
 * masked export (`full: false`) shows what the screens show a viewer without the ID ability: the
 * number masked, and the age instead of the birth date.
 */
export const presentRosterRow = (
  p: RosterExportRow,
  full: boolean,
  today: CalendarDate,
): RosterRow & { age: string } => ({
  householdNumber: p.household_number,
  villagerGroup: String(p.group_number),
  grid: p.grid_name ?? '',
  address: p.address,
  name: p.name,
  gender: GENDER_LABELS[p.gender],
  birthDate: full ? p.birth_date : '',
  age: String(ageOn(p.birth_date as CalendarDate, today)),
  residentIdNumber: p.resident_id_number
    ? full
      ? p.resident_id_number
      : maskResidentId(p.resident_id_number)
    : '',
  phone: p.phone ?? '',
  relationToHead: RELATION_LABELS[p.relation_to_head],
  residenceStatus: RESIDENCE_LABELS[p.residence_status],
  residenceSince: p.residence_since ?? '',
  partyMember: p.party_member ? '是' : '否',
  partyJoinedOn: p.party_joined_on ?? '',
});

/** What an import of the file would read, in the reader's language: the columns, the choices, what stops it. */
export function presentRosterPreview(fileName: string, layout: RosterLayout, locale: Locale) {
  const refusals = columnRefusals(layout.problems);
  return {
    fileName,
    headerRow: layout.headerRow,
    dataRows: layout.rows.length,
    columns: layout.columns.map((c) => ({
      column: columnLetter(c.index),
      header: c.header,
      field: c.field,
      source: c.source,
    })),
    fields: ROSTER_COLUMN_CHOICES.map((field) => ({
      field,
      label:
        field === 'ignore'
          ? locale === 'en'
            ? 'Do not import'
            : '不导入'
          : columnLabel(field, locale),
    })),
    ready: refusals.length === 0,
    problems: refusals.map((r) => errorMessage(r.id, locale, r.params)),
  };
}
