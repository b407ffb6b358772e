import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The errors of 村务监督 (supervision): ids are stable (API, UI, tests); messages zh-CN first. */
export const SUPERVISION_ERRORS = defineErrors({
  motion_not_open: {
    status: 409,
    zh: '该表决事项已有结果，不能再投票',
    en: 'This motion has been decided; it can no longer be voted on',
  },
  motion_pending: {
    status: 409,
    zh: '该事项已有一项正在表决的动议，请待表决结束',
    en: 'A motion on this is already being voted on; wait for its outcome',
  },
  voter_not_present: {
    status: 422,
    zh: '只有到会委员的表决才能记录：{name} 未登记到会',
    en: 'Only members recorded present may vote: {name} is not recorded present',
  },
  sitting_window: {
    status: 422,
    zh: '网上表决的截止日期须在今天或以后，且不超过 {days} 天',
    en: 'The last day to vote must be today or later, and at most {days} days away',
  },
  inspection_concluded: {
    status: 409,
    zh: '该项检查已经作出结论，不能再修改',
    en: 'This inspection has been concluded; it can no longer be changed',
  },
  report_not_draft: {
    status: 409,
    zh: '该报告已提交表决或已发布，不能再修改',
    en: 'This report has been put to the vote or published; it can no longer be changed',
  },
  correction_closed: {
    status: 409,
    zh: '该项整改已经验收，不能再修改',
    en: 'This correction has been verified; it can no longer be changed',
  },
  correction_not_done: {
    status: 409,
    zh: '被责成方尚未报告整改完成，不能验收',
    en: 'The body ordered has not reported the correction done; it cannot be verified yet',
  },
  due_before_order: {
    status: 422,
    zh: '整改期限须晚于责成之日',
    en: 'The deadline must fall after the day the correction is ordered',
  },
  motion_window_open: {
    status: 409,
    zh: '网上表决截至 {closesOn}，尚有委员未表决，期满后方可计票',
    en: 'Members may vote until {closesOn} and some have not; count it after that day',
  },
  voucher_unknown: {
    status: 422,
    zh: '账上没有这些凭证号：{numbers}',
    en: 'The books have no voucher numbered {numbers}',
  },
  plan_exists: {
    status: 409,
    zh: '{year} 年度监督计划已经通过，不能重复制定',
    en: 'The supervision plan for {year} has already been adopted',
  },
});

export const SUPERVISION_NOUNS = defineNouns({
  supervisionSitting: { zh: '监督委员会会议', en: 'supervision sitting' },
  supervisionMotion: { zh: '表决事项', en: 'motion' },
  supervisionInspection: { zh: '监督检查', en: 'inspection' },
  supervisionReport: { zh: '监督报告', en: 'supervision report' },
  supervisionCorrection: { zh: '责成整改事项', en: 'correction' },
  supervisionPlan: { zh: '监督计划', en: 'supervision plan' },
  supervisionEvidence: { zh: '检查证据文件', en: 'evidence file' },
});
