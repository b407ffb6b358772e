/** Shapes of the income distribution API, from the contract (packages/contract/src/collectiveDistribution.ts). */
import type { z } from 'zod';
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/collectiveDistribution';

export type DistributionOverview = ResponseOf<typeof contract.listPlans>;
export type Plan = z.output<typeof contract.Plan>;
export type Dividend = z.output<typeof contract.Dividend>;
export type PlanDetail = ResponseOf<typeof contract.getPlan>;
export type PlanSheet = ResponseOf<typeof contract.getPlanSheet>;
export type DraftInput = BodyIn<typeof contract.draftPlan>;
export type PaymentInput = BodyIn<typeof contract.payDividend>;

const collective = (villageId: string) => `/api/villages/${villageId}/collective`;
export const distributionsApi = (villageId: string) => `${collective(villageId)}/distributions`;
export const draftApi = (villageId: string, orgId: string) =>
  `${collective(villageId)}/orgs/${orgId}/distributions`;
export const dividendApi = (villageId: string, dividendId: string) =>
  `${collective(villageId)}/dividends/${dividendId}`;
export const distributionPage = (villageId: string) => `/v/${villageId}/collective/distribution`;
