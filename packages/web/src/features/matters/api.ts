/**
 * Shapes of the matters, notices, resolutions, rules and authorisations API
 * (docs/api.md; packages/server/src/routes/matters).
 */
import type { MatterCategory, Tier } from '@cunzhi/core/matters/categories';
import type { StepKind, WorkflowId } from '@cunzhi/core/matters/workflows';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import type { VillageAbilities } from '@cunzhi/core/policies/village';
import type { Names, VillageKind } from '../../api/types.ts';

export type { MatterCategory, Tier, StepKind, WorkflowId, MeetingKind };

export type MatterStatus = 'open' | 'decided' | 'implemented' | 'withdrawn';
export type NoticeKind = 'topic' | 'meeting' | 'resolution' | 'implementationResult';
export type RuleForce = 'statute' | 'policy' | 'local';

/** A rule as shown next to a decision or refusal. */
export interface CitationView {
  ruleId: string;
  source: Names;
  version?: string;
  article: string;
  force?: RuleForce;
}

export interface StepDefView {
  kind: StepKind;
  name: Names;
  at: {
    kind: 'meeting' | 'decidingBody' | 'notice' | 'record';
    meetingKind: MeetingKind | null;
    name: Names;
  };
  needsPassedMotion: boolean;
  partyStudy: boolean;
}

export interface MatterSummary {
  id: string;
  number: number;
  title: string;
  category: MatterCategory;
  categoryName: Names;
  tier: Tier;
  workflow: WorkflowId;
  workflowName: Names;
  status: MatterStatus;
  /** exact yuan text, `¥450,000.00`, and `肆拾伍万元整` */
  budget: { yuan: string; text: string; capitals: string } | null;
  nextStep: StepDefView | null;
  stepsDone: number;
  stepsTotal: number;
  createdAt: string;
}

export interface MattersResponse {
  items: MatterSummary[];
  categories: { category: MatterCategory; name: Names; tier: Tier; workflows: WorkflowId[] }[];
  workflows: { workflow: WorkflowId; name: Names; rule: CitationView; steps: StepDefView[] }[];
  abilities: VillageAbilities;
}

export interface MatterInput {
  title: string;
  description?: string;
  budget?: string;
  category: MatterCategory;
  workflow?: WorkflowId;
  revokesResolutionId?: string;
}

export interface MeetingRef {
  id: string;
  title: string;
  kind: MeetingKind;
  kindName: Names;
  meetingOn: string;
}

export interface MotionView {
  id: string;
  meeting: MeetingRef | null;
  number: number;
  title: string;
  status: string;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  passed: boolean | null;
}

export interface ValidityView {
  valid: boolean;
  revoked: { on: string | null; by: string | null } | null;
  invalidReason: string | null;
}

export interface ResolutionSummary {
  id: string;
  /** 花乡社区村民代表会议决议〔2026〕第3号 */
  numberText: string;
  year: number;
  number: number;
  kind: string;
  title: string;
  adoptedOn: string;
  meeting: MeetingRef;
  matterId: string | null;
  motionId: string;
  profile: { id: string; version: string };
  validity: ValidityView;
}

export interface StepView extends StepDefView {
  done: {
    id: string;
    on: string;
    meeting: MeetingRef | null;
    motion: MotionView | null;
    notice: {
      id: string;
      kind: NoticeKind;
      title: string;
      publishedOn: string;
      periodEndsOn: string | null;
    } | null;
    note: string;
    recordedBy: string;
    /** the day it was entered; later than `on` for a step entered afterwards (补录) */
    recordedOn: string;
    profile: { id: string; version: string };
    merged: boolean;
  } | null;
}

export interface DecidingMeetingsView {
  on: string;
  kinds: { kind: MeetingKind; name: Names }[];
  /** Authorisation ids that let the representatives' meeting decide today. */
  authorisedBy: string[];
  rule: CitationView;
}

export interface NoticeView {
  id: string;
  kind: NoticeKind;
  kindName: Names;
  title: string;
  body: string;
  publishedOn: string;
  periodEndsOn: string | null;
  matter: { id: string; number: number; title: string } | null;
  resolution: { id: string; numberText: string } | null;
  meetingId: string | null;
  publishedBy: string;
  /** for questions and objections: by default the supervision committee's chair on the day */
  contact: { name: string; phone: string | null } | null;
}

export interface MatterDetail {
  matter: MatterSummary & {
    description: string;
    revokesResolution: ResolutionSummary | null;
  };
  workflow: { id: WorkflowId; name: Names; rule: CitationView };
  steps: StepView[];
  nextStep: StepDefView | null;
  decidingMeetings: DecidingMeetingsView | null;
  motions: MotionView[];
  resolution: ResolutionSummary | null;
  notices: NoticeView[];
  abilities: VillageAbilities;
}

/** Steps recorded on the matter page; the others are recorded when a motion closes at a meeting. */
export const MANUAL_STEPS: readonly StepKind[] = [
  'partyProposal',
  'topicPublished',
  'councilConsultation',
  'resolutionPublished',
  'implementationPublished',
];

export interface StepInput {
  kind: StepKind;
  on: string;
  note?: string;
  meetingId?: string;
  notice?: { title: string; body: string; periodDays?: number };
}

export interface NoticesResponse {
  items: NoticeView[];
}

