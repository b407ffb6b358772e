/** Shapes of the three lists' API, taken from the contract (packages/contract/src/serviceLists.ts). */
import type { z } from 'zod';
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/serviceLists';

export type ListsPage = ResponseOf<typeof contract.getServiceLists>;
export type TownLists = ResponseOf<typeof contract.townServiceLists>;
export type ProjectView = z.output<typeof contract.ProjectView>;
export type NeedCandidate = z.output<typeof contract.NeedCandidate>;
export type ListsStatus = z.output<typeof contract.ListsStatus>;
export type ProjectAction = z.output<typeof contract.ProjectAction>;
export type NeedInput = BodyIn<typeof contract.addServiceNeed>;
export type ResourceInput = BodyIn<typeof contract.addServiceResource>;
export type DesignInput = BodyIn<typeof contract.designServiceProject>;
export type StepInput = BodyIn<typeof contract.stepServiceProject>;

export const listsApi = (villageId: string) => `/api/villages/${villageId}`;
export const listsPagePath = (villageId: string) => `/v/${villageId}/service-lists`;

/** The quarter of a page's address (?year=2026&quarter=4), or none for the current one. */
export function quarterQuery(q: { year: number; quarter: number } | null): string {
  return q ? `?year=${q.year}&quarter=${q.quarter}` : '';
}

export const STATUS_COLOR: Record<ListsStatus, string> = {
  published: 'success',
  publishedLate: 'warning',
  notDue: 'processing',
  overdue: 'error',
  future: 'default',
};
