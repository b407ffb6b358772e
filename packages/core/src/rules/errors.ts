import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The errors of 规则与章程（rules）: ids are stable (API, UI, tests); messages zh-CN first. */
export const RULES_ERRORS = defineErrors({
  override_refused: {
    status: 422,
    zh: '村规民约、自治章程只能比法律规定更严格，不能放宽',
    en: 'A village charter may only make a statutory rule stricter, never looser',
  },
  looser_than_statute: {
    status: 422,
    zh: '比法律规定更宽松（法定值：{statutory}）',
    en: 'is looser than the statute (statutory value: {statutory})',
  },
  rule_refused: {
    status: 422,
    // the server always answers with the finding's own sentence and article; this is only its fallback
    zh: '不符合法律、法规或本村章程的规定',
    en: 'Refused by the law, a regulation or the village charter',
  },
  // meetings and votes
});

/** What these messages can name (`not_found`'s `{what}`). */
export const RULES_NOUNS = defineNouns({
  charterOverride: { zh: '章程条款', en: 'charter clause' },
});
