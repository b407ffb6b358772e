import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { actDate, type CommandContext } from '../../../platform/command.ts';
import { dutyExists, insertDutyLog } from '../repository.ts';
import { recordEvent } from '../../../platform/audit/record.ts';

/** A grid chief logs a duty item done in a grid they head (on the day given, not in the future). */
export async function logDuty(
  cmd: CommandContext,
  input: { dutyId: string; gridId: string; doneOn?: string | undefined; note?: string | undefined },
): Promise<{ id: string }> {
  if (!(cmd.actor?.gridsHeaded ?? []).includes(input.gridId))
    throw new DomainError('liaison_not_grid_chief');
  const doneOn = actDate(cmd, 'doneOn', input.doneOn);
  const id = randomUUID();
  return cmd.db.transaction(async (tx) => {
    if (!(await dutyExists(tx, cmd.villageId, input.dutyId)))
      throw new DomainError('not_found', { what: 'liaisonDuty' });
    await insertDutyLog(tx, cmd.villageId, {
      ...{ id, dutyId: input.dutyId, gridId: input.gridId, doneOn, note: input.note ?? '' },
      ...{ by: cmd.actorAccountId, at: cmd.clock.now() },
    });
    await recordEvent(
      cmd,
      tx,
      'liaisonDuty.done',
      { type: 'liaisonDuty', id: input.dutyId },
      {
        gridId: input.gridId,
        doneOn,
      },
    );
    return { id };
  });
}
