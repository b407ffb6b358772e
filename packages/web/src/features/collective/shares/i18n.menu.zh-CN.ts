/** The one word of 股权量化 a phone page draws: the village menu's entry (i18n/phone.zh-CN.ts). */
export const sharesMenuZhCN = {
  'shares.menu': '股权量化',
};
