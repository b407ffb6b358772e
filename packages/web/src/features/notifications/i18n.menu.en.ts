import type { notificationsMenuZhCN } from './i18n.menu.zh-CN.ts';

export const notificationsMenuEn: Record<keyof typeof notificationsMenuZhCN, string> = {
  'notifications.menu': 'Notice delivery',
  'notifications.mine.menu': 'My messages',
  'notifications.mine.title': 'My messages',
  'notifications.mine.hint':
    'What the village publishes, meeting notices and answers to your questions are told to you here',
  'notifications.mine.none': 'No messages yet',
  'notifications.mine.open': 'Read it all',
};
