/** Shapes of the recall and by-election API, taken from the contract (packages/contract/src/recalls.ts). */
import type { z } from 'zod';
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/recalls';

export type RecallStage = z.output<typeof contract.RecallStage>;
export type RecallSummary = z.output<typeof contract.RecallSummary>;
export type RecallDetail = ResponseOf<typeof contract.getRecall>;
export type RecallList = ResponseOf<typeof contract.listRecalls>;
export type ByElectionStage = z.output<typeof contract.ByElectionStage>;
export type ByElectionRole = z.output<typeof contract.ByElectionRole>;
export type ByElectionMeeting = z.output<typeof contract.ByElectionMeeting>;
export type ByElectionSummary = z.output<typeof contract.ByElectionSummary>;
export type ByElectionDetail = ResponseOf<typeof contract.getByElection>;
export type ByElectionList = ResponseOf<typeof contract.listByElections>;
export type ImproperMeans = z.output<typeof contract.ImproperMeans>;
export type OfficeEnded = ResponseOf<typeof contract.endOffice>;
export type OpenRecallInput = BodyIn<typeof contract.openRecall>;
export type RecallReplyInput = BodyIn<typeof contract.recordReply>;
export type RecallResultInput = BodyIn<typeof contract.recordRecallResult>;
export type OfficeEndInput = BodyIn<typeof contract.endOffice>;
export type VoidWinInput = BodyIn<typeof contract.voidWin>;
export type OpenByElectionInput = BodyIn<typeof contract.openByElection>;
export type ByElectionCandidatesInput = BodyIn<typeof contract.publishByElectionCandidates>;
export type ByElectionCountInput = BodyIn<typeof contract.countByElection>;

const village = (villageId: string) => `/api/villages/${encodeURIComponent(villageId)}`;

/** Where recalls, offices and by-elections live in the API. */
export const recallsPath = (villageId: string) => `${village(villageId)}/recalls`;
export const recallPath = (villageId: string, id: string) =>
  `${recallsPath(villageId)}/${encodeURIComponent(id)}`;
export const officesPath = (villageId: string) => `${village(villageId)}/offices`;
export const byElectionsPath = (villageId: string) => `${village(villageId)}/by-elections`;
export const byElectionPath = (villageId: string, id: string) =>
  `${byElectionsPath(villageId)}/${encodeURIComponent(id)}`;

/** Where the pages live: the console's, and the villager's phone page for signing. */
export const recallsPage = (villageId: string) => `/v/${villageId}/recalls`;
export const recallPage = (villageId: string, id: string) => `${recallsPage(villageId)}/${id}`;
export const byElectionPage = (villageId: string, id: string) =>
  `/v/${villageId}/by-elections/${id}`;
export const myRecallsPage = (villageId: string) => `/v/${villageId}/my-recalls`;

/** The posts a by-election fills, with their names in the law. */
export const BY_ELECTION_ROLES: readonly ByElectionRole[] = ['chair', 'viceChair', 'member'];
