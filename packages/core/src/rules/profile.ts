import type { CalendarDate } from '../calendarDate.ts';
import { citationOn } from './citations.ts';
import { LAW_VERSIONS, lawOn, type LawVersion } from './law.ts';
import { atLeast, atLeastAsStrict, STRICT_MAJORITY, type Threshold } from './threshold.ts';
import { PARTY_PARAMS, type PartyParams } from '../party/params.ts';
import {
  COLLECTIVE_MEETING_PARAMS,
  type CollectiveMeetingParams,
} from '../collective/meetings/params.ts';

/**
 * Every number the decision rules use, as named parameters keyed by rule id.
 * The national statute profile is the default; a provincial profile and a
 * village charter override some of them. Statutory figures may only be
 * tightened by a charter, never loosened.
 */
export interface RuleParams extends CollectiveMeetingParams, PartyParams {
  'VCOL-21-CONVENE': {
    /** 十分之一以上的村民 (base: villagers aged 18+) may demand an assembly. */
    villagerDemand: Threshold;
    /** 三分之一以上的村民代表 may demand an assembly. */
    representativeDemand: Threshold;
    /** 应当提前十天通知村民. */
    noticeDays: number;
  };
  'VCOL-22-QUORUM': { adults: Threshold; households: Threshold };
  'VCOL-22-DECISION': { yes: Threshold };
  /** Land contracting plans: 三分之二以上 of all assembly members or all representatives. */
  'VCOL-22-SPECIAL': { yes: Threshold };
  'VCOL-25-COMPOSITION': {
    representatives: Threshold;
    womenRepresentatives: Threshold;
    minHouseholdsPerRepresentative: number;
    maxHouseholdsPerRepresentative: number;
  };
  'VCOL-26-FREQ': { meetingsPerQuarter: number; representativeDemand: Threshold };
  'VCOL-26-QUORUM': { present: Threshold; yes: Threshold };
  'VCOL-28-GROUP': { adults: Threshold; households: Threshold; yes: Threshold };
  'VCOL-06-SIZE': { min: number; max: number; minWomen: number };
  'VCOL-32-SUPERVISOR-ELIG': { minWithAccounting: number };
  'RVMC-SIZE': { min: number; max: number };
  /** 人民调解委员会由委员三至九人组成 … 应当有妇女成员. */
  'RMTJ-08-SIZE': { min: number; max: number; minWomen: number };
  /** Apply 三十日内 of effect; the court: 三日内 to accept, 十五日内 to decide, 十日 more. */
  'RMTJ-33-CONFIRM': {
    maxDaysAfterEffect: number;
    courtAcceptDays: number;
    courtDecideDays: number;
    courtExtensionDays: number;
  };
  'SIYI-ORDER': { mergeFirstTwoWhenConcurrent: boolean };
  'SIYI-PARTY-QUORUM': { present: Threshold; yes: Threshold };
  /** Whether skipping the Party organisation's prior study refuses the step or only warns. */
  'VCOL25-PARTY-FIRST': { enforcement: 'refuse' | 'warn' };
  'SEED002-ONE-PLUS-THREE': { topicNoticeDays: number };
  'COUNCIL-MEETING': { present: Threshold; yes: Threshold; noticeDays: number };
  'JOINT-MEETING': { present: Threshold; yes: Threshold };
  /**
   * Proxies at meetings: written, held by a close relative (the 2018 text) or
   * any villager (the 2025 one), at most this many principals per holder,
   * lodged this many days before the meeting.
   */
  'VCOL-15-PROXY': {
    maxPrincipalsPerHolder: number;
    requestDaysBefore: number;
    closeRelativesOnly: boolean;
  };
  /**
   * 三务公开: at most this many months between two disclosures of general village affairs
   * (一般事项至少每季度) and of finances (每月 where transactions are frequent: a charter or a
   * province sets 1); a province's own minimum days on the board (山东: 5; 0 = none).
   */
  'VCOL-30-DISCLOSE': {
    maxMonthsGeneral: number;
    maxMonthsFinance: number;
    minPostingDays: number;
  };
  /** Villagers' enquiries (质询/异议) are answered within this many days (no statutory number). */
  'VCOL-30-ENQUIRY': { maxAnswerDays: number };
  /** 党务公开: at most this many months between two Party-affairs disclosures. */
  'PARTY-DISCLOSE': { maxMonths: number };
  /** The villagers' assembly meets at least this many times a year (2025 text only). */
  'VCOL25-ANNUAL-ASSEMBLY': { meetingsPerYear: number };
  /** A disclosure stays posted at least this many days (2025 text only). */
  'VCOL25-POSTING-15': { minDays: number };
  /**
   * Who authorises spending by amount (小微权力清单, local: no national number):
   * up to the first limit one signature, up to the second the two committees,
   * above it a resolution of the representatives' meeting. Integer fen.
   */
  'XWQL-TIER': { oneSignatureUpToFen: number; twoCommitteesUpToFen: number };
  /** The supervision committee reviews each expense voucher before it is booked and paid. */
  'RVMC-VOUCHER': { supervisionReview: boolean };
  /**
   * The supervision committee's own votes (seed 002, 委员票决制): members present
   * to act and members in favour to carry, both of all members; whether its own
   * vote may release a hold, or only the representatives' resolution; the days a village body
   * has to answer an affairs complaint its complaints station handed on.
   */
  'SEED002-SUPERVISION': {
    present: Threshold;
    yes: Threshold;
    releaseByCommitteeVote: boolean;
    complaintAnswerDays: number;
  };
  /**
   * The service station's 督办 ladder (seed 002: 服务承诺制, 首问责任制; no statute names one):
   * a request past its promised day goes to the station head, then the town department's head,
   * then the town's 督办, this many working days after the due day (0: on the due day itself).
   */
  'SEED002-SERVICE-LADDER': {
    stationHeadAfterDays: number;
    departmentHeadAfterDays: number;
    townAfterDays: number;
  };
  /**
   * 民情 (seed 004, 群众单点、镇村办理): the days a village promises to answer an issue by urgency,
   * in calendar or working days; the days a reporter has to rate an answer; the days between
   * two visits of a Party member to a linked household. Village data: no statute names them.
   */
  'SEED004-LIAISON': {
    urgentDays: number;
    normalDays: number;
    lowDays: number;
    unit: 'calendar' | 'working';
    ratingDays: number;
    visitDays: number;
  };
  /**
   * 民主评议 (VCOL Art. 33, 2025 Art. 38): whether the supervision committee's members are
   * evaluated too (浙江 Art. 33); how a cadre's result follows from the sheets cast (no statute
   * says: 不称职 when more than half rate 不称职, 称职 when more than half rate 称职, else
   * 基本称职); the end of an office announced within this many days of the count (浙江 Art. 35).
   */
  'VCOL-33-EVAL': {
    includeSupervision: boolean;
    incompetent: Threshold;
    competent: Threshold;
    maxAnnounceDays: number;
  };
  /** Elections (core/src/elections): the statute's numbers, and Zhejiang's where the statute names none. */
  'VCOL-11-TERM': { years: number };
  'VCOL-13-ELIGIBLE': { minAge: number; class3MinYears: number };
  /** 名单在选举日的二十日前公布; objections 五日内; decisions 三日内. */
  'VCOL-14-LIST': { listDaysBefore: number; objectionDays: number; decisionDays: number };
  /**
   * 差额 per post: a single-seat post (chair, vice-chair) between min and max extra
   * candidates; a multi-seat post at least max(minExtra, ⌈seats × percent / 100⌉)
   * extra and at most maxExtra (99: no cap). Seed 002's rules: 20% (7 seats → 9).
   */
  'VCOL-15-SURPLUS': {
    singleSeatMinExtra: number;
    singleSeatMaxExtra: number;
    multiSeatMinExtra: number;
    multiSeatMaxExtra: number;
    multiSeatMinExtraPercent: number;
  };
  'VCOL-15-VALID': { turnout: Threshold };
  /**
   * Winning: of the voters who voted. How at least one woman is seated when the count
   * elects none: the woman with most votes among those past the threshold takes the
   * last seat, or (womenByRunoff) that seat goes to a runoff among the women.
   */
  'VCOL-15-WIN': { votes: Threshold; womenByRunoff: boolean };
  'VCOL-15-RUNOFF': { votes: Threshold };
  'VCOL-16-RECALL-INIT': { voters: Threshold; representatives: Threshold };
  'VCOL-16-RECALL-VOTE': { turnout: Threshold; yes: Threshold };
  /** By-election turnout: at the assembly of its members, at the representatives' meeting of its members. */
  'VCOL-19-BYELECTION': { assemblyTurnout: Threshold; representativesTurnout: Threshold };
  'VCOL-20-HANDOVER': { maxDays: number };
  'XJGC-EC': { minMembers: number; objectionDays: number };
  /** 正式候选人名单在选举日的五日前公布; written withdrawal 三日前. */
  'ZJ-18-CAND-LIST': { listDaysBefore: number; withdrawDaysBefore: number };
  /** 自荐人 register 十日前, for one post. */
  'ZJ-20-SELF-NOMINATION': { registerDaysBefore: number };
  /** Time, place, method and tellers published 五日前. */
  'ZJ-22-TELLER-RECUSAL': { noticeDaysBefore: number };
  'ZJ-24-MOBILE-BOX': { minScrutineers: number };
  /** 浙江 Art. 25: an election proxy is held only by a spouse, parent, child, sibling, grandparent or grandchild. */
  'ZJ-25-PROXY': { nearRelativesOnly: boolean };
  'ZJ-RUNOFF-WINDOW': { maxDaysAfterPolling: number };
  /** Winners announced on polling day or within this many days after. */
  'ZJ-32-ANNOUNCE': { maxDays: number };
  /** The vote 三十日内 of the request; else the township's duty 六十日内 after. */
  'ZJ-35-RECALL-DEADLINE': { voteWithinDays: number; townshipWithinDays: number };
  /** 信访 (《信访工作条例》 Arts. 20–36): representatives of a group visit; route, notice, objection; handling; review. */
  'XF-20-REPS': { maxRepresentatives: number };
  'XF-22-ROUTE': { routeDays: number; noticeDays: number; objectionWorkingDays: number };
  'XF-34-HANDLE': { days: number; maxExtensionDays: number };
  'XF-35-REVIEW': { requestDays: number; opinionDays: number };
  /** Village rules: filed with the township this many days after adoption; women present at the vote, at least. */
  'CGMY-STEPS': { filingDays: number; minWomenPresent: number };
  /** 党费: salaried bands (upper bounds inclusive, fen) and rates (basis points); pensions; the fixed sums. */
  'PARTY-DUES': {
    salariedUpTo1Fen: number;
    salariedRate1Bp: number;
    salariedUpTo2Fen: number;
    salariedRate2Bp: number;
    salariedUpTo3Fen: number;
    salariedRate3Bp: number;
    salariedRateTopBp: number;
    retiredUpToFen: number;
    retiredRateBp: number;
    retiredRateTopBp: number;
    farmerFen: number;
    reducedFen: number;
  };
  /** 连续六个月不交纳党费: months unpaid in a row after which the branch takes the member up. */
  'PARTY-DUES-LAPSE': { months: number };
}

