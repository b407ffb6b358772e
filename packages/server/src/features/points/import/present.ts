import { ERROR_CATALOG, errorMessage, type ErrorId, type Locale } from '@cunzhi/core/errors';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { LEDGER_COLUMNS, LEDGER_PROBLEM_MESSAGES } from '@cunzhi/core/points/import/ledgerSheet';
import { finding, findingWithCitation, type FindingCode } from '@cunzhi/core/rules/findings';
import type { RuleId } from '@cunzhi/core/rules/citations';
import type { ImportJobRow, ImportProblem } from '../../../platform/jobs/importJob.ts';
import type { LedgerImportResult } from './commands/importLedger.ts';
import type { LedgerFileRow } from './repository.ts';

function problemMessage(p: ImportProblem, locale: Locale): string {
  const params = { ...(p.params ?? {}) };
  if (p.error === 'ledger_unlawful_line') {
    const { ruleId, code, on, ...rest } = params;
    params.finding = findingWithCitation(
      finding(calendarDate(String(on)), ruleId as RuleId, code as FindingCode, rest),
      locale,
    );
  }
  if (p.error in LEDGER_PROBLEM_MESSAGES) {
    const m = LEDGER_PROBLEM_MESSAGES[p.error as keyof typeof LEDGER_PROBLEM_MESSAGES];
    return (locale === 'en' ? m.en : m.zh).replace(/\{(\w+)\}/g, (_, k: string) =>
      String(params[k] ?? ''),
    );
  }
  return p.error in ERROR_CATALOG ? errorMessage(p.error as ErrorId, locale, params) : p.error;
}

const columnLabel = (key: string | null, locale: Locale) => {
  const c = LEDGER_COLUMNS.find((x) => x.key === key);
  return c ? (locale === 'en' ? c.en : c.zh) : '';
};

export const presentLedgerFile = (f: LedgerFileRow) => ({
  id: f.id,
  fileName: f.file_name,
  sha256: f.sha256,
  lines: f.lines,
  pointsTotal: f.points_total,
  importedByName: f.imported_by_name,
  importedAt: f.imported_at.toISOString(),
  publicityStartsOn: f.publicity_starts_on,
  publicityEndsOn: f.publicity_ends_on,
});

/** An import's progress, the file it made, and every problem by row and column in the reader's language. */
export const presentLedgerImport = (
  job: ImportJobRow<LedgerImportResult>,
  file: LedgerFileRow | null,
  locale: Locale,
) => ({
  status: job.status,
  fileName: job.file_name,
  totalRows: job.total_rows,
  processedRows: job.processed_rows,
  file: file ? presentLedgerFile(file) : null,
  summary:
    job.status === 'failed'
      ? errorMessage('points_import_has_errors', locale, { count: job.errors.length })
      : null,
  errors: job.errors.map((p) => ({
    row: p.row,
    column: columnLabel(p.column, locale),
    message: problemMessage(p, locale),
  })),
});
