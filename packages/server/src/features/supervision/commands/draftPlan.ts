import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { adoptedPlanOf, insertPlan, type PlanRow } from '../repository.ts';
import { actingAccount, requireMember } from './shared.ts';

/** A member drafts the year's plan of inspections (年度监督计划); the committee adopts it by motion. */
export async function draftPlan(
  cmd: CommandContext,
  input: { year: number; items: PlanRow['items']; memberId?: string },
): Promise<{ id: string }> {
  await requireMember(cmd.db, cmd, cmd.clock.today(), input.memberId);
  const id = randomUUID();
  return cmd.db.transaction(async (tx) => {
    if (await adoptedPlanOf(tx, cmd.villageId, input.year))
      throw new DomainError('plan_exists', { year: input.year });
    await insertPlan(tx, cmd.villageId, { id, ...input, draftedBy: actingAccount(cmd) });
    await recordEvent(
      cmd,
      tx,
      'supervision.planDrafted',
      { type: 'supervisionPlan', id },
      { year: input.year, items: input.items },
    );
    return { id };
  });
}
