import { DomainError } from '@cunzhi/core/errors';
import type { Actor } from '@cunzhi/core/policies/actor';
import type { AppContext } from '../../../platform/http/context.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { retryFailedMessage } from '../../../platform/outbox/repository.ts';
import { complaintFacts } from '../queries.ts';
import { referralChain } from '../repository.ts';
import { referralOfReader } from './stepReferral.ts';

/**
 * The official handling a complaint's referral sends the SMS that told its complainant of the
 * answer again, when it failed: due at once, its attempts counted afresh. The village cannot do
 * it for a discipline complaint (it may not know the complaint exists), so the town's unit that
 * answered does. Audited as outbox.messageRetried on the referral's chain (the county's for the
 * discipline commission), with its kind — never the number nor the words. Of two officials
 * pressing at once the second finds it queued: requeued 0, no event, sent once.
 */
export async function resendComplainantSms(
  app: AppContext,
  by: { actor: Actor; accountId: string },
  ref: { villageId: string; referralId: string },
): Promise<{ requeued: number }> {
  return app.db.transaction(async (tx) => {
    const { row, place } = await referralOfReader(tx, by.actor, ref);
    const facts =
      row.source_kind === 'complaint'
        ? await complaintFacts({ db: tx }, row.village_id, row.source_id)
        : null;
    if (!facts?.sms_id) throw new DomainError('not_found', { what: 'outboxMessage' });
    const requeued = await retryFailedMessage(tx, row.village_id, facts.sms_id);
    if (!requeued) return { requeued: 0 };
    await appendAuditEvent(tx, {
      chainId: referralChain(row.addressee, place),
      actorAccountId: by.accountId,
      action: 'outbox.messageRetried',
      targetType: 'outboxMessage',
      targetId: facts.sms_id,
      data: { villageId: row.village_id, kind: requeued.kind, subject: requeued.subject_kind },
      occurredAt: app.clock.now(),
    });
    return { requeued: 1 };
  });
}
