import type { BodyKind } from '../bodies/bodyKinds.ts';
import type { CalendarDate } from '../calendarDate.ts';
import { ruleInForce } from './citations.ts';
import { finding, type Finding } from './findings.ts';
import type { RuleParams } from './profile.ts';
import { checkMediationCommittee } from '../disputes/rules.ts';
import { meets, required } from './threshold.ts';
import {
  checkCollectiveCouncil,
  checkCollectiveSupervisors,
  checkMemberRepresentatives,
  type CollectiveOfficer,
  type KinPair,
} from '../collective/meetings/seating.ts';

/** A serving member as the composition checks see them. */
export interface SeatHolder {
  personId: string;
  name: string;
  gender: 'male' | 'female';
  role: string;
  /** Recorded qualifications, e.g. 'accounting' (财会) or 'management' (管理). */
  qualifications: readonly string[];
}

export interface CompositionFacts {
  /** The day the body is judged on: its rules are the law in force then. */
  on: CalendarDate;
  kind: BodyKind;
  members: readonly SeatHolder[];
  /** Serving villagers' committee members (ex officio in the representatives' meeting, VCOL Art. 25). */
  committeeMembers: readonly SeatHolder[];
  /** Serving Party branch committee members (for the council's cadre share). */
  partyCommitteeMembers: readonly SeatHolder[];
  /** Serving committee members who are near relatives of each other (name, relative's name). */
  committeeKin: ReadonlyArray<{ name: string; relative: string }>;
  /** For each supervision member, the committee member they are a close relative of, if any. */
  closeRelativeOnCommittee: ReadonlyMap<string, string>;
  /** The Party secretary's person id, if one is serving. */
  partySecretaryId: string | null;
  /** The last day of the body's term in force, and of the villagers' committee's (null: none). */
  termEndsOn: CalendarDate | null;
  committeeTermEndsOn: CalendarDate | null;
  households: number;
  /** The collective organisation's bodies only: what Arts. 28, 29 and 34 look at. */
  collective?: CollectiveSeatingFacts;
}

export interface CollectiveSeatingFacts {
  /** Directors who are close relatives of each other (each pair once). */
  directorKin: readonly KinPair[];
  /** A serving member who is a director or finance/accounting staff (for the supervisors). */
  officers: ReadonlyMap<string, CollectiveOfficer>;
  /** A serving member who is a close relative of an officer: the officer's name and post. */
  officerRelatives: ReadonlyMap<string, { name: string; post: CollectiveOfficer }>;
  /** Households of the organisation's members on the day (the representatives' base). */
  memberHouseholds: number;
}

/** Bodies whose composition the law regulates: the ones checkComposition judges. */
export const COMPOSITION_CHECKED_KINDS: readonly BodyKind[] = [
  'villagersCommittee',
  'representativesMeeting',
  'villageAffairsSupervisionCommittee',
  'villagersDeliberationCouncil',
  'mediationCommittee',
  'collectiveCouncil',
  'collectiveSupervisoryBoard',
  'collectiveRepresentatives',
];

export function hasCompositionRules(kind: BodyKind): boolean {
  return COMPOSITION_CHECKED_KINDS.includes(kind);
}

/** Every composition rule that applies to a body (body page; also checked before a meeting). */
export function checkComposition(facts: CompositionFacts, params: RuleParams): Finding[] {
  if (facts.members.length === 0 && facts.kind !== 'villagersAssembly')
    return [finding(facts.on, 'VCOL-06-SIZE', 'body_empty', {}, 'warning')];
  switch (facts.kind) {
    case 'villagersCommittee':
      return checkCommittee(facts, params['VCOL-06-SIZE']);
    case 'representativesMeeting':
      return checkRepresentativesMeeting(facts, params['VCOL-25-COMPOSITION']);
    case 'villageAffairsSupervisionCommittee':
      return checkSupervision(facts, params);
    case 'villagersDeliberationCouncil':
      return checkCouncil(facts);
    case 'mediationCommittee':
      return checkMediationCommittee(facts, params['RMTJ-08-SIZE']);
    case 'collectiveCouncil':
      return checkCollectiveCouncil(
        {
          on: facts.on,
          // the council's seats; its finance and accounting staff hold no seat
          directors: facts.members.filter((m) => m.role !== 'staff'),
          kin: facts.collective?.directorKin ?? [],
        },
        params['NJJ-29-COUNCIL'],
      );
    case 'collectiveSupervisoryBoard':
      return checkCollectiveSupervisors({
        on: facts.on,
        supervisors: facts.members,
        officers: facts.collective?.officers ?? new Map(),
        relatives: facts.collective?.officerRelatives ?? new Map(),
      });
    case 'collectiveRepresentatives':
      return checkMemberRepresentatives(
        {
          on: facts.on,
          representatives: facts.members,
          households: facts.collective?.memberHouseholds ?? facts.households,
        },
        params['NJJ-28-REPS'],
      );
    default:
      return [];
  }
}

/**
 * VCOL-06-SIZE: 3–7 members, at least one woman; from 2026 (VCOL25-KIN-AVOID)
 * no two members near relatives of each other.
 */
export function checkCommittee(
  facts: Pick<CompositionFacts, 'on' | 'members' | 'committeeKin'>,
  p: RuleParams['VCOL-06-SIZE'],
): Finding[] {
  const { on, members } = facts;
  const out: Finding[] = [];
  const count = members.length;
  if (count < p.min || count > p.max)
    out.push(finding(on, 'VCOL-06-SIZE', 'committee_size', { min: p.min, max: p.max, count }));
  const women = members.filter((m) => m.gender === 'female').length;
  if (women < p.minWomen)
    out.push(finding(on, 'VCOL-06-SIZE', 'committee_women', { count: women }));
  if (ruleInForce('VCOL25-KIN-AVOID', on))
    for (const pair of facts.committeeKin)
      out.push(finding(on, 'VCOL25-KIN-AVOID', 'committee_kin', pair));
  return out;
}

