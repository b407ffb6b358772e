import type { mattersZhCN } from './matters.zh-CN.ts';

export const mattersEn: Record<keyof typeof mattersZhCN, string> = {
  'matters.title': 'Matters',
};