export type ParamRuleId = keyof RuleParams;

/**
 * A province's rule profile: its implementing measures, which set some of
 * the numbers over the national statute of the day (`overlay`). The
 * national profile sets none. Its version is the measures' date (null for
 * the national statute, whose version is the law's).
 */
export interface RuleProfile {
  id: string;
  version: string | null;
  name: { zh: string; en: string };
  overlay: { [K in ParamRuleId]?: Partial<RuleParams[K]> };
}

const NATIONAL_2018: RuleParams = {
  'VCOL-21-CONVENE': {
    villagerDemand: atLeast(1, 10),
    representativeDemand: atLeast(1, 3),
    noticeDays: 10,
  },
  'VCOL-22-QUORUM': { adults: STRICT_MAJORITY, households: atLeast(2, 3) },
  'VCOL-22-DECISION': { yes: STRICT_MAJORITY },
  'VCOL-22-SPECIAL': { yes: atLeast(2, 3) },
  'VCOL-25-COMPOSITION': {
    representatives: atLeast(4, 5),
    womenRepresentatives: atLeast(1, 3),
    minHouseholdsPerRepresentative: 5,
    maxHouseholdsPerRepresentative: 15,
  },
  'VCOL-26-FREQ': { meetingsPerQuarter: 1, representativeDemand: atLeast(1, 5) },
  'VCOL-26-QUORUM': { present: atLeast(2, 3), yes: STRICT_MAJORITY },
  'VCOL-28-GROUP': { adults: atLeast(2, 3), households: atLeast(2, 3), yes: STRICT_MAJORITY },
  'VCOL-06-SIZE': { min: 3, max: 7, minWomen: 1 },
  'VCOL-32-SUPERVISOR-ELIG': { minWithAccounting: 1 },
  'RVMC-SIZE': { min: 3, max: 5 },
  'RMTJ-08-SIZE': { min: 3, max: 9, minWomen: 1 },
  'RMTJ-33-CONFIRM': {
    maxDaysAfterEffect: 30,
    courtAcceptDays: 3,
    courtDecideDays: 15,
    courtExtensionDays: 10,
  },
  'SIYI-ORDER': { mergeFirstTwoWhenConcurrent: true },
  'SIYI-PARTY-QUORUM': { present: atLeast(2, 3), yes: atLeast(1, 2) },
  'VCOL25-PARTY-FIRST': { enforcement: 'refuse' },
  'SEED002-ONE-PLUS-THREE': { topicNoticeDays: 7 },
  'COUNCIL-MEETING': { present: STRICT_MAJORITY, yes: STRICT_MAJORITY, noticeDays: 0 },
  'JOINT-MEETING': { present: STRICT_MAJORITY, yes: STRICT_MAJORITY },
  // the 2018 text names no number; three is what most provinces set (RULES.md §13.5)
  'VCOL-15-PROXY': { maxPrincipalsPerHolder: 3, requestDaysBefore: 0, closeRelativesOnly: true },
  // quarterly; finances go with them unless frequent; no national minimum on the board before 2026
  'VCOL-30-DISCLOSE': { maxMonthsGeneral: 3, maxMonthsFinance: 3, minPostingDays: 0 },
  // the statute names no number: 浙江's implementing measures Art. 36 (a 质询 answered in 15 days)
  'VCOL-30-ENQUIRY': { maxAnswerDays: 15 },
  'PARTY-DISCLOSE': { maxMonths: 3 },
  // not in the 2018 text: never checked for acts before 2026 (ruleInForce)
  'VCOL25-ANNUAL-ASSEMBLY': { meetingsPerYear: 1 },
  'VCOL25-POSTING-15': { minDays: 15 },
  // the sample tiers of RULES.md §4 (a village's 财务管理制度): ¥1,000 and ¥10,000
  'XWQL-TIER': { oneSignatureUpToFen: 100_000, twoCommitteesUpToFen: 1_000_000 },
  'RVMC-VOUCHER': { supervisionReview: true },
  // 须半数以上委员到场方可进行 … 须经半数以上委员投票通过 (半数以上 includes half: RULES.md §0.2)
  'SEED002-SUPERVISION': {
    present: atLeast(1, 2),
    yes: atLeast(1, 2),
    releaseByCommitteeVote: false,
    // no statute names a number for the station: the enquiries' 15 days (浙江 measures Art. 36)
    complaintAnswerDays: 15,
  },
  'SEED002-SERVICE-LADDER': {
    stationHeadAfterDays: 0,
    departmentHeadAfterDays: 2,
    townAfterDays: 5,
  },
  // seed 004 names no numbers: 1 working day for the urgent, 5 and 15 otherwise; 7 days to rate;
  // a visit a month (village data, changed by the charter)
  'SEED004-LIAISON': {
    urgentDays: 1,
    normalDays: 5,
    lowDays: 15,
    unit: 'working',
    ratingDays: 7,
    visitDays: 30,
  },
  // the statute names no result rule and no announcement deadline: 过半数 of the sheets cast, and
  // 浙江's 15 days (its implementing measures Art. 35) as the default everywhere
  'VCOL-33-EVAL': {
    includeSupervision: false,
    incompetent: STRICT_MAJORITY,
    competent: STRICT_MAJORITY,
    maxAnnounceDays: 15,
  },
  // elections: the statute's thresholds; where it names no number, 浙江省村民委员会选举办法's
  'VCOL-11-TERM': { years: 5 },
  'VCOL-13-ELIGIBLE': { minAge: 18, class3MinYears: 1 },
  'VCOL-14-LIST': { listDaysBefore: 20, objectionDays: 5, decisionDays: 3 },
  // 多于应选名额, and one more for a single seat (RULES.md §6: the common provincial reading)
  'VCOL-15-SURPLUS': {
    singleSeatMinExtra: 1,
    singleSeatMaxExtra: 1,
    multiSeatMinExtra: 1,
    multiSeatMaxExtra: 99,
    multiSeatMinExtraPercent: 0,
  },
  'VCOL-15-VALID': { turnout: STRICT_MAJORITY },
  'VCOL-15-WIN': { votes: STRICT_MAJORITY, womenByRunoff: false },
  'VCOL-15-RUNOFF': { votes: atLeast(1, 3) },
  'VCOL-16-RECALL-INIT': { voters: atLeast(1, 5), representatives: atLeast(1, 3) },
  'VCOL-16-RECALL-VOTE': { turnout: STRICT_MAJORITY, yes: STRICT_MAJORITY },
  // 浙江: 过半数的村民会议成员参加投票; 三分之二以上的组成人员参加投票
  'VCOL-19-BYELECTION': { assemblyTurnout: STRICT_MAJORITY, representativesTurnout: atLeast(2, 3) },
  'VCOL-20-HANDOVER': { maxDays: 10 },
  'XJGC-EC': { minMembers: 3, objectionDays: 5 },
  'ZJ-18-CAND-LIST': { listDaysBefore: 5, withdrawDaysBefore: 3 },
  'ZJ-20-SELF-NOMINATION': { registerDaysBefore: 10 },
  'ZJ-22-TELLER-RECUSAL': { noticeDaysBefore: 5 },
  'ZJ-24-MOBILE-BOX': { minScrutineers: 3 },
  // the statute's proxy rule decides (VCOL-15-PROXY); a province may narrow who holds one
  'ZJ-25-PROXY': { nearRelativesOnly: false },
  'ZJ-RUNOFF-WINDOW': { maxDaysAfterPolling: 30 },
  'ZJ-32-ANNOUNCE': { maxDays: 1 },
  'ZJ-35-RECALL-DEADLINE': { voteWithinDays: 30, townshipWithinDays: 60 },
  'XF-20-REPS': { maxRepresentatives: 5 },
  'XF-22-ROUTE': { routeDays: 15, noticeDays: 15, objectionWorkingDays: 5 },
  'XF-34-HANDLE': { days: 60, maxExtensionDays: 30 },
  'XF-35-REVIEW': { requestDays: 30, opinionDays: 30 },
  // no national number (RULES.md §5): 表决通过后10日内 as most provinces set; 一定比例妇女参会, at least one
  'CGMY-STEPS': { filingDays: 10, minWomenPresent: 1 },
  // 中组发〔2008〕3号: 0.5% to ¥3,000, 1% to ¥5,000, 1.5% to ¥10,000, 2% above; pensions 0.5% to
  // ¥5,000, 1% above; farmers ¥0.2–¥1 (¥1 here, the branch may set less); reduced ¥0.2
  'PARTY-DUES': {
    salariedUpTo1Fen: 300_000,
    salariedRate1Bp: 50,
    salariedUpTo2Fen: 500_000,
    salariedRate2Bp: 100,
    salariedUpTo3Fen: 1_000_000,
    salariedRate3Bp: 150,
    salariedRateTopBp: 200,
    retiredUpToFen: 500_000,
    retiredRateBp: 50,
    retiredRateTopBp: 100,
    farmerFen: 100,
    reducedFen: 20,
  },
  'PARTY-DUES-LAPSE': { months: 6 },
  ...COLLECTIVE_MEETING_PARAMS,
  ...PARTY_PARAMS,
};

