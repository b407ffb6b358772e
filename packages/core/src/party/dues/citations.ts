import type { Citation } from '../../rules/citations.ts';

const DUES = {
  zh: '《关于中国共产党党费收缴、使用和管理的规定》',
  en: 'Provisions on the Collection, Use and Management of Party Dues',
};
const CONSTITUTION = {
  zh: '《中国共产党章程》',
  en: 'Constitution of the Communist Party of China',
};

/** 党费: the standard by income band, and the six unpaid months of the Party Constitution. */
export const PARTY_DUES_CITATIONS = {
  /** The monthly standard by basis and band; paid monthly, never below the standard. */
  'PARTY-DUES': { source: DUES, version: '2008', article: '党费的收缴', force: 'policy' },
  /** 连续六个月不交纳党费 → 自行脱党: the branch takes it up. */
  'PARTY-DUES-LAPSE': {
    source: CONSTITUTION,
    version: '2022-10-22',
    article: '第九条',
    force: 'policy',
  },
} as const satisfies Record<string, Citation>;
