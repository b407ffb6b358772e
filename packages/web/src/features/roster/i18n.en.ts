import type { rosterZhCN } from './i18n.zh-CN.ts';

export const rosterEn: Record<keyof typeof rosterZhCN, string> = {
  'roster.title': 'Roster import and export',
  'roster.import': 'Import a roster',
  'roster.import.hint':
    'Upload the roster the village keeps (an Excel workbook .xlsx or a CSV file .csv; title rows above the header are fine). You will be asked once which field a column it does not know holds. Every row is checked first; if any row is wrong, nothing is imported.',
  'roster.template': 'Download the import template (with instructions)',
  'roster.upload': 'Choose an .xlsx or .csv file',
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
  'roster.export.hint':
    'Download every household and person. ID numbers are partly hidden and ages replace birth dates; every export is recorded in the audit log.',
  'roster.download': 'Download roster (Excel, ID numbers hidden)',
  'roster.downloadFull': 'Download full roster (with ID numbers)',
  'roster.downloadFull.hint':
    'The full roster holds every ID number and birth date, in the layout the import reads. Use it only for keeping the register; keep it safe and do not pass it on.',
  'roster.wrongType': 'Upload an Excel workbook (.xlsx) or a CSV file (.csv)',
  'roster.mapping.title': 'Say which field each column holds',
  'roster.mapping.hint':
    'The header of “{file}” is on row {row}. Choose the field of each column marked “not recognised”, or “Do not import”. The village remembers the choices, so the same headers need no choosing next time.',
  'roster.mapping.problems': 'This file cannot be imported yet:',
  'roster.mapping.column': 'Column',
  'roster.mapping.header': 'Header',
  'roster.mapping.field': 'Field',
  'roster.mapping.source': 'Recognised by',
  'roster.mapping.standard': 'Standard words',
  'roster.mapping.village': 'Village’s choice',
  'roster.mapping.unknown': 'Not recognised',
  'roster.mapping.choose': 'Choose',
  'roster.mapping.save': 'Save and check again',
  'roster.mapping.cancel': 'Cancel',
  'roster.mapping.unchosen': '{count} columns still to choose',
};