/** The national statute's numbers under each text of the law (RULES.md §0.1). */
export const NATIONAL_PARAMS: Record<LawVersion, RuleParams> = {
  '2018-12-29': NATIONAL_2018,
  '2025-10-28': {
    ...NATIONAL_2018,
    // Art. 18 para. 4: a near relative or another villager; 每一村民接受委托不得超过三人
    'VCOL-15-PROXY': { maxPrincipalsPerHolder: 3, requestDaysBefore: 0, closeRelativesOnly: false },
  },
};

export const NATIONAL_PROFILE: RuleProfile = {
  id: 'national',
  version: null,
  name: { zh: '国家法律（默认）', en: 'National statute (default)' },
  overlay: {},
};

/**
 * 浙江省实施《村民委员会组织法》办法 (2020-07-31) and 浙江省村民委员会选举办法
 * Art. 25: a proxy is lodged at least three days before and covers at most
 * three principals; the implementing measures' Arts. 33 and 35: supervision
 * members are evaluated too, an office ended by evaluation is announced within
 * 15 days. The statute's other numbers stand.
 */
export const ZHEJIANG_PROFILE: RuleProfile = {
  id: 'zhejiang',
  version: '2020-07-31',
  name: { zh: '浙江省实施办法', en: 'Zhejiang implementing measures' },
  overlay: {
    'VCOL-15-PROXY': { maxPrincipalsPerHolder: 3, requestDaysBefore: 3 },
    // Art. 33: supervision committee members are evaluated too; Art. 35: announced within 15 days
    'VCOL-33-EVAL': { includeSupervision: true, maxAnnounceDays: 15 },
    // 选举办法 Art. 25 (2020): near relatives only, kept after the 2025 text allowed other villagers
    'ZJ-25-PROXY': { nearRelativesOnly: true },
  },
};

