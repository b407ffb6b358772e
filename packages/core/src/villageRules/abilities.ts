import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';

/**
 * The village rules (村规民约). The two committees collect opinions, draft, carry the draft to the
 * township, record the assembly's adoption, file and publish (under the Party organisation's lead,
 * CGMY-STEPS); the township government reviews clause by clause and orders corrections (VCOL Art.
 * 27, 2025 Art. 31). The rules bind every villager, so the representatives and the supervision
 * committee read every version and the opinions.
 */
export const VILLAGE_RULES_ABILITIES = defineAbilities({
  readVillageRules: [
    ...CADRE,
    'supervisionChair',
    'supervisionMember',
    'representative',
    ...OVERSEERS,
  ],
  draftVillageRules: CADRE,
  reviewVillageRules: ['townOfficial'],
});
