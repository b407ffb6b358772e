import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';

/**
 * 一领四微 and the quarterly selections are the village's public life: every villager and the
 * cadres read them, the town and county too. Cadres keep the register and the activity log,
 * open a quarter's selection, record the representatives' votes and the two committees'
 * review, and publish; a villager nominates (个人推荐) on the phone, a cadre enters an
 * organisation's nomination (组织推荐).
 */
export const ACTIVITIES_ABILITIES = defineAbilities({
  readActivities: [
    'villager',
    ...CADRE,
    'councilMember',
    'representative',
    'supervisionChair',
    'supervisionMember',
    'gridChief',
    ...OVERSEERS,
  ],
  manageActivities: [...CADRE],
  runSelections: [...CADRE],
  nominateForSelection: ['villager', ...CADRE],
});
