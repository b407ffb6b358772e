import type { CalendarDate } from '../calendarDate.ts';
import { finding, type Finding } from '../rules/findings.ts';
import type { RuleParams } from '../rules/profile.ts';
import { meets, required, thresholdWording, type Threshold } from '../rules/threshold.ts';
import { MEETING_KIND_INFO, type MeetingKind } from './meetingKinds.ts';

/**
 * Who counts, computed from the registry and check-ins on the meeting date.
 * `members` is the base the law names: adults of the village (assembly),
 * adults of the group, all members of the body (representatives' meeting =
 * representatives + committee members), or Party members due to attend; at
 * the members' assembly the organisation's members with full civil capacity
 * on that date (minors are members but not of the assembly: Art. 26).
 */
export interface Presence {
  members: number;
  present: number;
  /** Assembly and group meeting: households, and households with a representative present. */
  households?: number;
  householdsPresent?: number;
  /** Representatives' meeting: representatives only (base of the land-contracting majority). */
  representatives?: number;
}

/** One way of reaching quorum (the assembly has two: adults or households). */
export interface QuorumPath {
  basis: 'members' | 'households';
  count: number;
  base: number;
  required: number;
  met: boolean;
  wording: { zh: string; en: string };
}

export interface QuorumResult {
  met: boolean;
  ruleId: Finding['ruleId'];
  paths: QuorumPath[];
  /** How many more people (on the nearest path) are needed. */
  missing: number;
}

function path(basis: QuorumPath['basis'], count: number, base: number, t: Threshold): QuorumPath {
  return {
    basis,
    count,
    base,
    required: required(base, t),
    met: meets(count, base, t),
    wording: thresholdWording(t),
  };
}

export function quorum(kind: MeetingKind, p: Presence, params: RuleParams): QuorumResult {
  const paths = quorumPaths(kind, p, params);
  const met = paths.some((x) => x.met);
  const missing = met ? 0 : Math.min(...paths.map((x) => x.required - x.count));
  return { met, ruleId: MEETING_KIND_INFO[kind].quorumRule, paths, missing };
}

function quorumPaths(kind: MeetingKind, p: Presence, params: RuleParams): QuorumPath[] {
  switch (kind) {
    case 'villagersAssembly': {
      // VCOL-22-QUORUM: adults present > half of adults, or households ≥ 2/3
      const r = params['VCOL-22-QUORUM'];
      return [path('members', p.present, p.members, r.adults), ...householdPath(p, r.households)];
    }
    case 'villagerGroupMeeting': {
      const r = params['VCOL-28-GROUP'];
      return [path('members', p.present, p.members, r.adults), ...householdPath(p, r.households)];
    }
    case 'representativesMeeting':
      return [path('members', p.present, p.members, params['VCOL-26-QUORUM'].present)];
    case 'partyMembersMeeting':
      return [path('members', p.present, p.members, params['SIYI-PARTY-QUORUM'].present)];
    case 'villagersDeliberationCouncil':
      return [path('members', p.present, p.members, params['COUNCIL-MEETING'].present)];
    case 'twoCommitteesJointMeeting':
      return [path('members', p.present, p.members, params['JOINT-MEETING'].present)];
    case 'membersAssembly':
      return [path('members', p.present, p.members, params['NJJ-27-QUORUM'].present)];
    case 'membersRepresentativesAssembly':
      return [path('members', p.present, p.members, params['NJJ-28-REPS'].present)];
    case 'collectiveCouncilMeeting':
      return [path('members', p.present, p.members, params['NJJ-31-COUNCIL-VOTE'].present)];
  }
}

/**
 * The households path exists only when households are known: 2/3 of zero
 * households is zero, which would make any meeting quorate.
 */
function householdPath(p: Presence, t: Threshold): QuorumPath[] {
  if (!p.households) return [];
  return [path('households', p.householdsPresent ?? 0, p.households, t)];
}

