import type { Clock } from '../clock.ts';
import type { Database } from '../db/database.ts';
import { appendAuditEvent } from '../audit/appendAuditEvent.ts';
import { forgetNumbers, villagesKeepingNumbers } from './repository.ts';

/**
 * How long a delivered SMS keeps its number: long enough to answer a villager who says the text
 * never came, against the provider's delivery report (which names the message by its id, OutId);
 * no longer, as 《个人信息保护法》第十九条 asks (docs/notifications.md, 保存期限).
 */
export const NUMBER_KEPT_DAYS = 30;

/**
 * Forgets the numbers of SMS delivered more than NUMBER_KEPT_DAYS ago, every kind alike (a
 * notice's, a petition's, an official's reminder): the message stays, with whom it was for and
 * when it went. A failed or waiting SMS keeps its number (it is still to be sent). Each village's
 * in one transaction with one `outbox.numbersForgotten` event (how many), by the system; a
 * round with nothing to forget appends nothing, and a concurrent round forgets nothing twice.
 * Answers how many numbers were forgotten.
 */
export async function forgetDeliveredNumbers(ctx: { db: Database; clock: Clock }): Promise<number> {
  const before = new Date(ctx.clock.now().getTime() - NUMBER_KEPT_DAYS * 86_400_000);
  let forgotten = 0;
  for (const villageId of await villagesKeepingNumbers(ctx.db, before))
    forgotten += await ctx.db.transaction(async (tx) => {
      const n = await forgetNumbers(tx, villageId, before);
      if (n > 0)
        await appendAuditEvent(tx, {
          chainId: villageId,
          actorAccountId: null,
          action: 'outbox.numbersForgotten',
          targetType: 'village',
          targetId: villageId,
          data: { forgotten: n, keptDays: NUMBER_KEPT_DAYS },
          occurredAt: ctx.clock.now(),
        });
      return n;
    });
  return forgotten;
}