/**
 * 山东省村务公开条例 (2018) Arts. 12–13: finances are published item by item every month
 * (逐项逐笔每月公布一次), and a posting stays on the board at least five days.
 */
export const SHANDONG_PROFILE: RuleProfile = {
  id: 'shandong',
  version: '2018',
  name: { zh: '山东省村务公开条例', en: 'Shandong village affairs disclosure regulations' },
  overlay: { 'VCOL-30-DISCLOSE': { maxMonthsFinance: 1, minPostingDays: 5 } },
};

export const RULE_PROFILES: Record<string, RuleProfile> = {
  national: NATIONAL_PROFILE,
  zhejiang: ZHEJIANG_PROFILE,
  shandong: SHANDONG_PROFILE,
};

/** A profile's numbers under a text of the law: the statute's, with the province's over them. */
export function profileParams(base: RuleProfile, law: LawVersion): RuleParams {
  const params = structuredClone(NATIONAL_PARAMS[law]) as unknown as Record<string, object>;
  for (const [ruleId, values] of Object.entries(base.overlay))
    params[ruleId] = { ...params[ruleId], ...values };
  return params as unknown as RuleParams;
}

/**
 * The version a decision stores: the law's date for the national statute;
 * the measures' date for a province, with the law's where it is not the first
 * text ("2020-07-31@2025-10-28"; stored as "2020-07-31" before 2026).
 */
