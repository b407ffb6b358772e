/** Shapes of the supervision committee's API, taken from the contract (packages/contract/src/supervision.ts). */
import type { z } from 'zod';
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/supervision';

export type VoteChoice = z.output<typeof contract.VoteChoice>;
export type SittingMode = z.output<typeof contract.SittingMode>;
export type MotionStatus = z.output<typeof contract.MotionStatus>;
export type InspectionSubject = z.output<typeof contract.InspectionSubject>;
export type InspectionOutcome = z.output<typeof contract.InspectionOutcome>;
export type CorrectionAddressee = z.output<typeof contract.CorrectionAddressee>;
export type ReferralAddressee = z.output<typeof contract.ReferralAddressee>;
export type CorrectionState = z.output<typeof contract.CorrectionState>;
export type ReportKind = z.output<typeof contract.ReportKind>;
export type ReportStatus = z.output<typeof contract.ReportStatus>;
export type Member = z.output<typeof contract.Member>;
export type MotionView = z.output<typeof contract.MotionView>;
export type MotionCount = z.output<typeof contract.MotionCount>;
export type CorrectionView = z.output<typeof contract.CorrectionView>;
export type InspectionSummary = z.output<typeof contract.InspectionSummary>;
export type ReportSummary = z.output<typeof contract.ReportSummary>;
export type PlanView = z.output<typeof contract.PlanView>;
export type SupervisionOverview = ResponseOf<typeof contract.getSupervision>;
export type SupervisionInbox = ResponseOf<typeof contract.getSupervisionInbox>;
export type InspectionDetail = ResponseOf<typeof contract.getInspection>;
export type ReportDetail = ResponseOf<typeof contract.getReport>;
export type TableMotionInput = BodyIn<typeof contract.tableMotion>;
export type Proposal = TableMotionInput['proposal'];
export type SittingInput = TableMotionInput['sitting'];
export type MotionAnswer = ResponseOf<typeof contract.tableMotion>;
export type PlanInput = BodyIn<typeof contract.draftPlan>;
export type InspectionInput = BodyIn<typeof contract.openInspection>;
export type InspectionAnswer = ResponseOf<typeof contract.openInspection>;
export type FindingInput = BodyIn<typeof contract.recordFinding>;
export type ReportInput = BodyIn<typeof contract.draftReport>;
export type ReportAnswer = ResponseOf<typeof contract.draftReport>;
export type CorrectionAnswer = ResponseOf<typeof contract.answerCorrection>;

/** Where the committee's API lives for a village. */
export const supervisionPath = (villageId: string) =>
  `/api/villages/${encodeURIComponent(villageId)}/supervision`;

/** Where its pages live. */
export const supervisionPage = (villageId: string) => `/v/${villageId}/supervision`;
