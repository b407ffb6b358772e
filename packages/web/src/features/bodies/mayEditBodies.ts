import { writesBodiesBySeat } from '@cunzhi/core/bodies/abilities';
import type { VillageRole } from '@cunzhi/core/policies/actor';
import type { BodyView } from './api.ts';

/**
 * Whether the viewer is offered 任命成员 / 开启新一届 / 离任 on the village's bodies. The town
 * official holds `writeBodies` to set up a village; once its villagers' committee serves, seating
 * members is the village's own act and the server refuses the town (core `mayWriteBodiesNow`).
 */
export function mayEditBodies(
  writeBodies: boolean,
  roles: readonly VillageRole[],
  bodies: readonly BodyView[],
): boolean {
  if (!writeBodies) return false;
  const committeeServes = bodies.some(
    (b) => b.kind === 'villagersCommittee' && b.members.length > 0,
  );
  return writesBodiesBySeat(roles) || !committeeServes;
}
