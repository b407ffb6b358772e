import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';

const SUPERVISORS = ['supervisionChair', 'supervisionMember'] as const;

export const SPENDING_ABILITIES = defineAbilities({
  /** Spending requests, their approval chain, holds and payments: cadres, supervisors, the town and county. */
  readSpending: [...CADRE, ...SUPERVISORS, ...OVERSEERS],
  /** Hand in a spending request (经办), pay an approved one, take a hold to the representatives. */
  manageSpending: CADRE,
  /**
   * Sign a step of the approval chain; which step each may sign is checked by the chain
   * (审核 and 主任 by the committee, 监委会审核 by a supervisor, the town's accountant last).
   */
  approveSpending: [...CADRE, ...SUPERVISORS, 'townOfficial'],
  /** Propose and vote a hold on a payment, record the inspection, release by the committee's vote. */
  superviseSpending: SUPERVISORS,
});
