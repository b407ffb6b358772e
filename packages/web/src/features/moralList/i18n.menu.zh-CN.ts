/** The board's word in the village menu, which frames phone pages too (i18n/phone.zh-CN.ts). */
export const moralListMenuZhCN = {
  'moralList.menu': '道德红黑榜',
};
