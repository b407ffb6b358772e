/** Shapes of the mediation API, taken from the contract (packages/contract/src/disputes.ts). */
import type { z } from 'zod';
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/disputes';

export type DisputeState = z.output<typeof contract.DisputeState>;
export type DisputeAction = z.output<typeof contract.DisputeAction>;
export type DisputeStage = z.output<typeof contract.DisputeStage>;
export type DisputeCategory = z.output<typeof contract.DisputeCategory>;
export type DisputeSummary = z.output<typeof contract.DisputeSummary>;
export type DisputeDetail = z.output<typeof contract.DisputeDetail>;
export type DisputeListResponse = ResponseOf<typeof contract.listDisputes>;
export type DisputeResponse = ResponseOf<typeof contract.getDispute>;
export type MediationOptions = ResponseOf<typeof contract.listMediatorOptions>;
export type RegisterDisputeInput = BodyIn<typeof contract.registerDispute>;
