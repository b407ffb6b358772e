import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The errors of the village Party organisation and 三会一课: ids are stable; zh-CN first. */
export const PARTY_ERRORS = defineErrors({
  party_unit_parent: {
    status: 400,
    zh: '党支部须设在党总支或村党委之下，党小组须设在党组织或党支部之下；村党组织本身不设上级',
    en: 'A sub-branch sits under a general branch or committee, a group under any branch; the village organisation has no parent here',
  },
  party_unit_exists: {
    status: 409,
    zh: '本村已有村党组织“{name}”，不能再设一个',
    en: 'The village already has its Party organisation “{name}”',
  },
  party_unit_name_taken: {
    status: 409,
    zh: '已有同名的党组织',
    en: 'A Party unit of that name exists',
  },
  party_basis_group: {
    status: 400,
    zh: '按村民小组设立的，须选择村民小组',
    en: 'A unit set up by villager group needs the group',
  },
  party_whereabouts_required: {
    status: 400,
    zh: '流动党员须填写流向（所在地或单位）',
    en: 'A migrant member needs their whereabouts',
  },
  party_formal_on: {
    status: 400,
    zh: '转正日期不能早于入党日期，预备党员不填转正日期',
    en: 'Conversion is on or after joining, and only for formal members',
  },
  party_not_member: {
    status: 400,
    zh: '{name}不是本单位的党员',
    en: '{name} is not a member of this unit',
  },
  party_not_committee: {
    status: 400,
    zh: '{name}不是该支部委员会的委员',
    en: '{name} does not sit on this committee',
  },
  party_meeting_kind: {
    status: 400,
    zh: '该单位不召开此类会议（党小组召开党小组会；支部委员会会议须已设立支部委员会）',
    en: 'This unit does not hold that kind of meeting',
  },
  party_rating_only_review: {
    status: 400,
    zh: '只有民主评议党员才登记评议等次',
    en: 'Ratings are recorded for the democratic appraisal only',
  },
  party_leave_reason: {
    status: 400,
    zh: '请假的须填写请假事由，未请假的不填',
    en: 'A leave needs its reason; others carry none',
  },
  party_venue: {
    status: 400,
    zh: '请选择党群服务阵地或填写地点（二选一）',
    en: 'Choose a venue or write the place (one of them)',
  },
  party_already_left: {
    status: 409,
    zh: '该党员已于此前转出或出党',
    en: 'This member has already left',
  },
  party_already_seated: {
    status: 409,
    zh: '{name}已是该支部委员会委员',
    en: '{name} already sits on this committee',
  },
});

export const PARTY_NOUNS = defineNouns({
  partyUnit: { zh: '党组织', en: 'Party unit' },
  partyMeeting: { zh: '会议记录', en: 'meeting record' },
  villagerGroup: { zh: '村民小组', en: 'villager group' },
  venue: { zh: '党群服务阵地', en: 'venue' },
});
