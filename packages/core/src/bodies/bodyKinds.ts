/**
 * Every body of the village governance map (PRODUCT.md), with the names used
 * on documents (GLOSSARY.md). `termYears` is the statutory term where one
 * exists (RULES.md §13.7); the supervision committee's term follows the
 * villagers' committee's.
 */
export const BODY_KINDS = [
  'partyBranch',
  'partySubBranch',
  'villagersAssembly',
  'representativesMeeting',
  'villagersDeliberationCouncil',
  'villagersCommittee',
  'villageAffairsSupervisionCommittee',
  'electionCommittee',
  'collectiveCouncil',
  'collectiveSupervisoryBoard',
  'collectiveRepresentatives',
  'socialOrganization',
  'moralEvaluationCouncil',
  'mediationCommittee',
  'convenienceServiceStation',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export interface BodyKindInfo {
  zh: string;
  en: string;
  termYears: number | null;
  /** Power in the separation of powers: lead, decide, execute, supervise, take part. */
  power: 'lead' | 'decide' | 'execute' | 'supervise' | 'takePart';
  /** Bodies made of every adult villager keep no member list. */
  membersFromRegistry: boolean;
}

export const BODY_KIND_INFO: Record<BodyKind, BodyKindInfo> = {
  partyBranch: {
    zh: '村党组织',
    en: 'Village Party organisation',
    termYears: 5,
    power: 'lead',
    membersFromRegistry: false,
  },
  partySubBranch: {
    zh: '党支部',
    en: 'Party sub-branch',
    termYears: 5,
    power: 'lead',
    membersFromRegistry: false,
  },
  villagersAssembly: {
    zh: '村民会议',
    en: "Villagers' assembly",
    termYears: null,
    power: 'decide',
    membersFromRegistry: true,
  },
  representativesMeeting: {
    zh: '村民代表会议',
    en: "Villagers' representatives' meeting",
    termYears: 5,
    power: 'decide',
    membersFromRegistry: false,
  },
  villagersDeliberationCouncil: {
    zh: '村民议事会',
    en: "Villagers' deliberation council",
    termYears: 5,
    power: 'decide',
    membersFromRegistry: false,
  },
  villagersCommittee: {
    zh: '村民委员会',
    en: "Villagers' committee",
    termYears: 5,
    power: 'execute',
    membersFromRegistry: false,
  },
  villageAffairsSupervisionCommittee: {
    zh: '村务监督委员会',
    en: 'Village affairs supervision committee',
    termYears: 5,
    power: 'supervise',
    membersFromRegistry: false,
  },
  electionCommittee: {
    zh: '村民选举委员会',
    en: 'Village election committee',
    termYears: null,
    power: 'takePart',
    membersFromRegistry: false,
  },
  collectiveCouncil: {
    zh: '集体经济组织理事会',
    en: 'Collective economic organisation council',
    termYears: 5,
    power: 'takePart',
    membersFromRegistry: false,
  },
  collectiveSupervisoryBoard: {
    zh: '集体经济组织监事会',
    en: 'Collective economic organisation supervisory board',
    termYears: 5,
    power: 'supervise',
    membersFromRegistry: false,
  },
  // 成员代表大会 (Art. 28): representatives elected by the members' households for five years
  collectiveRepresentatives: {
    zh: '集体经济组织成员代表大会',
    en: "Collective economic organisation members' representatives",
    termYears: 5,
    power: 'decide',
    membersFromRegistry: false,
  },
  socialOrganization: {
    zh: '社会组织',
    en: 'Social organisation',
    termYears: null,
    power: 'takePart',
    membersFromRegistry: false,
  },
  // 道德评议会: a self-governing organisation of seed 004; it decides the 道德红黑榜 when the
  // village's board rules name it
  moralEvaluationCouncil: {
    zh: '道德评议会',
    en: 'Moral evaluation council',
    termYears: null,
    power: 'takePart',
    membersFromRegistry: false,
  },
  mediationCommittee: {
    zh: '人民调解委员会',
    en: "People's mediation committee",
    termYears: 3,
    power: 'takePart',
    membersFromRegistry: false,
  },
  convenienceServiceStation: {
    zh: '便民服务站',
    en: 'Convenience service station',
    termYears: null,
    power: 'execute',
    membersFromRegistry: false,
  },
};

/** A member's role in a body. */
export const MEMBER_ROLES = [
  'secretary',
  'deputySecretary',
  'chair',
  'viceChair',
  'member',
  'representative',
  'staff',
] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const MEMBER_ROLE_NAMES: Record<MemberRole, { zh: string; en: string }> = {
  secretary: { zh: '书记', en: 'Secretary' },
  deputySecretary: { zh: '副书记', en: 'Deputy secretary' },
  chair: { zh: '主任', en: 'Chair' },
  viceChair: { zh: '副主任', en: 'Vice-chair' },
  member: { zh: '委员', en: 'Member' },
  representative: { zh: '村民代表', en: 'Representative' },
  staff: { zh: '工作人员', en: 'Staff' },
};

/**
 * What a role is called in a given body: the chair of a supervisory board is
 * 监事会主席, of a social organisation 会长, of the villagers' committee 主任.
 */
const ROLE_NAME_OVERRIDES: Partial<
  Record<BodyKind, Partial<Record<MemberRole, { zh: string; en: string }>>>
> = {
  collectiveCouncil: {
    chair: { zh: '理事长', en: 'Council chair' },
    viceChair: { zh: '副理事长', en: 'Council vice-chair' },
    member: { zh: '理事', en: 'Council member' },
  },
  collectiveSupervisoryBoard: {
    chair: { zh: '监事长', en: 'Chief supervisor' },
    member: { zh: '监事', en: 'Supervisor' },
  },
  collectiveRepresentatives: {
    member: { zh: '成员代表', en: "Members' representative" },
    representative: { zh: '成员代表', en: "Members' representative" },
  },
  socialOrganization: {
    chair: { zh: '会长', en: 'President' },
    viceChair: { zh: '副会长', en: 'Vice-president' },
    member: { zh: '成员', en: 'Member' },
  },
  villagersDeliberationCouncil: {
    chair: { zh: '召集人', en: 'Convenor' },
    member: { zh: '议事会成员', en: 'Council member' },
  },
  representativesMeeting: { member: { zh: '村民代表', en: 'Representative' } },
  mediationCommittee: { member: { zh: '调解员', en: 'Mediator' } },
};

export function memberRoleName(kind: BodyKind, role: MemberRole): { zh: string; en: string } {
  return ROLE_NAME_OVERRIDES[kind]?.[role] ?? MEMBER_ROLE_NAMES[role];
}