export function profileVersion(base: RuleProfile, law: LawVersion): string {
  if (base.version === null) return law;
  return law === LAW_VERSIONS[0].id ? base.version : `${base.version}@${law}`;
}

/** The numbers a stored {profile, version} stood for, where no charter changed them; null otherwise. */
export function storedProfileParams(profile: { id: string; version: string }): RuleParams | null {
  const base = RULE_PROFILES[profile.id];
  if (!base) return null;
  const law = LAW_VERSIONS.find((l) => profileVersion(base, l.id) === profile.version);
  return law ? profileParams(base, law.id) : null;
}

/** One parameter set of a rule changed by the village charter (adopted by an assembly resolution). */
export interface CharterOverride<K extends ParamRuleId = ParamRuleId> {
  ruleId: K;
  params: Partial<RuleParams[K]>;
  adoptedOn: string;
}

/** The profile a decision is checked against; its id and version are stored with the decision. */
export interface ResolvedProfile {
  id: string;
  version: string;
  /** The text of the law in force on the day it was resolved for. */
  law: LawVersion;
  params: RuleParams;
}

export type OverrideProblem = { ruleId: ParamRuleId; param: string; reason: 'looser_than_statute' };

/**
 * The profile in force on a day: the text of the law then, the province's
 * numbers over it, and the charter clauses adopted by then. Statutory
 * thresholds and day counts may only be made stricter; a looser one is
 * reported and not applied (whether a rule is statute is the law's of that
 * day: the Party's prior study is from 2026).
 */
