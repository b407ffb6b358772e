/**
 * The rule ids of RULES.md §11 this code implements, each keyed to
 * {source, version, article}. VCOL articles use the 2018 numbering: the
 * 2025 amendment (in force 2026-01-01) shifts them, and its consolidated text
 * must be checked before release (RULES.md §0.1).
 */
export interface Citation {
  source: { zh: string; en: string };
  version: string;
  article: string;
  /** Statute binds everyone; policy and local rules are defaults a village may change. */
  force: 'statute' | 'policy' | 'local';
}

const VCOL = { zh: '《中华人民共和国村民委员会组织法》', en: "Villagers' Committee Organic Law" };
const VCOL_VERSION = '2018-12-29';
const RVMC = {
  zh: '《关于建立健全村务监督委员会的指导意见》',
  en: 'Guidance on village affairs supervision committees',
};
const SIYI = { zh: '"四议两公开"工作法', en: '"Four deliberations, two disclosures"' };
const BRANCH = { zh: '《中国共产党支部工作条例（试行）》', en: 'Party Branch Work Regulations' };
const SEED002 = {
  zh: '社区"1+3"议决制度（种子文档 002）',
  en: 'Community "1+3" decision rule (seed 002)',
};
const LAND = { zh: '《中华人民共和国农村土地承包法》', en: 'Rural Land Contracting Law' };
const CIVIL = { zh: '《中华人民共和国民法典》', en: 'Civil Code' };

export const CITATIONS = {
  'VCOL-06-SIZE': { source: VCOL, version: VCOL_VERSION, article: '第六条', force: 'statute' },
  'VCOL-15-PROXY': { source: VCOL, version: VCOL_VERSION, article: '第十五条', force: 'statute' },
  'VCOL-21-CONVENE': {
    source: VCOL,
    version: VCOL_VERSION,
    article: '第二十一条',
    force: 'statute',
  },
  'VCOL-22-QUORUM': {
    source: VCOL,
    version: VCOL_VERSION,
    article: '第二十二条',
    force: 'statute',
  },
  'VCOL-22-DECISION': {
    source: VCOL,
    version: VCOL_VERSION,
    article: '第二十二条',
    force: 'statute',
  },
  'VCOL-22-SPECIAL': {
    source: LAND,
    version: '2018-12-29',
    article: '第十九条、第二十八条、第五十二条',
    force: 'statute',
  },
  'VCOL-23-REVOKE': {
    source: VCOL,
    version: VCOL_VERSION,
    article: '第二十三条',
    force: 'statute',
  },
  'VCOL-24-RESERVED': {
    source: VCOL,
    version: VCOL_VERSION,
    article: '第二十四条',
    force: 'statute',
  },
  'VCOL-25-COMPOSITION': {
    source: VCOL,
    version: VCOL_VERSION,
    article: '第二十五条',
    force: 'statute',
  },
  'VCOL-26-FREQ': { source: VCOL, version: VCOL_VERSION, article: '第二十六条', force: 'statute' },
  'VCOL-26-QUORUM': {
    source: VCOL,
    version: VCOL_VERSION,
    article: '第二十六条',
    force: 'statute',
  },
  'VCOL-27-RULES': { source: VCOL, version: VCOL_VERSION, article: '第二十七条', force: 'statute' },
  'VCOL-28-GROUP': { source: VCOL, version: VCOL_VERSION, article: '第二十八条', force: 'statute' },
  'VCOL-32-SUPERVISOR-ELIG': {
    source: VCOL,
    version: VCOL_VERSION,
    article: '第三十二条',
    force: 'statute',
  },
  'VCOL25-PARTY-FIRST': {
    source: VCOL,
    version: '2025-10-28',
    article: '2025年修正新增条款（条号待核）',
    force: 'statute',
  },
  'RVMC-SIZE': { source: RVMC, version: '2017-12', article: '二', force: 'policy' },
  'SIYI-ORDER': { source: SIYI, version: '2019', article: '四议、两公开', force: 'policy' },
  'SIYI-PARTY-QUORUM': { source: SIYI, version: 'local', article: '党员大会审议', force: 'local' },
  'PARTY-3H1K': { source: BRANCH, version: '2018', article: '三会一课', force: 'policy' },
  'SEED002-ONE-PLUS-THREE': {
    source: SEED002,
    version: '2008',
    article: '重大事项"1+3"议决制度',
    force: 'local',
  },
  'SEED002-TIERS': { source: SEED002, version: '2008', article: '分级议事机制', force: 'local' },
  'SEED002-SUPERVISION': {
    source: SEED002,
    version: '2008',
    article: '监督委员会职责及工作规程',
    force: 'local',
  },
  'COUNCIL-MEETING': {
    source: SEED002,
    version: '2008',
    article: '协商议事会议事规则',
    force: 'local',
  },
  'JOINT-MEETING': {
    source: SEED002,
    version: '2008',
    article: '社区联席会议制度',
    force: 'local',
  },
  'CIVIL-201-203': {
    source: CIVIL,
    version: '2020-05-28',
    article: '第二百零一条、第二百零三条',
    force: 'statute',
  },
} as const satisfies Record<string, Citation>;

export type RuleId = keyof typeof CITATIONS;

export function citationText(ruleId: RuleId, locale: 'zh-CN' | 'en'): string {
  const c: Citation = CITATIONS[ruleId];
  return locale === 'en'
    ? `${ruleId}, ${c.source.en} ${c.article}`
    : `${ruleId}，${c.source.zh}${c.article}`;
}
