import { ERROR_CATALOG, errorMessage, type ErrorId, type Locale } from '@cunzhi/core/errors';
import {
  ROSTER_COLUMNS,
  GENDER_LABELS,
  RELATION_LABELS,
  RESIDENCE_LABELS,
  type RosterColumnKey,
  type RosterRow,
} from '@cunzhi/core/roster/rosterColumns';
import { ROSTER_PROBLEM_MESSAGES } from '@cunzhi/core/roster/checkRoster';
import type { ImportJobRow } from './repository.ts';
import type { RosterExportRow } from './queries.ts';

function problemMessage(p: ImportJobRow['errors'][number], locale: Locale): string {
  const params = p.params ?? {};
  if (p.error in ROSTER_PROBLEM_MESSAGES) {
    const m = ROSTER_PROBLEM_MESSAGES[p.error as keyof typeof ROSTER_PROBLEM_MESSAGES];
    return (locale === 'en' ? m.en : m.zh).replace(/\{(\w+)\}/g, (_, k: string) =>
      String(params[k] ?? ''),
    );
  }
  return p.error in ERROR_CATALOG ? errorMessage(p.error as ErrorId, locale, params) : p.error;
}

const columnLabel = (key: RosterColumnKey, locale: Locale) => {
  const c = ROSTER_COLUMNS.find((x) => x.key === key);
  return c ? (locale === 'en' ? c.en : c.zh) : key;
};

/** An import's progress, and every problem by row and column in the reader's language. */
export const presentImportJob = (job: ImportJobRow, locale: Locale) => ({
  status: job.status,
  fileName: job.file_name,
  totalRows: job.total_rows,
  processedRows: job.processed_rows,
  householdsCreated: job.households_created,
  personsCreated: job.persons_created,
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

/** One person as a row of the exported roster: the same columns and labels the import reads. */
export const presentRosterRow = (p: RosterExportRow): RosterRow => ({
  householdNumber: p.household_number,
  villagerGroup: String(p.group_number),
  grid: p.grid_name ?? '',
  address: p.address,
  name: p.name,
  gender: GENDER_LABELS[p.gender],
  birthDate: p.birth_date,
  residentIdNumber: p.resident_id_number ?? '',
  phone: p.phone ?? '',
  relationToHead: RELATION_LABELS[p.relation_to_head],
  residenceStatus: RESIDENCE_LABELS[p.residence_status],
  residenceSince: p.residence_since ?? '',
  partyMember: p.party_member ? '是' : '否',
  partyJoinedOn: p.party_joined_on ?? '',
});
