/** The words of the village rules a phone page draws: the village menu's entry (i18n/phone.zh-CN.ts). */
export const villageRulesMenuZhCN = {
  'villageRules.menu': '村规民约',
};
