import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The errors of 积分换项目 (county points for projects): stable ids, zh-CN first. */
export const COUNTY_POINTS_ERRORS = defineErrors({
  county_points_number_range: {
    status: 400,
    zh: '须为 {min} 至 {max} 的整数',
    en: 'must be a whole number from {min} to {max}',
  },
  county_points_indicator_twice: {
    status: 400,
    zh: '同一指标只能列一次',
    en: 'an indicator may be listed once',
  },
  county_points_tiers_gap: {
    status: 400,
    zh: '名次档次须从第 {from} 名起连续排到第 {to} 名，不得有空档或重叠',
    en: 'the rank tiers must run from rank {from} to rank {to} without gaps or overlaps',
  },
  county_points_tie_break_invalid: {
    status: 400,
    zh: '并列比较的指标须是本方案计分的指标，且不能重复',
    en: 'a tie-break must be a weighed indicator, named once',
  },
  county_points_year_taken: {
    status: 409,
    zh: '{year}年度的积分换项目方案已经建立',
    en: 'The scheme for {year} already exists',
  },
  county_points_not_town_indicator: {
    status: 422,
    zh: '“{indicator}”取自平台上的办理记录，不由乡镇填报',
    en: '"{indicator}" is counted from the platform\'s records, not reported by the town',
  },
  county_points_evidence_required: {
    status: 400,
    zh: '乡镇填报须附证明材料（文件名称、文号或说明）',
    en: 'the town’s figure needs its evidence (document, number or description)',
  },
  county_points_facts_missing: {
    status: 422,
    zh: '还有 {count} 项数据未填报或未经县级核实（如{village}的“{indicator}”），不能计算排名',
    en: '{count} figures are not reported or not verified by the county (e.g. {village}: "{indicator}"); the ranking cannot be computed',
  },
  county_points_verify_own: {
    status: 422,
    zh: '填报人不能核实自己填报的数据，须由县级另一名工作人员核实',
    en: 'Whoever reported a figure cannot verify it: another county official does',
  },
  county_points_contest_late: {
    status: 422,
    zh: '公示期至{due}止，已过公示期，不能再提出异议',
    en: 'The publicity period ended on {due}: it is too late to contest',
  },
  county_points_publicity_running: {
    status: 422,
    zh: '公示期至{due}止，公示期满后方可确定最终排名',
    en: 'The publicity period runs to {due}: the ranking is final only after it',
  },
  county_points_contests_open: {
    status: 422,
    zh: '还有 {count} 件异议尚未处理，处理完毕后方可确定最终排名',
    en: '{count} contests are undecided: decide them before the ranking is final',
  },
  county_points_contest_decided: {
    status: 409,
    zh: '该异议已经处理',
    en: 'This contest has already been decided',
  },
  county_points_reason_required: {
    status: 400,
    zh: '请写明理由',
    en: 'give the reason',
  },
});

/** What these messages can name, and the scheme's states and steps (prefixed). */
export const COUNTY_POINTS_NOUNS = defineNouns({
  countyPointsScheme: { zh: '积分换项目方案', en: 'points-for-projects scheme' },
  countyPointsContest: { zh: '异议', en: 'contest' },
  countyPointsFact: { zh: '填报数据', en: 'reported figure' },
  countyPoints_collecting: { zh: '数据采集中', en: 'collecting facts' },
  countyPoints_computed: { zh: '已计算', en: 'computed' },
  countyPoints_inPublicity: { zh: '公示中', en: 'in publicity' },
  countyPoints_final: { zh: '已确定', en: 'final' },
  countyPoints_awarded: { zh: '已奖励', en: 'awarded' },
  countyPoints_compute: { zh: '计算排名', en: 'compute the ranking' },
  countyPoints_reopen: { zh: '退回采集', en: 'reopen collection' },
  countyPoints_publish: { zh: '公示', en: 'publish for publicity' },
  countyPoints_finalise: { zh: '确定最终排名', en: 'make the ranking final' },
  countyPoints_award: { zh: '下达项目奖励', en: 'award the projects' },
  countyPoints_report: { zh: '填报数据', en: 'report a figure' },
  countyPoints_verify: { zh: '核实数据', en: 'verify a figure' },
  countyPoints_contest: { zh: '提出异议', en: 'contest a figure' },
  countyPoints_decide: { zh: '处理异议', en: 'decide a contest' },
  countyPoints_county: { zh: '县级工作人员', en: 'county official' },
  countyPoints_town: { zh: '乡镇工作人员', en: 'town official' },
  countyPoints_village: {
    zh: '村党组织书记或村民委员会主任',
    en: 'Party secretary or committee chair',
  },
});
