import { z } from 'zod';
import { ATTACHMENT_TYPES } from '@cunzhi/core/attachments/attachments';
import { FileResponse, Instant, Uuid, VillageParams } from './common.ts';
import { route } from './route.ts';

/**
 * A case's photos and documents (案件附件): added, listed and read through the case they belong
 * to. `ownerKind` names the kind of case (serviceRequest, liaisonCase, dispute, petition …);
 * whether the reader may see it is that kind's to say, and an unknown kind or case is a 404.
 */

const tag = 'attachments';
const V = '/api/villages/:villageId/attachments/:ownerKind/:ownerId';

export const OwnerParams = VillageParams.extend({
  ownerKind: z.string().regex(/^[a-z][A-Za-z]{1,39}$/),
  ownerId: Uuid,
});
export const AttachmentParams = OwnerParams.extend({ attachmentId: Uuid });

export const AttachmentView = z.object({
  id: Uuid,
  name: z.string(),
  mediaType: z.enum(ATTACHMENT_TYPES),
  sizeBytes: z.number(),
  /** The file's SHA-256 as kept (camera metadata removed), as recorded on the audit chain. */
  sha256: z.string(),
  attachedAt: Instant,
  /** Added by the reader: the attacher's name is not shown (a reporter may be hidden from cadres). */
  mine: z.boolean(),
  /** Where the file is read (signed in, with the right to read the case). */
  url: z.string(),
});
export type AttachmentView = z.output<typeof AttachmentView>;

export const AttachmentList = z.object({
  attachments: z.array(AttachmentView),
  /** Whether the reader may add files to this case now. */
  canAttach: z.boolean(),
  /** How many more files the case takes. */
  room: z.number(),
});

export const listAttachments = route({
  method: 'GET',
  url: V,
  summary: '事项的照片和文件 / The photos and documents of a case',
  tag,
  params: OwnerParams,
  response: AttachmentList,
});

export const uploadAttachments = route({
  method: 'POST',
  url: V,
  summary:
    '为事项上传照片和文件（multipart/form-data：文件 files，JPG、PNG、WebP、PDF）/ Attach photos and documents to a case',
  tag,
  params: OwnerParams,
  status: 201,
  response: AttachmentList.extend({ added: z.array(Uuid) }),
});

export const getAttachment = route({
  method: 'GET',
  url: `${V}/:attachmentId`,
  summary: '事项的一张照片或一个文件 / One photo or document of a case',
  tag,
  params: AttachmentParams,
  response: FileResponse,
  produces: 'application/octet-stream',
});

export const removeAttachment = route({
  method: 'DELETE',
  url: `${V}/:attachmentId`,
  summary:
    '删除自己上传的照片或文件（事项还能添加附件时）/ Remove a file one added, while the case takes files',
  tag,
  params: AttachmentParams,
  response: AttachmentList,
});
