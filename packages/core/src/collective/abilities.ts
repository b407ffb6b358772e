import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';

/**
 * The organisation and its register. The two committees' cadres keep them for the organisation in
 * practice (the law lets them hold its council's seats, Art. 34): they record the organisation,
 * the charter its members adopted, the assembly's confirmations and each loss or exit. The
 * supervision committee and the town and county read them (the town files the register, Art. 12).
 * Full ID numbers only with `viewResidentIdNumbers`; whether an act is lawful is the command's.
 */
export const COLLECTIVE_ABILITIES = defineAbilities({
  /** The organisations, charters, the register and its events, the A4 register. */
  readCollective: [...CADRE, 'supervisionChair', 'supervisionMember', ...OVERSEERS],
  /** Record the organisation, a charter version, confirmations, losses, exits, restorations. */
  manageCollective: CADRE,
});
