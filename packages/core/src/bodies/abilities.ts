import { defineAbilities } from '../policies/groups.ts';

export const BODIES_ABILITIES = defineAbilities({
  /** Appoint members and open terms of bodies. */
  writeBodies: ['partySecretary', 'committeeChair', 'townOfficial'],
});
