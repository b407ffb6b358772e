/** The outbox's words a phone page draws: the menus' entries and 我的消息 (i18n/phone.zh-CN.ts). */
export const notificationsMenuZhCN = {
  'notifications.menu': '通知送达',
  'notifications.mine.menu': '我的消息',
  'notifications.mine.title': '我的消息',
  'notifications.mine.hint':
    '村里公布的事项、会议通知、快到期的事（明天开会、提出异议的最后一天），对您的提问、投诉的答复和您申请代办的进展，都会在这里告诉您',
  'notifications.mine.none': '还没有消息',
  'notifications.mine.open': '查看全文',
  'notifications.mine.openOwn': '查看详情',
  'notifications.kind.notice': '村务公开',
  'notifications.kind.meeting': '会议通知',
  'notifications.kind.answer': '提问答复',
  'notifications.kind.serviceCompleted': '代办办结',
  'notifications.kind.serviceRefused': '代办未办理',
  'notifications.kind.serviceMaterials': '代办补充材料',
  'notifications.kind.complaintAnswered': '投诉答复',
  'notifications.kind.meetingTomorrow': '开会提醒',
  'notifications.kind.rollObjectionsEnd': '选民名单申诉截止提醒',
  'notifications.kind.noticeObjectionsEnd': '公示期截止提醒',
};
