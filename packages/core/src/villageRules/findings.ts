/**
 * The messages of the village-rules findings (joined into rules/findings.ts's catalog).
 * A param {what} carries whatEn for the English text.
 */
export const VILLAGE_RULES_FINDING_MESSAGES = {
  illegal_content: {
    zh: '“{excerpt}”含有{what}的内容，村规民约和村民会议、村民代表会议的决定不得有这样的内容，应当修改',
    en: '"{excerpt}" contains {what}; village rules and decisions of the assembly or the representatives may not, and it must be changed',
  },
} as const satisfies Record<string, { zh: string; en: string }>;
