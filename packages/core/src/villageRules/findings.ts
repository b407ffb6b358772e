/**
 * The messages of the village-rules findings (joined into rules/findings.ts's catalog).
 * A param {what} carries whatEn for the English text (so do {clauses} and {clausesEn}).
 */
export const VILLAGE_RULES_FINDING_MESSAGES = {
  illegal_content: {
    zh: '“{excerpt}”含有{what}的内容，村规民约和村民会议、村民代表会议的决定不得有这样的内容，应当修改',
    en: '"{excerpt}" contains {what}; village rules and decisions of the assembly or the representatives may not, and it must be changed',
  },
  village_rules_flags_open: {
    zh: '乡镇审核尚有 {count} 个问题未处理（{clauses}），须修改或说明后才能通过审核',
    en: 'The review has {count} open flags (clauses {clauses}); they must be corrected or answered before it can pass',
  },
  village_rules_women_absent: {
    zh: '村规民约表决应有妇女参会：到会 {present} 人中妇女 {count} 名，至少应有 {min} 名',
    en: 'Women must take part in the vote on village rules: of the {present} present, {count} were women; at least {min} are needed',
  },
  village_rules_filing_late: {
    zh: '村规民约应在表决通过后 {days} 日内报乡镇备案：{adoptedOn} 通过，应于 {dueOn} 前备案',
    en: 'Village rules are filed with the township within {days} days of adoption: adopted {adoptedOn}, due by {dueOn}',
  },
} as const satisfies Record<string, { zh: string; en: string }>;
