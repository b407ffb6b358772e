/** Shapes of the complaints API, taken from the contract (packages/contract/src/complaints.ts). */
import type { z } from 'zod';
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/complaints';

export type ComplaintClass = z.output<typeof contract.ComplaintClass>;
export type ComplaintHandler = z.output<typeof contract.ComplaintHandler>;
export type ComplaintStatus = z.output<typeof contract.ComplaintStatus>;
export type AnswerState = z.output<typeof contract.AnswerState>;
export type ComplaintSummary = z.output<typeof contract.ComplaintSummary>;
export type ComplaintDetail = z.output<typeof contract.ComplaintDetail>;
export type ComplaintListResponse = ResponseOf<typeof contract.listComplaints>;
export type ComplaintResponse = ResponseOf<typeof contract.getComplaint>;
export type ComplainantView = ResponseOf<typeof contract.revealComplainant>;
export type ComplaintReceipt = ResponseOf<typeof contract.recordComplaint>;
export type RecordComplaintInput = BodyIn<typeof contract.recordComplaint>;
export type FileComplaintInput = BodyIn<typeof contract.fileOwnComplaint>;
export type RouteComplaintInput = BodyIn<typeof contract.routeComplaint>;
export type OwnComplaintsResponse = ResponseOf<typeof contract.listOwnComplaints>;
export type OwnComplaint = OwnComplaintsResponse['items'][number];
export type CadresResponse = ResponseOf<typeof contract.listComplaintCadres>;
