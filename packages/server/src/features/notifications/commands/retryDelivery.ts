import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { retryFailed } from '../../../platform/outbox/repository.ts';
import { noticeHeader } from '../repository.ts';

/**
 * A cadre sends a notice's failed SMS again (the gateway was down past the last retry, or a
 * delivery left uncertain by a crash was checked with the gateway's records): they are due at
 * once, their attempts counted afresh. Audited as outbox.retried with how many.
 */
export async function retryDelivery(
  cmd: CommandContext,
  noticeId: string,
): Promise<{ requeued: number }> {
  return cmd.db.transaction(async (tx) => {
    if (!(await noticeHeader(tx, cmd.villageId, noticeId)))
      throw new DomainError('not_found', { what: 'notice' });
    const requeued = await retryFailed(tx, cmd.villageId, noticeId);
    if (requeued > 0)
      await recordEvent(cmd, tx, 'outbox.retried', { type: 'notice', id: noticeId }, { requeued });
    return { requeued };
  });
}
