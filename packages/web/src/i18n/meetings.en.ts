import type { meetingsZhCN } from './meetings.zh-CN.ts';

export const meetingsEn: Record<keyof typeof meetingsZhCN, string> = {
  'meetings.title': 'Meetings',
};
