import type { Citation } from '../rules/citations.ts';

const RURAL_PARTY = {
  zh: '《中国共产党农村基层组织工作条例》',
  en: 'Regulations on the Work of Rural Party Organisations',
};
const BRANCH = { zh: '《中国共产党支部工作条例（试行）》', en: 'Party Branch Work Regulations' };

/** How the village Party organisation is set up, by its formal members (PARTY-3H1K is in rules/citations.ts). */
export const PARTY_CITATIONS = {
  'PARTY-BRANCH': {
    source: RURAL_PARTY,
    version: '2019-01-10',
    article: '第五条',
    force: 'policy',
  },
  'PARTY-COMMITTEE': {
    source: BRANCH,
    version: '2018',
    article: '党支部委员会的设立',
    force: 'policy',
  },
} as const satisfies Record<string, Citation>;
