import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';

export const MATTERS_ABILITIES = defineAbilities({
  /**
   * Matters, meetings, resolutions and notices: public within the village (every step is
   * public, dated and checkable); the town and county see them to oversee.
   */
  readDecisions: [
    'villager',
    ...CADRE,
    'councilMember',
    'representative',
    'supervisionMember',
    ...OVERSEERS,
  ],
  /** Propose matters, record procedure steps, publish notices, record authorisations. */
  manageMatters: CADRE,
});
