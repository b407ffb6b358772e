/**
 * Every kind of public notice (公告). The first four are the decisions' own (matters and
 * meetings); `financeStatement` is the ledger's monthly statement, `villageAffairs` and
 * `partyAffairs` the 村务 and 党务 notices published for the disclosure calendar,
 * `supervisionReport` the supervision committee's reports once its vote publishes them,
 * `evaluationResult` the results of a 民主评议 it hosted, `auditResult` the results of an
 * economic-responsibility audit (审计结果应当公布).
 */
export const NOTICE_KINDS = [
  'topic',
  'meeting',
  'resolution',
  'implementationResult',
  'financeStatement',
  'villageAffairs',
  'partyAffairs',
  'supervisionReport',
  'evaluationResult',
  'auditResult',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** The notices published from the disclosure page itself. */
export const AFFAIRS_KINDS = ['villageAffairs', 'partyAffairs'] as const;
export type AffairsKind = (typeof AFFAIRS_KINDS)[number];

export const NOTICE_KIND_NAMES: Record<NoticeKind, { zh: string; en: string }> = {
  topic: { zh: '议题公示', en: 'Topic notice' },
  meeting: { zh: '会议通知', en: 'Meeting notice' },
  resolution: { zh: '决议公告', en: 'Resolution notice' },
  implementationResult: { zh: '实施结果公告', en: 'Implementation result notice' },
  financeStatement: { zh: '财务公开', en: 'Finance statement' },
  villageAffairs: { zh: '村务公开', en: 'Village affairs notice' },
  partyAffairs: { zh: '党务公开', en: 'Party affairs notice' },
  supervisionReport: { zh: '监督报告', en: 'Supervision report' },
  evaluationResult: { zh: '民主评议结果', en: 'Democratic evaluation results' },
  auditResult: { zh: '经济责任审计结果', en: 'Economic-responsibility audit results' },
};

/** The notices the supervision committee issues (its name and seal on the printed notice). */
export const SUPERVISION_NOTICE_KINDS: readonly NoticeKind[] = [
  'supervisionReport',
  'evaluationResult',
];

/** 质询 (a question) or 异议 (an objection) on a published notice. */
export const QUESTION_KINDS = ['question', 'objection'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const QUESTION_KIND_NAMES: Record<QuestionKind, { zh: string; en: string }> = {
  question: { zh: '质询', en: 'Question' },
  objection: { zh: '异议', en: 'Objection' },
};
