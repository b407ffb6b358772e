import type { Citation } from '../../rules/citations.ts';

const COLLECTIVE = {
  zh: '《中华人民共和国农村集体经济组织法》',
  en: 'Rural Collective Economic Organisations Law',
};
const LAW = { source: COLLECTIVE, version: '2024-06-28', force: 'statute' } as const;

/** The organisation's money, its remedies and who acts where it does not exist. */
export const COLLECTIVE_BOOKS_CITATIONS = {
  /** Collective funds are never kept in an account opened in a person's name. */
  'NJJ-44-ACCOUNT': { ...LAW, article: '第四十四条' },
  /** Ten or more capable members ask the supervisors in writing; refusal or 15 days → they may sue. */
  'NJJ-60-DERIVATIVE': { ...LAW, article: '第六十条' },
  /** Where no organisation exists, the villagers' committee or villager group acts for it. */
  'NJJ-64-PROXY': { ...LAW, article: '第六十四条' },
} as const satisfies Record<string, Citation>;
