/** Shapes of the board's API, taken from the contract (packages/contract/src/moralList.ts). */
import type { z } from 'zod';
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/moralList';

export type MoralListPageData = ResponseOf<typeof contract.getMoralList>;
export type MoralBoard = ResponseOf<typeof contract.getMoralBoard>;
export type Listing = z.output<typeof contract.MoralListing>;
export type ListingAction = z.output<typeof contract.MoralListingAction>;
export type RulesInput = BodyIn<typeof contract.adoptMoralListRules>;
export type StepInput = BodyIn<typeof contract.stepListing>;

export const moralApi = (villageId: string) => `/api/villages/${villageId}/moral-list`;
export const moralPagePath = (villageId: string) => `/v/${villageId}/moral-list`;
