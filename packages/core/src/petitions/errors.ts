import { defineErrors, defineNouns } from '../errorCatalog.ts';

/**
 * The errors of 信访: ids are stable (API, UI, tests); messages zh-CN first. A refusal under the
 * regulations cites its article in words (never the rule id, which stays in code and tests).
 */
export const PETITIONS_ERRORS = defineErrors({
  petition_identity_required: {
    status: 400,
    zh: '信访事项实名登记：须填写信访人的真实姓名和身份证号码',
    en: "A petition is registered in the petitioner's real name: give the name and ID number",
  },
  petition_reps_none: {
    status: 422,
    zh: '多人走访提出共同的信访事项，应当推选代表（《信访工作条例》第二十条）',
    en: 'A group visit names representatives (Letters and Visits Regulations, Art. 20)',
  },
  petition_reps_too_many: {
    status: 422,
    zh: '多人走访推选的代表不得超过{max}人，现有{count}人（《信访工作条例》第二十条）',
    en: 'A group visit names at most {max} representatives; there are {count} (Letters and Visits Regulations, Art. 20)',
  },
  petition_objection_late: {
    status: 422,
    zh: '对交办事项有异议，应当在收到之日起{days}个工作日内提出，最后一日为{due}，已逾期（《信访工作条例》第二十三条）',
    en: 'An objection to an assignment is made within {days} working days of receiving it (last day {due}); too late (Letters and Visits Regulations, Art. 23)',
  },
  petition_extension_too_long: {
    status: 422,
    zh: '延长办理期限不得超过{max}日（《信访工作条例》第三十四条）',
    en: 'The time for handling may be extended by at most {max} days (Letters and Visits Regulations, Art. 34)',
  },
  petition_extension_again: {
    status: 422,
    zh: '办理期限已经延长过一次，不能再延长（《信访工作条例》第三十四条）',
    en: 'The time for handling has already been extended once (Letters and Visits Regulations, Art. 34)',
  },
  petition_extension_late: {
    status: 422,
    zh: '办理期限已于{due}届满，不能再延长（《信访工作条例》第三十四条）',
    en: 'The time for handling ran out on {due}; it can no longer be extended (Letters and Visits Regulations, Art. 34)',
  },
  petition_review_late: {
    status: 422,
    zh: '请求{stage}应当自收到书面答复之日起{days}日内提出，最后一日为{due}，已逾期（《信访工作条例》第三十五条、第三十六条）',
    en: 'A request for {stage} is made within {days} days of the written reply (last day {due}); too late (Letters and Visits Regulations, Arts. 35–36)',
  },
  petition_close_early: {
    status: 422,
    zh: '信访人可以在{due}前请求{stage}，期满后方可终结',
    en: 'The petitioner may ask for {stage} until {due}; the case closes after that',
  },
  petition_same_facts: {
    status: 422,
    zh: '该信访事项已经复核终结，信访人以同一事实和理由提出的信访事项不再受理（《信访工作条例》第三十六条）',
    en: 'This matter was closed after re-review; the same facts and reasons are not taken again (Letters and Visits Regulations, Art. 36)',
  },
  petition_hearing_dates: {
    status: 400,
    zh: '听证结束日期不能早于开始日期',
    en: 'The hearing cannot end before it starts',
  },
});

/** What these messages can name (`not_found`'s `{what}`). */
export const PETITIONS_NOUNS = defineNouns({
  petition: { zh: '信访事项', en: 'petition' },
  'petitionState.registered': { zh: '已登记', en: 'registered' },
  'petitionState.forwarded': { zh: '已转送', en: 'forwarded' },
  'petitionState.assigned': { zh: '已交办', en: 'assigned' },
  'petitionState.handling': { zh: '办理中', en: 'being handled' },
  'petitionState.answered': { zh: '已答复', en: 'answered' },
  'petitionState.reviewing': { zh: '复查中', en: 'under review' },
  'petitionState.reviewed': { zh: '已复查', en: 'reviewed' },
  'petitionState.reReviewing': { zh: '复核中', en: 'under re-review' },
  'petitionState.closed': { zh: '已终结', en: 'closed' },
  'petitionState.notAccepted': { zh: '不予受理', en: 'not accepted' },
  'petitionAction.forward': { zh: '转送', en: 'forward' },
  'petitionAction.assign': { zh: '交办', en: 'assign' },
  'petitionAction.object': { zh: '提出异议', en: 'object' },
  'petitionAction.accept': { zh: '受理', en: 'accept' },
  'petitionAction.refuse': { zh: '不予受理', en: 'refuse' },
  'petitionAction.extend': { zh: '延期', en: 'extend' },
  'petitionAction.answer': { zh: '出具处理意见书', en: 'answer' },
  'petitionAction.requestReview': { zh: '登记复查请求', en: 'record a review request' },
  'petitionAction.hearing': { zh: '登记听证', en: 'record a hearing' },
  'petitionAction.reviewOpinion': { zh: '出具复查意见', en: 'give the review opinion' },
  'petitionAction.requestReReview': { zh: '登记复核请求', en: 'record a re-review request' },
  'petitionAction.reReviewOpinion': { zh: '出具复核意见', en: 'give the re-review opinion' },
  'petitionAction.close': { zh: '终结', en: 'close' },
  'petitionRole.registrar': { zh: '登记该信访事项的村干部', en: 'the cadre who registered it' },
  'petitionRole.office': {
    zh: '镇信访办和承办部门',
    en: "the town's petition office and the handling department",
  },
});
