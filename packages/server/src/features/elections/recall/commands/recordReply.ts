import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../../platform/command.ts';
import { actDate } from '../../../../platform/command.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import { refuseEarlier, refuseOrder } from '../../commands/shared.ts';
import { RECALL_STEPS } from './steps.ts';
import { applyRecall, loadRecall } from './shared.ts';

/**
 * The member's reply (申辩意见, VCOL-16-RECALL-INIT: 被提出罢免的成员有权提出申辩意见), or that
 * they declined to give one: either way the chance was given and the vote may follow. The
 * member may record it themselves.
 */
export async function recordReply(
  cmd: CommandContext,
  input: { recallId: string; text: string; declined: boolean; on?: string | undefined },
) {
  const on = actDate(cmd, 'on', input.on);
  const text = input.text.trim();
  if (!text && !input.declined)
    throw new DomainError('validation_failed', {}, [{ field: 'text', error: 'field_required' }]);
  return cmd.db.transaction(async (tx) => {
    const recall = await loadRecall(tx, cmd, input.recallId);
    if (!recall.received_on)
      refuseOrder(on, 'VCOL-16-RECALL-INIT', RECALL_STEPS.reply, RECALL_STEPS.submit);
    if (on < recall.received_on)
      refuseEarlier(
        on,
        'VCOL-16-RECALL-INIT',
        RECALL_STEPS.reply,
        RECALL_STEPS.submit,
        recall.received_on,
      );
    const { findings } = await applyRecall(
      tx,
      cmd,
      recall,
      { step: 'recallReply', on },
      { reply: text, reply_declined: input.declined, replied_on: on },
    );
    await recordEvent(
      cmd,
      tx,
      'recall.replied',
      { type: 'recall', id: recall.id },
      { on, declined: input.declined, reply: text },
    );
    return { id: recall.id, findings };
  });
}
