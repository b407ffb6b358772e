import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';

/**
 * The points scheme (积分制). The two committees draft the scheme and record its adoption; grid
 * chiefs and cadres propose awards; the members of the body the scheme names check them (the
 * command checks the seat and the close-relative rule: the ability only opens the door); the
 * cadres post the publicity notice and record contests made on paper and the named body's
 * decision. The ledger is public to the village's bodies and overseers; a villager sees their
 * household's lines on the phone and contests there.
 */
export const POINTS_ABILITIES = defineAbilities({
  /** The scheme, awards, notices, contests, the ledger, ranking and charts, the A4. */
  readPoints: [
    ...CADRE,
    'supervisionChair',
    'supervisionMember',
    'representative',
    'councilMember',
    'gridChief',
    ...OVERSEERS,
  ],
  /** Draft a scheme version and record the resolution that adopted it. */
  managePointsScheme: CADRE,
  /** Propose an award (申报) with facts and evidence. */
  proposePointsAwards: [...CADRE, 'gridChief'],
  /** Check or return an award (a member of the scheme's reviewing body, seat checked). */
  checkPointsAwards: [...CADRE, 'supervisionChair', 'supervisionMember', 'councilMember'],
  /** Post a publicity notice, record a contest made on paper, record the body's decision. */
  publishPoints: CADRE,
  /** A villager's household balance with every line explained, and a contest on the phone. */
  ownPoints: ['villager'],
});
