import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';

/**
 * 代办 and the paper ⇄ online reconciliation. The cadres act for any villager of the village
 * with consent; a villager acts for a member of their own household with consent (checked in
 * the command against the register), and reads and revokes their own 代办记录. The supervision
 * committee signs a meeting's reconciliation report; the cadres and the town read it.
 */
export const ASSISTANCE_ABILITIES = defineAbilities({
  /** Record a villager's consent and act for them (check-in, service order, question). */
  assistVillagers: CADRE,
  /** Act for a member of one's household with their consent; one's own 代办记录. */
  ownAssistance: ['villager'],
  /** A meeting's paper ⇄ online reconciliation and its printed report. */
  readReconciliation: [...CADRE, 'supervisionChair', 'supervisionMember', ...OVERSEERS],
  /**
   * An election round's reconciliation: the readers above, and the members of that election's
   * 村民选举委员会 who enter the printed roll — chosen per election, no body with seats, so they
   * pass as villagers and the route checks the seat (the others get 403).
   */
  readElectionReconciliation: ['villager', ...OVERSEERS],
  /** Sign the reconciliation report (the supervision committee). */
  signReconciliation: ['supervisionChair', 'supervisionMember'],
});
