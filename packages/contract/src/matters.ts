import { z } from 'zod';
import { DECISION_BASES } from '@cunzhi/core/meetings/quorum';
import { MATTER_CATEGORIES } from '@cunzhi/core/matters/categories';
import { STEP_KINDS, WORKFLOW_IDS } from '@cunzhi/core/matters/workflows';
import { MEETING_KINDS } from '@cunzhi/core/meetings/meetingKinds';
import { NOTICE_KINDS } from '@cunzhi/core/disclosure/kinds';
import { DateText, Fingerprint, Instant, Names, Uuid, VillageParams } from './common.ts';
import { AuditCheckpoint } from './audit.ts';
import { VillageAbilities, VillageView } from './villages.ts';
import { route } from './route.ts';

/**
 * Matters (议题) and their procedures, the notices and resolutions they leave,
 * and the assembly's authorisations of the representatives' meeting.
 */

const tag = 'matters';
const V = '/api/villages/:villageId';

// ------------------------------------------------------------------ enums

export const MatterCategory = z.enum(MATTER_CATEGORIES);
export const WorkflowId = z.enum(WORKFLOW_IDS);
export const StepKind = z.enum(STEP_KINDS);
export const MeetingKind = z.enum(MEETING_KINDS);
/** The four tiers of seed 002's graded deliberation (core's `Tier`). */
export const Tier = z.enum(['assembly', 'representatives', 'council', 'joint']);
export const MatterStatus = z.enum(['open', 'decided', 'implemented', 'withdrawn']);
/** Every kind of notice: the decisions' four, and the ledger's and the disclosure calendar's three (core/disclosure/kinds). */
export const NoticeKind = z.enum(NOTICE_KINDS);
export const RuleForce = z.enum(['statute', 'policy', 'local']);

/** Steps recorded by hand: the rest are recorded when a motion on the matter closes at a meeting. */
export const MANUAL_STEPS = [
  'partyProposal',
  'topicPublished',
  'councilConsultation',
  'resolutionPublished',
  'implementationPublished',
] as const satisfies readonly z.output<typeof StepKind>[];
export const ManualStep = z.enum(MANUAL_STEPS);
export type ManualStep = z.output<typeof ManualStep>;

// ------------------------------------------------------------ small views

/** A rule as shown next to a decision or refusal: id, source, article, force. */
export const CitationView = z.object({
  ruleId: z.string(),
  source: Names,
  version: z.string(),
  article: z.string(),
  force: RuleForce,
});

/** Where a step of a procedure takes place, named as the village says it. */
export const StepAt = z.object({
  kind: z.enum(['meeting', 'decidingBody', 'notice', 'record']),
  meetingKind: MeetingKind.nullable(),
  name: Names,
});

export const StepDefView = z.object({
  kind: StepKind,
  name: Names,
  at: StepAt,
  needsPassedMotion: z.boolean(),
  partyStudy: z.boolean(),
});

/** An amount three ways: exact yuan text for forms, `¥450,000.00` for tables, `肆拾伍万元整` for notices. */
export const Budget = z.object({ yuan: z.string(), text: z.string(), capitals: z.string() });

export const MatterRef = z.object({ id: Uuid, number: z.number(), title: z.string() });
export const ResolutionRef = z.object({ id: Uuid, numberText: z.string() });
export const CategoryRef = z.object({ category: MatterCategory, name: Names });

export const MeetingRef = z.object({
  id: Uuid,
  title: z.string(),
  kind: MeetingKind,
  kindName: Names,
  meetingOn: DateText,
});

export const MotionView = z.object({
  id: Uuid,
  meeting: MeetingRef.nullable(),
  number: z.number(),
  title: z.string(),
  status: z.enum(['draft', 'open', 'closed']),
  yes: z.number().nullable(),
  no: z.number().nullable(),
  abstain: z.number().nullable(),
  passed: z.boolean().nullable(),
});

export const ValidityView = z.object({
  valid: z.boolean(),
  /** Revoked on a date by a later resolution (or the revoking matter, before its resolution is recorded). */
  revoked: z.object({ on: DateText.nullable(), by: Uuid.nullable() }).nullable(),
  invalidReason: z.string().nullable(),
});

export const ProfileRef = z.object({ id: z.string(), version: z.string() });

