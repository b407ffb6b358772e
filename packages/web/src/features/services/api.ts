/** Shapes of the service station's API, taken from the contract (packages/contract/src/services.ts). */
import type { z } from 'zod';
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/services';

export type RequestState = z.output<typeof contract.RequestState>;
export type RequestAction = z.output<typeof contract.RequestAction>;
export type Rating = z.output<typeof contract.Rating>;
export type EscalationLevel = z.output<typeof contract.EscalationLevel>;
export type ServiceWindow = z.output<typeof contract.ServiceWindow>;
export type ServiceItem = z.output<typeof contract.ServiceItem>;
export type RequestSummary = z.output<typeof contract.RequestSummary>;
export type RequestDetail = z.output<typeof contract.RequestDetail>;
export type CatalogueResponse = ResponseOf<typeof contract.getCatalogue>;
export type OwnCatalogue = ResponseOf<typeof contract.getOwnCatalogue>;
export type QueueResponse = ResponseOf<typeof contract.listRequests>;
export type RequestResponse = ResponseOf<typeof contract.getRequest>;
export type OwnRequestsResponse = ResponseOf<typeof contract.listOwnRequests>;
export type OwnRequestResponse = ResponseOf<typeof contract.getOwnRequest>;
export type Ordered = ResponseOf<typeof contract.orderOwn>;
export type RequesterOptions = ResponseOf<typeof contract.listRequesterOptions>;
export type WindowInput = BodyIn<typeof contract.createWindow>;
export type ItemInput = BodyIn<typeof contract.createItem>;
export type StaffStep = BodyIn<typeof contract.stepRequest>;
export type CounterOrder = BodyIn<typeof contract.orderAtCounter>;

export const servicesApi = (villageId: string) => `/api/villages/${villageId}/services`;
export const myServicesApi = (villageId: string) => `/api/villages/${villageId}/my-services`;
export const servicesPage = (villageId: string) => `/v/${villageId}/services`;
