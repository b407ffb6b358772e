import { CADRE, defineAbilities, OVERSEERS } from '../../policies/groups.ts';

/**
 * The organisation's books, bank accounts and the members' remedies. The two committees keep
 * the books in practice (the law lets them hold the council's seats, Art. 34) and the town's
 * agency accountant books with them (村账乡代管); the village's supervisors read them; the
 * supervision committee records a written request to sue and the supervisors' answer. A villager
 * who is a member sees their own shares, dividends, the accounts and the minutes on the phone.
 */
export const COLLECTIVE_BOOKS_ABILITIES = defineAbilities({
  readCollectiveBooks: [...CADRE, 'supervisionChair', 'supervisionMember', ...OVERSEERS],
  keepCollectiveBooks: [...CADRE, 'townOfficial'],
  recordDerivativeRequests: [...CADRE, 'supervisionChair', 'supervisionMember'],
  ownCollective: ['villager'],
});
