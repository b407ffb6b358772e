/** The one word of work admission a phone page draws: the village menu's entry (i18n/phone.zh-CN.ts). */
export const workAdmissionMenuZhCN = {
  'workAdmission.menu': '工作事项准入',
};
