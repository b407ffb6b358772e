import type { CommandContext } from '../command.ts';
import type { Tx } from '../db/database.ts';
import { appendAuditEvent } from './appendAuditEvent.ts';

/** Appends the command's event to its village's audit chain, inside the command's transaction. */
export async function recordEvent(
  cmd: CommandContext,
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
