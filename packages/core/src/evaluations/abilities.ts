import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';

const SUPERVISORS = ['supervisionChair', 'supervisionMember'] as const;

export const EVALUATIONS_ABILITIES = defineAbilities({
  /** The rounds, turnout and (once counted) results: cadres, supervisors, representatives, the town and county. */
  readEvaluations: [...CADRE, ...SUPERVISORS, 'representative', ...OVERSEERS],
  /**
   * Host a round (民主评议由村务监督机构主持): create it, enter paper sheets, count and publish.
   * The command checks the seat again on the round's date.
   */
  hostEvaluations: SUPERVISORS,
  /** See one's own sheet and hand it in: whether one is an evaluator of the round is checked inside. */
  rateEvaluations: ['villager'],
});
