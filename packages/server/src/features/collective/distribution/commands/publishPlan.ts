import { DomainError } from '@cunzhi/core/errors';
import { type CommandContext, actDate } from '../../../../platform/command.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import { findPlan, markPublished } from '../repository.ts';

/**
 * The annual report, the financial report and this plan made available to the members on a day
 * (Art. 46): the members' assembly may vote on the plan ten days later at the earliest.
 */
export async function publishPlan(
  cmd: CommandContext,
  planId: string,
  input: { on?: string | undefined },
): Promise<void> {
  const on = actDate(cmd, 'on', input.on);
  await cmd.db.transaction(async (tx) => {
    const plan = await findPlan(tx, cmd.villageId, planId, { forUpdate: true });
    if (!plan) throw new DomainError('not_found', { what: 'collectiveDistribution' });
    if (plan.state !== 'draft')
      throw new DomainError('collective_distribution_state', {
        state: `distribution_${plan.state}`,
        action: 'distribution_publish',
      });
    await markPublished(tx, cmd.villageId, planId, on);
    await recordEvent(
      cmd,
      tx,
      'collectiveDistribution.published',
      { type: 'collectiveDistribution', id: planId },
      { year: plan.year, publishedOn: on },
    );
  });
}
