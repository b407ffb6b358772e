import type { Locale } from '@cunzhi/core/errors';
import { calendarDate } from '@cunzhi/core/calendarDate';
import {
  REGISTER_PROBLEM_MESSAGES,
  SHARE_CLASS_WORDS,
  type RegisterColumnKey,
} from '@cunzhi/core/collective/shares/register/shareRegisterSheet';
import { formatChineseDate } from '@cunzhi/core/calendarDate';
import type { ImportJobRow, ImportProblem } from '../../../platform/jobs/importJob.ts';
import { importProblemText, presentImportJob } from '../../../platform/jobs/presentImport.ts';
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
  return importProblemText(p, locale, REGISTER_PROBLEM_MESSAGES, params);
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
  ...presentImportJob(job, locale, {
    failed: 'shares_import_has_errors',
    column: (key) => columnLabel(key, locale),
    message: (p) => problemMessage(p, locale),
  }),
  file: file ? presentShareFile(file) : null,
});