export interface NoticeDetailResponse {
  notice: NoticeView & { publishedOnText: string | null; periodEndsOnText: string | null };
  village: {
    id: string;
    name: string;
    kind: VillageKind;
    townName: string;
    countyName: string;
  };
  issuer: Names;
  /** The village's audit-chain head when the notice was loaded. */
  fingerprint: { seq: number; hash: string } | null;
}

export interface ResolutionListItem extends ResolutionSummary {
  matter: { id: string; number: number; title: string } | null;
}

export interface ResolutionsResponse {
  items: ResolutionListItem[];
}

/**
 * What the meeting stored with the resolution: core's DecisionResult, and
 * (when the server keeps them) the tally, presence and quorum it was computed on.
 */
export interface DecisionRecord {
  passed?: boolean;
  ruleId?: string;
  base?: 'attendees' | 'allMembers' | 'membersDue';
  baseCount?: number;
  required?: number;
  yes?: number;
  no?: number;
  abstain?: number;
  wording?: Names;
  /** "赞成 48 票，须获到会人员 62 人的过半数赞成（32 票）：通过" */
  text?: string | Names;
  tally?: { yes: number; no: number; abstain: number };
  quorumAtClose?: boolean;
  closedOn?: string;
  presence?: {
    members: number;
    present: number;
    households?: number;
    householdsPresent?: number;
    representatives?: number;
  };
  quorum?: {
    met: boolean;
    ruleId: string;
    missing?: number;
    text?: string;
    paths?: {
      basis: 'members' | 'households';
      count: number;
      base: number;
      required: number;
      met: boolean;
      wording?: Names;
      text?: string;
    }[];
  };
  decision?: DecisionRecord;
}

export interface ResolutionDetailResponse {
  resolution: ResolutionSummary & {
    body: string;
    decision: DecisionRecord | null;
    rule: CitationView;
    matter: { id: string; number: number; title: string } | null;
    revocationMatters: { id: string; number: number; title: string }[];
  };
  village?: NoticeDetailResponse['village'];
  fingerprint: NoticeDetailResponse['fingerprint'];
}

export interface AuthorisationView {
  id: string;
  resolution: { id: string; numberText: string } | null;
  categories: { category: MatterCategory; name: Names }[];
  startsOn: string;
  endsOn: string;
  revokedOn: string | null;
  inForce: boolean;
}

export interface AuthorisationsResponse {
  items: AuthorisationView[];
  delegable: { category: MatterCategory; name: Names }[];
  rule: CitationView;
  abilities: VillageAbilities;
}

export interface AuthorisationInput {
  resolutionId: string;
  categories: MatterCategory[];
  startsOn: string;
  endsOn: string;
}

/** A finding of a rule check (composition, routing), worded by the server in both languages. */
export interface FindingView {
  ruleId: string;
  code: string;
  severity: 'violation' | 'warning';
  params?: Record<string, string | number>;
  message: Names | string;
  citation?: CitationView;
}

export interface CompositionResponse {
  body: { id: string; kind: string; name: string; kindName: Names };
  on: string;
  profile: { id: string; version: string };
  /** No violations (warnings may remain). */
  ok: boolean;
  findings: FindingView[];
  members: {
    membershipId: string;
    personId: string;
    name: string;
    gender: string;
    role: string;
    roleName: Names;
    qualifications: string[];
  }[];
  counts: { members: number; women: number; committeeMembers: number; households: number };
}

/**
 * The parts of a meeting (GET /meetings/:meetingId, the meetings API) that
 * matter pages and printed resolutions show: presence, quorum and the motions' results.
 */
export interface MeetingFacts {
  meeting: {
    id: string;
    kind: MeetingKind;
    kindName?: Names;
    title: string;
    meetingOn: string;
    startsAt?: string;
    place?: string;
    status?: string;
  };
  presence?: {
    members: number;
    present: number;
    households?: number;
    householdsPresent?: number;
    representatives?: number;
  };
  quorum?: {
    met: boolean;
    ruleId: string;
    missing?: number;
    text?: string;
    paths?: {
      basis: 'members' | 'households';
      count: number;
      base: number;
      required: number;
      met: boolean;
      text?: string;
    }[];
  };
  motions?: {
    id: string;
    number: number;
    title: string;
    tally?: { yes: number; no: number; abstain: number } | null;
    result?: { passed: boolean; ruleId: string; text?: string } | null;
  }[];
  verdict?: {
    attendanceValid: boolean;
    procedureValid: boolean;
    countValid: boolean;
    note?: string;
  } | null;
}

export interface RuleParamView {
  name: string;
  /** A threshold `{ kind }`, a whole number, a flag or a word (enforcement). */
  value: unknown;
  /** ">1/2", "≥2/3", "10". */
  text: string;
  statutory: unknown;
  changedByCharter: boolean;
}

export interface RuleView {
  ruleId: string;
  citation: CitationView;
  params: RuleParamView[];
  overridden: boolean;
  override: { params: Record<string, unknown>; adoptedOn: string } | null;
}

export interface RulesResponse {
  base: { id: string; version: string; name: Names };
  profile: { id: string; version: string };
  rules: RuleView[];
  /** Charter clauses that would loosen a statute: recorded, never applied. */
  problems: { ruleId: string; param: string; reason: string; statutory: string }[];
  abilities: VillageAbilities;
}

export interface OverrideInput {
  params: Record<string, unknown>;
  adoptedOn: string;
  resolutionId?: string;
}
