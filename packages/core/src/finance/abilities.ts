import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';

export const FINANCE_ABILITIES = defineAbilities({
  /**
   * The books: journal, vouchers with their receipts, trial balance, statements. The village's
   * cadres, the supervision committee (审核权: it reviews vouchers and disclosures) and the town
   * and county that oversee the collective's money (三资监管).
   */
  readFinance: [...CADRE, 'supervisionChair', 'supervisionMember', ...OVERSEERS],
  /**
   * Book vouchers, reverse them, attach receipts, set budgets, import books: the village's
   * bookkeeper (报账员, seated in the villagers' committee) and the town's agency accountant
   * (村账乡代管), who books for the village.
   */
  bookFinance: ['committeeChair', 'committeeMember', 'townOfficial'],
  /** Close a month (结账): the town's agency accountant, who keeps the village's books. */
  closeFinancePeriod: ['townOfficial'],
  /** Review and sign a month's statement before it is posted (监委会审核). */
  reviewFinanceStatement: ['supervisionChair', 'supervisionMember'],
  /** Publish a reviewed statement as a notice: the villagers' committee that discloses. */
  publishFinanceStatement: ['committeeChair', 'committeeMember'],
});
