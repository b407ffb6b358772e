import { randomUUID } from 'node:crypto';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { insertBodies } from '../../bodies/repository.ts';
import { councilBody, lockCouncilForming, villageName } from '../repository.ts';

/**
 * Forms the village's 道德评议会 (seed 004: a self-governing organisation) as a body of the
 * village, once: its terms and members are then kept like any body's (组织机构 on the village's
 * home), and its seats that day are what its votes count against. A second call answers the
 * council already formed.
 */
export async function formCouncil(cmd: CommandContext): Promise<{ bodyId: string }> {
  return cmd.db.transaction(async (tx) => {
    // one council per village: two clicks at once make one
    await lockCouncilForming(tx, cmd.villageId);
    const existing = await councilBody(tx, cmd.villageId);
    if (existing) return { bodyId: existing };
    const id = randomUUID();
    const name = `${await villageName(tx, cmd.villageId)}道德评议会`;
    await insertBodies(tx, cmd.villageId, [{ id, kind: 'moralEvaluationCouncil', name }]);
    await recordEvent(cmd, tx, 'moralCouncil.formed', { type: 'body', id }, { name });
    return { bodyId: id };
  });
}
