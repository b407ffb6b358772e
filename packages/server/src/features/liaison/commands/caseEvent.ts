import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';

/** Who acts on a case and when: a command's context, or a town step flowing back (townSource.ts). */
export type StepContext = Pick<CommandContext, 'villageId' | 'actorAccountId' | 'clock'>;

/**
 * Records an act on a 民情 case on the village's chain. No event carries the case's text or who
 * reported it (issue 13 item 9: the reporter is never in clear in audit data): only its number,
 * the step, the state and level it reached and the due date set.
 */
export async function recordCaseEvent(
  tx: Tx,
  cmd: StepContext,
  action: string,
  caseId: string,
  data: Record<string, unknown>,
): Promise<void> {
  await appendAuditEvent(tx, {
    chainId: cmd.villageId,
    actorAccountId: cmd.actorAccountId,
    action,
    targetType: 'liaisonCase',
    targetId: caseId,
    data,
    occurredAt: cmd.clock.now(),
  });
}
