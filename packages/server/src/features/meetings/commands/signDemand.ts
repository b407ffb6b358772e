import { DomainError } from '@cunzhi/core/errors';
import type { DemandRoute } from '@cunzhi/core/meetings/convening';
import type { CommandContext } from '../../../platform/command.ts';
import { qualifiedSigners } from '../repository/demands.ts';
import { addSignatures, lockOpenDemand } from './shared.ts';

/** Who may sign a demand of each route, for the refusal's message. */
const SIGNERS: Record<DemandRoute, { zh: string; en: string }> = {
  villagers: { zh: '本村年满十八周岁的村民', en: 'villagers aged 18 or over' },
  representatives: { zh: '在任村民代表', en: 'serving representatives' },
};

/** A villager signs a demand themselves (idempotent). */
export async function signDemand(cmd: CommandContext, input: { demandId: string }) {
  const today = cmd.clock.today();
  return cmd.db.transaction(async (tx) => {
    const demand = await lockOpenDemand(tx, cmd.villageId, input.demandId);
    const qualified = cmd.personId
      ? await qualifiedSigners(tx, cmd.villageId, demand.route, [cmd.personId], today)
      : new Map<string, string>();
    const name = cmd.personId ? qualified.get(cmd.personId) : undefined;
    if (!cmd.personId || name === undefined)
      throw new DomainError('demand_not_signable', {
        who: SIGNERS[demand.route].zh,
        whoEn: SIGNERS[demand.route].en,
      });
    await addSignatures(cmd, tx, demand, [{ id: cmd.personId, name }], 'app');
  });
}