/** Why a meeting on day `on` cannot vote, naming the nearest quorum path. */
export function noQuorumFinding(
  kind: MeetingKind,
  q: QuorumResult,
  on: CalendarDate,
  locale: 'zh-CN' | 'en' = 'zh-CN',
): Finding {
  // every path the law gives is named, with what each lacks: an assembly short by adults may
  // also be short by households, and the clerk needs to know both
  const basis = q.paths
    .map((x) => `${describePath(x, locale)}${locale === 'en' ? ', ' : '，'}${shortBy(x, locale)}`)
    .join(locale === 'en' ? '; or ' : '；按户计：');
  return finding(on, MEETING_KIND_INFO[kind].quorumRule, 'no_quorum', {
    basis,
    missing: q.missing,
  });
}

/** "还差 1 人" / "还差 2 户". */
function shortBy(x: QuorumPath, locale: 'zh-CN' | 'en'): string {
  const n = Math.max(0, x.required - x.count);
  if (locale === 'en') return `${n} more ${x.basis === 'households' ? 'households' : 'needed'}`;
  return `还差 ${n} ${x.basis === 'households' ? '户' : '人'}`;
}

/** "到会 21 / 应到 31，须达到三分之二以上（21 人）". */
export function describePath(x: QuorumPath, locale: 'zh-CN' | 'en'): string {
  if (locale === 'en') {
    const unit = x.basis === 'households' ? 'households' : 'present';
    return `${x.count} ${unit} of ${x.base}, ${x.wording.en} needed (${x.required})`;
  }
  const unit = x.basis === 'households' ? '户' : '人';
  const label = x.basis === 'households' ? '到会户' : '到会';
  return `${label} ${x.count} / 应到 ${x.base} ${unit}，须${x.wording.zh}（${x.required} ${unit}）`;
}

export interface Tally {
  yes: number;
  no: number;
  abstain: number;
}

/** The base a decision is measured against. */
export const DECISION_BASES = [
  'attendees',
  'allMembers',
  'allRepresentatives',
  'membersDue',
  'allCollectiveMembers',
  'allMemberRepresentatives',
  'allDirectors',
] as const;
export type DecisionBase = (typeof DECISION_BASES)[number];

export interface DecisionResult {
  passed: boolean;
  ruleId: Finding['ruleId'];
  base: DecisionBase;
  baseCount: number;
  required: number;
  yes: number;
  wording: { zh: string; en: string };
}

/**
 * Whether a motion passed, with the base the law names. Abstentions and
 * absent votes count against wherever the base is attendees or members
 * (VCOL-22-DECISION: 到会人员的过半数, not votes cast). The collective
 * organisation's bodies decide on all their members whoever attends: the
 * assembly on all members of full capacity, the representatives' assembly on
 * all representatives, the council on all directors. `nonMemberRights`: a
 * non-member's rights at the members' assembly need three-quarters of all
 * (NJJ-15-NONMEMBER).
 */
