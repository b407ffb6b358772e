import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The errors of 一领四微 and the quarterly selections: ids are stable; zh-CN first. */
export const ACTIVITIES_ERRORS = defineErrors({
  selection_wrong_state: {
    status: 409,
    zh: '评选当前为“{state}”，不能进行此步',
    en: 'The selection is {state}: this step is not open',
  },
  selection_quarter_future: {
    status: 400,
    zh: '该季度尚未开始',
    en: 'that quarter has not begun',
  },
  selection_exists: {
    status: 409,
    zh: '{year}年第{quarter}季度的该项评选已经开始',
    en: 'This selection for Q{quarter} {year} already exists',
  },
  selection_self_nomination: {
    status: 422,
    zh: '个人推荐须推荐他人，不能推荐本人或本户（“组织+个人”推荐）',
    en: 'A personal nomination is of someone else, not oneself or one’s own household',
  },
  selection_nominee_kind: {
    status: 400,
    zh: '最美庭院须推荐一户，最美民星须推荐一位村民',
    en: 'A courtyard is a household’s; a village star is one villager',
  },
  selection_duplicate: {
    status: 409,
    zh: '本季度已推荐过该户（人）',
    en: 'Already nominated this quarter',
  },
  selection_no_nominations: {
    status: 422,
    zh: '还没有推荐对象，不能表决',
    en: 'There are no nominations to vote on',
  },
  selection_vote_counts: {
    status: 400,
    zh: '票数不符：到会人数不能多于代表人数，得票不能多于到会人数',
    en: 'The counts do not add up: present at most the representatives, votes at most those present',
  },
  selection_no_quorum: {
    status: 422,
    zh: '到会村民代表{present}人，未达组成人员三分之二以上（共{members}人），不能表决（《中华人民共和国村民委员会组织法》第二十六条）',
    en: '{present} of {members} representatives present: fewer than two-thirds, no vote (Organic Law, Art. 26)',
  },
  selection_votes_missing: {
    status: 400,
    zh: '须为每一位推荐对象登记得票',
    en: 'enter the votes of every nomination',
  },
  selection_strike_reason: {
    status: 400,
    zh: '不予确认须写明理由',
    en: 'write the reason for striking',
  },
  selection_review_resolution: {
    status: 400,
    zh: '须是村“两委”联席会议通过且未撤销的决议，通过日期不早于村民代表投票之日',
    en: "must be an unrevoked resolution of the two committees' joint meeting, adopted no earlier than the representatives' vote",
  },
  selection_meeting: {
    status: 400,
    zh: '须是村民代表会议',
    en: "must be a villagers' representatives' meeting",
  },
  selection_unreviewed: {
    status: 422,
    zh: '村“两委”尚未复审全部当选对象',
    en: 'The two committees have not reviewed every winner',
  },
  micro_unit_name_taken: {
    status: 409,
    zh: '已有同名的登记',
    en: 'is already used by another entry of this kind',
  },
  micro_unit_kind: {
    status: 400,
    zh: '须是{what}',
    en: 'must be a {what}',
  },
});

export const ACTIVITIES_NOUNS = defineNouns({
  microUnit: { zh: '阵地、组织或服务', en: 'micro-venue, organisation or service' },
  microActivity: { zh: '微活动', en: 'micro-activity' },
  selection: { zh: '评选', en: 'selection' },
  nomination: { zh: '推荐对象', en: 'nomination' },
  selection_nominating: { zh: '推荐中', en: 'taking nominations' },
  selection_voted: { zh: '代表已投票', en: 'voted' },
  selection_reviewed: { zh: '“两委”已复审', en: 'reviewed' },
  selection_published: { zh: '已公示', en: 'published' },
  micro_venue: { zh: '微阵地', en: 'micro-venue' },
  micro_organization: { zh: '微组织', en: 'micro-organisation' },
  micro_service: { zh: '微服务', en: 'micro-service' },
});
