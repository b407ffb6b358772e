/** The one word of mediation a phone page draws: the village menu's entry (i18n/phone.zh-CN.ts). */
export const disputesMenuZhCN = {
  'disputes.menu': '人民调解',
};
