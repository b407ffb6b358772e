import type { attachmentsZhCN } from './i18n.zh-CN.ts';

export const attachmentsEn: Record<keyof typeof attachmentsZhCN, string> = {
  'attachments.title': 'Photos and documents',
  'attachments.none': 'No photos or documents yet',
  'attachments.camera': 'Take a photo',
  'attachments.choose': 'Choose photos or documents',
  'attachments.hint':
    'JPG, PNG or WebP photos or PDF documents, up to 10 MB each and {max} at a time; where a photo was taken is removed',
  'attachments.room': '{room} more can be added to this case',
  'attachments.full': 'This case holds its {max} attachments; no more can be added',
  'attachments.upload': 'Upload {n} files',
  'attachments.uploaded': 'Uploaded',
  'attachments.clear': 'Clear the choice',
  'attachments.remove': 'Remove',
  'attachments.removeConfirm': 'Remove for good',
  'attachments.pdf': 'PDF document',
  'attachments.mine': 'Added by you',
  'attachments.open': 'Open “{name}”',
  'attachments.tooLarge': '“{name}” is too large ({size}); each file is at most 10 MB',
  'attachments.wrongType': '“{name}” is not a JPG, PNG or WebP photo or a PDF document',
  'attachments.tooMany': 'At most {max} files at a time',
  'attachments.overRoom': 'This case takes {room} more files; {n} are chosen',
  'attachments.fingerprint': 'SHA-256 {hash} (as recorded on the audit chain)',
};
