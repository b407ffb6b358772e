/**
 * What the committee acts on by motion (seed 002 figure 4). Each kind names
 * what a carried motion does; the server applies it in the transaction that
 * records the outcome.
 */
export const MOTION_KINDS = [
  /** 审核议程: approve or return a meeting's agenda before it is convened. */
  'agendaReview',
  /** 年度监督计划: adopt the year's plan of inspections. */
  'plan',
  /** 检查结论: conclude an inspection (no issue, 责成办理, 暂停执行, 报镇纪委). */
  'inspectionOutcome',
  /** 发布监督报告 / 财务监督报告:须经半数以上委员投票通过. */
  'report',
  /** 暂停支付: hold a payment (seed 002: 联名提出暂缓支付, the committee votes). */
  'hold',
  /** 解除暂停支付 by the committee's own vote, where the profile allows it. */
  'holdRelease',
] as const;
export type MotionKind = (typeof MOTION_KINDS)[number];

export const MOTION_KIND_NAMES: Record<MotionKind, { zh: string; en: string }> = {
  agendaReview: { zh: '审核会议议程', en: 'Review of a meeting agenda' },
  plan: { zh: '年度监督计划', en: "The year's supervision plan" },
  inspectionOutcome: { zh: '检查结论', en: 'Conclusion of an inspection' },
  report: { zh: '发布监督报告', en: 'Publication of a report' },
  hold: { zh: '暂停支付', en: 'Hold on a payment' },
  holdRelease: { zh: '解除暂停支付', en: 'Release of a payment hold' },
};
