/**
 * Shapes of the matters, notices, resolutions, rules and authorisations API,
 * taken from the contract (packages/contract/src/matters.ts and rules.ts).
 */
import type { z } from 'zod';
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/matters';
import type * as rules from '@cunzhi/contract/rules';
import type * as meetings from '@cunzhi/contract/meetings';
import type { MatterCategory, Tier } from '@cunzhi/core/matters/categories';
import type { StepKind, WorkflowId } from '@cunzhi/core/matters/workflows';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';

export type { MatterCategory, Tier, StepKind, WorkflowId, MeetingKind };

export type MatterStatus = z.output<typeof contract.MatterStatus>;
export type NoticeKind = z.output<typeof contract.NoticeKind>;
export type RuleForce = z.output<typeof contract.RuleForce>;

/** A rule as shown next to a decision or refusal. */
export type CitationView = z.output<typeof contract.CitationView>;
export type StepDefView = z.output<typeof contract.StepDefView>;
export type MatterSummary = z.output<typeof contract.MatterSummary>;
export type MattersResponse = ResponseOf<typeof contract.listMatters>;
export type MatterInput = BodyIn<typeof contract.createMatter>;
export type MeetingRef = z.output<typeof contract.MeetingRef>;
export type MotionView = z.output<typeof contract.MotionView>;
export type ValidityView = z.output<typeof contract.ValidityView>;
export type ResolutionSummary = z.output<typeof contract.ResolutionSummary>;
export type StepView = z.output<typeof contract.StepView>;
export type DecidingMeetingsView = z.output<typeof contract.DecidingMeetingsView>;
export type NoticeView = z.output<typeof contract.NoticeView>;
export type MatterDetail = ResponseOf<typeof contract.getMatter>;

/** The steps the contract lets the matter page record; the others are recorded when a motion closes at a meeting. */
const MANUAL: Record<contract.ManualStep, true> = {
  partyProposal: true,
  topicPublished: true,
  councilConsultation: true,
  resolutionPublished: true,
  implementationPublished: true,
};
export const MANUAL_STEPS: readonly StepKind[] = Object.keys(MANUAL) as contract.ManualStep[];

/** The step form sends the step it shows (a StepDefView's kind); the server accepts MANUAL_STEPS only. */
export type StepInput = Omit<BodyIn<typeof contract.recordStep>, 'kind'> & { kind: StepKind };

export type NoticesResponse = ResponseOf<typeof contract.listNotices>;
export type NoticeDetailResponse = ResponseOf<typeof contract.getNotice>;
export type ResolutionListItem = z.output<typeof contract.ResolutionListItem>;
export type ResolutionsResponse = ResponseOf<typeof contract.listResolutions>;

/** What the meeting stored with the resolution (core's DecisionResult and the figures it was computed on). */
export type DecisionRecord = contract.DecisionRecord;

export type ResolutionDetailResponse = ResponseOf<typeof contract.getResolution> & {
  /** Not sent by the server; the print page falls back to it before the village has loaded. */
  village?: NoticeDetailResponse['village'];
};

export type AuthorisationView = z.output<typeof contract.AuthorisationView>;
export type AuthorisationsResponse = ResponseOf<typeof contract.listAuthorisations>;
export type AuthorisationInput = BodyIn<typeof contract.createAuthorisation>;

/** A finding of a rule check (composition), worded by the server in both languages. */
export type FindingView = z.output<typeof rules.FindingView>;
export type CompositionResponse = ResponseOf<typeof rules.getComposition>;

type MeetingDetail = ResponseOf<typeof meetings.getMeeting>;
/**
 * The parts of a meeting (GET /meetings/:meetingId) that matter pages and
 * printed resolutions show: presence, quorum and the motions' results, which
 * they do without while the meeting loads.
 */
export type MeetingFacts = Pick<MeetingDetail, 'meeting'> &
  Partial<Pick<MeetingDetail, 'presence' | 'quorum' | 'motions'>>;

export type RuleParamView = z.output<typeof rules.RuleParamView>;
export type RuleView = z.output<typeof rules.RuleView>;
export type RulesResponse = ResponseOf<typeof rules.getRules>;
export type OverrideInput = BodyIn<typeof rules.setCharterOverride>;
