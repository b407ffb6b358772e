import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';

/**
 * Mediation (人民调解). The committee's mediators keep the cases; the village's cadres and the
 * town and county read them (the 台账, 三调联动); the steps themselves are checked again by the
 * dispute's machine (machine.ts), which names who may take each.
 */
export const DISPUTES_ABILITIES = defineAbilities({
  /** The disputes list, a dispute's page, its 调解协议书 and the 台账. */
  readDisputes: ['mediator', ...CADRE, ...OVERSEERS],
  /** Register a dispute and take it through mediation, agreement and confirmation. */
  mediateDisputes: ['mediator'],
  /** The town's step of a dispute referred up (also through the town inbox). */
  handleTownDisputes: ['townOfficial'],
});
