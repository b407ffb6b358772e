import { defineErrors, defineNouns } from '../errorCatalog.ts';

const SOURCE = '（三清单：经村“两委”审议申报、乡镇党委评估备案）';
const SOURCE_EN =
  ' (three lists: reviewed and declared by the two committees, evaluated and filed by the town Party committee)';

/** The errors of the three lists (三清单, seed 004): ids are stable (API, UI, tests); zh-CN first. */
export const SERVICE_LISTS_ERRORS = defineErrors({
  service_quarter_invalid: {
    status: 400,
    zh: '季度须为 1 至 4',
    en: 'The quarter is 1 to 4',
  },
  service_lists_published: {
    status: 422,
    zh: '{quarter}的三张清单已于 {on} 公示，不能再修改；新的需求和资源请列入下一季度',
    en: 'The lists of {quarter} were published on {on} and no longer change: put new needs and resources on the next quarter’s',
  },
  service_lists_not_published: {
    status: 422,
    zh: '{quarter}的需求清单和资源清单尚未公示：服务项目须根据公示的村民需求和可借助资源设计',
    en: 'The needs and resources lists of {quarter} are not published yet: a project is designed for the published needs and resources',
  },
  service_lists_empty: {
    status: 422,
    zh: '需求清单为空，不能公示：请先列入本季度的村民需求',
    en: 'The needs list is empty: add this quarter’s needs before publishing',
  },
  service_lists_future: {
    status: 422,
    zh: '{quarter}尚未开始，不能公示该季度的清单',
    en: '{quarter} has not begun: its lists cannot be published yet',
  },
  service_project_needs_required: {
    status: 400,
    zh: '请至少选择一项本季度需求清单上的需求',
    en: 'Choose at least one need from this quarter’s list',
  },
  service_project_need_unlisted: {
    status: 400,
    zh: '所选需求不在本季度的需求清单上',
    en: 'A chosen need is not on this quarter’s needs list',
  },
  service_project_resource_unlisted: {
    status: 400,
    zh: '所选资源不在本季度的资源清单上',
    en: 'A chosen resource is not on this quarter’s resources list',
  },
  service_resource_amount: {
    status: 400,
    zh: '资金和捐赠须填写金额；人力和场地不填金额',
    en: 'Funds and donations have an amount; people and venues have none',
  },
  service_project_resolution_unknown: {
    status: 400,
    zh: '找不到该决议，请选择村“两委”联席会议通过的决议',
    en: 'No such resolution: choose one of the two committees’ joint meeting',
  },
  service_project_not_joint_meeting: {
    status: 422,
    zh: `该决议不是村“两委”联席会议作出的：服务项目须经村“两委”联席会议审议${SOURCE}`,
    en: `This resolution is not of the two committees’ joint meeting, which reviews a service project${SOURCE_EN}`,
  },
  service_project_resolution_revoked: {
    status: 422,
    zh: `该决议已被撤销，不能作为审议依据${SOURCE}`,
    en: `This resolution was revoked and cannot be the review${SOURCE_EN}`,
  },
  service_project_resolution_early: {
    status: 422,
    zh: `该决议早于项目设计（{designedOn}），不是对本项目的审议${SOURCE}`,
    en: `This resolution is older than the design ({designedOn}): it did not review this project${SOURCE_EN}`,
  },
  service_project_reason_required: {
    status: 400,
    zh: '退回须写明理由',
    en: 'A return states its reason',
  },
});

/** What these messages can name: `{what}`, and a project's `{state}`, `{action}`, `{roles}`. */
export const SERVICE_LISTS_NOUNS = defineNouns({
  serviceNeed: { zh: '需求', en: 'need' },
  serviceResource: { zh: '资源', en: 'resource' },
  serviceProject: { zh: '服务项目', en: 'service project' },
  serviceProject_designed: { zh: '已设计', en: 'designed' },
  serviceProject_reviewed: { zh: '两委已审议', en: 'reviewed' },
  serviceProject_declared: { zh: '已申报', en: 'declared' },
  serviceProject_filed: { zh: '已备案', en: 'filed' },
  serviceProject_returned: { zh: '已退回', en: 'returned' },
  serviceProject_running: { zh: '实施中', en: 'running' },
  serviceProject_completed: { zh: '已完成', en: 'completed' },
  serviceProject_withdrawn: { zh: '已撤销', en: 'withdrawn' },
  serviceProject_amend: { zh: '修改设计', en: 'amend the design' },
  serviceProject_review: { zh: '两委审议', en: 'review' },
  serviceProject_declare: { zh: '申报乡镇', en: 'declare to the town' },
  serviceProject_file: { zh: '评估备案', en: 'evaluate and file' },
  serviceProject_return: { zh: '退回', en: 'return' },
  serviceProject_revise: { zh: '修改后重新审议', en: 'revise' },
  serviceProject_start: { zh: '开始实施', en: 'start' },
  serviceProject_complete: { zh: '公布实施结果', en: 'publish the result' },
  serviceProject_withdraw: { zh: '撤销', en: 'withdraw' },
  serviceProject_committees: { zh: '村“两委”', en: 'the two committees' },
  serviceProject_town: { zh: '乡镇党委', en: 'the town Party committee' },
});
