/** Shapes of 一领四微's API, taken from the contract (packages/contract/src/activities.ts). */
import type { z } from 'zod';
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/activities';

export type ActivitiesData = ResponseOf<typeof contract.getActivities>;
export type HonoursRoll = ResponseOf<typeof contract.getHonoursRoll>;
export type MicroUnit = z.output<typeof contract.MicroUnit>;
export type MicroActivity = z.output<typeof contract.MicroActivity>;
export type Selection = z.output<typeof contract.Selection>;
export type Nomination = z.output<typeof contract.Nomination>;
export type UnitInput = BodyIn<typeof contract.createUnit>;
export type ActivityInput = BodyIn<typeof contract.recordActivity>;

export const villageApi = (villageId: string) => `/api/villages/${villageId}`;
export const activitiesPath = (villageId: string) => `/v/${villageId}/activities`;
