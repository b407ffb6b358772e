import type { BodyKind, MemberRole } from '../bodies/bodyKinds.ts';

/** A signed-in user as the policies see them: facts only, loaded by the server. */
export interface Actor {
  accountId: string;
  kind: 'villager' | 'staff';
  /** The village and person a villager account belongs to. */
  home: { villageId: string; personId: string } | null;
  /** Current seats in village bodies (derived from memberships on today's date). */
  posts: ReadonlyArray<{ villageId: string; bodyKind: BodyKind; role: MemberRole }>;
  /** Staff accounts: the towns and counties they serve, and in which unit. */
  staffScopes: ReadonlyArray<{
    level: 'town' | 'county';
    id: string;
    unit: StaffUnit;
    /** The town department (民政办, 信访办, 司法所 …) the official works in, if any (features/townInbox). */
    departmentId?: string | null;
  }>;
  /** The grids of their home village a villager heads (网格长, 片长): the gridChief role. */
  gridsHeaded?: readonly string[];
}

/**
 * The unit a town or county official serves in: the government (乡镇人民政府, 县民政局) or the
 * discipline commission (镇纪委, 县纪委监委), which alone receives referrals about cadres.
 */
export const STAFF_UNITS = ['government', 'discipline'] as const;
export type StaffUnit = (typeof STAFF_UNITS)[number];

/** Where a village sits in the hierarchy, loaded with the village. */
export interface VillageScope {
  villageId: string;
  townId: string;
  countyId: string;
}

/**
 * Roles a person holds in one village. They are derived from body memberships
 * and staff posts, never stored, so a member whose term ended loses them the
 * same day.
 */
export const VILLAGE_ROLES = [
  'villager',
  'partySecretary',
  'partyCommitteeMember',
  'committeeChair',
  'committeeMember',
  'councilMember',
  'representative',
  'supervisionChair',
  'supervisionMember',
  'townOfficial',
  'countyOfficial',
  'stationStaff',
  'mediator',
  'gridChief',
] as const;
export type VillageRole = (typeof VILLAGE_ROLES)[number];

export const VILLAGE_ROLE_NAMES: Record<VillageRole, { zh: string; en: string }> = {
  villager: { zh: '村民', en: 'Villager' },
  partySecretary: { zh: '村党组织书记', en: 'Party secretary' },
  partyCommitteeMember: { zh: '村党组织委员', en: 'Party committee member' },
  committeeChair: { zh: '村民委员会主任', en: "Villagers' committee chair" },
  committeeMember: { zh: '村民委员会委员', en: "Villagers' committee member" },
  councilMember: { zh: '村民议事会成员', en: 'Council member' },
  representative: { zh: '村民代表', en: 'Villager representative' },
  supervisionChair: { zh: '村务监督委员会主任', en: 'Supervision committee chair' },
  supervisionMember: { zh: '村务监督委员会委员', en: 'Supervision committee member' },
  townOfficial: { zh: '乡镇干部', en: 'Town official' },
  countyOfficial: { zh: '县级干部', en: 'County official' },
  stationStaff: { zh: '便民服务站工作人员', en: 'Service station staff' },
  mediator: { zh: '人民调解员', en: "People's mediator" },
  gridChief: { zh: '网格长（片长）', en: 'Grid chief' },
};

export function rolesIn(actor: Actor, scope: VillageScope): Set<VillageRole> {
  const roles = new Set<VillageRole>();
  if (actor.home?.villageId === scope.villageId) roles.add('villager');
  for (const post of actor.posts) {
    if (post.villageId !== scope.villageId) continue;
    switch (post.bodyKind) {
      case 'partyBranch':
        roles.add('partyCommitteeMember');
        if (post.role === 'secretary') roles.add('partySecretary');
        break;
      case 'villagersCommittee':
        roles.add('committeeMember');
        if (post.role === 'chair') roles.add('committeeChair');
        break;
      case 'villagersDeliberationCouncil':
        roles.add('councilMember');
        break;
      case 'representativesMeeting':
        roles.add('representative');
        break;
      case 'villageAffairsSupervisionCommittee':
        roles.add('supervisionMember');
        if (post.role === 'chair') roles.add('supervisionChair');
        break;
      case 'convenienceServiceStation':
        roles.add('stationStaff');
        break;
      case 'mediationCommittee':
        roles.add('mediator');
        break;
      default:
        break;
    }
  }
  if (actor.home?.villageId === scope.villageId && (actor.gridsHeaded ?? []).length > 0)
    roles.add('gridChief');
  for (const s of actor.staffScopes) {
    if (s.level === 'town' && s.id === scope.townId) roles.add('townOfficial');
    if (s.level === 'county' && s.id === scope.countyId) roles.add('countyOfficial');
  }
  return roles;
}
