import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** Refusals of a case's attachments beyond those of every file (files/errors.ts). */
export const ATTACHMENTS_ERRORS = defineErrors({
  attachment_owner_full: {
    status: 400,
    zh: '每件最多保存 {max} 个附件，还能再添加 {room} 个',
    en: 'a case keeps at most {max} attachments; {room} more can be added',
  },
  attachment_not_removable: {
    status: 403,
    zh: '只能删除自己上传的附件，且只在事项还能添加附件时',
    en: 'Only the one who added a file may remove it, and only while the case still takes files',
  },
  attachment_not_attachable: {
    status: 403,
    zh: '您不能为该事项添加附件',
    en: 'You may not add attachments to this case',
  },
});

export const ATTACHMENTS_NOUNS = defineNouns({
  attachment: { zh: '附件', en: 'attachment' },
  attachmentOwner: { zh: '事项', en: 'case' },
});
