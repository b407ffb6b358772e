/** Shapes of the HTTP API (docs/api.md). */
import type { VillageRole } from '@cunzhi/core/policies/actor';
import type { VillageAbilities } from '@cunzhi/core/policies/village';
import type { BodyKind, MemberRole } from '@cunzhi/core/bodies/bodyKinds';
import type { Gender, RelationToHead, ResidenceStatus } from '@cunzhi/core/registry/person';

export type {
  VillageRole,
  VillageAbilities,
  BodyKind,
  MemberRole,
  Gender,
  RelationToHead,
  ResidenceStatus,
};

export interface Names {
  zh: string;
  en: string;
}

export type VillageKind = 'village' | 'community';

export interface Account {
  id: string;
  kind: 'villager' | 'staff';
  displayName: string;
  phone: string;
  mustChangePassword: boolean;
}

export interface MeResponse {
  account: Account;
  /** A villager's own person and household; null for staff. */
  home: { villageId: string; personId: string; householdId: string } | null;
  villages: {
    id: string;
    name: string;
    kind: VillageKind;
    townName: string;
    roles: VillageRole[];
  }[];
}

export interface VillageListItem {
  id: string;
  name: string;
  kind: VillageKind;
  townId: string;
  townName: string;
  countyName: string;
  population: number;
  households: number;
}

export interface VillageStats {
  population: number;
  adults: number;
  households: number;
  groups: number;
  grids: number;
  partyMembers: number;
  migrantsOut: number;
}

export interface BodyMember {
  membershipId: string;
  personId: string;
  name: string;
  gender: Gender;
  role: MemberRole;
  roleName: Names;
  startsOn: string;
}

export interface BodyView {
  id: string;
  kind: BodyKind;
  name: string;
  kindName: Names;
  parentBodyId: string | null;
  seats: number | null;
  term: { id: string; startsOn: string; endsOn: string } | null;
  members: BodyMember[];
  terms?: { id: string; startsOn: string; endsOn: string }[];
}

export interface VillageResponse {
  village: { id: string; name: string; kind: VillageKind; townName: string; countyName: string };
  roles: VillageRole[];
  abilities: VillageAbilities;
  stats: VillageStats;
  bodies: BodyView[];
}

export interface GroupItem {
  id: string;
  number: number;
  name: string;
  households: number;
}

export interface GridItem {
  id: string;
  name: string;
  chiefName: string | null;
  households: number;
}

export interface HouseholdListItem {
  id: string;
  number: string;
  headName: string | null;
  groupName: string;
  gridName: string | null;
  address: string;
  memberCount: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface PersonInput {
  name: string;
  gender: Gender;
  birthDate: string;
  residentIdNumber?: string | null;
  phone?: string | null;
  relationToHead: RelationToHead;
  residenceStatus: ResidenceStatus;
  residenceSince?: string | null;
  partyMember: boolean;
  partyJoinedOn?: string | null;
}

export interface PersonView extends PersonInput {
  id: string;
  householdId: string;
  householdNumber: string;
  age: number;
  residentIdMasked: boolean;
  version: number;
}

export interface HouseholdDetail {
  household: {
    id: string;
    number: string;
    villagerGroupId: string;
    gridId: string | null;
    address: string;
    version: number;
  };
  members: PersonView[];
  abilities: VillageAbilities;
}

export interface PersonResponse {
  person: PersonView;
  abilities: VillageAbilities;
}

export interface HistoryItem {
  seq: number;
  action: string;
  actorName: string;
  occurredAt: string;
  changes: Record<string, { from: unknown; to: unknown }>;
}

export interface RosterImportStatus {
  status: 'running' | 'failed' | 'succeeded';
  fileName: string;
  totalRows: number;
  processedRows: number;
  errors: { row: number; column: string; message: string }[];
  householdsCreated: number;
  personsCreated: number;
  /** The server's localised summary of a failed import ("花名册有 N 处错误，未导入任何数据"). */
  summary?: string | null;
}

export interface AuditEvent {
  seq: number;
  action: string;
  targetType: string;
  targetId: string;
  actorName: string;
  occurredAt: string;
  hash: string;
}

export interface AuditVerdict {
  ok: boolean;
  checked: number;
  headHash: string | null;
  problem: null | { seq: number; kind: 'hash' | 'sequence' | 'head' };
}
