/** Shapes of 代办 and of the reconciliation, taken from the contract (packages/contract/src/assistance.ts, reconciliation.ts). */
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/assistance';
import type * as reconciliation from '@cunzhi/contract/reconciliation';

export type ConsentView = contract.ConsentView;
export type AssistedActView = contract.AssistedActView;
export type AssistanceResponse = ResponseOf<typeof contract.getAssistance>;
export type OwnAssistance = ResponseOf<typeof contract.getOwnAssistance>;
export type ConsentInput = BodyIn<typeof contract.recordConsent>;
export type Reconciliation = ResponseOf<typeof reconciliation.getReconciliation>;

export const assistanceApi = (villageId: string) => `/api/villages/${villageId}/assistance`;
export const reconciliationApi = (villageId: string, meetingId: string) =>
  `/api/villages/${villageId}/meetings/${meetingId}/reconciliation`;
export const reconciliationPage = (villageId: string, meetingId: string) =>
  `/v/${villageId}/meetings/${meetingId}/reconciliation`;

export type ElectionReconciliation = ResponseOf<typeof reconciliation.getElectionReconciliation>;
export type RollSignsInput = BodyIn<typeof reconciliation.enterRollSigns>;
/** An election round's report (API path and page). */
export const electionReconciliationApi = (villageId: string, electionId: string, round: number) =>
  `/api/villages/${villageId}/elections/${electionId}/rounds/${round}/reconciliation`;
export const electionReconciliationPage = (villageId: string, electionId: string, round: number) =>
  `/v/${villageId}/elections/${electionId}/rounds/${round}/reconciliation`;
