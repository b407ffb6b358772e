/** 一领四微's word in the village menu, which frames phone pages too (i18n/phone.zh-CN.ts). */
export const activitiesMenuZhCN = {
  'activities.menu': '一领四微',
};
