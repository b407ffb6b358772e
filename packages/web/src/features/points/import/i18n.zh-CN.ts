export const pointsImportZhCN = {
  'pointsImport.title': '导入积分台账',
  'pointsImport.hint':
    '把本村原有的纸质或 Excel 积分台账导入平台：表头写明“户号”“日期”“积分”“事由”（可加“户主”核对）；扣分写负数。有一处错误就整个文件都不导入；导入的每一行都记下文件的 SHA-256 和导入人，并按积分方案规定的期限公示，公示期满后才计入余额。同一个文件不能导入两次。',
  'pointsImport.upload': '点击或拖入积分台账文件（.xlsx 或 .csv）',
  'pointsImport.uploading': '正在上传 {file}…',
  'pointsImport.checking': '正在检查和导入 {file}：{done} / {total} 行',
  'pointsImport.done':
    '已导入 {lines} 行，合计 {points} 分；公示期 {from} 至 {to}，{effective}起计入余额',
  'pointsImport.again': '再导入一个文件',
  'pointsImport.row': '行',
  'pointsImport.column': '列',
  'pointsImport.reason': '原因',
  'pointsImport.files': '已导入的台账',
  'pointsImport.file.name': '文件',
  'pointsImport.file.lines': '行数',
  'pointsImport.file.points': '合计积分',
  'pointsImport.file.by': '导入人',
  'pointsImport.file.publicity': '公示期',
  'pointsImport.file.none': '还没有导入过积分台账',
  'pointsImport.back': '返回积分超市',
} as const;
