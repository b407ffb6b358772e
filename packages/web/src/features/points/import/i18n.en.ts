import type { pointsImportZhCN } from './i18n.zh-CN.ts';

export const pointsImportEn: Record<keyof typeof pointsImportZhCN, string> = {
  'pointsImport.title': 'Import a points ledger',
  'pointsImport.hint':
    'Bring the village’s paper or Excel points ledger in: the header names 户号 (household no.), 日期 (date), 积分 (points) and 事由 (reason), optionally 户主 (head) to check; deductions are negative. One problem and nothing of the file is imported; every line records the file’s SHA-256 and who imported it, and goes through the publicity the scheme sets before it counts. A file is imported once.',
  'pointsImport.upload': 'Click or drop the ledger file (.xlsx or .csv)',
  'pointsImport.uploading': 'Uploading {file}…',
  'pointsImport.checking': 'Checking and importing {file}: {done} / {total} rows',
  'pointsImport.done':
    '{lines} lines imported, {points} points in all; publicised {from} to {to}, counted from {effective}',
  'pointsImport.again': 'Import another file',
  'pointsImport.row': 'Row',
  'pointsImport.column': 'Column',
  'pointsImport.reason': 'Reason',
  'pointsImport.files': 'Imported ledgers',
  'pointsImport.file.name': 'File',
  'pointsImport.file.lines': 'Lines',
  'pointsImport.file.points': 'Points',
  'pointsImport.file.by': 'Imported by',
  'pointsImport.file.publicity': 'Publicity',
  'pointsImport.file.none': 'No ledger imported yet',
  'pointsImport.back': 'Back to the supermarket',
};
