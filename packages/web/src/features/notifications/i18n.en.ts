import type { notificationsZhCN } from './i18n.zh-CN.ts';
import { notificationsMenuEn } from './i18n.menu.en.ts';

export const notificationsEn: Record<keyof typeof notificationsZhCN, string> = {
  ...notificationsMenuEn,
  'notifications.title': 'How notices reached the households',
  'notifications.hint':
    'Every notice, meeting notice and answer goes to each household: in the app, by SMS (70 characters a message, longer texts in numbered parts), as a WeChat template message, and on a paper receipt sheet the grid worker carries door to door',
  'notifications.empty': 'No notices sent yet',
  'notifications.notice': 'Notice',
  'notifications.publishedOn': 'Published',
  'notifications.households': 'Households',
  'notifications.sms': 'SMS',
  'notifications.sms.counts':
    '{sent} sent · {pending} waiting · {failed} failed · {none} without a number',
  'notifications.back': 'Back to the notices',
  'notifications.texts': 'The texts by channel',
  'notifications.inApp': 'In the app',
  'notifications.smsText': 'SMS text',
  'notifications.segment': 'Part {number}/{total} ({length} characters)',
  'notifications.wechat': 'WeChat template message (JSON)',
  'notifications.householdList': 'Household by household',
  'notifications.household': 'Household',
  'notifications.addressee': 'Addressed to',
  'notifications.grid': 'Grid',
  'notifications.attempts': '{count} attempt(s)',
  'notifications.status.pending': 'Waiting',
  'notifications.status.sending': 'Sending',
  'notifications.status.sent': 'Sent',
  'notifications.status.failed': 'Failed',
  'notifications.status.none': 'No mobile number (on paper)',
  'notifications.retry': 'Send the failed SMS again',
  'notifications.retried': '{count} SMS queued again',
  'notifications.print': 'Print the paper receipt sheets',
  'notifications.print.title': '{title}: receipt sheet',
  'notifications.print.grid': 'Grid: {grid}',
  'notifications.print.noGrid': 'No grid',
  'notifications.print.address': 'Address',
  'notifications.print.sign': 'Received by (signature)',
  'notifications.print.date': 'Date',
  'notifications.print.hint':
    'One page per grid: the grid worker has each household sign on delivery and returns it to the committee for the file',
};
