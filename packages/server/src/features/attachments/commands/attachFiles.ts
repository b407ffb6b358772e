import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { attachmentTransaction, type NewFile } from '../../../platform/attachments/attach.ts';
import type { BlobStore } from '../../../platform/attachments/store.ts';

/**
 * Files added to a case from its page (the attachments' own form): the kind's policy was asked
 * by the route (it may read the case and add to it); here they are checked, kept and audited in
 * one transaction. `store` is the deployment's unless a test hands one that fails on purpose.
 */
export async function attachFiles(
  cmd: CommandContext,
  input: { ownerKind: string; ownerId: string; files: NewFile[] },
  store?: BlobStore,
): Promise<string[]> {
  if (input.files.length === 0)
    throw new DomainError('validation_failed', {}, [{ field: 'files', error: 'field_required' }]);
  return attachmentTransaction(
    cmd,
    (_tx, attach) => attach({ kind: input.ownerKind, id: input.ownerId }, input.files),
    store,
  );
}
