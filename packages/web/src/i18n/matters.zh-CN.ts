/** Chinese strings of the matters pages (merged into zh-CN.ts; matters.en.ts has the same keys). */
export const mattersZhCN = {
  'matters.title': '议题',
} as const;
