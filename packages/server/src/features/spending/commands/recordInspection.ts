import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { setHoldInspection } from '../repository.ts';
import { actDate, actingAccount, fieldError, requireHold, requireInForce } from './shared.ts';

/**
 * Records the inspection that may justify a release (seed 002: 1月23日监督委员会
 * 成员、居民代表共同对小区环境整治进行了检查验收): its date and what was found.
 */
export async function recordInspection(
  cmd: CommandContext,
  input: { holdId: string; on?: string | undefined; note: string },
): Promise<void> {
  const on = actDate(cmd, 'on', input.on);
  await cmd.db.transaction(async (tx) => {
    const hold = await requireHold(tx, cmd, input.holdId, { forUpdate: true });
    requireInForce(hold);
    if (hold.decided_on && on < hold.decided_on)
      fieldError('on', 'date_order', { other: hold.decided_on });
    await setHoldInspection(tx, cmd.villageId, hold.id, {
      on,
      note: input.note,
      by: actingAccount(cmd),
    });
    await recordEvent(
      cmd,
      tx,
      'spending.holdInspected',
      { type: 'spendingHold', id: hold.id },
      { on, note: input.note },
    );
  });
}
