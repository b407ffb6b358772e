import type { BodyKind } from '../bodies/bodyKinds.ts';
import type { RuleId } from '../rules/citations.ts';

/**
 * The meetings a village holds to deliberate and decide. Most are the
 * meeting of one body; the joint meeting is the Party committee and the
 * villagers' committee together, and the Party members' meeting and the
 * assembly take their members from the registry. The last three are the
 * collective economic organisation's (《农村集体经济组织法》 Arts. 26–31): its
 * members' assembly takes its members from the organisation's register.
 */
export const MEETING_KINDS = [
  'villagersAssembly',
  'representativesMeeting',
  'villagersDeliberationCouncil',
  'twoCommitteesJointMeeting',
  'partyMembersMeeting',
  'villagerGroupMeeting',
  'membersAssembly',
  'membersRepresentativesAssembly',
  'collectiveCouncilMeeting',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** The meetings of a collective economic organisation: each belongs to one organisation and numbers its resolutions in the organisation's series. */
export const COLLECTIVE_MEETING_KINDS = [
  'membersAssembly',
  'membersRepresentativesAssembly',
  'collectiveCouncilMeeting',
] as const satisfies readonly MeetingKind[];
export type CollectiveMeetingKind = (typeof COLLECTIVE_MEETING_KINDS)[number];

export function isCollectiveMeeting(kind: MeetingKind): kind is CollectiveMeetingKind {
  return (COLLECTIVE_MEETING_KINDS as readonly MeetingKind[]).includes(kind);
}

export interface MeetingKindInfo {
  zh: string;
  en: string;
  /** The body whose leaders convene it (VCOL Art. 21; seed 002: 居委会负责召集). */
  convenor: BodyKind;
  quorumRule: RuleId;
  decisionRule: RuleId;
  /**
   * Written proxies are accepted: by close relatives at the villagers' meetings (VCOL-15-PROXY
   * limits), by an adult of the principal's household at the members' assembly (NJJ-27-QUORUM).
   */
  proxies: boolean;
}

export const MEETING_KIND_INFO: Record<MeetingKind, MeetingKindInfo> = {
  villagersAssembly: {
    zh: '村民会议',
    en: "villagers' assembly",
    convenor: 'villagersCommittee',
    quorumRule: 'VCOL-22-QUORUM',
    decisionRule: 'VCOL-22-DECISION',
    proxies: true,
  },
  representativesMeeting: {
    zh: '村民代表会议',
    en: "villagers' representatives' meeting",
    convenor: 'villagersCommittee',
    quorumRule: 'VCOL-26-QUORUM',
    decisionRule: 'VCOL-26-QUORUM',
    proxies: false,
  },
  villagersDeliberationCouncil: {
    zh: '村民议事会会议',
    en: 'council meeting',
    convenor: 'villagersCommittee',
    quorumRule: 'COUNCIL-MEETING',
    decisionRule: 'COUNCIL-MEETING',
    proxies: false,
  },
  twoCommitteesJointMeeting: {
    zh: '村“两委”联席会议',
    en: 'joint meeting of the two committees',
    convenor: 'partyBranch',
    quorumRule: 'JOINT-MEETING',
    decisionRule: 'JOINT-MEETING',
    proxies: false,
  },
  partyMembersMeeting: {
    zh: '党员大会',
    en: "Party members' meeting",
    convenor: 'partyBranch',
    quorumRule: 'SIYI-PARTY-QUORUM',
    decisionRule: 'SIYI-PARTY-QUORUM',
    proxies: false,
  },
  villagerGroupMeeting: {
    zh: '村民小组会议',
    en: 'villager group meeting',
    convenor: 'villagersCommittee',
    quorumRule: 'VCOL-28-GROUP',
    decisionRule: 'VCOL-28-GROUP',
    proxies: true,
  },
  membersAssembly: {
    zh: '成员大会',
    en: "members' assembly",
    convenor: 'collectiveCouncil',
    quorumRule: 'NJJ-27-QUORUM',
    decisionRule: 'NJJ-27-DECISION',
    proxies: true,
  },
  membersRepresentativesAssembly: {
    zh: '成员代表大会',
    en: "members' representatives' assembly",
    convenor: 'collectiveCouncil',
    quorumRule: 'NJJ-28-REPS',
    decisionRule: 'NJJ-28-REPS',
    proxies: false,
  },
  collectiveCouncilMeeting: {
    zh: '理事会会议',
    en: "meeting of the cooperative's council",
    convenor: 'collectiveCouncil',
    quorumRule: 'NJJ-31-COUNCIL-VOTE',
    decisionRule: 'NJJ-31-COUNCIL-VOTE',
    proxies: false,
  },
};

/**
 * What a meeting is called where it is held: a community (社区) has residents,
 * so its 村民代表会议 is the 居民代表会议 and its 两委 are the 社区"两委" (seed 002).
 */
export function meetingKindName(
  kind: MeetingKind,
  villageKind: 'village' | 'community',
): { zh: string; en: string } {
  const { zh, en } = MEETING_KIND_INFO[kind];
  return villageKind === 'village' ? { zh, en } : { zh: forCommunity(zh), en: forCommunity(en) };
}

/**
 * A village's wording as a community says it, in either language: 村民 → 居民,
 * 村"两委" → 社区"两委", 村党组织 → 社区党组织, villager(s) → resident(s).
 */
export function forCommunity(text: string): string {
  return (
    text
      .replaceAll('村民', '居民')
      .replaceAll('村“两委”', '社区“两委”')
      // text typed with straight quotes (村"两委") reads the same
      .replaceAll('村"两委"', '社区"两委"')
      .replaceAll('村党组织', '社区党组织')
      .replaceAll('villager', 'resident')
      .replaceAll('Villager', 'Resident')
  );
}
