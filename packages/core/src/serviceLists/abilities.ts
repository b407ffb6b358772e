import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';

/**
 * The three lists (三清单, seed 004). The two committees compile and publish the lists, record
 * the designs groups and social organisations bring, review (by their joint meeting's
 * resolution), declare and run the projects; the town Party committee's officials evaluate and
 * file or return what is declared. The lists are posted on the board, so the supervision
 * committee and the representatives read them too.
 */
export const SERVICE_LISTS_ABILITIES = defineAbilities({
  readServiceLists: [
    ...CADRE,
    'supervisionChair',
    'supervisionMember',
    'representative',
    ...OVERSEERS,
  ],
  manageServiceLists: CADRE,
  evaluateServiceProjects: ['townOfficial'],
});