export function resolveProfile(
  base: RuleProfile,
  overrides: readonly CharterOverride[],
  on: CalendarDate,
): { profile: ResolvedProfile; problems: OverrideProblem[] } {
  const law = lawOn(on);
  const params = profileParams(base, law) as unknown as Record<string, Record<string, unknown>>;
  const problems: OverrideProblem[] = [];
  const applied: string[] = [];
  for (const o of overrides) {
    if (o.adoptedOn > on) continue;
    const current = params[o.ruleId] as Record<string, unknown>;
    const statutory = citationOn(o.ruleId, on).force === 'statute';
    let changed = false;
    for (const [key, value] of Object.entries(o.params)) {
      if (statutory && !tighterOrEqual(value, current[key], key)) {
        problems.push({ ruleId: o.ruleId, param: key, reason: 'looser_than_statute' });
        continue;
      }
      current[key] = value;
      changed = true;
    }
    if (changed) applied.push(`${o.ruleId}@${o.adoptedOn}`);
  }
  const own = profileVersion(base, law);
  const version = applied.length ? `${own}+charter(${applied.join(',')})` : own;
  return {
    profile: { id: base.id, version, law, params: params as unknown as RuleParams },
    problems,
  };
}

/** Larger day counts and stricter thresholds are tighter; fewer households per representative is not a loosening either way. */
function tighterOrEqual(next: unknown, current: unknown, key: string): boolean {
  // refusing is stricter than warning (only a rule that is not statute may be softened)
  if (key === 'enforcement') return next === 'refuse' || current === 'warn';
  if (isThreshold(next) && isThreshold(current)) return atLeastAsStrict(next, current);
  if (typeof next === 'number' && typeof current === 'number') {
    if (key.startsWith('max')) return next <= current;
    return next >= current;
  }
  return next === current;
}

function isThreshold(v: unknown): v is Threshold {
  return typeof v === 'object' && v !== null && 'kind' in v;
}
