import type { CalendarDate } from '../calendarDate.ts';
import { parseChineseNumber } from '../chineseNumber.ts';
import { lawOn, previousLaw, type LawVersion } from './law.ts';
import { DISPUTES_CITATIONS } from '../disputes/citations.ts';
import { VILLAGE_RULES_CITATIONS } from '../villageRules/citations.ts';
import { POINTS_CITATIONS } from '../points/citations.ts';
import { COLLECTIVE_CITATIONS } from '../collective/citations.ts';
import { PARTY_DUES_CITATIONS } from '../party/dues/citations.ts';
import { PARTY_CITATIONS } from '../party/citations.ts';
import { SHARES_CITATIONS } from '../collective/shares/citations.ts';
import { COLLECTIVE_MEETINGS_CITATIONS } from '../collective/meetings/citations.ts';
import { COLLECTIVE_BOOKS_CITATIONS } from '../collective/books/citations.ts';
import { DISTRIBUTION_CITATIONS } from '../collective/distribution/citations.ts';

/**
 * Where a rule is written: {source, version, article}, in words as printed.
 * `quote` is a phrase of that article (and paragraph) as the text has it:
 * a test checks every statute citation against ../shared/laws/ with it.
 */
export interface Citation {
  source: { zh: string; en: string };
  version: string;
  article: string;
  /** Statute binds everyone; policy and local rules are defaults a village may change. */
  force: 'statute' | 'policy' | 'local';
  quote?: string;
}

/**
 * A rule of the Organic Law, per text of the law: its article there (null
 * where that text has no such rule), and what the newer text changed.
 */
export interface VersionedRule {
  byLaw: Record<LawVersion, Citation | null>;
  changed?: { zh: string; en: string };
}

const VCOL = { zh: '《中华人民共和国村民委员会组织法》', en: "Villagers' Committee Organic Law" };
const RVMC = {
  zh: '《关于建立健全村务监督委员会的指导意见》',
  en: 'Guidance on village affairs supervision committees',
};
const SIYI_LOCAL = {
  zh: '“四议两公开”地方实施办法',
  en: 'Local measures for "four deliberations, two disclosures"',
};
const BRANCH = { zh: '《中国共产党支部工作条例（试行）》', en: 'Party Branch Work Regulations' };
const RURAL_PARTY = {
  zh: '《中国共产党农村基层组织工作条例》',
  en: 'Regulations on the Work of Rural Party Organisations',
};
/** The community's own rules of deliberation (seed 002 describes them). */
const SEED002 = { zh: '本社区议事规则', en: 'The community’s rules of deliberation' };
const XWQL = { zh: '村级小微权力清单', en: 'The village’s list of micro-powers' };
const LAND = { zh: '《中华人民共和国农村土地承包法》', en: 'Rural Land Contracting Law' };
const XF = { zh: '《信访工作条例》', en: 'Letters and Visits Work Regulations' };
const CIVIL = { zh: '《中华人民共和国民法典》', en: 'Civil Code' };
const COLLECTIVE = {
  zh: '《中华人民共和国农村集体经济组织法》',
  en: 'Rural Collective Economic Organisations Law',
};
const XJGC = {
  zh: '《村民委员会选举规程》',
  en: "Ministry of Civil Affairs' Villagers' Committee Election Procedures",
};
const ZJ_ELECTION = {
  zh: '《浙江省村民委员会选举办法》',
  en: "Zhejiang Villagers' Committee Election Measures",
};
const PARTY_DISCLOSURE = {
  zh: '《中国共产党党务公开条例（试行）》',
  en: 'Regulations on Party Affairs Disclosure (trial)',
};

/** An article of the 2018 text and of the 2025 one (null: not in that text), with what changed. */
function vcol(
  in2018: readonly [article: string, quote: string] | null,
  in2025: readonly [article: string, quote: string] | null,
  changed?: { zh: string; en: string },
): VersionedRule {
  const cite = (version: string, [article, quote]: readonly [string, string]): Citation => ({
    source: VCOL,
    version,
    article,
    force: 'statute',
    quote,
  });
  return {
    byLaw: {
      '2018-12-29': in2018 && cite('2018-12-29', in2018),
      '2025-10-28': in2025 && cite('2025-10-28', in2025),
    },
    ...(changed ? { changed } : {}),
  };
}

