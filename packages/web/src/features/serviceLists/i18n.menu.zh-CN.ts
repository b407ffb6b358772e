/** The words of the three lists a phone page draws: the village and town menus' entries (i18n/phone.zh-CN.ts). */
export const serviceListsMenuZhCN = {
  'serviceLists.menu': '三清单',
  'serviceLists.town.menu': '各村三清单',
};
