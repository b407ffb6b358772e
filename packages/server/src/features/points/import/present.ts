import type { Locale } from '@cunzhi/core/errors';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { LEDGER_COLUMNS, LEDGER_PROBLEM_MESSAGES } from '@cunzhi/core/points/import/ledgerSheet';
import { finding, findingWithCitation, type FindingCode } from '@cunzhi/core/rules/findings';
import type { RuleId } from '@cunzhi/core/rules/citations';
import type { ImportJobRow, ImportProblem } from '../../../platform/jobs/importJob.ts';
import { importProblemText, presentImportJob } from '../../../platform/jobs/presentImport.ts';
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
  return importProblemText(p, locale, LEDGER_PROBLEM_MESSAGES, params);
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
  ...presentImportJob(job, locale, {
    failed: 'points_import_has_errors',
    column: (key) => columnLabel(key, locale),
    message: (p) => problemMessage(p, locale),
  }),
  file: file ? presentLedgerFile(file) : null,
});
