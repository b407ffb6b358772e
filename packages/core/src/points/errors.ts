import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The errors of the points scheme that are not a rule's refusal (those cite their rule). */
export const POINTS_ERRORS = defineErrors({
  points_item_cap: {
    status: 400,
    zh: '积分上限须为正整数，并选择按月、季度或年计',
    en: 'A cap is a positive whole number of points per month, quarter or year',
  },
  points_scheme_adopted: {
    status: 409,
    zh: '该版本已于{on}表决通过，已通过的版本不能修改或再次通过；如需修改请起草新版本',
    en: 'This version was adopted on {on}: adopted versions are never changed; draft a new version',
  },
  points_resolution_unfit: {
    status: 422,
    zh: '所选决议不能作为积分制管理办法的依据：{reason}',
    en: 'This resolution cannot adopt the points scheme: {reason}',
  },
  points_award_state: {
    status: 409,
    zh: '该积分申报当前为“{state}”，不能{action}',
    en: 'This award is {state}: it cannot be {action}',
  },
  points_evidence_not_honour: {
    status: 400,
    zh: '所引评选记录不是本户在已公布的评选中当选的记录（最美庭院、最美民星须经两委审核并公布后，方可作为积分依据）',
    en: 'The selection cited is not an honour of this household in a published selection (a courtyard or star counts only once the two committees confirmed and published it)',
  },
  points_beneficiary_required: {
    status: 400,
    zh: '“{item}”按人计分，请选择受益人',
    en: '"{item}" is awarded to a person: choose who',
  },
  points_item_not_in_scheme: {
    status: 422,
    zh: '该事项不在{on}施行的积分制管理办法（第{version}版）中',
    en: 'This item is not in the scheme version {version} in force on {on}',
  },
  points_nothing_to_publish: {
    status: 422,
    zh: '没有已审核待公示的积分申报',
    en: 'There are no checked awards waiting for publicity',
  },
  points_contest_open: {
    status: 409,
    zh: '该积分已有异议正在处理，请等待{body}作出决定',
    en: 'A contest of this award is open: wait for the {body} to decide',
  },
  points_contest_decided: {
    status: 409,
    zh: '对该积分的异议已于{on}处理完毕',
    en: 'A contest of this award was decided on {on}',
  },
});

/** What these messages can name. */
export const POINTS_NOUNS = defineNouns({
  pointsScheme: { zh: '积分制管理办法', en: 'points scheme' },
  pointsItem: { zh: '积分事项', en: 'points item' },
  pointsAward: { zh: '积分申报', en: 'points award' },
  pointsNotice: { zh: '积分公示', en: 'points notice' },
  pointsContest: { zh: '积分异议', en: 'points contest' },
  points_proposed: { zh: '待审核', en: 'awaiting its check' },
  points_returned: { zh: '已退回', en: 'returned' },
  points_checked: { zh: '已审核待公示', en: 'checked, awaiting publicity' },
  points_inPublicity: { zh: '已公示', en: 'published' },
  points_check: { zh: '审核', en: 'checked' },
  points_return: { zh: '退回', en: 'returned' },
});
