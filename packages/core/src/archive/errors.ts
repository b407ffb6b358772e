import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The errors of 村务档案 (the archive): ids are stable; messages zh-CN first. */
export const ARCHIVE_ERRORS = defineErrors({
  archive_file_empty: { status: 400, zh: '请选择要归档的文件', en: 'Choose the file to file' },
  archive_file_too_large: {
    status: 400,
    zh: '文件不能超过 {maxMb} MB',
    en: 'The file may be at most {maxMb} MB',
  },
  archive_type_from_records: {
    status: 400,
    zh: '该类档案由系统根据已有记录自动归档，不能手工归档',
    en: 'This kind is filed from the records automatically, not by hand',
  },
});

export const ARCHIVE_NOUNS = defineNouns({
  archiveItem: { zh: '档案', en: 'archive item' },
  archiveFile: { zh: '档案文件', en: 'archive file' },
});
