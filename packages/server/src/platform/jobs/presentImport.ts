import { ERROR_CATALOG, errorMessage, type ErrorId, type Locale } from '@cunzhi/core/errors';
import type { ImportJobRow, ImportProblem } from './repository.ts';

/** Words given in both languages, picked by the reader's. */
type Words = { zh: string; en: string };

/**
 * A sheet problem's message in the reader's language: the import's own words for its own problems
 * (their `{param}`s filled in), the error catalog's for the common ones (field_required …).
 */
export function importProblemText(
  p: ImportProblem,
  locale: Locale,
  own: Readonly<Record<string, Words>>,
  params: Record<string, string | number> = p.params ?? {},
): string {
  const words = own[p.error];
  if (words)
    return (locale === 'en' ? words.en : words.zh).replace(/\{(\w+)\}/g, (_, k: string) =>
      String(params[k] ?? ''),
    );
  return p.error in ERROR_CATALOG ? errorMessage(p.error as ErrorId, locale, params) : p.error;
}

/**
 * A background sheet import as its page polls it: how far it got, a failure's summary (the
 * import's own catalog entry, with the number of problems) and every problem by row, column and
 * message.
 */
export function presentImportJob<Result>(
  job: ImportJobRow<Result>,
  locale: Locale,
  how: {
    failed: ErrorId;
    column: (key: string | null) => string;
    message: (p: ImportProblem) => string;
  },
) {
  return {
    status: job.status,
    fileName: job.file_name,
    totalRows: job.total_rows,
    processedRows: job.processed_rows,
    summary:
      job.status === 'failed'
        ? errorMessage(how.failed, locale, { count: job.errors.length })
        : null,
    errors: job.errors.map((p) => ({
      row: p.row,
      column: how.column(p.column),
      message: how.message(p),
    })),
  };
}
