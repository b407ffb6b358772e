import type { Citation } from '../../rules/citations.ts';

const COLLECTIVE = {
  zh: '《中华人民共和国农村集体经济组织法》',
  en: 'Rural Collective Economic Organisations Law',
};
const cite = (article: string): Citation => ({
  source: COLLECTIVE,
  version: '2024-06-28',
  article,
  force: 'statute',
});

/**
 * The rules of the organisation's assemblies and bodies (joined into rules/citations.ts); the
 * three-quarters vote for a non-member's rights is collective/citations.ts's NJJ-15-NONMEMBER.
 */
export const COLLECTIVE_MEETINGS_CITATIONS = {
  /** 需由成员大会审议决定的重要事项，应当先经…村党组织研究讨论. */
  'NJJ-26-PARTY-FIRST': cite('第二十六条第二款'),
  'NJJ-27-NOTICE': cite('第二十七条'),
  'NJJ-27-QUORUM': cite('第二十七条'),
  'NJJ-27-DECISION': cite('第二十七条'),
  'NJJ-27-ANNUAL': cite('第二十七条'),
  'NJJ-28-REPS': cite('第二十八条'),
  'NJJ-29-COUNCIL': cite('第二十九条'),
  'NJJ-31-COUNCIL-VOTE': cite('第三十一条'),
  'NJJ-34-SUPERVISOR-ELIG': cite('第三十二条、第三十四条'),
} as const satisfies Record<string, Citation>;
