/**
 * The words of 信访 a phone page draws: the village menu's entry and the town menu's (the frame
 * around every page, phone ones too; i18n/phone.zh-CN.ts).
 */
export const petitionsMenuZhCN = {
  'petitions.menu': '信访登记',
  'petitions.office.menu': '信访办',
};
