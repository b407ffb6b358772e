import { DomainError } from '@cunzhi/core/errors';
import type { AppContext } from '../http/context.ts';
import { attachmentOf, type AttachmentRow, type OwnerKey } from './repository.ts';
import { storeOfKind } from './stores.ts';

export { attachmentsOf } from './repository.ts';

/** One attachment of a case with its bytes, read from the store it was kept in; else a 404. */
export async function attachmentWithBytes(
  ctx: AppContext,
  owner: OwnerKey,
  attachmentId: string,
): Promise<AttachmentRow & { bytes: Uint8Array }> {
  const row = await attachmentOf(ctx.db, owner, attachmentId);
  const bytes = row
    ? await storeOfKind(row.store, ctx.config).read(
        ctx.db,
        { villageId: owner.villageId, sha256: row.sha256 },
        row.large_object,
      )
    : null;
  if (!row || !bytes) throw new DomainError('not_found', { what: 'attachment' });
  return { ...row, bytes };
}
