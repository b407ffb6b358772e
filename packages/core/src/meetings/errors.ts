import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The errors of 会议与表决（meetings）: ids are stable (API, UI, tests); messages zh-CN first. */
export const MEETINGS_ERRORS = defineErrors({
  already_voted: { status: 409, zh: '您已经投过票了', en: 'You have already voted' },
  meeting_not_open: {
    status: 409,
    zh: '会议尚未开始或已经结束',
    en: 'The meeting is not in session',
  },
  meeting_not_planned: {
    status: 409,
    zh: '会议已经开始、结束或取消，不能再这样修改',
    en: 'The meeting has already started, ended or been cancelled',
  },
  meeting_not_yet: {
    status: 409,
    zh: '会议定于 {date} 召开，当天才能开始',
    en: 'The meeting is set for {date}; it cannot start earlier',
  },
  motion_not_open: {
    status: 409,
    zh: '该事项不在表决中',
    en: 'This motion is not open for voting',
  },
  motion_still_open: {
    status: 409,
    zh: '还有事项正在表决，请先结束表决',
    en: 'Another motion is still being voted on; close it first',
  },
  motion_by_hand: {
    status: 409,
    zh: '该事项以举手方式表决，由会议记录人登记票数',
    en: 'This motion is voted by show of hands; the clerk records the count',
  },
  not_eligible_to_vote: {
    status: 403,
    zh: '您不是本次会议有表决权的人员',
    en: 'You are not entitled to vote at this meeting',
  },
  not_checked_in: {
    status: 403,
    zh: '请先签到，签到后才能投票',
    en: 'Check in first; only those present may vote',
  },
  not_meeting_attendee: {
    status: 403,
    zh: '您不是本次会议的应到人员，也不是村务监督委员会成员',
    en: 'You are neither due to attend this meeting nor a supervision committee member',
  },
  not_meeting_member: {
    status: 400,
    zh: '不是本次会议的应到人员（有表决权的人员）',
    en: 'is not entitled to attend and vote at this meeting',
  },
  not_supervision_member: {
    status: 400,
    zh: '不是村务监督委员会成员',
    en: 'is not a member of the supervision committee',
  },
  count_exceeds_present: {
    status: 400,
    zh: '赞成、反对、弃权合计 {total} 票，超过到会 {present} 人',
    en: '{total} votes in all is more than the {present} present',
  },
  yes_exceeds_base: {
    status: 400,
    zh: '赞成 {yes} 票，超过{base} {baseCount} 人：只有{base}的赞成票计入',
    en: '{yes} in favour is more than the {baseCount} {base}: only their votes count',
  },
  demand_closed: {
    status: 409,
    zh: '已根据该提议召集会议，不再征集签名',
    en: 'A meeting has been convened on this demand; it takes no more signatures',
  },
  demand_not_signable: {
    status: 403,
    zh: '只有{who}可以在该提议上签名',
    en: 'Only {whoEn} may sign this demand',
  },
});

/** What these messages can name (`not_found`'s `{what}`). */
export const MEETINGS_NOUNS = defineNouns({
  meeting: { zh: '会议', en: 'meeting' },
  motion: { zh: '表决事项', en: 'motion' },
  demand: { zh: '会议提议', en: 'meeting demand' },
});
