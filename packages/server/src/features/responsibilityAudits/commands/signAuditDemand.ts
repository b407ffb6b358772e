import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { qualifiedSigners } from '../../meetings/repository/demands.ts';
import { addAuditSignatures, lockOpenAuditDemand } from './shared.ts';

/** A villager aged 18+ signs a demand for an audit themselves (idempotent). */
export async function signAuditDemand(cmd: CommandContext, input: { demandId: string }) {
  const today = cmd.clock.today();
  return cmd.db.transaction(async (tx) => {
    const demand = await lockOpenAuditDemand(tx, cmd.villageId, input.demandId);
    const qualified = cmd.personId
      ? await qualifiedSigners(tx, cmd.villageId, 'villagers', [cmd.personId], today)
      : new Map<string, string>();
    const name = cmd.personId ? qualified.get(cmd.personId) : undefined;
    if (!cmd.personId || name === undefined) throw new DomainError('audit_demand_not_signable');
    await addAuditSignatures(cmd, tx, demand, [{ id: cmd.personId, name }], 'app');
  });
}
