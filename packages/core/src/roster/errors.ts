import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The errors of 花名册导入（roster）: ids are stable (API, UI, tests); messages zh-CN first. */
export const ROSTER_ERRORS = defineErrors({
  file_invalid: {
    status: 400,
    zh: '文件无法读取，请上传 .xlsx 格式的 Excel 文件',
    en: 'the file could not be read; upload an .xlsx Excel file',
  },
  file_too_large: {
    status: 413,
    zh: '文件过大（上限 {maxMb} MB）',
    en: 'the file is too large (limit {maxMb} MB)',
  },
  import_has_errors: {
    status: 422,
    zh: '花名册有 {count} 处错误，未导入任何数据',
    en: 'the roster has {count} errors; nothing was imported',
  },
});

/** What these messages can name (`not_found`'s `{what}`). */
export const ROSTER_NOUNS = defineNouns({
  rosterImport: { zh: '导入任务', en: 'import' },
});
