/** Shapes of the collective organisation's API, taken from the contract (packages/contract/src/collective.ts). */
import type { z } from 'zod';
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/collective';

export type Overview = ResponseOf<typeof contract.getCollective>;
export type OrgDetail = ResponseOf<typeof contract.getOrg>;
export type Org = z.output<typeof contract.Org>;
export type Charter = z.output<typeof contract.Charter>;
export type Member = z.output<typeof contract.Member>;
export type RegisterSheet = ResponseOf<typeof contract.getRegisterSheet>;
export type OrgInput = BodyIn<typeof contract.createOrg>;
export type CharterInput = BodyIn<typeof contract.adoptCharter>;
export type ConfirmationInput = BodyIn<typeof contract.recordConfirmations>;
export type RemovalInput = BodyIn<typeof contract.recordRemoval>;
export type ExitInput = BodyIn<typeof contract.recordExit>;
export type RestoreInput = BodyIn<typeof contract.restoreMember>;

export const collectiveApi = (villageId: string) => `/api/villages/${villageId}/collective`;
export const orgApi = (villageId: string, orgId: string) =>
  `${collectiveApi(villageId)}/orgs/${orgId}`;
export const collectivePage = (villageId: string) => `/v/${villageId}/collective`;