export function decide(
  kind: MeetingKind,
  tally: Tally,
  p: Presence,
  params: RuleParams,
  options: { special?: boolean; nonMemberRights?: boolean } = {},
): DecisionResult {
  const result = (
    ruleId: Finding['ruleId'],
    base: DecisionBase,
    baseCount: number,
    t: Threshold,
  ): DecisionResult => ({
    passed: meets(tally.yes, baseCount, t),
    ruleId,
    base,
    baseCount,
    required: required(baseCount, t),
    yes: tally.yes,
    wording: thresholdWording(t),
  });
  if (options.special && (kind === 'villagersAssembly' || kind === 'representativesMeeting')) {
    // VCOL-22-SPECIAL: two-thirds of all assembly members, or of all representatives — the
    // representatives only, not the committee members who also sit at their meeting
    if (kind === 'villagersAssembly')
      return result('VCOL-22-SPECIAL', 'allMembers', p.members, params['VCOL-22-SPECIAL'].yes);
    return result(
      'VCOL-22-SPECIAL',
      'allRepresentatives',
      p.representatives ?? p.members,
      params['VCOL-22-SPECIAL'].yes,
    );
  }
  switch (kind) {
    case 'villagersAssembly':
      return result('VCOL-22-DECISION', 'attendees', p.present, params['VCOL-22-DECISION'].yes);
    case 'villagerGroupMeeting':
      return result('VCOL-28-GROUP', 'attendees', p.present, params['VCOL-28-GROUP'].yes);
    case 'representativesMeeting':
      return result('VCOL-26-QUORUM', 'attendees', p.present, params['VCOL-26-QUORUM'].yes);
    case 'partyMembersMeeting':
      // local rule: 应到会党员半数以上 — members due, and a tie passes
      return result('SIYI-PARTY-QUORUM', 'membersDue', p.members, params['SIYI-PARTY-QUORUM'].yes);
    case 'villagersDeliberationCouncil':
      return result('COUNCIL-MEETING', 'attendees', p.present, params['COUNCIL-MEETING'].yes);
    case 'twoCommitteesJointMeeting':
      return result('JOINT-MEETING', 'attendees', p.present, params['JOINT-MEETING'].yes);
    case 'membersAssembly':
      return options.nonMemberRights
        ? result(
            'NJJ-15-NONMEMBER',
            'allCollectiveMembers',
            p.members,
            params['NJJ-15-NONMEMBER'].yes,
          )
        : result(
            'NJJ-27-DECISION',
            'allCollectiveMembers',
            p.members,
            params['NJJ-27-DECISION'].yes,
          );
    case 'membersRepresentativesAssembly':
      return result(
        'NJJ-28-REPS',
        'allMemberRepresentatives',
        p.members,
        params['NJJ-28-REPS'].yes,
      );
    case 'collectiveCouncilMeeting':
      return result(
        'NJJ-31-COUNCIL-VOTE',
        'allDirectors',
        p.members,
        params['NJJ-31-COUNCIL-VOTE'].yes,
      );
  }
}

export const DECISION_BASE_NAMES: Record<DecisionBase, { zh: string; en: string }> = {
  attendees: { zh: '到会人员', en: 'attendees' },
  allMembers: { zh: '村民会议全体成员', en: "all members of the villagers' assembly" },
  allRepresentatives: { zh: '全体村民代表', en: 'all villagers’ representatives' },
  membersDue: { zh: '应到会人员', en: 'members due to attend' },
  allCollectiveMembers: { zh: '成员大会全体成员', en: "all members of the members' assembly" },
  allMemberRepresentatives: { zh: '全体成员代表', en: "all members' representatives" },
  allDirectors: { zh: '全体理事', en: 'all directors' },
};

/** "赞成 301 票，须获到会人员 600 人的过半数赞成（301 票）：通过". */
export function describeDecision(d: DecisionResult, locale: 'zh-CN' | 'en'): string {
  const base = DECISION_BASE_NAMES[d.base];
  if (locale === 'en')
    return `${d.yes} in favour; ${d.wording.en} of ${d.baseCount} ${base.en} needed (${d.required}): ${d.passed ? 'passed' : 'not passed'}`;
  return `赞成 ${d.yes} 票，须获${base.zh} ${d.baseCount} 人的${d.wording.zh}赞成（${d.required} 票）：${d.passed ? '通过' : '未通过'}`;
}

/** What a held (closed) meeting recorded about whether it stands. */
export interface HeldMeetingRecord {
  /** The quorum counted at close (`quorum()` above); null for a meeting closed before it was recorded. */
  quorumMet: boolean | null;
  /** The supervision committee's record that attendance, procedure or count was not valid. */
  invalidReason: string | null;
}

/**
 * A held meeting whose decisions do not stand: closed short of quorum as counted when it
 * closed, or recorded invalid by the supervision committee. One closed before its quorum was
 * recorded is judged by the committee's record alone.
 */
export const meetingDoesNotStand = (m: HeldMeetingRecord): boolean =>
  m.quorumMet === false || m.invalidReason !== null;