// ---------------------------------------------------------------- matters

export const MatterSummary = z.object({
  id: Uuid,
  number: z.number(),
  title: z.string(),
  category: MatterCategory,
  categoryName: Names,
  tier: Tier,
  workflow: WorkflowId,
  workflowName: Names,
  status: MatterStatus,
  budget: Budget.nullable(),
  nextStep: StepDefView.nullable(),
  stepsDone: z.number(),
  stepsTotal: z.number(),
  createdAt: Instant,
});

export const MattersResponse = z.object({
  items: z.array(MatterSummary),
  categories: z.array(
    z.object({
      category: MatterCategory,
      name: Names,
      tier: Tier,
      workflows: z.array(WorkflowId),
    }),
  ),
  workflows: z.array(
    z.object({
      workflow: WorkflowId,
      name: Names,
      rule: CitationView,
      steps: z.array(StepDefView),
    }),
  ),
  abilities: VillageAbilities,
});

export const ResolutionSummary = z.object({
  id: Uuid,
  /** 花乡社区居民代表会议决议〔2026〕第3号 */
  numberText: z.string(),
  year: z.number(),
  number: z.number(),
  kind: z.string(),
  title: z.string(),
  adoptedOn: DateText,
  meeting: MeetingRef,
  matterId: Uuid.nullable(),
  motionId: Uuid,
  profile: ProfileRef,
  validity: ValidityView,
});

export const StepView = StepDefView.extend({
  done: z
    .object({
      id: Uuid,
      on: DateText,
      meeting: MeetingRef.nullable(),
      motion: MotionView.nullable(),
      notice: z
        .object({
          id: Uuid,
          kind: NoticeKind,
          title: z.string(),
          publishedOn: DateText,
          periodEndsOn: DateText.nullable(),
        })
        .nullable(),
      note: z.string(),
      recordedBy: z.string(),
      /** The day it was entered; later than `on` for a step entered afterwards (补录). */
      recordedOn: DateText,
      profile: ProfileRef,
      merged: z.boolean(),
    })
    .nullable(),
});

export const DecidingMeetingsView = z.object({
  on: DateText,
  kinds: z.array(z.object({ kind: MeetingKind, name: Names })),
  /** Authorisation ids that let the representatives' meeting decide on that day. */
  authorisedBy: z.array(Uuid),
  rule: CitationView,
});

export const NoticeView = z.object({
  id: Uuid,
  kind: NoticeKind,
  kindName: Names,
  title: z.string(),
  body: z.string(),
  publishedOn: DateText,
  periodEndsOn: DateText.nullable(),
  matter: MatterRef.nullable(),
  /** With its validity: a notice of a resolution later found invalid or revoked is shown marked 无效/已撤销. */
  resolution: ResolutionRef.extend({ validity: ValidityView }).nullable(),
  meetingId: Uuid.nullable(),
  publishedBy: z.string(),
  /** For questions and objections: by default the supervision committee's chair on the day. */
  contact: z.object({ name: z.string(), phone: z.string().nullable() }).nullable(),
});

export const MatterDetail = z.object({
  matter: MatterSummary.extend({
    description: z.string(),
    revokesResolution: ResolutionSummary.nullable(),
  }),
  workflow: z.object({ id: WorkflowId, name: Names, rule: CitationView }),
  steps: z.array(StepView),
  nextStep: StepDefView.nullable(),
  /** Who may decide the matter today; null once it is no longer open. */
  decidingMeetings: DecidingMeetingsView.nullable(),
  motions: z.array(MotionView),
  resolution: ResolutionSummary.nullable(),
  notices: z.array(NoticeView),
  abilities: VillageAbilities,
});

/** A step as recorded (one request may record two: a merged 一肩挑 proposal). */
export const RecordedStep = z.object({
  id: Uuid,
  matterId: Uuid,
  kind: StepKind,
  on: DateText,
  meetingId: Uuid.nullable(),
  motionId: Uuid.nullable(),
  noticeId: Uuid.nullable(),
  note: z.string(),
  merged: z.boolean(),
  profileId: z.string(),
  profileVersion: z.string(),
  recordedBy: Uuid,
  recordedAt: Instant,
});

export const MatterParams = VillageParams.extend({ matterId: Uuid });

