import { defineAbilities, OVERSEERS } from '../policies/groups.ts';

export const ROSTER_ABILITIES = defineAbilities({
  exportRoster: ['committeeChair', 'committeeMember', 'partySecretary', ...OVERSEERS],
});
