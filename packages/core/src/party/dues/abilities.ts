import { defineAbilities } from '../../policies/groups.ts';

/**
 * 党费: Party records, so only the branch and the town Party committee see them (the town's
 * officials stand for it here), never the villagers' bodies; a member sees their own on the phone.
 * The branch committee records bases and payments (the 组织委员 usually collects).
 */
export const PARTY_DUES_ABILITIES = defineAbilities({
  /** Every member's account, the arrears, the year's statement (A4, Excel). */
  readPartyDues: ['partySecretary', 'partyCommitteeMember', 'townOfficial'],
  /** Record a member's basis and their payments; publish the dues in a 党务公开 notice. */
  managePartyDues: ['partySecretary', 'partyCommitteeMember'],
  /** A member's own account on the phone (the reader must be a Party member of the village). */
  ownPartyDues: ['villager'],
});
