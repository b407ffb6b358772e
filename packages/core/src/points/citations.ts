import type { Citation } from '../rules/citations.ts';

/**
 * The points scheme's own rules, cited as the village's scheme (积分制管理办法) that the
 * representatives or the assembly adopted: who checks an award, its publicity and the contest
 * within it, and the caps. That the scheme binds only once adopted is the Organic Law's
 * (VCOL-24-RESERVED: matters touching villagers' interests are carried out only after the body
 * decides them); what an item may not punish is the village-rules content check's.
 */
const SCHEME = { zh: '本村积分制管理办法', en: "The village's points scheme" };

export const POINTS_CITATIONS = {
  /** The reviewer is a member of the body the scheme names, neither proposer nor close relative. */
  'POINTS-REVIEW': { source: SCHEME, version: 'local', article: '审核与回避', force: 'local' },
  /** Awards are published for the scheme's days; a contest is lodged within them. */
  'POINTS-PUBLICITY': { source: SCHEME, version: 'local', article: '公示与异议', force: 'local' },
  /** An item's points per person or household and period are capped where the scheme says. */
  'POINTS-CAP': { source: SCHEME, version: 'local', article: '积分上限', force: 'local' },
} as const satisfies Record<string, Citation>;
