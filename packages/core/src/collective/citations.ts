import type { Citation } from '../rules/citations.ts';

/**
 * The collective economic organisations law's membership rules (in force 2025-05-01), cited by
 * article as RULES.md §7 quotes them. The other parts of issue 15 (assemblies, shares,
 * distribution, books) add their own ids here.
 */
const COLLECTIVE = {
  zh: '《中华人民共和国农村集体经济组织法》',
  en: 'Rural Collective Economic Organisations Law',
};
const njj = (article: string): Citation => ({
  source: COLLECTIVE,
  version: '2024-06-28',
  article,
  force: 'statute',
});

export const COLLECTIVE_CITATIONS = {
  /** Membership is confirmed by the members' assembly; birth must be, marriage etc. normally. */
  'NJJ-12-CONFIRM': njj('第十二条'),
  /** Rights for a non-member: 全体成员四分之三以上同意. */
  'NJJ-15-NONMEMBER': njj('第十五条'),
  /** Exit: written application and consent; no partition of collective property. */
  'NJJ-16-EXIT': njj('第十六条'),
  /** Membership is lost only for Art. 17's reasons, never for Art. 18's facts. */
  'NJJ-17-18-LOSS': njj('第十七条、第十八条'),
  /** Art. 18 alone: study, service, work, business, divorce, widowhood, prison, marrying out. */
  'NJJ-18-NOT-LOST': njj('第十八条'),
  /** Members confirmed in the earlier property-rights reform need no re-confirmation. */
  'NJJ-66-REFORM': njj('第六十六条'),
} as const satisfies Record<string, Citation>;
