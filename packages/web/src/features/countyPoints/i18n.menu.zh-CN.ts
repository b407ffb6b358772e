/** The one word of 积分换项目 a phone page draws: the village menu's entry (i18n/phone.zh-CN.ts). */
export const countyPointsMenuZhCN = {
  'countyPoints.menu': '积分换项目',
};
