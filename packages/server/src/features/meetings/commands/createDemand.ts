import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { demandCheck, type DemandRoute } from '@cunzhi/core/meetings/convening';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { insertDemand, type DemandRow } from '../repository/demands.ts';
import { accountOf } from './shared.ts';

/**
 * VCOL-21-CONVENE / VCOL-26-FREQ: villagers (1/10) or representatives (1/3)
 * may demand an assembly; representatives (1/5) a representatives' meeting.
 */
export async function createDemand(
  cmd: CommandContext,
  input: { kind: DemandRow['kind']; route: DemandRoute; reason: string },
) {
  const { profile } = await loadVillageProfile(cmd.db, cmd.villageId, cmd.clock.today());
  if (!demandCheck(input.kind, input.route, 0, 0, profile.params))
    throw new DomainError('validation_failed', {}, [{ field: 'route', error: 'enum_invalid' }]);
  const id = randomUUID();
  const createdBy = accountOf(cmd);
  await cmd.db.transaction(async (tx) => {
    await insertDemand(tx, cmd.villageId, {
      id,
      kind: input.kind,
      route: input.route,
      reason: input.reason,
      createdBy,
      createdAt: cmd.clock.now(),
    });
    await recordEvent(
      cmd,
      tx,
      'demand.created',
      { type: 'demand', id },
      { kind: input.kind, route: input.route, reason: input.reason },
    );
  });
  return { id };
}
