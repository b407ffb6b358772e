/**
 * The kinds of act the audit log filters by (审计记录分类), each the set of target types its
 * acts are about. The village's, town's and county's own acts show only under "all".
 */
export const AUDIT_KIND_TARGETS = {
  registry: ['person', 'household', 'rosterImport'],
  bodies: ['body', 'account'],
  decisions: ['matter', 'resolution', 'authorisation', 'rule', 'demand'],
  meetings: ['meeting', 'motion'],
  disclosure: ['notice'],
  finance: ['voucher', 'financePeriod', 'financeStatement', 'financeBudget'],
  spending: ['spendingRequest', 'spendingHold'],
  supervision: [
    'supervisionMotion',
    'supervisionPlan',
    'supervisionInspection',
    'supervisionCorrection',
    'supervisionReport',
    // the complaints station's affairs complaints (a discipline one's acts are on the county's chain)
    'complaint',
  ],
  responsibilityAudits: ['responsibilityAudit', 'auditDemand'],
  archive: ['archiveItem', 'archive'],
  evaluations: ['evaluationRound'],
  serviceLists: ['serviceQuarter', 'serviceProject'],
  villageRules: ['villageRulesVersion'],
} as const satisfies Record<string, readonly string[]>;

export type AuditKind = keyof typeof AUDIT_KIND_TARGETS;

export const AUDIT_KINDS = Object.keys(AUDIT_KIND_TARGETS) as [AuditKind, ...AuditKind[]];
