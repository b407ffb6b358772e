import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';

/**
 * 信访. The village's cadres register petitions and forward them to the town; the town's (and
 * county's) officials act as the petition office and the bodies it hands petitions to. Who sees a
 * petitioner's name and ID number is narrowed again per case (petitionHandlers): a cadre who
 * reads the list but did not register the petition sees neither.
 */
export const PETITIONS_ABILITIES = defineAbilities({
  /** The village's petitions (list, page, prints without identity, the 台账). */
  readPetitions: [...CADRE, ...OVERSEERS],
  /** Register a petition brought to the village and forward it to the town. */
  registerPetitions: CADRE,
  /** The petition office's steps: assign, accept or refuse, extend, answer, review, close. */
  handlePetitions: OVERSEERS,
});
