import type { Citation } from '../rules/citations.ts';

/**
 * Where the village-rules rules are written (RULES.md §5 and §11 CGMY-STEPS): the seven
 * ministries' guidance of 2018 for the procedure, and for the content check the laws a
 * clause most often breaks — each row of villageRules/content.ts cites one of these.
 * The Organic Law's own clause (VCOL-27-RIGHTS) sits with the other Organic Law rules.
 */
const CGMY = {
  zh: '《关于做好村规民约和居民公约工作的指导意见》',
  en: "Guidance on villages' and residents' rules and conventions",
};
const PENALTY = { zh: '《中华人民共和国行政处罚法》', en: 'Administrative Penalty Law' };
const WOMEN = {
  zh: '《中华人民共和国妇女权益保障法》',
  en: "Law on the Protection of Women's Rights and Interests",
};
const CONSTITUTION = { zh: '《中华人民共和国宪法》', en: 'Constitution' };
const CIVIL = { zh: '《中华人民共和国民法典》', en: 'Civil Code' };

export const VILLAGE_RULES_CITATIONS = {
  /** 征集民意 → 拟定草案 → 提请审核 → 审议表决（应有一定比例妇女参会）→ 备案公布. */
  'CGMY-STEPS': { source: CGMY, version: '2018-12', article: '制定程序', force: 'policy' },
  /** Only laws, regulations and rules may set an administrative penalty; a village's rules may not fine. */
  'VR-FINE': { source: PENALTY, version: '2021-01-22', article: '第十六条', force: 'statute' },
  /** Equal rights in land, dividends, compensation and homesteads; rules may not take them for marrying, divorce, widowhood. */
  'VR-WOMEN': {
    source: WOMEN,
    version: '2022-10-30',
    article: '第五十五条、第五十六条',
    force: 'statute',
  },
  /** The right to complain and accuse; nobody may suppress it or retaliate. */
  'VR-PETITION': {
    source: CONSTITUTION,
    version: '2018-03-11',
    article: '第四十一条',
    force: 'statute',
  },
  /** Personal freedom and dignity: no unlawful detention, search or humiliation. */
  'VR-PERSON': {
    source: CONSTITUTION,
    version: '2018-03-11',
    article: '第三十七条、第三十八条',
    force: 'statute',
  },
  /** Freedom of marriage: no interference with marriage or divorce. */
  'VR-MARRIAGE': {
    source: CIVIL,
    version: '2020-05-28',
    article: '第一千零四十一条、第一千零四十二条',
    force: 'statute',
  },
} as const satisfies Record<string, Citation>;
