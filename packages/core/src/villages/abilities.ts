import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';

export const VILLAGES_ABILITIES = defineAbilities({
  /** The village home page: bodies and their current members (public within the village). */
  readVillage: ['villager', ...CADRE, 'supervisionMember', ...OVERSEERS],
});
