import { DomainError } from '@cunzhi/core/errors';
import { mayWriteBodiesNow, writesBodiesFromVillageSeat } from '@cunzhi/core/bodies/abilities';
import type { CommandContext } from '../../../platform/command.ts';
import { servingMembers } from '../../rules/queries/composition.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { findBody, type BodyRow } from '../repository.ts';

/** The body a command acts on, or not_found. */
export async function requireBody(
  db: Queryable,
  villageId: string,
  bodyId: string,
): Promise<BodyRow> {
  const body = await findBody(db, villageId, bodyId);
  if (!body) throw new DomainError('not_found', { what: 'body' });
  return body;
}

/**
 * The town official sets up a village's bodies until its villagers' committee serves; from then on
 * seating members, opening terms and recording departures is the village's own act (core
 * `mayWriteBodiesNow`, the Organic Law on direct election). The system (demo, CLI) is not refused.
 */
export async function refuseTownOnceCommitteeServes(cmd: CommandContext): Promise<void> {
  if (!cmd.actor || writesBodiesFromVillageSeat(cmd.actor, cmd.villageId)) return;
  const serving = await servingMembers(cmd.db, cmd.villageId, cmd.clock.today(), {
    kinds: ['villagersCommittee'],
  });
  if (!mayWriteBodiesNow(cmd.actor, cmd.villageId, serving.length > 0))
    throw new DomainError('bodies_elected_by_village');
}
