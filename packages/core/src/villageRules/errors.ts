import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The errors of the village rules (村规民约): ids are stable (API, UI, tests); zh-CN first. */
export const VILLAGE_RULES_ERRORS = defineErrors({
  village_rules_in_progress: {
    status: 409,
    zh: '第 {number} 版村规民约正在制定中，一次只能制定一个版本',
    en: 'Version {number} of the village rules is in progress: one version at a time',
  },
  village_rules_text_fixed: {
    status: 422,
    zh: '第 {number} 版已提交乡镇审核，条文不能再修改；乡镇退回后可以修改',
    en: 'Version {number} has gone to the township: its clauses change only after the township returns it',
  },
  village_rules_no_clauses: {
    status: 422,
    zh: '草案还没有条文，不能提请乡镇审核',
    en: 'The draft has no clauses yet and cannot go to the township',
  },
  village_rules_resolution_unknown: {
    status: 400,
    zh: '找不到该决议，请选择本村村民会议通过的决议',
    en: "No such resolution: choose one of this village's assembly resolutions",
  },
  village_rules_clause_unknown: {
    status: 400,
    zh: '第 {number} 条不存在',
    en: 'There is no clause {number}',
  },
  village_rules_flag_closed: {
    status: 409,
    zh: '该问题已于 {on} 处理',
    en: 'This flag was closed on {on}',
  },
  village_rules_not_in_review: {
    status: 422,
    zh: '只有在乡镇审核期间才能对条文提出或处理问题',
    en: 'Flags are raised and closed only while the township reviews the draft',
  },
});

/** What these messages can name: `{what}`, and a version's `{state}`, `{action}`, `{roles}`. */
export const VILLAGE_RULES_NOUNS = defineNouns({
  villageRulesVersion: { zh: '村规民约版本', en: 'version of the village rules' },
  villageRulesFlag: { zh: '审核问题', en: 'review flag' },
  villageRules_collecting: { zh: '征集民意', en: 'collecting opinions' },
  villageRules_drafting: { zh: '拟定草案', en: 'drafting' },
  villageRules_inReview: { zh: '乡镇审核中', en: 'in township review' },
  villageRules_approved: { zh: '审核通过', en: 'review passed' },
  villageRules_adopted: { zh: '村民会议表决通过', en: 'adopted by the assembly' },
  villageRules_filed: { zh: '已报乡镇备案', en: 'filed with the township' },
  villageRules_published: { zh: '已公布施行', en: 'published' },
  villageRules_correctionOrdered: { zh: '乡镇责令改正', en: 'correction ordered' },
  villageRules_superseded: { zh: '已被新版本取代', en: 'superseded' },
  villageRules_draft: { zh: '结束征集、拟定草案', en: 'close opinions and draft' },
  villageRules_submit: { zh: '提请乡镇审核', en: 'submit to the township' },
  villageRules_return: { zh: '退回修改', en: 'return for changes' },
  villageRules_pass: { zh: '审核通过', en: 'pass the review' },
  villageRules_adopt: { zh: '登记村民会议表决', en: "record the assembly's adoption" },
  villageRules_file: { zh: '报乡镇备案', en: 'file with the township' },
  villageRules_publish: { zh: '公布', en: 'publish' },
  villageRules_orderCorrection: { zh: '责令改正', en: 'order a correction' },
  villageRules_committee: { zh: '村“两委”', en: 'the two committees' },
  villageRules_township: { zh: '乡镇人民政府', en: 'the township government' },
});
