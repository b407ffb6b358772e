import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';

export const REGISTRY_ABILITIES = defineAbilities({
  /** Browse and search every household and person (ID numbers masked). */
  readRegistry: [...CADRE, 'supervisionMember', 'councilMember', ...OVERSEERS],
  /**
   * Add and edit households and persons, import rosters. The town official who looks after the
   * village (包村干部) can too: a new village's first roster and cadre accounts are set up by the town.
   */
  writeRegistry: ['committeeChair', 'committeeMember', 'partySecretary', 'townOfficial'],
  /** See full 身份证 numbers: those who keep the register and the town that checks it. */
  viewResidentIdNumbers: ['committeeChair', 'committeeMember', 'townOfficial'],
});
