import { rolesIn, type Actor, type VillageRole } from '../policies/actor.ts';
import { defineAbilities } from '../policies/groups.ts';

export const BODIES_ABILITIES = defineAbilities({
  /**
   * Appoint members and open terms of bodies. The town official holds it to set up a village
   * that has no serving villagers' committee yet; see `mayWriteBodiesNow`.
   */
  writeBodies: ['partySecretary', 'committeeChair', 'townOfficial'],
});

/**
 * Whether the actor holds `writeBodies` by a seat of the village itself (its Party secretary or
 * committee chair), not only as the town's official.
 */
export function writesBodiesFromVillageSeat(actor: Actor, villageId: string): boolean {
  // no town or county in scope: only the actor's seats in this village count
  return writesBodiesBySeat([...rolesIn(actor, { villageId, townId: '', countyId: '' })]);
}

/** The same from a viewer's roles in the village (as the web app has them). */
export function writesBodiesBySeat(roles: readonly VillageRole[]): boolean {
  return BODIES_ABILITIES.writeBodies.some((r) => r !== 'townOfficial' && roles.includes(r));
}

/**
 * The town's `writeBodies` is narrowed by a fact of the village, not by a role: once a villagers'
 * committee serves, seating members and opening terms is the village's own act, recorded with the
 * election or resolution that decided it. The Organic Law (2018 text Art. 11, 2025 text Art. 14):
 * the committee is elected directly by the villagers, and no organisation or person may appoint,
 * assign or remove its members. Before the first committee serves, the town official who looks
 * after the village (包村干部) records the bodies as the village elected them.
 */
export function mayWriteBodiesNow(
  actor: Actor,
  villageId: string,
  committeeServes: boolean,
): boolean {
  return writesBodiesFromVillageSeat(actor, villageId) || !committeeServes;
}
