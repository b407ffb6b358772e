/** Shapes of the 积分换项目 API, taken from the contract (packages/contract/src/countyPoints.ts). */
import type { z } from 'zod';
import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/countyPoints';

export type SchemesResponse = ResponseOf<typeof contract.listSchemes>;
export type SchemeDetail = ResponseOf<typeof contract.getScheme>;
export type VillageLine = z.output<typeof contract.VillageLine>;
export type Contest = z.output<typeof contract.Contest>;
export type Indicator = z.output<typeof contract.Indicator>;
export type SchemeAction = z.output<typeof contract.SchemeAction>;
export type SchemeState = z.output<typeof contract.SchemeState>;

export const BASE = '/api/county-points';
export const PAGE = '/county-points';
