import type { CommandContext } from '../command.ts';
import type { Tx } from '../db/database.ts';
import { appendAuditEvent } from './appendAuditEvent.ts';

/**
 * Appends the command's event to its village's audit chain, inside the command's transaction.
 * Only who acts, where and when is read: a step flowing back from the town inbox passes those.
 */
export async function recordEvent(
  cmd: Pick<CommandContext, 'villageId' | 'actorAccountId' | 'clock'>,
  tx: Tx,
  action: string,
  target: { type: string; id: string },
  data: unknown,
): Promise<{ seq: number; hash: string }> {
  return appendAuditEvent(tx, {
    chainId: cmd.villageId,
    actorAccountId: cmd.actorAccountId,
    action,
    targetType: target.type,
    targetId: target.id,
    data,
    occurredAt: cmd.clock.now(),
  });
}
