/** The one word of 收益分配 a phone page draws: the village menu’s entry (i18n/phone.zh-CN.ts). */
export const distributionMenuZhCN = {
  'distribution.menu': '收益分配',
};
