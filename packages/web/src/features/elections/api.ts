/** Shapes of the elections API, taken from the contract (packages/contract/src/elections.ts). */
import type { z } from 'zod';
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/elections';

export type ElectedBody = z.output<typeof contract.ElectedBody>;
export type Electorate = z.output<typeof contract.Electorate>;
export type Organiser = z.output<typeof contract.Organiser>;
export type ChoosingBody = z.output<typeof contract.ChoosingBody>;
export type EcSeat = z.output<typeof contract.EcSeat>;
export type NominationRoute = z.output<typeof contract.NominationRoute>;
export type ElectionStage = z.output<typeof contract.ElectionStage>;
export type ElectionSummary = z.output<typeof contract.ElectionSummary>;
export type Timetable = z.output<typeof contract.Timetable>;
export type CommitteeMemberView = z.output<typeof contract.CommitteeMemberView>;
export type ObjectionView = z.output<typeof contract.ObjectionView>;
export type NomineeView = z.output<typeof contract.NomineeView>;
export type PostView = z.output<typeof contract.PostView>;
export type FindingView = z.output<typeof contract.FindingView>;
export type VoterView = z.output<typeof contract.VoterView>;
export type ElectionList = ResponseOf<typeof contract.listElections>;
export type ElectionDetail = ResponseOf<typeof contract.getElection>;
export type RollView = ResponseOf<typeof contract.getRoll>;
export type MyRegistration = ResponseOf<typeof contract.getMyRegistration>;
export type MyObjectionAnswer = ResponseOf<typeof contract.objectToRoll>;
export type CreateElectionInput = BodyIn<typeof contract.createElection>;
export type ChooseCommitteeInput = BodyIn<typeof contract.chooseCommittee>;
export type FileObjectionInput = BodyIn<typeof contract.fileObjection>;
export type MyObjectionInput = BodyIn<typeof contract.objectToRoll>;
export type DecideObjectionInput = BodyIn<typeof contract.decideObjection>;
export type RulesDraftInput = BodyIn<typeof contract.publishRulesDraft>;
export type AdoptRulesInput = BodyIn<typeof contract.adoptRules>;
export type RegisterVoterInput = BodyIn<typeof contract.registerVoter>;
export type NominateInput = BodyIn<typeof contract.nominate>;
export type NominationSheetsInput = BodyIn<typeof contract.enterNominationSheets>;
export type WithdrawCandidateInput = BodyIn<typeof contract.withdrawCandidate>;
// the second half: rounds of polling, ballots, the count, the result
export type TellerRole = z.output<typeof contract.TellerRole>;
export type BallotMethod = z.output<typeof contract.BallotMethod>;
export type RoundView = z.output<typeof contract.RoundView>;
export type PostResultView = z.output<typeof contract.PostResultView>;
export type PlacedView = z.output<typeof contract.PlacedView>;
export type RoundsView = ResponseOf<typeof contract.getRounds>;
export type BulletinView = ResponseOf<typeof contract.getBulletin>;
export type ResultView = ResponseOf<typeof contract.getResult>;
export type PollingNoticeInput = BodyIn<typeof contract.publishPollingNotice>;
export type LodgeProxyInput = BodyIn<typeof contract.lodgeProxy>;
export type ApproveProxiesInput = BodyIn<typeof contract.approveProxies>;
export type MobileBoxInput = BodyIn<typeof contract.recordMobileBox>;
export type ApproveBoxInput = BodyIn<typeof contract.approveMobileBox>;
export type OpenPollingInput = BodyIn<typeof contract.openPolling>;
export type IssueBallotsInput = BodyIn<typeof contract.issueBallots>;
export type PaperEntriesInput = BodyIn<typeof contract.enterPaperBallots>;
export type TallySheetInput = BodyIn<typeof contract.signTallySheet>;
export type ScheduleRoundInput = BodyIn<typeof contract.scheduleRound>;

/** Where a village's elections live in the API. */
export const electionsPath = (villageId: string) =>
  `/api/villages/${encodeURIComponent(villageId)}/elections`;

/** One election in the API. */
export const electionPath = (villageId: string, electionId: string) =>
  `${electionsPath(villageId)}/${encodeURIComponent(electionId)}`;

/** Where the pages live. */
export const electionsPage = (villageId: string) => `/v/${villageId}/elections`;
export const myRegistrationPage = (villageId: string) => `/v/${villageId}/my-registration`;

/** Elections not yet over (the committee's work ends at handover). */
export const isUnderway = (e: ElectionSummary) => e.stage !== 'handedOver';
