/** Chinese strings of the meetings pages (merged into zh-CN.ts; meetings.en.ts has the same keys). */
export const meetingsZhCN = {
  'meetings.title': '会议',
} as const;