export const MatterBody = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().max(4000).optional(),
  /** As typed: `450,000`, `¥1,680.32`; empty for none. */
  budget: z.string().max(40).optional(),
  category: MatterCategory,
  workflow: WorkflowId.optional(),
  revokesResolutionId: Uuid.optional(),
});

export const StepBody = z.object({
  kind: ManualStep,
  on: DateText,
  note: z.string().max(2000).optional(),
  meetingId: Uuid.optional(),
  notice: z
    .object({
      title: z.string().trim().min(1).max(200),
      body: z.string().trim().min(1).max(20000),
      periodDays: z.number().int().min(1).max(365).optional(),
      contactName: z.string().trim().min(1).max(40).optional(),
      contactPhone: z.string().trim().min(1).max(40).optional(),
    })
    .optional(),
});

export const WithdrawBody = z.object({ reason: z.string().max(2000).optional() });

export const listMatters = route({
  method: 'GET',
  url: `${V}/matters`,
  summary: '议题列表、类别与程序 / Matters, their categories and procedures',
  tag,
  params: VillageParams,
  response: MattersResponse,
});

export const createMatter = route({
  method: 'POST',
  url: `${V}/matters`,
  summary: '提出议题 / Propose a matter',
  tag,
  params: VillageParams,
  body: MatterBody,
  response: z.object({ matter: MatterSummary }),
  status: 201,
});

export const getMatter = route({
  method: 'GET',
  url: `${V}/matters/:matterId`,
  summary: '议题及其程序 / A matter and its procedure',
  tag,
  params: MatterParams,
  response: MatterDetail,
});

export const recordStep = route({
  method: 'POST',
  url: `${V}/matters/:matterId/steps`,
  summary: '记录程序步骤（非表决） / Record a step that is not a vote',
  tag,
  params: MatterParams,
  body: StepBody,
  response: z.object({ steps: z.array(RecordedStep), noticeId: Uuid.nullable() }),
  status: 201,
});

export const withdrawMatter = route({
  method: 'POST',
  url: `${V}/matters/:matterId/withdraw`,
  summary: '撤回议题 / Withdraw an open matter',
  tag,
  params: MatterParams,
  body: WithdrawBody,
  response: z.object({ matter: z.object({ id: Uuid, status: z.literal('withdrawn') }) }),
});

// ---------------------------------------------------------------- notices

export const NoticesResponse = z.object({ items: z.array(NoticeView) });

export const NoticeDetailResponse = z.object({
  notice: NoticeView.extend({
    publishedOnText: z.string().nullable(),
    periodEndsOnText: z.string().nullable(),
  }),
  /** The village as its pages head it. */
  village: VillageView.shape.village,
  issuer: Names,
  /** The chain record that published the notice: a printout can be checked against the chain. */
  fingerprint: Fingerprint,
  /** The village's chain head published today, printed in the footer: a later cut-back of the chain shows against it. */
  checkpoint: AuditCheckpoint.nullable(),
});

/** The latest so many notices (a phone's home shows five, without the rest's texts); all without. */
export const NoticesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

export const listNotices = route({
  method: 'GET',
  url: `${V}/notices`,
  summary: '公告列表 / Public notices',
  tag,
  params: VillageParams,
  query: NoticesQuery,
  response: NoticesResponse,
});

export const getNotice = route({
  method: 'GET',
  url: `${V}/notices/:noticeId`,
  summary: '公告（可打印） / A notice, printable',
  tag,
  params: VillageParams.extend({ noticeId: Uuid }),
  response: NoticeDetailResponse,
});

// ------------------------------------------------------------ resolutions

/**
 * What the meeting stored with the resolution: core's DecisionResult and the
 * tally, presence and quorum it was computed on. Older records lack figures.
 */
