import type { notificationsMenuZhCN } from './i18n.menu.zh-CN.ts';

export const notificationsMenuEn: Record<keyof typeof notificationsMenuZhCN, string> = {
  'notifications.menu': 'Notice delivery',
  'notifications.mine.menu': 'My messages',
  'notifications.mine.title': 'My messages',
  'notifications.mine.hint':
    'What the village publishes, meeting notices, deadlines near (a meeting tomorrow, the last day for objections), answers to your questions and complaints and how your service requests went are told to you here',
  'notifications.mine.none': 'No messages yet',
  'notifications.mine.open': 'Read it all',
  'notifications.mine.openOwn': 'See the details',
  'notifications.kind.notice': 'Village affairs',
  'notifications.kind.meeting': 'Meeting notice',
  'notifications.kind.answer': 'Your question answered',
  'notifications.kind.serviceCompleted': 'Service request finished',
  'notifications.kind.serviceRefused': 'Service request not handled',
  'notifications.kind.serviceMaterials': 'Materials wanted for your request',
  'notifications.kind.complaintAnswered': 'Your complaint answered',
  'notifications.kind.meetingTomorrow': 'Meeting tomorrow',
  'notifications.kind.rollObjectionsEnd': 'Last day to object to the voter roll',
  'notifications.kind.noticeObjectionsEnd': 'Last day of a notice’s publicity',
  'notifications.kind.petitionForwarded': 'Your petition forwarded',
  'notifications.kind.petitionAccepted': 'Your petition accepted',
  'notifications.kind.petitionNotAccepted': 'Your petition not accepted',
  'notifications.kind.petitionAnswered': 'Your petition answered',
  'notifications.kind.petitionOverdue': 'Your petition past its time',
  'notifications.kind.petitionDueSoon': 'A petition’s last day tomorrow',
  'notifications.kind.petitionPastDue': 'A petition past its last day',
};
