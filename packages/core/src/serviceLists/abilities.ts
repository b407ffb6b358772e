import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';

/**
 * The three lists (三清单, seed 004). The two committees compile and publish the lists, record
 * the designs groups and social organisations bring, review (by their joint meeting's
 * resolution), declare and run the projects; the town Party committee's officials evaluate and
 * file or return what is declared. The lists are posted on the board, so the supervision
 * committee and the representatives read them too, and every villager reads on the phone what was
 * published: the quarter's lists once published, and the projects from the town's filing on.
 */
export const SERVICE_LISTS_ABILITIES = defineAbilities({
  readServiceLists: [
    ...CADRE,
    'supervisionChair',
    'supervisionMember',
    'representative',
    ...OVERSEERS,
  ],
  /** On the phone: the published lists and the projects the town filed, their results (公示). */
  readPublishedServiceLists: ['villager'],
  manageServiceLists: CADRE,
  evaluateServiceProjects: ['townOfficial'],
});
