/** Shapes of a case's attachments, taken from the contract (packages/contract/src/attachments.ts). */
import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/attachments';
import {
  ATTACHMENT_TYPES,
  MAX_ATTACHMENT_BYTES,
  MAX_FILES_PER_UPLOAD,
} from '@cunzhi/core/attachments/attachments';
import { api } from '../../api/client.ts';

export type Attachment = contract.AttachmentView;
export type AttachmentList = ResponseOf<typeof contract.listAttachments>;
export type UploadAnswer = ResponseOf<typeof contract.uploadAttachments>;

export { MAX_ATTACHMENT_BYTES, MAX_FILES_PER_UPLOAD };

/** What the file input offers; the server reads the type from the bytes all the same. */
export const ATTACHMENT_ACCEPT = [
  ...ATTACHMENT_TYPES,
  '.jpg',
  '.jpeg',
  '.png',
  '.webp',
  '.pdf',
].join(',');

/** A case's attachments: `kind` is the case's kind (serviceRequest, liaisonCase …). */
export const attachmentsPath = (villageId: string, kind: string, ownerId: string) =>
  `/api/villages/${villageId}/attachments/${kind}/${ownerId}`;

/** Sends the chosen files as the form the server reads (part `files`): one request, one transaction. */
export function uploadAttachments(path: string, files: readonly File[]): Promise<UploadAnswer> {
  const body = new FormData();
  for (const f of files) body.append('files', f, f.name);
  return api<UploadAnswer>(path, { method: 'POST', body });
}

/** A size as read: 850 KB, 2.4 MB. */
export const sizeText = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
