import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The errors of 花名册导入（roster）: ids are stable (API, UI, tests); messages zh-CN first. */
export const ROSTER_ERRORS = defineErrors({
  file_invalid: {
    status: 400,
    zh: '文件无法读取，请上传 Excel 工作簿（.xlsx）或 CSV 文件（.csv）',
    en: 'the file could not be read; upload an Excel workbook (.xlsx) or a CSV file (.csv)',
  },
  roster_xls_unsupported: {
    status: 400,
    zh: '这是旧版 Excel 文件（.xls），无法直接读取。请在 WPS 或 Excel 中另存为 .xlsx 或 .csv：打开文件，点“文件 → 另存为”，保存类型选“Excel 工作簿（*.xlsx）”或“CSV（逗号分隔）（*.csv）”，再上传另存的文件',
    en: 'this is an old-style Excel file (.xls), which cannot be read directly. Save it as .xlsx or .csv in WPS or Excel: open it, choose File → Save As, pick “Excel Workbook (*.xlsx)” or “CSV (Comma delimited) (*.csv)”, and upload the saved file',
  },
  roster_header_not_found: {
    status: 422,
    zh: '在前 {rows} 行中没有找到表头：表头行应写明各列的名称，如“户号”“姓名”“与户主关系”',
    en: 'no header row in the first {rows} rows: the header row names the columns, such as 户号 (household no.), 姓名 (name), 与户主关系 (relation to head)',
  },
  roster_columns_unrecognised: {
    status: 422,
    zh: '这些列无法识别：{columns}。请在导入页面为每一列选择对应的栏目（或“不导入”），本村以后导入时会记住',
    en: 'these columns are not recognised: {columns}. On the import page choose a field (or “do not import”) for each; the village remembers the choice',
  },
  roster_columns_missing: {
    status: 422,
    zh: '缺少必需的列：{columns}。请在表头中加上这些列，或在导入页面把相应的列指定为这些栏目',
    en: 'required columns are missing: {columns}. Add them to the header row, or assign them to columns on the import page',
  },
  roster_column_duplicate: {
    status: 422,
    zh: '“{first}”和“{second}”两列都是“{field}”，请在导入页面把其中一列设为“不导入”',
    en: 'both “{first}” and “{second}” are the {field} column; set one of them to “do not import” on the import page',
  },
  file_too_large: {
    status: 413,
    zh: '文件过大（上限 {maxMb} MB）',
    en: 'the file is too large (limit {maxMb} MB)',
  },
  roster_full_export_forbidden: {
    status: 403,
    zh: '导出含完整身份证号码和出生日期的花名册，须由负责登记的村民委员会成员办理；可导出隐去部分号码的花名册（个人信息保护法：最小必要）',
    en: "a roster with full ID numbers and birth dates is exported only by the villagers' committee that keeps the register; export the masked roster instead (Personal Information Protection Law: only what is necessary)",
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