const DecisionFields = z.object({
  passed: z.boolean().optional(),
  ruleId: z.string().optional(),
  base: z.enum(DECISION_BASES).optional(),
  baseCount: z.number().optional(),
  required: z.number().optional(),
  yes: z.number().optional(),
  no: z.number().optional(),
  abstain: z.number().optional(),
  wording: Names.optional(),
  /** "赞成 48 票，须获到会人员 62 人的过半数赞成（32 票）：通过" */
  text: z.union([z.string(), Names]).optional(),
  tally: z.object({ yes: z.number(), no: z.number(), abstain: z.number() }).optional(),
  quorumAtClose: z.boolean().optional(),
  closedOn: z.string().optional(),
  presence: z
    .object({
      members: z.number(),
      present: z.number(),
      households: z.number().optional(),
      householdsPresent: z.number().optional(),
      representatives: z.number().optional(),
    })
    .optional(),
  quorum: z
    .object({
      met: z.boolean(),
      ruleId: z.string(),
      missing: z.number().optional(),
      text: z.string().optional(),
      paths: z
        .array(
          z.object({
            basis: z.enum(['members', 'households']),
            count: z.number(),
            base: z.number(),
            required: z.number(),
            met: z.boolean(),
            wording: Names.optional(),
            text: z.string().optional(),
          }),
        )
        .optional(),
    })
    .optional(),
});
export const DecisionRecord = DecisionFields.extend({
  /** Records that nest the decision itself carry it here. */
  decision: DecisionFields.optional(),
});
export type DecisionRecord = z.output<typeof DecisionRecord>;

export const ResolutionListItem = ResolutionSummary.extend({ matter: MatterRef.nullable() });
export const ResolutionsResponse = z.object({ items: z.array(ResolutionListItem) });

export const ResolutionDetailResponse = z.object({
  resolution: ResolutionSummary.extend({
    body: z.string(),
    decision: DecisionRecord.nullable(),
    rule: CitationView,
    matter: MatterRef.nullable(),
    /** Matters proposed to revoke it. */
    revocationMatters: z.array(MatterRef),
  }),
  /** The chain record of its adoption. */
  fingerprint: Fingerprint,
});

/** The latest so many resolutions (a phone's home shows five); all of them without. */
export const ResolutionsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

export const listResolutions = route({
  method: 'GET',
  url: `${V}/resolutions`,
  summary: '决议列表 / Resolutions',
  tag,
  params: VillageParams,
  query: ResolutionsQuery,
  response: ResolutionsResponse,
});

export const getResolution = route({
  method: 'GET',
  url: `${V}/resolutions/:resolutionId`,
  summary: '决议（可打印） / A resolution, printable',
  tag,
  params: VillageParams.extend({ resolutionId: Uuid }),
  response: ResolutionDetailResponse,
});

// --------------------------------------------------------- authorisations

export const AuthorisationView = z.object({
  id: Uuid,
  resolution: ResolutionRef.nullable(),
  categories: z.array(CategoryRef),
  startsOn: DateText,
  endsOn: DateText,
  revokedOn: DateText.nullable(),
  inForce: z.boolean(),
});

export const AuthorisationsResponse = z.object({
  items: z.array(AuthorisationView),
  /** Matters the assembly may hand to the representatives' meeting. */
  delegable: z.array(CategoryRef),
  rule: CitationView,
  abilities: VillageAbilities,
});

export const AuthorisationBody = z.object({
  resolutionId: Uuid,
  categories: z.array(z.string().min(1).max(40)).min(1).max(MATTER_CATEGORIES.length),
  startsOn: DateText,
  endsOn: DateText,
});

export const AuthorisationParams = VillageParams.extend({ authorisationId: Uuid });

export const listAuthorisations = route({
  method: 'GET',
  url: `${V}/authorisations`,
  summary: '村民会议授权 / The assembly’s authorisations of the representatives’ meeting',
  tag,
  params: VillageParams,
  response: AuthorisationsResponse,
});

export const createAuthorisation = route({
  method: 'POST',
  url: `${V}/authorisations`,
  summary: '记录授权 / Record an authorisation',
  tag,
  params: VillageParams,
  body: AuthorisationBody,
  response: z.object({
    authorisation: z.object({
      id: Uuid,
      resolutionId: Uuid,
      categories: z.array(MatterCategory),
      startsOn: DateText,
      endsOn: DateText,
      revokedOn: z.null(),
    }),
  }),
  status: 201,
});

export const revokeAuthorisation = route({
  method: 'POST',
  url: `${V}/authorisations/:authorisationId/revoke`,
  summary: '收回授权 / Revoke an authorisation',
  tag,
  params: AuthorisationParams,
  body: z.object({ revokedOn: DateText.optional() }),
  response: z.object({ authorisation: z.object({ id: Uuid, revokedOn: DateText }) }),
});
