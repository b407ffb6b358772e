import { defineErrors } from '../errorCatalog.ts';

/**
 * The errors the server meets running recalls, office endings and by-elections
 * (features/elections/recall) that are not a rule's refusal (those are RuleRefusal
 * with the finding's sentence and article). Joined in core/src/errors.ts.
 */
export const RECALL_SERVER_ERRORS = defineErrors({
  recall_member_not_serving: {
    status: 400,
    zh: '不是村民委员会或村务监督委员会的在任成员',
    en: 'is not a serving member of the villagers’ committee or the supervision committee',
  },
  recall_open_exists: {
    status: 409,
    zh: '对 {name} 已有一项罢免要求尚未投票',
    en: 'A recall request against {name} is still open',
  },
  recall_signer_duplicate: {
    status: 400,
    zh: '已经联名，同一人不能签名两次',
    en: 'has signed already; one signature per person',
  },
  recall_signer_not_voter: {
    status: 400,
    zh: '不是本村有选举权的村民，也不是村民代表，不能联名',
    en: 'is neither a voter of this village nor a representative, so may not sign',
  },
  recall_signer_is_member: {
    status: 400,
    zh: '是被要求罢免的成员本人，不能联名',
    en: 'is the member facing recall and may not sign',
  },
  recall_signatures_closed: {
    status: 409,
    zh: '罢免要求已于 {on} 提出，联名已截止',
    en: 'The recall request was made on {on}; signatures are closed',
  },
  recall_own_case: {
    status: 403,
    zh: '被要求罢免的成员本人不能办理本罢免事项',
    en: 'The member facing recall may not run their own recall',
  },
  recall_not_scheduled: {
    status: 409,
    zh: '罢免投票尚未确定日期',
    en: 'The recall vote has no date yet',
  },
  recall_count_exceeds: {
    status: 400,
    zh: '不能多于{what}（{max}）',
    en: 'cannot be more than {whatEn} ({max})',
  },
  office_already_ended: {
    status: 409,
    zh: '{name} 的职务已于 {on} 终止',
    en: 'The office of {name} ended on {on}',
  },
  byelection_no_vacancy: {
    status: 400,
    zh: '该机构本届只有 {vacant} 个空缺',
    en: 'the body has {vacant} vacant seats this term',
  },
  byelection_role_not_allowed: {
    status: 400,
    zh: '不是该机构的职务',
    en: 'is not a post of this body',
  },
  byelection_members_mismatch: {
    status: 400,
    zh: '应为 {expected} 人（当日在任的村民代表，或本村十八周岁以上的村民）',
    en: 'should be {expected} (the representatives serving that day, or the village’s adults)',
  },
  byelection_candidate_unknown: {
    status: 400,
    zh: '不在本次补选的候选人名单上',
    en: 'is not on this by-election’s candidate list',
  },
});
