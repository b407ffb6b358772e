import { ERROR_CATALOG, errorMessage, type ErrorId, type Locale } from '@cunzhi/core/errors';
import { calendarDate } from '@cunzhi/core/calendarDate';
import {
  REGISTER_PROBLEM_MESSAGES,
  SHARE_CLASS_WORDS,
  type RegisterColumnKey,
} from '@cunzhi/core/collective/shares/register/shareRegisterSheet';
import { formatChineseDate } from '@cunzhi/core/calendarDate';
import type { ImportJobRow, ImportProblem } from '../../../platform/jobs/importJob.ts';
import type { ShareRegisterImportResult } from './commands/importRegister.ts';
import { presentShareFile } from './reads.ts';
import type { ShareFileRow } from './repository.ts';

const COLUMN_WORDS: Record<RegisterColumnKey, { zh: string; en: string }> = {
  householdNumber: { zh: '户号', en: 'Household no.' },
  name: { zh: '姓名', en: 'Name' },
  idNumber: { zh: '身份证号', en: 'ID number' },
  total: { zh: '合计', en: 'Total' },
  ...SHARE_CLASS_WORDS,
};

function problemMessage(p: ImportProblem, locale: Locale): string {
  const params = { ...(p.params ?? {}) };
  // a day reads 2009年6月30日 in Chinese (UX.md)
  if (typeof params.on === 'string' && locale !== 'en')
    params.on = formatChineseDate(calendarDate(params.on));
  if (p.error in REGISTER_PROBLEM_MESSAGES) {
    const m = REGISTER_PROBLEM_MESSAGES[p.error as keyof typeof REGISTER_PROBLEM_MESSAGES];
    return (locale === 'en' ? m.en : m.zh).replace(/\{(\w+)\}/g, (_, k: string) =>
      String(params[k] ?? ''),
    );
  }
  return p.error in ERROR_CATALOG ? errorMessage(p.error as ErrorId, locale, params) : p.error;
}

const columnLabel = (key: string | null, locale: Locale) => {
  const words = key ? COLUMN_WORDS[key as RegisterColumnKey] : undefined;
  return words ? (locale === 'en' ? words.en : words.zh) : '';
};

/** An import's progress, the file it made, and every problem by row and column in the reader's language. */
export const presentShareRegisterImport = (
  job: ImportJobRow<ShareRegisterImportResult>,
  file: ShareFileRow | null,
  locale: Locale,
) => ({
  status: job.status,
  fileName: job.file_name,
  totalRows: job.total_rows,
  processedRows: job.processed_rows,
  file: file ? presentShareFile(file) : null,
  summary:
    job.status === 'failed'
      ? errorMessage('shares_import_has_errors', locale, { count: job.errors.length })
      : null,
  errors: job.errors.map((p) => ({
    row: p.row,
    column: columnLabel(p.column, locale),
    message: problemMessage(p, locale),
  })),
});
