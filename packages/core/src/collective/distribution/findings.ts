/**
 * The messages of the distribution's findings (joined into rules/findings.ts's catalog).
 */
export const DISTRIBUTION_FINDING_MESSAGES = {
  distribution_reserve_missing: {
    zh: '收益分配方案未提取公积公益金：应当先按章程规定的比例（{rate}）提取公积公益金，再按成员的收益权份额分配',
    en: 'The plan sets no reserve: the reserve at the charter’s rate ({rate}) comes first, then the rest by shares',
  },
  distribution_reserve_short: {
    zh: '收益分配方案提取公积公益金的比例为{planRate}，低于章程规定的{rate}；请按章程比例提取后再分配',
    en: 'The plan’s reserve rate {planRate} is below the charter’s {rate}: set aside at least the charter’s rate first',
  },
  distribution_reports_unpublished: {
    zh: '年度报告、财务会计报告和收益分配方案尚未向成员公布，成员大会不能表决该方案；应当于会议召开十日前公布',
    en: 'The annual report, financial report and plan are not yet available to members: they must be ten days before the assembly votes',
  },
  distribution_reports_late: {
    zh: '年度报告、财务会计报告和收益分配方案于{publishedOn}公布，距{meetingOn}召开的会议不足{days}日（最早可于{earliest}表决）',
    en: 'The reports and plan were made available on {publishedOn}, fewer than {days} days before the meeting of {meetingOn} (the earliest vote is {earliest})',
  },
} as const;