const SAME = { zh: '内容未变，条号调整', en: 'Unchanged, renumbered' };

export const CITATIONS = {
  'VCOL-06-SIZE': vcol(['第六条', '三至七人'], ['第八条', '三至七人'], {
    zh: '仍为三至七人并应有妇女成员；新增成员近亲属回避；删去少数民族成员的要求',
    en: 'Still 3–7 with a woman; adds near-relative avoidance; drops the minority-member clause',
  }),
  'VCOL25-KIN-AVOID': vcol(null, ['第八条第二款', '村民委员会成员实行近亲属回避'], {
    zh: '新增：村民委员会成员的近亲属不得同时担任成员',
    en: 'New: near relatives may not serve on the committee together',
  }),
  'VCOL25-SUPERVISION-TERM': vcol(
    null,
    ['第三十七条第一款', '村务监督机构的任期与村民委员会的任期相同'],
    {
      zh: '新增：村务监督机构的任期与村民委员会相同',
      en: "New: the supervision body's term equals the villagers' committee's",
    },
  ),
  'VCOL-15-PROXY': vcol(
    ['第十五条第四款', '书面委托本村有选举权的近亲属代为投票'],
    ['第十八条第四款', '每一村民接受委托不得超过三人'],
    {
      zh: '受托人可为近亲属或者其他村民，每人受托不得超过三人，候选人不得受托',
      en: 'A near relative or another villager may hold a proxy, at most three each; candidates may not',
    },
  ),
  'VCOL-21-CONVENE': vcol(
    ['第二十一条第二款', '应当提前十天通知村民'],
    ['第二十五条第二款', '应当提前十日通知村民'],
    {
      zh: '十分之一、三分之一提议和提前十日通知未变；遇有特殊情况可以临时通知',
      en: "The 1/10 and 1/3 demands and 10 days' notice stand; short notice allowed in special circumstances",
    },
  ),
  'VCOL25-ANNUAL-ASSEMBLY': vcol(null, ['第二十五条第三款', '村民会议每年至少召开一次'], {
    zh: '新增：村民会议每年至少召开一次',
    en: 'New: the villagers’ assembly meets at least once a year',
  }),
  'VCOL-22-QUORUM': vcol(
    ['第二十二条第一款', '本村十八周岁以上村民的过半数'],
    ['第二十六条第一款', '本村十八周岁以上村民的过半数'],
    SAME,
  ),
  'VCOL-22-DECISION': vcol(
    ['第二十二条第一款', '应当经到会人员的过半数通过'],
    ['第二十六条第一款', '应当经到会人员的过半数通过'],
    SAME,
  ),
  'VCOL-22-SPECIAL': {
    source: LAND,
    version: '2018-12-29',
    article: '第十九条、第二十八条、第五十二条',
    force: 'statute',
  },
  'VCOL-23-REVOKE': vcol(
    ['第二十三条', '有权撤销或者变更村民代表会议不适当的决定'],
    ['第二十七条', '有权撤销或者变更村民代表会议不适当的决定'],
    SAME,
  ),
  'VCOL-24-RESERVED': vcol(
    ['第二十四条', '经村民会议讨论决定方可办理'],
    ['第二十八条第一款、第二款', '经村民会议讨论决定方可办理'],
    {
      zh: '保留事项改为六项：新增村庄规划建设、重点帮扶；土地承包、集体项目、宅基地、征地补偿、处分集体财产移出，村委会代行集体经济组织职能的参照农村集体经济组织法',
      en: 'Six reserved matters: village planning and key assistance added; land contracting, collective projects, homesteads, compensation and disposals moved to the Collective Economic Organisations Law',
    },
  ),
  'VCOL25-COLLECTIVE': vcol(
    ['第二十四条第三款', '法律对讨论决定村集体经济组织财产和成员权益的事项另有规定的'],
    ['第二十八条第四款', '参照适用《中华人民共和国农村集体经济组织法》的相关规定'],
    {
      zh: '集体财产和成员权益事项参照农村集体经济组织法，由成员大会决定',
      en: 'Collective property and membership matters follow the Collective Economic Organisations Law',
    },
  ),
  'VCOL-25-COMPOSITION': vcol(
    ['第二十五条', '村民代表应当占村民代表会议组成人员的五分之四以上'],
    ['第二十九条', '村民代表应当占村民代表会议组成人员的五分之四以上'],
    SAME,
  ),
  'VCOL-26-FREQ': vcol(
    ['第二十六条第一款', '村民代表会议每季度召开一次'],
    ['第三十条第一款', '村民代表会议每季度召开一次'],
    SAME,
  ),
  'VCOL-26-QUORUM': vcol(
    ['第二十六条第二款', '村民代表会议有三分之二以上的组成人员参加方可召开'],
    ['第三十条第二款', '村民代表会议有三分之二以上的组成人员参加方可召开'],
    SAME,
  ),
  'VCOL-27-RULES': vcol(
    ['第二十七条', '村民会议可以制定和修改村民自治章程、村规民约'],
    ['第三十一条', '村民会议可以制定和修改村民自治章程、村规民约'],
    {
      zh: '不得与宪法、法律、法规相抵触，不得违背公序良俗（删去“国家的政策”）',
      en: 'May not conflict with law or public order and good morals ("national policy" dropped)',
    },
  ),
  /** What village rules and decisions may not contain; the township orders correction. */
  'VCOL-27-RIGHTS': vcol(
    ['第二十七条第二款', '不得有侵犯村民的人身权利、民主权利和合法财产权利的内容'],
    ['第三十一条第二款', '不得有侵犯村民的人身权利、民主权利和财产权利的内容'],
    {
      zh: '“合法财产权利”改为“财产权利”，新增不得违背公序良俗',
      en: '"lawful property rights" became "property rights"; public order and good morals added',
    },
  ),
  'VCOL-28-GROUP': vcol(
    ['第二十八条第一款', '本村民小组十八周岁以上的村民三分之二以上'],
    ['第三十二条第二款', '本村民小组十八周岁以上的村民三分之二以上'],
    SAME,
  ),
  'VCOL25-POSTING-15': vcol(null, ['第三十五条第四款', '公布的期限不得少于十五日'], {
    zh: '新增：应当设立村务公开栏，公布的期限不得少于十五日',
    en: 'New: a notice board is required and a posting stays at least 15 days',
  }),
  // 三务公开 (disclosure): how often, and villagers' enquiries (the answer's deadline is the profile's)
  'VCOL-30-DISCLOSE': vcol(
    ['第三十条第三款', '一般事项至少每季度公布一次'],
    ['第三十五条第三款', '一般事项至少每季度公布一次'],
    {
      zh: '公布频次未变（“集体财务往来”改为“财务往来”）；新增协商确定的事项及其落实情况',
      en: 'Frequencies unchanged; consultation outcomes are added to what is disclosed',
    },
  ),
  'VCOL-30-ENQUIRY': vcol(
    ['第三十条第四款', '并接受村民的查询'],
    ['第三十五条第四款', '并接受村民的查询'],
    {
      zh: '仍应接受村民的查询；新增村务公开栏和十五日的公布期限',
      en: 'Villagers’ enquiries still accepted; a notice board and a 15-day posting are added',
    },
  ),
  /** 党务公开: the Party organisation publishes; how often is the village's own default (quarterly). */
  'PARTY-DISCLOSE': {
    source: PARTY_DISCLOSURE,
    version: '2017-12-25',
    article: '',
    force: 'policy',
  },
  'VCOL-32-SUPERVISOR-ELIG': vcol(
    ['第三十二条', '村民委员会成员及其近亲属不得担任村务监督机构成员'],
    ['第三十七条第一款', '村民委员会成员及其近亲属不得担任村务监督机构成员'],
    {
      zh: '任职条件未变；新增任期与村民委员会相同',
      en: 'Eligibility unchanged; its term now equals the committee’s',
    },
  ),
  // 民主评议: at least yearly, hosted by the supervision body; two consecutive 不称职 end the office
  'VCOL-33-EVAL': vcol(
    ['第三十三条', '民主评议每年至少进行一次，由村务监督机构主持'],
    ['第三十八条', '民主评议每年至少进行一次，由村务监督机构主持'],
    SAME,
  ),
  // 村务档案: the list differs by text (features/archive keeps each text's list)
  'VCOL-34-ARCHIVE': vcol(
    ['第三十四条', '村民委员会和村务监督机构应当建立村务档案'],
    ['第三十九条', '村民委员会和村务监督机构应当建立村务档案'],
    {
      zh: '档案所列种类缩短为选举文件和选票、会议记录、公益设施基本资料、基本建设资料等',
      en: 'The list is shorter: election files and ballots, meeting records, public facilities, construction records, etc.',
    },
  ),
  // 任期和离任经济责任审计: the items differ by text; the 1/5 demand and the timing do not
  'VCOL-35-AUDIT': vcol(
    ['第三十五条第二款', '离任经济责任审计结果应当在下一届村民委员会选举之前公布'],
    ['第四十条第二款', '离任经济责任审计结果应当在下一届村民委员会选举之前公布'],
    {
      zh: '审计事项缩减；五分之一以上村民要求审计和离任审计结果在选举前公布未变',
      en: 'Fewer audit items; the 1/5 demand and publication before the election stand',
    },
  ),
  'VCOL25-SUPERVISOR-ATTEND': vcol(
    ['第三十二条', '可以列席村民委员会会议'],
    ['第三十七条第二款', '其成员可以列席村民委员会会议和村民代表会议'],
    {
      zh: '监督机构成员可列席的会议增加村民代表会议，并参与协商',
      en: 'Supervisors may now also attend the representatives’ meeting and take part in consultation',
    },
  ),
  'VCOL25-PARTY-FIRST': {
    byLaw: {
      // before 2026 the Party's prior study was Party rule, not statute: a charter could soften it
      '2018-12-29': {
        source: RURAL_PARTY,
        version: '2019-01-10',
        article: '第十九条（“四议两公开”）',
        force: 'policy',
      },
      '2025-10-28': {
        source: VCOL,
        version: '2025-10-28',
        article: '第二十八条第三款',
        force: 'statute',
        quote: '应当先经村党组织研究讨论',
      },
    },
    changed: {
      zh: '村党组织先行研究讨论由党内规定成为法律规定，章程不能再放宽',
      en: 'The Party organisation’s prior study is now statute; a charter can no longer soften it',
    },
  },
  'RVMC-SIZE': { source: RVMC, version: '2017-12', article: '第二部分', force: 'policy' },
  // elections and recall (core/src/elections): 2018 Arts. 11–20, 2025 Arts. 14–24
  'VCOL-11-TERM': vcol(
    ['第十一条', '村民委员会每届任期五年'],
    ['第十四条', '村民委员会每届任期五年'],
    SAME,
  ),
  'VCOL-12-EC-WITHDRAW': vcol(
    ['第十二条第三款', '被提名为村民委员会成员候选人，应当退出村民选举委员会'],
    ['第十五条第三款', '或者其近亲属被提名为村民委员会成员候选人的，应当退出村民选举委员会'],
    {
      zh: '成员的近亲属被提名为候选人的，成员也应当退出；选举委员会增设副主任',
      en: 'A member also withdraws when a near relative is nominated; the committee gains a deputy chair',
    },
  ),
  'VCOL-13-ELIGIBLE': vcol(
    ['第十三条', '在本村居住一年以上，本人申请参加选举'],
    ['第十六条', '在本村居住或者从事村务工作一年以上，本人申请参加选举'],
    {
      zh: '第三类登记对象增加在本村从事村务工作一年以上的人员',
      en: 'Class 3 adds people doing village-affairs work in the village for a year',
    },
  ),
  'VCOL-13-SINGLE': vcol(
    ['第十三条第三款', '不得再参加其他地方村民委员会的选举'],
    ['第十六条第三款', '不得再参加其他地方村民委员会的选举'],
    SAME,
  ),
  'VCOL-14-LIST': vcol(
    ['第十四条第一款', '应当在选举日的二十日前由村民选举委员会公布'],
    ['第十七条第一款', '应当在选举日的二十日前由村民选举委员会公布'],
    SAME,
  ),
  'VCOL-14-APPEAL': vcol(
    ['第十四条第二款', '应当自收到申诉之日起三日内作出处理决定'],
    ['第十七条第二款', '应当自收到申诉之日起三日内作出处理决定'],
    SAME,
  ),
  'VCOL-15-SURPLUS': vcol(
    ['第十五条第一款', '候选人的名额应当多于应选名额'],
    ['第十八条第一款', '候选人的名额应当多于应选名额'],
    {
      zh: '候选人改由村党组织或者登记参加选举的村民提名推荐；差额要求未变',
      en: 'Candidates are nominated by the village Party organisation or registered villagers; the surplus rule stands',
    },
  ),
  'VCOL25-CANDIDATE-QUAL': vcol(null, ['第十八条第一款', '不得作为候选人'], {
    zh: '新增：被开除党籍、受过刑事处罚、利用宗族或者黑恶势力从事非法活动、组织或者参加非法宗教活动或者邪教活动的，不得作为候选人',
    en: 'New: people expelled from the Party, criminally punished, using clan or gang forces, or in illegal religious or cult activity may not stand',
  }),
  'VCOL-15-VALID': vcol(
    ['第十五条第二款', '有登记参加选举的村民过半数投票，选举有效'],
    ['第十八条第二款', '有登记参加选举的村民过半数投票，选举有效'],
    SAME,
  ),
  'VCOL-15-WIN': vcol(
    ['第十五条第二款', '候选人获得参加投票的村民过半数的选票，始得当选'],
    ['第十八条第二款', '候选人获得参加投票的村民过半数的选票，始得当选'],
    SAME,
  ),
  'VCOL-15-RUNOFF': vcol(
    ['第十五条第二款', '所得票数不得少于已投选票总数的三分之一'],
    ['第十八条第二款', '所得票数不得少于已投选票总数的三分之一'],
    SAME,
  ),
  'VCOL-15-SECRET': vcol(
    ['第十五条第三款', '应当设立秘密写票处'],
    ['第十八条第三款', '应当设立秘密写票处'],
    SAME,
  ),
  'VCOL-16-RECALL-INIT': vcol(
    ['第十六条第一款', '本村五分之一以上有选举权的村民或者三分之一以上的村民代表联名'],
    ['第十九条第一款', '本村五分之一以上有选举权的村民或者三分之一以上的村民代表联名'],
    SAME,
  ),
  'VCOL-16-RECALL-VOTE': vcol(
    ['第十六条第二款', '须有登记参加选举的村民过半数投票，并须经投票的村民过半数通过'],
    ['第十九条第二款', '须有登记参加选举的村民过半数投票，并须经投票的村民过半数通过'],
    SAME,
  ),
  'VCOL-17-FRAUD': vcol(['第十七条第一款', '当选无效'], ['第二十一条第一款', '当选无效'], SAME),
  'VCOL-18-AUTO-END': vcol(['第十八条', '其职务自行终止'], ['第二十二条', '其职务自行终止'], SAME),
  'VCOL-19-BYELECTION': vcol(
    ['第十九条', '任期到本届村民委员会任期届满时止'],
    ['第二十三条', '任期到本届村民委员会任期届满时止'],
    SAME,
  ),
  'VCOL-20-HANDOVER': vcol(
    ['第二十条', '自新一届村民委员会产生之日起十日内完成工作移交'],
    ['第二十四条', '自新一届村民委员会产生之日起十日内完成工作移交'],
    SAME,
  ),
  'XJGC-EC': { source: XJGC, version: '2013-05-02', article: '村民选举委员会', force: 'policy' },
  'ZJ-17-NOMINATION': {
    source: ZJ_ELECTION,
    version: '2020-07-31',
    article: '第十七条',
    force: 'statute',
  },
  'ZJ-18-CAND-LIST': {
    source: ZJ_ELECTION,
    version: '2020-07-31',
    article: '第十八条、第十九条',
    force: 'statute',
  },
  'ZJ-20-SELF-NOMINATION': {
    source: ZJ_ELECTION,
    version: '2020-07-31',
    article: '第二十条',
    force: 'statute',
  },
  'ZJ-22-TELLER-RECUSAL': {
    source: ZJ_ELECTION,
    version: '2020-07-31',
    article: '第二十二条',
    force: 'statute',
  },
  'ZJ-24-MOBILE-BOX': {
    source: ZJ_ELECTION,
    version: '2020-07-31',
    article: '第二十四条',
    force: 'statute',
  },
  'ZJ-25-PROXY': {
    source: ZJ_ELECTION,
    version: '2020-07-31',
    article: '第二十五条',
    force: 'statute',
  },
  'ZJ-RUNOFF-WINDOW': {
    source: ZJ_ELECTION,
    version: '2020-07-31',
    article: '另行选举',
    force: 'statute',
  },
  'ZJ-32-ANNOUNCE': {
    source: ZJ_ELECTION,
    version: '2020-07-31',
    article: '第三十二条',
    force: 'statute',
  },
  'ZJ-35-RECALL-DEADLINE': {
    source: ZJ_ELECTION,
    version: '2020-07-31',
    article: '第三十五条',
    force: 'statute',
  },
  // 村级重大事项决策实行"四议两公开"
  'SIYI-ORDER': {
    source: RURAL_PARTY,
    version: '2019-01-10',
    article: '第十九条',
    force: 'policy',
  },
  'SIYI-PARTY-QUORUM': {
    source: SIYI_LOCAL,
    version: 'local',
    article: '党员大会审议',
    force: 'local',
  },
  'PARTY-3H1K': { source: BRANCH, version: '2018', article: '“三会一课”', force: 'policy' },
  'SEED002-ONE-PLUS-THREE': {
    source: SEED002,
    version: '2008',
    article: '重大事项“1+3”议决制度',
    force: 'local',
  },
  'SEED002-TIERS': { source: SEED002, version: '2008', article: '分级议事机制', force: 'local' },
  /** Spending tiers: local lists of micro-powers (RULES.md §4), no national number. */
  'XWQL-TIER': { source: XWQL, version: 'local', article: '财务支出审批', force: 'local' },
  /** 审核权: the supervision committee reviews expense vouchers (RULES.md §2, §11). */
  'RVMC-VOUCHER': { source: RVMC, version: '2017-12', article: '审核权', force: 'policy' },
  'SEED002-SUPERVISION': {
    source: SEED002,
    version: '2008',
    article: '监督委员会职责及工作规程',
    force: 'local',
  },
  'SEED002-SERVICE-LADDER': {
    source: SEED002,
    version: '2008',
    article: '社区服务窗口管理制度和服务承诺制度',
    force: 'local',
  },
  'SEED004-LIAISON': {
    source: { zh: '本村民情办理规则', en: 'The village’s rules for issues raised' },
    version: '2026',
    article: '片长制和党员联系户制度',
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
  /** The members' assembly of the collective economic organisation decides its property and members' rights. */
  'NJJ-MEMBERS-ASSEMBLY': {
    source: COLLECTIVE,
    version: '2024-06-28',
    article: '第二十六条、第二十七条',
    force: 'statute',
  },
  ...DISPUTES_CITATIONS,
  ...VILLAGE_RULES_CITATIONS,
  ...POINTS_CITATIONS,
  ...COLLECTIVE_CITATIONS,
  ...PARTY_DUES_CITATIONS,
  ...PARTY_CITATIONS,
  ...SHARES_CITATIONS,
  ...COLLECTIVE_MEETINGS_CITATIONS,
  ...COLLECTIVE_BOOKS_CITATIONS,
  ...DISTRIBUTION_CITATIONS,
  // 信访 (core/petitions): the regulations of 2022, in force 2022-05-01
  'XF-20-REPS': { source: XF, version: '2022-02-25', article: '第二十条', force: 'statute' },
  'XF-22-ROUTE': {
    source: XF,
    version: '2022-02-25',
    article: '第二十二条、第二十三条',
    force: 'statute',
  },
  'XF-34-HANDLE': { source: XF, version: '2022-02-25', article: '第三十四条', force: 'statute' },
  'XF-35-REVIEW': {
    source: XF,
    version: '2022-02-25',
    article: '第三十五条、第三十六条',
    force: 'statute',
  },
} as const satisfies Record<string, Citation | VersionedRule>;

export type RuleId = keyof typeof CITATIONS;

export function isRuleId(text: string): text is RuleId {
  return Object.hasOwn(CITATIONS, text);
}

function isVersioned(entry: Citation | VersionedRule): entry is VersionedRule {
  return 'byLaw' in entry;
}

/** Whether the rule exists in the law in force on a day (a rule added in 2025 does not before 2026). */
export function ruleInForce(ruleId: RuleId, on: CalendarDate): boolean {
  const entry: Citation | VersionedRule = CITATIONS[ruleId];
  return !isVersioned(entry) || entry.byLaw[lawOn(on)] !== null;
}

/**
 * Where the rule was written on a day: the article of the text in force
 * then. A rule the text of that day does not have is cited by the nearest
 * text that has it (it is only checked where in force: `ruleInForce`).
 */
export function citationOn(ruleId: RuleId, on: CalendarDate): Citation {
  const entry: Citation | VersionedRule = CITATIONS[ruleId];
  if (!isVersioned(entry)) return entry;
  for (let l: LawVersion | null = lawOn(on); l; l = previousLaw(l)) {
    const c = entry.byLaw[l];
    if (c) return c;
  }
  const later = Object.values(entry.byLaw).find((c) => c !== null);
  if (!later) throw new Error(`rule ${ruleId} has no article in any text`);
  return later;
}

/** The rule per text of the law (for the rules page), and what the newest text changed. */
export function ruleVersions(ruleId: RuleId): VersionedRule | null {
  const entry: Citation | VersionedRule = CITATIONS[ruleId];
  return isVersioned(entry) ? entry : null;
}

/** Articles that are not "第N条…", in English. */
const ARTICLES_EN: Record<string, string> = {
  '第十九条（“四议两公开”）': 'Article 19 ("four deliberations, two disclosures")',
  第二部分: 'Part 2',
  党员大会审议: 'review by the Party members’ meeting',
  '“三会一课”': '"three meetings and one lesson"',
  '重大事项“1+3”议决制度': 'the "1+3" procedure for major matters',
  分级议事机制: 'graded deliberation',
  监督委员会职责及工作规程: 'duties and procedure of the supervision committee',
  协商议事会议事规则: 'rules of the consultation council',
  社区服务窗口管理制度和服务承诺制度: "the service windows' rules and service pledge",
  社区联席会议制度: 'joint meetings of the community’s two committees',
  财务支出审批: 'approval of expenditure',
  审核权: 'the right of review',
  村民选举委员会: 'the election committee',
  另行选举: 'the runoff',
  制定程序: 'the procedure of making them',
};

const ARTICLE =
  /^(?:第([零一二两三四五六七八九十百千]+)条)?(?:第([零一二两三四五六七八九十百千]+)款)?$/;

/**
 * An article as an English reader cites it: 第三十条第二款 → Article 30(2);
 * 第二十八条第一款、第二款 → Article 28(1) and (2); 第十九条、第二十八条 →
 * Articles 19 and 28. Text it cannot read is returned as it is.
 */
export function articleInEnglish(article: string): string {
  const known = ARTICLES_EN[article];
  if (known) return known;
  const parts: string[] = [];
  let articles = 0;
  for (const piece of article.split('、')) {
    const m = ARTICLE.exec(piece);
    if (!m || (!m[1] && !m[2])) return article;
    const n = m[1] ? parseChineseNumber(m[1]) : null;
    const para = m[2] ? `(${parseChineseNumber(m[2]) ?? m[2]})` : '';
    if (n !== null) articles += 1;
    parts.push(`${n ?? ''}${para}`);
  }
  const list =
    parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
  return `${articles > 1 ? 'Articles' : 'Article'} ${list}`;
}

/**
 * Source and article as people cite them: "《中华人民共和国村民委员会组织法》第三十条第二款",
 * "本社区议事规则（分级议事机制）"; in English "Villagers' Committee Organic Law, Article 30(2)".
 * `source` is already in the reader's language; `article` as the Chinese text has it.
 */
export function citationWords(source: string, article: string, locale: 'zh-CN' | 'en'): string {
  if (!article) return source;
  const numbered = article.startsWith('第');
  if (locale === 'en') {
    const words = articleInEnglish(article);
    return numbered ? `${source}, ${words}` : `${source} (${words})`;
  }
  return numbered ? `${source}${article}` : `${source}（${article}）`;
}

/**
 * The rule in words, cited as of a day — what a villager and a clerk read:
 * "《中华人民共和国村民委员会组织法》第三十条第二款" (the rule's id is for cadres'
 * tooltips and the API, never the sentence).
 */
export function citationText(ruleId: RuleId, locale: 'zh-CN' | 'en', on: CalendarDate): string {
  const c = citationOn(ruleId, on);
  return citationWords(locale === 'en' ? c.source.en : c.source.zh, c.article, locale);
}

/** A title short enough for a tag: 《村民委员会组织法》 for 《中华人民共和国村民委员会组织法》. */
export function shortSource(source: string): string {
  return source.replace('《中华人民共和国', '《');
}
