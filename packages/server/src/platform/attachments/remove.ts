import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../command.ts';
import { recordEvent } from '../audit/record.ts';
import { storeTransaction } from './attach.ts';
import { deleteAttachment, deleteBlobIfUnheld, lockKey } from './repository.ts';
import { storeOfKind } from './stores.ts';

/**
 * Takes a file off a case: a photo sent by mistake (the wrong page of the 户口簿, someone's face)
 * should not stay in the record. `may` says whether the actor may remove this one (the routes:
 * only the one who added it, while the case still takes files). When no case of the village holds
 * the bytes any more they go too — the large object with the transaction, the file once it has
 * committed. The audit event keeps the file's id and SHA-256, as its adding did.
 */
export async function removeAttachment(
  cmd: CommandContext,
  owner: { kind: string; id: string },
  attachmentId: string,
  may: (row: { attached_by: string | null }) => boolean,
): Promise<void> {
  const key = { villageId: cmd.villageId, ...owner };
  await storeTransaction(cmd, async (tx, { undo, afterCommit }) => {
    // the locks attaching takes, in the same order: the case, then the blob
    await lockKey(tx, `owner:${cmd.villageId}:${owner.kind}:${owner.id}`);
    const row = await deleteAttachment(tx, key, attachmentId);
    if (!row) throw new DomainError('not_found', { what: 'attachment' });
    if (!may(row)) throw new DomainError('attachment_not_removable');
    const blobKey = { villageId: cmd.villageId, sha256: row.sha256 };
    await lockKey(tx, `blob:${cmd.villageId}:${row.sha256}`);
    const blob = await deleteBlobIfUnheld(tx, blobKey);
    if (blob) {
      const store = storeOfKind(blob.store, cmd.config);
      const last = await store.discard(tx, blobKey, blob.large_object, undo);
      if (last) afterCommit.push(last);
    }
    await recordEvent(
      cmd,
      tx,
      'attachments.removed',
      { type: owner.kind, id: owner.id },
      {
        id: attachmentId,
        sha256: row.sha256,
      },
    );
  });
}
