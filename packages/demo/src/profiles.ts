import type { BodyKind } from '@cunzhi/core/bodies/bodyKinds';
import { SHOWCASE } from './places.ts';
import type { Rng } from './rng.ts';
import type { DemoVillage } from './types.ts';

/**
 * How many seats each body of a village has. The showcase community copies
 * seed 002 (part 三); other villages get the same set of bodies at sizes the
 * law allows (VCOL-06-SIZE: committee 3–7 with a woman; the 2017 guidance:
 * supervision 3–5; VCOL-25-COMPOSITION: representatives ≥ 4/5 of the meeting,
 * women ≥ 1/3; NJJ-29-COUNCIL: collective council 3–7, odd; mediation 3–9).
 */
export interface SubBranchPlan {
  name: string;
  /** 老龄支部: retired members. */
  elderly: boolean;
}

export interface BodyProfile {
  partyName: string;
  partyCommittee: number;
  partyDeputy: boolean;
  subBranches: SubBranchPlan[];
  partyMembers: number;
  /** 一肩挑: the Party secretary is elected committee chair. */
  concurrentSecretaryChair: boolean;
  committee: number;
  committeeViceChairs: number;
  committeeWomen: number;
  /** 交叉任职: Party committee members also elected to the villagers' committee. */
  crossAppointed: number;
  supervision: number;
  representatives: number;
  council: number;
  councilFromRepresentatives: number;
  collectiveCouncil: number;
  supervisoryBoard: number;
  /** seed 002: 监事会主席由社区党总支书记…担任. */
  boardChairIsSecretary: boolean;
  mediation: number;
  serviceStaff: number;
  /** seed 002: the supervision chair is chosen from the service station's staff. */
  supervisionChairFromStation: boolean;
  socialOrganizations: Array<{
    name: string;
    seats: number;
    ages: readonly [number, number];
    maleWeight: number;
  }>;
  /** A committee member of the previous term resigned and was replaced by a by-election (补选). */
  previousCommitteeByElection: boolean;
  /** A representative of the current term resigned and was replaced. */
  currentRepresentativeByElection: boolean;
}

export function showcaseProfile(v: DemoVillage): BodyProfile {
  return {
    partyName: `${v.name}党总支`,
    partyCommittee: 5,
    partyDeputy: true,
    subBranches: [
      { name: '就业支部', elderly: false },
      { name: '创业支部', elderly: false },
      { name: '老龄支部', elderly: true },
      { name: '金川公司支部', elderly: false },
    ],
    partyMembers: SHOWCASE.partyMembers,
    concurrentSecretaryChair: false,
    committee: 5,
    committeeViceChairs: 0,
    committeeWomen: 2,
    crossAppointed: 1,
    supervision: 7,
    representatives: SHOWCASE.representatives,
    council: 21,
    councilFromRepresentatives: 14,
    collectiveCouncil: 9,
    supervisoryBoard: 5,
    boardChairIsSecretary: true,
    mediation: 5,
    serviceStaff: 6,
    supervisionChairFromStation: true,
    socialOrganizations: [
      { name: `${v.name}老年协会`, seats: 7, ages: [60, 82], maleWeight: 1 },
      { name: `${v.name}红白理事会`, seats: 5, ages: [45, 72], maleWeight: 3 },
    ],
    previousCommitteeByElection: true,
    currentRepresentativeByElection: true,
  };
}

export function ordinaryProfile(
  rng: Rng,
  v: DemoVillage,
  persons: number,
  households: number,
): BodyProfile {
  const partyMembers = Math.round(persons * (0.02 + 0.01 * rng.float()));
  // over 50 members a village may set up a general branch (党总支) with sub-branches
  const general = partyMembers > 50;
  const committee = persons > 1500 ? rng.pick([5, 5, 7]) : rng.pick([3, 5, 5]);
  const concurrent = rng.chance(0.7);
  const council = 7 + 2 * rng.int(0, 3);
  return {
    partyName: `${v.name}${general ? '党总支' : '党支部'}`,
    partyCommittee: partyMembers >= 30 ? 5 : 3,
    partyDeputy: rng.chance(0.5),
    subBranches: general
      ? [
          { name: '第一党支部', elderly: false },
          { name: '第二党支部', elderly: false },
          { name: '老年党支部', elderly: true },
        ]
      : [],
    partyMembers,
    concurrentSecretaryChair: concurrent,
    committee,
    committeeViceChairs: committee >= 5 ? 1 : 0,
    committeeWomen: committee >= 7 ? 2 : 1,
    crossAppointed: concurrent ? 0 : 1,
    supervision: persons > 1500 ? 5 : 3,
    // one representative for every 8–12 households, and at least four for each committee seat
    representatives: Math.max(4 * committee, Math.round(households / rng.int(8, 12))),
    council,
    councilFromRepresentatives: Math.ceil(council * 0.6),
    collectiveCouncil: rng.pick([3, 5, 5, 7]),
    supervisoryBoard: 3,
    boardChairIsSecretary: false,
    mediation: rng.pick([3, 5]),
    serviceStaff: rng.int(2, 3),
    supervisionChairFromStation: false,
    socialOrganizations: [
      { name: `${v.name}老年协会`, seats: 5, ages: [60, 82], maleWeight: 1 },
      { name: `${v.name}红白理事会`, seats: 5, ages: [45, 72], maleWeight: 3 },
    ],
    previousCommitteeByElection: rng.chance(0.3),
    currentRepresentativeByElection: false,
  };
}

type NamedKind = Exclude<
  BodyKind,
  | 'partyBranch'
  | 'partySubBranch'
  | 'socialOrganization'
  | 'moralEvaluationCouncil'
  | 'electionCommittee'
  | 'collectiveRepresentatives'
>;

/** Body names as they appear on the village's documents (communities say 居民 where villages say 村民). */
export function bodyNames(v: DemoVillage, showcase: boolean): Record<NamedKind, string> {
  const community = v.kind === 'community';
  const n = v.name;
  return {
    villagersAssembly: community ? `${n}居民会议` : `${n}村民会议`,
    representativesMeeting: community ? `${n}居民代表会议` : `${n}村民代表会议`,
    villagersDeliberationCouncil: community ? `${n}协商议事会` : `${n}村民议事会`,
    villagersCommittee: community ? `${n}居民委员会` : `${n}村民委员会`,
    villageAffairsSupervisionCommittee: showcase
      ? `${n}监督委员会`
      : community
        ? `${n}居务监督委员会`
        : `${n}村务监督委员会`,
    collectiveCouncil: showcase ? `${n}集体经济股份合作社董事会` : `${n}股份经济合作社理事会`,
    collectiveSupervisoryBoard: showcase
      ? `${n}集体经济股份合作社监事会`
      : `${n}股份经济合作社监事会`,
    mediationCommittee: `${n}人民调解委员会`,
    convenienceServiceStation: community ? `${n}服务站` : `${n}便民服务站`,
  };
}
