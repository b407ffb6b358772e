/** The town's menu words a phone draws (the staff's menu on a narrow screen; i18n/phone.zh-CN.ts). */
export const oversightMenuZhCN = {
  'oversight.menu': '工作台',
  'oversight.work.menu': '我的待办',
};
