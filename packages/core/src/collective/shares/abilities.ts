import { CADRE, defineAbilities, OVERSEERS } from '../../policies/groups.ts';

/**
 * 股权量化. The two committees' cadres keep the register of shares for the organisation (record
 * the members' assembly's quantification, import the 股东名册, record grants, transfers and
 * inheritances, issue and void 股权证); the supervision committee and the town and county read
 * it. Whether the act is lawful is the command's (the rules); the ability only opens the door.
 */
export const SHARES_ABILITIES = defineAbilities({
  /** The holdings per member and household, the entries, certificates and imported files. */
  readShares: [...CADRE, 'supervisionChair', 'supervisionMember', ...OVERSEERS],
  /** Quantify, import, grant, transfer, inherit, issue and void certificates. */
  manageShares: CADRE,
});
