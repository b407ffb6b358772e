import { randomUUID } from 'node:crypto';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { findAuditDemand, insertAuditDemand } from '../repository.ts';

/** A villager starts a demand for an audit of other items (VCOL-35-AUDIT, item 6). */
export async function createAuditDemand(
  cmd: CommandContext,
  input: { subject: string; reason?: string | undefined },
) {
  const id = randomUUID();
  const reason = input.reason ?? '';
  return cmd.db.transaction(async (tx) => {
    await insertAuditDemand(tx, cmd.villageId, {
      id,
      subject: input.subject,
      reason,
      createdBy: cmd.actorAccountId,
      createdAt: cmd.clock.now(),
    });
    await recordEvent(
      cmd,
      tx,
      'auditDemand.created',
      { type: 'auditDemand', id },
      { subject: input.subject, reason },
    );
    return (await findAuditDemand(tx, cmd.villageId, id))!;
  });
}