/**
 * VCOL-25-COMPOSITION: the meeting is the representatives plus the
 * committee's members; representatives ≥ 4/5 of all, women representatives
 * ≥ 1/3 of all, one representative per 5–15 households (a warning, since
 * groups may instead choose several each).
 */
export function checkRepresentativesMeeting(
  facts: Pick<CompositionFacts, 'on' | 'members' | 'committeeMembers' | 'households'>,
  p: RuleParams['VCOL-25-COMPOSITION'],
): Finding[] {
  const { on } = facts;
  const out: Finding[] = [];
  const repIds = new Set(facts.members.map((m) => m.personId));
  const exOfficio = facts.committeeMembers.filter((m) => !repIds.has(m.personId));
  const total = facts.members.length + exOfficio.length;
  const reps = facts.members.length;
  if (!meets(reps, total, p.representatives))
    out.push(
      finding(on, 'VCOL-25-COMPOSITION', 'reps_share', {
        members: total,
        required: required(total, p.representatives),
        count: reps,
      }),
    );
  const women = facts.members.filter((m) => m.gender === 'female').length;
  if (!meets(women, total, p.womenRepresentatives))
    out.push(
      finding(on, 'VCOL-25-COMPOSITION', 'reps_women', {
        members: total,
        required: required(total, p.womenRepresentatives),
        count: women,
      }),
    );
  if (
    reps > 0 &&
    (facts.households < reps * p.minHouseholdsPerRepresentative ||
      facts.households > reps * p.maxHouseholdsPerRepresentative)
  )
    out.push(
      finding(
        on,
        'VCOL-25-COMPOSITION',
        'reps_households',
        {
          min: p.minHouseholdsPerRepresentative,
          max: p.maxHouseholdsPerRepresentative,
          households: facts.households,
          count: reps,
          per: Math.round(facts.households / reps),
        },
        'warning',
      ),
    );
  return out;
}

/**
 * VCOL-32-SUPERVISOR-ELIG (statute): no committee member or close relative
 * of one; at least one member with accounting or management knowledge.
 * RVMC-SIZE (policy): usually 3–5 members, not chaired by the Party secretary.
 * VCOL25-SUPERVISION-TERM (2025 text Art. 37): its term is the committee's.
 */
export function checkSupervision(
  facts: Pick<
    CompositionFacts,
    | 'on'
    | 'members'
    | 'committeeMembers'
    | 'closeRelativeOnCommittee'
    | 'partySecretaryId'
    | 'termEndsOn'
    | 'committeeTermEndsOn'
  >,
  params: RuleParams,
): Finding[] {
  const { on } = facts;
  const out: Finding[] = [];
  const committeeIds = new Set(facts.committeeMembers.map((m) => m.personId));
  for (const m of facts.members) {
    if (committeeIds.has(m.personId))
      out.push(
        finding(on, 'VCOL-32-SUPERVISOR-ELIG', 'supervision_committee_member', { name: m.name }),
      );
    const relative = facts.closeRelativeOnCommittee.get(m.personId);
    if (relative)
      out.push(
        finding(on, 'VCOL-32-SUPERVISOR-ELIG', 'supervision_close_relative', {
          name: m.name,
          relative,
        }),
      );
  }
  const qualified = facts.members.filter((m) =>
    m.qualifications.some((q) => q === 'accounting' || q === 'management'),
  ).length;
  const elig = params['VCOL-32-SUPERVISOR-ELIG'];
  if (qualified < elig.minWithAccounting)
    out.push(
      finding(on, 'VCOL-32-SUPERVISOR-ELIG', 'supervision_accounting', { count: qualified }),
    );
  const size = params['RVMC-SIZE'];
  const count = facts.members.length;
  if (count < size.min || count > size.max)
    out.push(
      finding(
        on,
        'RVMC-SIZE',
        'supervision_size',
        { min: size.min, max: size.max, count },
        'warning',
      ),
    );
  const { termEndsOn: ends, committeeTermEndsOn: committeeEnds } = facts;
  if (ruleInForce('VCOL25-SUPERVISION-TERM', on) && ends && committeeEnds && ends !== committeeEnds)
    out.push(finding(on, 'VCOL25-SUPERVISION-TERM', 'supervision_term', { ends, committeeEnds }));
  const chair = facts.members.find((m) => m.role === 'chair');
  if (chair && chair.personId === facts.partySecretaryId)
    out.push(finding(on, 'RVMC-SIZE', 'supervision_chair_secretary', {}, 'warning'));
  return out;
}

/** Seed 000 asks for a council whose members are villagers, not the cadres it advises: a warning. */
export function checkCouncil(
  facts: Pick<CompositionFacts, 'on' | 'members' | 'committeeMembers' | 'partyCommitteeMembers'>,
): Finding[] {
  const { on } = facts;
  const cadres = new Set(
    [...facts.committeeMembers, ...facts.partyCommitteeMembers].map((m) => m.personId),
  );
  const count = facts.members.filter((m) => cadres.has(m.personId)).length;
  const members = facts.members.length;
  if (count * 2 > members)
    return [finding(on, 'COUNCIL-MEETING', 'council_cadre_share', { members, count }, 'warning')];
  return [];
}

/**
 * A body is wrongly composed when its composition check finds a violation (a committee without
 * a woman, near relatives together, too few or too many seats …); warnings (an empty body not
 * yet set up, a ratio the law only recommends) do not make it so.
 */
export const compositionInvalid = (findings: readonly Finding[]): boolean =>
  findings.some((f) => f.severity === 'violation');
