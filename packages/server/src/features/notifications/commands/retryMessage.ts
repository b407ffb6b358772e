import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { retryFailedMessage } from '../../../platform/outbox/repository.ts';
import { retryableMessage } from '../queries.ts';

/**
 * A cadre sends one failed SMS that is not a notice's again (a service request's, a complaint's,
 * a petition's, a meeting's or the voter roll's reminder): due at once, its attempts counted
 * afresh. Audited as outbox.messageRetried with its kind — never the number nor the words. Of
 * two cadres retrying it at once, the second finds it queued already: requeued 0, no event, and
 * the worker sends it once. One the village may not list (a discipline complaint's) is not found.
 */
export async function retryMessage(
  cmd: CommandContext,
  messageId: string,
): Promise<{ requeued: number }> {
  return cmd.db.transaction(async (tx) => {
    if (!(await retryableMessage(tx, cmd.villageId, messageId)))
      throw new DomainError('not_found', { what: 'outboxMessage' });
    const requeued = await retryFailedMessage(tx, cmd.villageId, messageId);
    if (!requeued) return { requeued: 0 };
    await recordEvent(
      cmd,
      tx,
      'outbox.messageRetried',
      { type: 'outboxMessage', id: messageId },
      { kind: requeued.kind, subject: requeued.subject_kind },
    );
    return { requeued: 1 };
  });
}
