import type { Citation } from '../../rules/citations.ts';

const COLLECTIVE = {
  zh: '《中华人民共和国农村集体经济组织法》',
  en: 'Rural Collective Economic Organisations Law',
};

export const DISTRIBUTION_CITATIONS = {
  /** The reserve (公积公益金) at the charter's rate comes first; the rest is divided by shares. */
  'NJJ-42-DIST': {
    source: COLLECTIVE,
    version: '2024-06-28',
    article: '第四十二条',
    force: 'statute',
  },
  /** The annual report, financial report and distribution plan are available ten days before the assembly. */
  'NJJ-46-REPORTS': {
    source: COLLECTIVE,
    version: '2024-06-28',
    article: '第四十六条',
    force: 'statute',
  },
} as const satisfies Record<string, Citation>;
