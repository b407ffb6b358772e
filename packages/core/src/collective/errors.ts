import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The errors of the collective economic organisation that are not a rule's refusal (those cite it). */
export const COLLECTIVE_ERRORS = defineErrors({
  collective_reserve_rate: {
    status: 400,
    zh: '公积公益金提取比例须大于0且小于100%（依法应当先提取公积公益金）',
    en: 'The reserve rate must be above 0 and below 100% (the law takes the reserve first)',
  },
  collective_rate_invalid: {
    status: 400,
    zh: '比例须大于0且小于100%',
    en: 'must be above 0 and below 100%',
  },
  collective_rates_exceed: {
    status: 400,
    zh: '公积公益金比例与交纳村民委员会的比例合计须小于100%，否则成员无可分配收益',
    en: 'The reserve and the committee’s rate together must be below 100%, or nothing is left for the members',
  },
  collective_fixed_payment: {
    status: 400,
    zh: '固定金额须大于0',
    en: 'The fixed amount must be above zero',
  },
  collective_share_classes_empty: {
    status: 400,
    zh: '至少设置一种股份（人口股、农龄股或土地股）',
    en: 'Set at least one share class (population, farming years or land)',
  },
  collective_share_class_twice: {
    status: 400,
    zh: '同一种股份只能设置一次',
    en: 'Each share class may appear once',
  },
  collective_share_weight: {
    status: 400,
    zh: '折股数须为1至{max}的整数',
    en: 'must be a whole number from 1 to {max}',
  },
  collective_static_newborn: {
    status: 400,
    zh: '静态管理（生不增、死不减）下新增人员不配股，请选择“不配股”或改为动态管理',
    en: 'Static shares (生不增、死不减) give newcomers none: choose "none" or dynamic shares',
  },
  collective_static_adjustment: {
    status: 400,
    zh: '静态管理的股权不作定期调整，请不要填写调整周期',
    en: 'Static shares are not adjusted: leave the adjustment period empty',
  },
  collective_adjust_years: {
    status: 400,
    zh: '动态管理须写明每几年调整一次（1至{max}年）',
    en: 'Dynamic shares need an adjustment period (1 to {max} years)',
  },
  collective_decision_looser: {
    status: 400,
    zh: '成员大会作出决定须经全体成员三分之二以上同意，章程只能规定更高的比例',
    en: 'The members’ assembly decides by at least 2/3 of all members; a charter may only ask more',
  },
  collective_too_many_reasons: {
    status: 400,
    zh: '其他情形最多{max}条',
    en: 'At most {max} other reasons',
  },
  collective_reason_art18: {
    status: 400,
    zh: '“{reason}”属于法律规定不丧失成员身份的情形（就学、服役、务工、经商、离婚、丧偶、服刑，或结婚未取得其他组织成员身份），不能写入章程',
    en: '"{reason}" is a case in which the law keeps membership (study, service, work, business, divorce, widowhood, prison, marrying out): it cannot be in the charter',
  },
  collective_code_invalid: {
    status: 400,
    zh: '统一社会信用代码应为18位（数字和大写字母，不含I、O、Z、S、V），且校验位正确',
    en: 'A unified social credit code is 18 characters (digits and capitals without I, O, Z, S, V) with a valid check character',
  },
  collective_org_exists: {
    status: 409,
    zh: '本{level}已登记集体经济组织“{name}”，一个村（组）只设一个',
    en: 'This {level} already has an organisation ("{name}")',
  },
  collective_group_required: {
    status: 400,
    zh: '组级集体经济组织须选择所属村民小组',
    en: 'A group-level organisation names its villager group',
  },
  collective_resolution_unfit: {
    status: 422,
    zh: '所选决议不能作为依据：应为本组织{meeting}的有效决议',
    en: 'This resolution cannot be relied on: it must be a valid resolution of this organisation’s {meeting}',
  },
  collective_resolution_power: {
    status: 422,
    zh: '所选决议不是关于“{power}”的决议，请选择成员大会就此事项作出的决议',
    en: 'This resolution is not on "{power}": choose the members’ assembly’s resolution on it',
  },
  collective_adoption_source: {
    status: 400,
    zh: '请选择成员大会通过章程的决议；纸质决议只能用于登记本组织在平台启用前通过的第一版章程',
    en: 'Choose the members’ assembly resolution; a paper resolution records only the first charter, adopted before the platform',
  },
  collective_already_member: {
    status: 409,
    zh: '{name}已是本组织成员（名册第{registerNo}号）',
    en: '{name} is already a member (register no. {registerNo})',
  },
  collective_not_member: {
    status: 409,
    zh: '{name}现在不是本组织成员',
    en: '{name} is not a member now',
  },
  collective_still_member: {
    status: 409,
    zh: '{name}的成员身份未曾取消，无需恢复',
    en: '{name} is a member: there is nothing to restore',
  },
  collective_no_reform: {
    status: 422,
    zh: '本组织未登记产权制度改革日期，不能按改革时已确认的成员登记；请先登记改革日期',
    en: 'The organisation has no property-rights reform date: record it first',
  },
  collective_born_after_reform: {
    status: 400,
    zh: '{name}出生于产权制度改革之后，须经成员大会确认',
    en: '{name} was born after the reform and must be confirmed by the members’ assembly',
  },
  collective_birth_no_member_parent: {
    status: 400,
    zh: '{name}出生时其父母都不是本组织成员，不能按“成员生育”确认；请选择结婚、收养、政策性移民或其他',
    en: 'Neither of {name}’s parents was a member at the birth: choose another ground',
  },
  collective_before_since: {
    status: 400,
    zh: '不能早于其成员身份取得之日（{since}）',
    en: 'cannot be earlier than the day membership began ({since})',
  },
});

/** What these messages can name. */
export const COLLECTIVE_NOUNS = defineNouns({
  collectiveOrg: { zh: '集体经济组织', en: 'collective economic organisation' },
  collectiveCharter: { zh: '集体经济组织章程', en: 'charter of the collective' },
  collectiveMember: { zh: '集体经济组织成员', en: 'member of the collective' },
});
