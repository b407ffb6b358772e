/** Chinese strings of the roster pages (merged into i18n/zh-CN.ts; i18n.en.ts has the same keys). */
export const rosterZhCN = {
  'roster.title': '花名册导入导出',
  'roster.import': '导入花名册',
  'roster.import.hint':
    '上传村里已有的 Excel 花名册（.xlsx）。先检查全部数据，只要有一处错误就不导入任何数据。',
  'roster.template': '下载导入模板（含填写说明）',
  'roster.upload': '选择 .xlsx 文件上传',
  'roster.upload.drag': '点击或把文件拖到这里',
  'roster.uploading': '正在上传…',
  'roster.checking': '正在检查 {file}：第 {processed} / {total} 行',
  'roster.failed': '花名册有 {count} 处错误，未导入任何数据',
  'roster.failed.hint': '请按下表逐条修改 Excel 后重新上传。',
  'roster.succeeded': '导入 {households} 户 {persons} 人，0 条错误',
  'roster.errors.row': '行',
  'roster.errors.column': '列',
  'roster.errors.message': '原因',
  'roster.again': '再导入一个文件',
  'roster.export': '导出花名册',
  'roster.export.hint': '下载本村全部户和人员，格式与导入相同。',
  'roster.download': '下载花名册 Excel',
  'roster.wrongType': '请上传 .xlsx 格式的 Excel 文件',
} as const;
