import { DomainError } from '@cunzhi/core/errors';
import { checkAdmission, checkDecision, type Decision } from '@cunzhi/core/workAdmission/admission';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { presentTask } from '../present.ts';
import { lockTask, recordDecision } from '../repository.ts';

/**
 * The villagers' committee records what it does with a task, and why: accepts an admissible one
 * (or refuses it with a reason, e.g. no money or conditions came with it), returns a
 * self-governance one, refuses one on the burden-reduction list or on no list. A decision the
 * verdict does not allow is refused citing the list's version and item and the article in words.
 * Recorded once; the task row is locked so two members cannot both record.
 */
export async function decideTask(
  cmd: CommandContext,
  taskId: string,
  input: { decision: Decision; reason: string },
) {
  return cmd.db.transaction(async (tx) => {
    const row = await lockTask(tx, cmd.villageId, taskId);
    if (!row) throw new DomainError('not_found', { what: 'workTask' });
    if (row.decision && row.decided_on)
      throw new DomainError('admission_decided', { on: row.decided_on });
    const item =
      row.item_list && row.item_seq !== null ? { list: row.item_list, seq: row.item_seq } : null;
    checkDecision(checkAdmission(item), input.decision, { version: row.version_number, item });
    const on = cmd.clock.today();
    await recordDecision(tx, cmd.villageId, taskId, {
      decision: input.decision,
      on,
      by: cmd.actorAccountId,
      reason: input.reason,
    });
    await recordEvent(
      cmd,
      tx,
      'workTask.decided',
      { type: 'workTask', id: taskId },
      {
        decision: input.decision,
        reason: input.reason,
      },
    );
    return presentTask({
      ...row,
      decision: input.decision,
      decided_on: on,
      decision_reason: input.reason,
    });
  });
}
