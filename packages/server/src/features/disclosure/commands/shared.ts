import { rolesIn, type VillageRole } from '@cunzhi/core/policies/actor';
import { CADRE } from '@cunzhi/core/policies/groups';
import type { CommandContext } from '../../../platform/command.ts';

/**
 * The actor's roles by their own seats in the command's village (no town or county in
 * scope): who publishes 党务 or 村务, who answers, who enters a question for a villager.
 * Null when the system acts (the demo, the CLI): it acts for the account it names.
 */
export function seatRoles(cmd: CommandContext): Set<VillageRole> | null {
  if (!cmd.actor) return null;
  return rolesIn(cmd.actor, { villageId: cmd.villageId, townId: '', countyId: '' });
}

export function isCadre(roles: ReadonlySet<VillageRole>): boolean {
  return CADRE.some((r) => roles.has(r));
}
