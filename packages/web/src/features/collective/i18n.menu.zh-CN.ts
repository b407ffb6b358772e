/** The one word of the collective organisation a phone page draws: the village menu’s entry (i18n/phone.zh-CN.ts). */
export const collectiveMenuZhCN = {
  'collective.menu': '集体经济组织',
};
