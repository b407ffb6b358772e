/** The outbox's words a phone page draws: the menus' entries and 我的消息 (i18n/phone.zh-CN.ts). */
export const notificationsMenuZhCN = {
  'notifications.menu': '通知送达',
  'notifications.mine.menu': '我的消息',
  'notifications.mine.title': '我的消息',
  'notifications.mine.hint': '村里公布的事项、会议通知和对您提问的答复，都会在这里告诉您',
  'notifications.mine.none': '还没有消息',
  'notifications.mine.open': '查看全文',
};
