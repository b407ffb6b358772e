import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** Refusals of a case's attachments beyond those of every file (files/errors.ts). */
export const ATTACHMENTS_ERRORS = defineErrors({
  attachment_owner_full: {
    status: 400,
    zh: '每件最多保存 {max} 个附件，还能再添加 {room} 个',
    en: 'a case keeps at most {max} attachments; {room} more can be added',
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
