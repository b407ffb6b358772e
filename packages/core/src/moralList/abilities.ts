import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';

/**
 * 道德红黑榜. The published board is for every villager (it hangs on the notice board anyway);
 * proposals before the vote — facts about a named person not yet judged — only for those who
 * run the procedure, the supervision committee and the town. Cadres and grid chiefs propose;
 * cadres record the steps and the body's vote, which decides; the person answers on the phone.
 */
export const MORAL_LIST_ABILITIES = defineAbilities({
  readMoralBoard: [
    'villager',
    ...CADRE,
    'councilMember',
    'representative',
    'supervisionChair',
    'supervisionMember',
    ...OVERSEERS,
  ],
  readMoralListings: [...CADRE, 'supervisionChair', 'supervisionMember', ...OVERSEERS],
  proposeMoralListing: [...CADRE, 'gridChief'],
  recordMoralListing: [...CADRE],
  answerOwnMoralListing: ['villager'],
});
