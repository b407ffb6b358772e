/**
 * Shapes of the meetings API, taken from the contract
 * (packages/contract/src/meetings.ts; browsable at /api/docs).
 */
import type { z } from 'zod';
import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/meetings';
import type * as matters from '@cunzhi/contract/matters';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import type { Capacity, SheetRow } from '@cunzhi/core/meetings/attendance';

export type { MeetingKind, Capacity, SheetRow };

export type MeetingStatus = z.output<typeof contract.MeetingStatus>;
export type AgendaReviewStatus = z.output<typeof contract.AgendaReviewStatus>;
export type VotingMode = z.output<typeof contract.VotingMode>;
export type MotionStatus = z.output<typeof contract.MotionStatus>;
export type CheckInMethod = z.output<typeof contract.CheckInMethod>;
export type Choice = z.output<typeof contract.Choice>;
export type DemandRoute = z.output<typeof contract.DemandRoute>;
export type DemandStatus = z.output<typeof contract.DemandStatus>;

/** A rule check's outcome, its message ending with the rule it rests on. */
export type FindingView = z.output<typeof contract.FindingView>;
/** A rule with where it is written. */
export type CitationView = z.output<typeof contract.CitationView>;

export type MeetingSummary = z.output<typeof contract.MeetingSummary>;
export type MeetingsResponse = ResponseOf<typeof contract.listMeetings>;

export type QuorumPathView = z.output<typeof contract.QuorumPathView>;
export type QuorumView = z.output<typeof contract.QuorumView>;
export type PresenceView = z.output<typeof contract.PresenceView>;
export type AttendanceView = z.output<typeof contract.AttendanceView>;
export type ProxyView = z.output<typeof contract.ProxyView>;
export type Tally = z.output<typeof contract.Tally>;
/** Core's DecisionResult as stored when the vote closed, with its text in the reader's language. */
export type DecisionView = z.output<typeof contract.DecisionView>;
/** Where a meeting's presence and quorum come from: live until it closes, as recorded at close after. */
export type FiguresView = z.output<typeof contract.FiguresView>;
export type ResolutionRef = z.output<typeof contract.ResolutionRef>;
export type MotionView = z.output<typeof contract.MotionView>;
export type AgendaReviewView = z.output<typeof contract.AgendaReviewView>;
export type VerdictView = z.output<typeof contract.VerdictView>;
/** What the server recorded for a voice: the choice of a named vote, or only that a secret ballot was cast. */
export type VoteRecord = z.output<typeof contract.VoteRecord>;
export type MeView = z.output<typeof contract.MeView>;
export type MeetingView = z.output<typeof contract.MeetingView>;
export type MeetingDetail = ResponseOf<typeof contract.getMeeting>;

/** A closed secret vote's published ballots (random id and choice), for anyone to recount. */
export type BallotsView = ResponseOf<typeof contract.listBallots>;

export type DemandCheckView = z.output<typeof contract.DemandCheckView>;
export type DemandView = z.output<typeof contract.DemandView>;
export type DemandsResponse = ResponseOf<typeof contract.listDemands>;

/** A matter a motion may be on, as the matters list gives it. */
export type MatterOption = Pick<
  z.output<typeof matters.MatterSummary>,
  'id' | 'number' | 'title' | 'status'
>;

/** `POST …/attendance/sheet`: how many were newly recorded, how many were in already. */
export type SheetResult = ResponseOf<typeof contract.recordSheet>;

export const meetingPath = (villageId: string, meetingId: string): string =>
  `/api/villages/${villageId}/meetings/${meetingId}`;

export const motionPath = (villageId: string, motionId: string): string =>
  `/api/villages/${villageId}/motions/${motionId}`;
