import type { Citation } from '../../rules/citations.ts';

const COLLECTIVE = {
  zh: '《中华人民共和国农村集体经济组织法》',
  en: 'Rural Collective Economic Organisations Law',
};
const REFORM = {
  zh: '《中共中央 国务院关于稳步推进农村集体产权制度改革的意见》',
  en: 'Opinions on steadily advancing the reform of the rural collective property-rights system',
};
/** What the organisation's own charter (章程) settles: the law leaves these to it. */
const CHARTER = { zh: '本集体经济组织章程', en: "The organisation's charter" };

/**
 * The rules of 股权量化 (quantifying the collective's operating assets to its members as shares of
 * the income right). Who decides is the law's: the members' assembly, never the representatives'
 * assembly; the rest is the reform's policy and the charter's choices.
 */
export const SHARES_CITATIONS = {
  /** Quantification (and any new quantification plan) is the members' assembly's alone. */
  'NJJ-26-SHARES': {
    source: COLLECTIVE,
    version: '2024-06-28',
    article: '第二十六条、第二十八条',
    force: 'statute',
  },
  /** Shares are transferred only inside the organisation (or redeemed by it). */
  'NJJ-SHARES-TRANSFER': {
    source: REFORM,
    version: '2016-12-26',
    article: '保障农民集体资产股份权利',
    force: 'policy',
  },
  /** A deceased holder's shares pass to an heir in the same household. */
  'NJJ-SHARES-INHERIT': { source: CHARTER, version: 'local', article: '股权继承', force: 'local' },
  /** Static shares (生不增、死不减) or dynamic: whether a confirmed newborn is given shares. */
  'NJJ-SHARES-STATIC': {
    source: CHARTER,
    version: 'local',
    article: '股权管理方式',
    force: 'local',
  },
} as const satisfies Record<string, Citation>;
