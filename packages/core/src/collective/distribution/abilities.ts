import { CADRE, defineAbilities, OVERSEERS } from '../../policies/groups.ts';

/**
 * Income distribution (收益分配). The two committees, who keep the organisation's affairs in
 * practice (Art. 34 lets them hold the council's seats), draft a year's plan, make its reports
 * available and record the members' assembly's adopting resolution; they and the town's agency
 * accountant (村账乡代管) record each dividend paid. The village's supervisors and the town and
 * county read the plans, lists and payments. Members see their own dividends on the phone
 * (collective books' `ownCollective`).
 */
export const DISTRIBUTION_ABILITIES = defineAbilities({
  readCollectiveDistribution: [...CADRE, 'supervisionChair', 'supervisionMember', ...OVERSEERS],
  planCollectiveDistribution: CADRE,
  payCollectiveDividends: [...CADRE, 'townOfficial'],
});
