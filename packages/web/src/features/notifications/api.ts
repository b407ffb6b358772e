/** Shapes of the notification outbox's API, taken from the contract (packages/contract/src/notifications.ts). */
import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/notifications';

export type DeliveryList = ResponseOf<typeof contract.listNoticeDeliveries>;
export type NoticeDelivery = DeliveryList['items'][number];
export type DeliveryDetail = ResponseOf<typeof contract.getNoticeDelivery>;
export type HouseholdDelivery = DeliveryDetail['households'][number];
export type FailedList = ResponseOf<typeof contract.listFailedMessages>;
export type FailedMessage = FailedList['items'][number];
export type OwnMessages = ResponseOf<typeof contract.listOwnMessages>;

export const outboxApi = (villageId: string) => `/api/villages/${villageId}/notifications/notices`;
export const outboxPath = (villageId: string) => `/v/${villageId}/notifications`;
export const failedApi = (villageId: string) => `/api/villages/${villageId}/notifications/failed`;
