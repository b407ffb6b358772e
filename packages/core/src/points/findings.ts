/**
 * The messages of the points scheme's findings (joined into rules/findings.ts's catalog): what
 * the rule asks and what the case has, and what to do next.
 */
export const POINTS_FINDING_MESSAGES = {
  points_scheme_unadopted: {
    zh: '{on}没有经村民代表会议或村民会议表决通过并已施行的积分制管理办法，不能评定积分；请先将办法提交会议表决',
    en: 'No points scheme adopted by the representatives or the assembly is in force on {on}: adopt one first',
  },
  points_checker_is_proposer: {
    zh: '申报人不能审核自己申报的积分，请由{body}的其他成员审核',
    en: 'The proposer may not check their own award: another member of the {body} must',
  },
  points_checker_not_reviewer: {
    zh: '积分由{body}成员审核，{name}不是{body}成员',
    en: 'Awards are checked by members of the {body}; {name} is not a member of the {body}',
  },
  points_checker_relative: {
    zh: '审核人{name}是受益人{beneficiary}的近亲属（或同户成员），应当回避',
    en: 'Checker {name} is a close relative (or household member) of the beneficiary {beneficiary} and must stand aside',
  },
  points_evidence_missing: {
    zh: '“{item}”须有证明材料（照片、文件或平台记录），本申报尚无，请补充后再审核',
    en: '"{item}" needs evidence (a photo, a document or a platform record): add it before checking',
  },
  points_cap_reached: {
    zh: '“{item}”每{period}最多{cap}分，{who}本{period}已有{already}分，本次{points}分将超出上限',
    en: '"{item}" is capped at {cap} points a {period}; {who} has {already} this {period} and {points} more would exceed it',
  },
  points_contest_late: {
    zh: '异议应在公示期内（{starts}至{ends}）提出，{on}已过公示期',
    en: 'A contest is lodged within the publicity period ({starts} to {ends}); {on} is outside it',
  },
  points_contest_not_party: {
    zh: '只有受益人本人或其户内成员可以对该积分提出异议',
    en: 'Only the beneficiary or a member of their household may contest this award',
  },
} as const satisfies Record<string, { zh: string; en: string }>;
