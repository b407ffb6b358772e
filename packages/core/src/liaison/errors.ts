import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The errors of grid liaison (片长, 党员联系户, 民情): ids are stable (API, UI, tests); zh-CN first. */
export const LIAISON_ERRORS = defineErrors({
  liaison_anonymous_identity: {
    status: 400,
    zh: '匿名反映不能填写反映人姓名或电话',
    en: 'An anonymous report carries no name or number',
  },
  liaison_merge_closed: {
    status: 409,
    zh: '只能并入仍在办理中的民情件（第{number}号已经反馈或办结）',
    en: 'A report can only be merged into a case still open (No. {number} is answered or closed)',
  },
  liaison_rating_over: {
    status: 422,
    zh: '评价期已于{date}届满，该件记为“未评价”，不能再评价（本村民情办理规则）',
    en: 'The rating period ended on {date}: the case stands as not rated (the village’s rules for issues raised)',
  },
  liaison_not_party_member: {
    status: 400,
    zh: '所选人员不是党员，不能联系农户',
    en: 'The person chosen is not a Party member',
  },
  liaison_household_linked: {
    status: 409,
    zh: '该户已由{name}联系，请先解除原联系再调整',
    en: 'This household is already linked to {name}: end that link first',
  },
  liaison_not_visitor: {
    status: 403,
    zh: '只有该户的联系党员或所在网格的片长可以登记走访',
    en: 'Only the household’s linked Party member or its grid chief may log a visit',
  },
  liaison_not_grid_chief: {
    status: 403,
    zh: '只有该网格的片长可以登记本网格的职责完成情况',
    en: 'Only the grid’s chief may log the grid’s duties',
  },
  liaison_route_target: {
    status: 400,
    zh: '须选择承办的村级组织或镇职能部门（只选一个）',
    en: 'Choose one village body or one town department to hand the case to',
  },
  liaison_cadre_case_body: {
    status: 422,
    zh: '反映村干部的民情由村务监督委员会办理，不能交村级组织，只能交镇职能部门',
    en: 'An issue about a cadre stays with the supervision committee: it may go to a town department, not to a village body',
  },
  liaison_concerned_cadre: {
    status: 403,
    zh: '反映的问题涉及本人，不能查看或办理',
    en: 'This case is about you: you may not read or handle it',
  },
  liaison_tracking_unknown: {
    status: 404,
    zh: '查询码不正确，请核对后重新输入',
    en: 'No issue has this tracking code: check it and try again',
  },
  liaison_visit_date: {
    status: 400,
    zh: '走访日期不能早于建立联系的日期（{date}）',
    en: 'A visit cannot be earlier than the day the link began ({date})',
  },
});

const STATE = defineNouns({
  'liaisonState.reported': { zh: '已上报', en: 'reported' },
  'liaisonState.acknowledged': { zh: '已签收', en: 'signed for' },
  'liaisonState.handling': { zh: '处置中', en: 'being handled' },
  'liaisonState.routed': { zh: '已流转', en: 'handed on' },
  'liaisonState.answered': { zh: '已反馈', en: 'answered' },
  'liaisonState.rated': { zh: '已评价', en: 'rated' },
  'liaisonState.unrated': { zh: '未评价', en: 'not rated' },
  'liaisonState.closed': { zh: '已关闭', en: 'closed' },
  'liaisonState.merged': { zh: '已合并', en: 'merged' },
});

const ACTION = defineNouns({
  'liaisonAction.acknowledge': { zh: '签收', en: 'sign for' },
  'liaisonAction.handle': { zh: '开始处置', en: 'start handling' },
  'liaisonAction.route': { zh: '流转', en: 'hand on' },
  'liaisonAction.answerRouted': { zh: '回复流转件', en: 'answer the handed-on case' },
  'liaisonAction.returnRouted': { zh: '退回流转件', en: 'return the handed-on case' },
  'liaisonAction.feedback': { zh: '反馈', en: 'answer the reporter' },
  'liaisonAction.rate': { zh: '评价', en: 'rate' },
  'liaisonAction.reopen': { zh: '不满意重办', en: 'reopen as dissatisfied' },
  'liaisonAction.close': { zh: '关闭', en: 'close' },
  'liaisonAction.merge': { zh: '合并', en: 'merge' },
});

const ROLE = defineNouns({
  'liaisonRole.reporter': { zh: '反映人', en: 'the reporter' },
  'liaisonRole.handler': { zh: '承办人', en: 'the handler' },
  'liaisonRole.assignee': {
    zh: '被流转的组织或部门',
    en: 'the body or department it was handed to',
  },
});

/** What these messages can name. */
export const LIAISON_NOUNS = defineNouns({
  liaisonCase: { zh: '民情件', en: 'issue' },
  liaisonDuty: { zh: '片长职责事项', en: 'duty item' },
  liaisonLink: { zh: '党员联系户', en: 'household link' },
  grid: { zh: '网格', en: 'grid' },
  ...STATE,
  ...ACTION,
  ...ROLE,
});
