import type { RuleId } from './citations.ts';
import { CITATIONS } from './citations.ts';
import { atLeast, atLeastAsStrict, STRICT_MAJORITY, type Threshold } from './threshold.ts';

/**
 * Every number the decision rules use, as named parameters keyed by rule id.
 * The national statute profile is the default; a provincial profile and a
 * village charter override some of them. Statutory figures may only be
 * tightened by a charter, never loosened.
 */
export interface RuleParams {
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
  'SIYI-ORDER': { mergeFirstTwoWhenConcurrent: boolean };
  'SIYI-PARTY-QUORUM': { present: Threshold; yes: Threshold };
  /** Whether skipping the Party organisation's prior study refuses the step or only warns. */
  'VCOL25-PARTY-FIRST': { enforcement: 'refuse' | 'warn' };
  'PARTY-3H1K': { partyMembersMeetingsPerQuarter: number };
  'SEED002-ONE-PLUS-THREE': { topicNoticeDays: number };
  'COUNCIL-MEETING': { present: Threshold; yes: Threshold; noticeDays: number };
  'JOINT-MEETING': { present: Threshold; yes: Threshold };
  /**
   * Proxies at meetings: written, held by a close relative, at most this many
   * principals per holder, lodged this many days before the meeting.
   */
  'VCOL-15-PROXY': { maxPrincipalsPerHolder: number; requestDaysBefore: number };
}

export type ParamRuleId = keyof RuleParams;

export interface RuleProfile {
  id: string;
  version: string;
  name: { zh: string; en: string };
  params: RuleParams;
}

export const NATIONAL_PROFILE: RuleProfile = {
  id: 'national',
  version: '2018-12-29',
  name: { zh: '国家法律（默认）', en: 'National statute (default)' },
  params: {
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
    'SIYI-ORDER': { mergeFirstTwoWhenConcurrent: true },
    'SIYI-PARTY-QUORUM': { present: atLeast(2, 3), yes: atLeast(1, 2) },
    'VCOL25-PARTY-FIRST': { enforcement: 'refuse' },
    'PARTY-3H1K': { partyMembersMeetingsPerQuarter: 1 },
    'SEED002-ONE-PLUS-THREE': { topicNoticeDays: 7 },
    'COUNCIL-MEETING': { present: STRICT_MAJORITY, yes: STRICT_MAJORITY, noticeDays: 0 },
    'JOINT-MEETING': { present: STRICT_MAJORITY, yes: STRICT_MAJORITY },
    // the statute names no number; three is what most provinces set (RULES.md §13.5)
    'VCOL-15-PROXY': { maxPrincipalsPerHolder: 3, requestDaysBefore: 0 },
  },
};

/**
 * 浙江省实施《村民委员会组织法》办法 (2020-07-31) and 浙江省村民委员会选举办法
 * Art. 25: a proxy is lodged at least three days before and covers at most
 * three principals; the statute's meeting numbers stand.
 */
export const ZHEJIANG_PROFILE: RuleProfile = {
  id: 'zhejiang',
  version: '2020-07-31',
  name: { zh: '浙江省实施办法', en: 'Zhejiang implementing measures' },
  params: {
    ...NATIONAL_PROFILE.params,
    'VCOL-15-PROXY': { maxPrincipalsPerHolder: 3, requestDaysBefore: 3 },
  },
};

export const RULE_PROFILES: Record<string, RuleProfile> = {
  national: NATIONAL_PROFILE,
  zhejiang: ZHEJIANG_PROFILE,
};

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
  params: RuleParams;
}

export type OverrideProblem = { ruleId: ParamRuleId; param: string; reason: 'looser_than_statute' };

/**
 * Applies charter overrides to a base profile. Statutory thresholds and day
 * counts may only be made stricter; a looser one is reported and not applied.
 */
export function resolveProfile(
  base: RuleProfile,
  overrides: readonly CharterOverride[],
): { profile: ResolvedProfile; problems: OverrideProblem[] } {
  const params = structuredClone(base.params) as unknown as Record<string, Record<string, unknown>>;
  const problems: OverrideProblem[] = [];
  const applied: string[] = [];
  for (const o of overrides) {
    const current = params[o.ruleId] as Record<string, unknown>;
    const statutory = CITATIONS[o.ruleId as RuleId].force === 'statute';
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
  const version = applied.length ? `${base.version}+charter(${applied.join(',')})` : base.version;
  return {
    profile: { id: base.id, version, params: params as unknown as RuleParams },
    problems,
  };
}

/** Larger day counts and stricter thresholds are tighter; fewer households per representative is not a loosening either way. */
function tighterOrEqual(next: unknown, current: unknown, key: string): boolean {
  // How the platform responds (refuse or warn) is not a statutory figure:
  // RULES.md §11 gives VCOL25-PARTY-FIRST's consequence as a warning.
  if (key === 'enforcement') return true;
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
