import { MAX_ATTACHMENTS_PER_OWNER } from '@cunzhi/core/attachments/attachments';
import type { AttachmentView } from '@cunzhi/contract/attachments';
import type { AttachmentRow, OwnerKey } from '../../platform/attachments/repository.ts';

/** A case's attachments as a page shows them: never the bytes, never who added them but "you". */
export function presentAttachment(
  owner: OwnerKey,
  row: AttachmentRow,
  viewerAccountId: string,
): AttachmentView {
  return {
    id: row.id,
    name: row.file_name,
    mediaType: row.media_type as AttachmentView['mediaType'],
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    attachedAt: row.created_at.toISOString(),
    mine: row.attached_by === viewerAccountId,
    url: `/api/villages/${owner.villageId}/attachments/${owner.kind}/${owner.id}/${row.id}`,
  };
}

export function presentAttachmentList(
  owner: OwnerKey,
  rows: AttachmentRow[],
  viewerAccountId: string,
  canAttach: boolean,
) {
  return {
    attachments: rows.map((r) => presentAttachment(owner, r, viewerAccountId)),
    canAttach,
    room: Math.max(0, MAX_ATTACHMENTS_PER_OWNER - rows.length),
  };
}
