import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';

/** Records an act of the duty list, the links or the visits on the village's chain. */
export async function recordLiaisonEvent(
  tx: Tx,
  cmd: CommandContext,
  action: string,
  target: { type: 'liaisonDuty' | 'liaisonLink' | 'liaisonVisit'; id: string },
  data: Record<string, unknown>,
): Promise<void> {
  await appendAuditEvent(tx, {
    chainId: cmd.villageId,
    actorAccountId: cmd.actorAccountId,
    action,
    targetType: target.type,
    targetId: target.id,
    data,
    occurredAt: cmd.clock.now(),
  });
}
