/** The words of the village rules a phone page draws: the village and town menus' entries (i18n/phone.zh-CN.ts). */
export const villageRulesMenuZhCN = {
  'villageRules.menu': '村规民约',
  'villageRules.town.menu': '各村村规民约',
  'villageRules.home.link': '本村村规民约（现行文本）',
};
