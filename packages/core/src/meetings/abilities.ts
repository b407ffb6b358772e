import { CADRE, defineAbilities } from '../policies/groups.ts';

export const MEETINGS_ABILITIES = defineAbilities({
  /**
   * Convene and run meetings: motions, the clerk's check-in from the paper sheet, counts by
   * show of hands. Which cadre may convene which meeting is checked by the convening rule.
   */
  runMeetings: CADRE,
  /** Review a meeting's agenda beforehand and record whether it was valid (seed 002). */
  superviseMeetings: ['supervisionChair', 'supervisionMember'],
  /** Check in, vote and sign a demand for a meeting: one's own voice, as a villager. */
  takePart: ['villager'],
});
