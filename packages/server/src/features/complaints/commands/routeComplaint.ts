import { DomainError } from '@cunzhi/core/errors';
import type { ComplaintClass, ComplaintHandler } from '@cunzhi/core/complaints/complaints';
import type { CommandContext } from '../../../platform/command.ts';
import { findComplaint } from '../repository.ts';
import { applyRouting, checkConcerns, chosenRouting } from './intake.ts';

/**
 * The receiving member classes a complaint and hands it on (figure 4: 事务类 → 责成办理,
 * 风纪类 → 报镇纪委). Naming a cadre makes it discipline whatever the class chosen. Once handed
 * on it cannot be classed again: a discipline complaint is the town's from then on.
 */
export async function routeReceivedComplaint(
  cmd: CommandContext,
  input: {
    complaintId: string;
    class: ComplaintClass;
    handler?: ComplaintHandler | undefined;
    concernsPersonIds?: string[] | undefined;
  },
): Promise<'affairs' | 'discipline'> {
  return cmd.db.transaction(async (tx) => {
    const row = await findComplaint(tx, cmd.villageId, input.complaintId, { forUpdate: true });
    // a referred complaint is not the village's to see: the same answer as none at all
    if (!row || row.status === 'referred')
      throw new DomainError('not_found', { what: 'complaint' });
    if (row.status !== 'received') throw new DomainError('complaint_already_routed');
    const concerns = await checkConcerns(tx, cmd, [
      ...row.concerns_person_ids,
      ...(input.concernsPersonIds ?? []),
    ]);
    const routing = chosenRouting(input, concerns);
    if (routing.kind === 'pending') throw new Error('unreachable: a class was chosen');
    await applyRouting(tx, cmd, row, routing, concerns);
    return routing.kind;
  });
}
