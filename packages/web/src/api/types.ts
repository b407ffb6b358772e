/**
 * Shapes of the HTTP API that pages across capabilities share, all taken
 * from the contract (packages/contract) through each capability's api.ts.
 */
import type { z } from 'zod';
import type * as auth from '@cunzhi/contract/auth';
import type { ResponseOf } from '@cunzhi/contract/route';
import type { VillageRole } from '@cunzhi/core/policies/actor';
import type { BodyKind, MemberRole } from '@cunzhi/core/bodies/bodyKinds';
import type { Gender, RelationToHead, ResidenceStatus } from '@cunzhi/core/registry/person';

export type { VillageRole, BodyKind, MemberRole, Gender, RelationToHead, ResidenceStatus };
export type { Names } from '@cunzhi/contract/common';

export type Account = z.output<typeof auth.Account>;
export type MeResponse = ResponseOf<typeof auth.me>;
export type VillageKind = z.output<typeof auth.VillageKind>;

export type {
  VillageAbilities,
  VillageListItem,
  VillageStats,
  VillageFrame,
  VillageResponse,
  GroupItem,
  GridItem,
} from '../features/villages/api.ts';
export type { BodyView, BodyMember } from '../features/bodies/api.ts';
export type {
  Page,
  PersonInput,
  PersonView,
  HouseholdListItem,
  HouseholdDetail,
  PersonResponse,
  HistoryItem,
} from '../features/registry/api.ts';
export type { RosterImportStatus } from '../features/roster/api.ts';
export type { AuditEvent, AuditVerdict } from '../features/audit/api.ts';
