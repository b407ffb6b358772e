import type { rosterZhCN } from './i18n.zh-CN.ts';

export const rosterEn: Record<keyof typeof rosterZhCN, string> = {
  'roster.title': 'Roster import and export',
  'roster.import': 'Import a roster',
  'roster.import.hint':
    'Upload the Excel roster (.xlsx) the village keeps. Every row is checked first; if any row is wrong, nothing is imported.',
  'roster.template': 'Download the import template (with instructions)',
  'roster.upload': 'Choose an .xlsx file',
  'roster.upload.drag': 'Click or drop the file here',
  'roster.uploading': 'Uploading…',
  'roster.checking': 'Checking {file}: row {processed} of {total}',
  'roster.failed': 'The roster has {count} errors; nothing was imported',
  'roster.failed.hint': 'Correct the Excel file row by row as listed, then upload it again.',
  'roster.succeeded': 'Imported {households} households, {persons} persons, 0 errors',
  'roster.errors.row': 'Row',
  'roster.errors.column': 'Column',
  'roster.errors.message': 'Reason',
  'roster.again': 'Import another file',
  'roster.export': 'Export the roster',
  'roster.export.hint': 'Download every household and person, in the same layout as the import.',
  'roster.download': 'Download roster (Excel)',
  'roster.wrongType': 'Upload an .xlsx Excel file',
};
