import { defineAbilities } from './groups.ts';

export const ACCOUNT_ABILITIES = defineAbilities({
  /** Open a villager's account or reset its password (at the service station, or by the town). */
  resetPasswords: ['committeeChair', 'committeeMember', 'partySecretary', 'townOfficial'],
});
