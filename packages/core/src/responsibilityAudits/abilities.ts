import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';

const SUPERVISORS = ['supervisionChair', 'supervisionMember'] as const;

export const RESPONSIBILITY_AUDITS_ABILITIES = defineAbilities({
  /**
   * The audits and the villagers' demands for one: published results are for every villager
   * (审计结果应当公布); what is not yet published only for the cadres, the supervisors and the town.
   */
  readAudits: ['villager', ...CADRE, ...SUPERVISORS, 'representative', ...OVERSEERS],
  readUnpublishedAudits: [...CADRE, ...SUPERVISORS, ...OVERSEERS],
  /**
   * Arrange an audit, record its findings and publish them: the town (乡镇 organises it, its
   * 经管站 or a firm audits) and the supervision committee that follows it. Never the audited
   * cadres themselves.
   */
  recordAudits: [...SUPERVISORS, ...OVERSEERS],
  /** Start or sign a demand for an audit of other items: one's own voice, as a villager. */
  demandAudits: ['villager'],
  /** Enter signatures collected on paper: the supervisors and the town, not the audited cadres. */
  collectAuditSignatures: [...SUPERVISORS, ...OVERSEERS],
});
