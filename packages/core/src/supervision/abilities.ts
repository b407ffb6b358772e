import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';

const SUPERVISORS = ['supervisionChair', 'supervisionMember'] as const;

export const SUPERVISION_ABILITIES = defineAbilities({
  /**
   * The committee's sittings, motions, inspections, reports and corrections: the committee,
   * the cadres it supervises (they answer its corrections) and the town and county.
   */
  readSupervision: [...SUPERVISORS, ...CADRE, ...OVERSEERS],
  /** Convene a sitting, table and vote motions, inspect, draft reports (members; the chair only as one). */
  supervise: SUPERVISORS,
  /** Report a correction ordered by the committee as done (责成办理 → 整改). */
  answerCorrection: CADRE,
});
