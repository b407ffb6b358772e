/** Shapes of the spending API, taken from the contract (packages/contract/src/spending.ts). */
import type { z } from 'zod';
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/spending';

export type SpendingStatus = z.output<typeof contract.SpendingStatus>;
export type HoldStatus = z.output<typeof contract.HoldStatus>;
export type ApprovalStep = z.output<typeof contract.ApprovalStep>;
export type SpendingSummary = z.output<typeof contract.SpendingSummary>;
export type HoldView = z.output<typeof contract.HoldView>;
export type SpendingListResponse = ResponseOf<typeof contract.listSpending>;
export type SpendingDetail = ResponseOf<typeof contract.getSpending>;
export type SpendingInput = BodyIn<typeof contract.createSpending>;
export type SpendingAnswer = ResponseOf<typeof contract.createSpending>;
export type ReleaseInput = BodyIn<typeof contract.releaseHold>;
