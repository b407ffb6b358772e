import { defineAbilities } from '../policies/groups.ts';

/**
 * Party records (the organisation, members, 三会一课) are the branch's and the town Party
 * committee's (the town's officials stand for it here), never the villagers' bodies: the
 * villagers' committee's chair sees them only as a Party committee member. A member sees their
 * own record on the phone (the route checks the reader is a member).
 */
export const PARTY_ABILITIES = defineAbilities({
  /** The organisation, members, committee seats, meetings and the cadence findings. */
  readParty: ['partySecretary', 'partyCommitteeMember', 'townOfficial'],
  /** Set up units, record members and seats, record meetings. */
  manageParty: ['partySecretary', 'partyCommitteeMember'],
  /** A member's own record. */
  ownParty: ['villager'],
});
