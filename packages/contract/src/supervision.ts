import { z } from 'zod';
import { SITTING_MODES, VOTE_CHOICES } from '@cunzhi/core/supervision/committee';
import {
  CORRECTION_ADDRESSEES,
  INSPECTION_OUTCOMES,
  INSPECTION_SUBJECTS,
  REFERRAL_ADDRESSEES,
} from '@cunzhi/core/supervision/inspections';
import { MOTION_KINDS } from '@cunzhi/core/supervision/motions';
import { DateText, FileResponse, Fingerprint, Names, Text, Uuid, VillageParams } from './common.ts';
import { CitationView } from './matters.ts';
import { VillageAbilities } from './villages.ts';
import { route } from './route.ts';

/**
 * The supervision committee's own work (村务监督委员会, seed 002 figure 4): sittings and the
 * motions its members vote by name (委员票决制), the yearly plan, inspections with findings and
 * evidence, the corrections it orders (责成办理), referrals to the town, and its reports.
 */

const tag = 'supervision';
const V = '/api/villages/:villageId/supervision';

export const SittingMode = z.enum(SITTING_MODES);
export const VoteChoice = z.enum(VOTE_CHOICES);
export const MotionKind = z.enum(MOTION_KINDS);
export const MotionStatus = z.enum(['open', 'carried', 'failed', 'lapsed']);
export const InspectionSubject = z.enum(INSPECTION_SUBJECTS);
export const InspectionOutcome = z.enum(INSPECTION_OUTCOMES);
export const CorrectionAddressee = z.enum(CORRECTION_ADDRESSEES);
export const ReferralAddressee = z.enum(REFERRAL_ADDRESSEES);
export const CorrectionState = z.enum(['ordered', 'overdue', 'done', 'verified']);
export const ReportKind = z.enum(['supervision', 'finance']);
export const ReportStatus = z.enum(['draft', 'voting', 'published', 'rejected']);

export const MotionParams = VillageParams.extend({ motionId: Uuid });
export const InspectionParams = VillageParams.extend({ inspectionId: Uuid });
export const ReportParams = VillageParams.extend({ reportId: Uuid });
export const CorrectionParams = VillageParams.extend({ correctionId: Uuid });

// -------------------------------------------------------------- proposals

const Note = z.string().max(2000);

/** What a carried motion does, by kind. */
export const Proposal = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('agendaReview'),
    meetingId: Uuid,
    outcome: z.enum(['approved', 'returned']),
    note: Note,
  }),
  z.object({ kind: z.literal('plan'), planId: Uuid }),
  z.object({
    kind: z.literal('inspectionOutcome'),
    inspectionId: Uuid,
    outcome: InspectionOutcome,
    note: Note,
    /** 责成办理: to whom, what, by when. */
    correction: z
      .object({
        addressee: CorrectionAddressee,
        what: z.string().trim().min(1).max(2000),
        dueOn: DateText,
      })
      .optional(),
    /** 报镇纪委 / 报乡镇政府、监察机关. */
    referral: z
      .object({ addressee: ReferralAddressee, summary: z.string().trim().min(1).max(4000) })
      .optional(),
    /** 要求暂停执行: the hold proposed on the payment. */
    holdId: Uuid.optional(),
  }),
  z.object({ kind: z.literal('report'), reportId: Uuid }),
  /** 暂停支付 (seed 002: 联名提出暂缓支付): carried, the payment is stopped until released. */
  z.object({
    kind: z.literal('hold'),
    requestId: Uuid,
    reason: z.string().trim().min(1).max(2000),
    /** The members who sign the proposal with the tabler (联名); each still votes in their own name. */
    coProposerIds: z.array(Uuid).max(20).optional(),
  }),
  /** 解除暂停支付 by the committee's own vote (where the profile allows it), once inspected. */
  z.object({ kind: z.literal('holdRelease'), holdId: Uuid, requestId: Uuid }),
]);

/** How the committee sits for it: members vote on their phones until a day, or together, recorded by name. */
export const SittingInput = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('remote'), closesOn: DateText }),
  z.object({
    mode: z.literal('inPerson'),
    heldOn: DateText.optional(),
    attendance: z.array(Uuid).max(50),
    votes: z.array(z.object({ personId: Uuid, choice: VoteChoice })).max(50),
  }),
]);

export const TableMotionBody = z.object({ proposal: Proposal, sitting: SittingInput });
export const VoteBody = z.object({ choice: VoteChoice });

// ------------------------------------------------------------------ views

export const Member = z.object({ personId: Uuid, name: z.string(), chair: z.boolean() });

export const MotionCount = z.object({
  members: z.number(),
  present: z.number(),
  yes: z.number(),
  no: z.number(),
  abstain: z.number(),
  requiredPresent: z.number(),
  requiredYes: z.number(),
});

export const MotionView = z.object({
  id: Uuid,
  kind: MotionKind,
  kindName: Names,
  /** What it is about, in words (the meeting, the inspection, the report). */
  subject: z.object({ id: Uuid, label: z.string() }),
  proposal: Proposal,
  sitting: z.object({
    id: Uuid,
    mode: SittingMode,
    heldOn: DateText,
    closesOn: DateText.nullable(),
    attendance: z.array(z.string()),
  }),
  tabledBy: z.string(),
  status: MotionStatus,
  decidedOn: DateText.nullable(),
  count: MotionCount,
  votes: z.array(z.object({ personId: Uuid, name: z.string(), choice: VoteChoice })),
  myVote: VoteChoice.nullable(),
  /** Why it did not carry, with the rule in words. */
  refusal: z.string().nullable(),
  canVote: z.boolean(),
  canClose: z.boolean(),
});

/** A photo or document attached to a finding: never its bytes, which have their own address. */
export const EvidenceFileView = z.object({
  id: Uuid,
  name: z.string(),
  mediaType: z.enum(['image/jpeg', 'image/png', 'application/pdf']),
  sizeBytes: z.number(),
  /** The file's SHA-256, as recorded on the audit chain in the finding's event. */
  sha256: z.string(),
  /** Where the file is read (signed in, with the right to read the inspection). */
  url: z.string(),
});

export const FindingView = z.object({
  id: Uuid,
  text: z.string(),
  evidence: z.string(),
  files: z.array(EvidenceFileView),
  vouchers: z.array(z.object({ id: Uuid, number: z.string(), summary: z.string() })),
  recordedBy: z.string(),
  recordedOn: DateText,
});

export const CorrectionView = z.object({
  id: Uuid,
  inspectionId: Uuid,
  inspectionTitle: z.string(),
  addressee: CorrectionAddressee,
  addresseeName: Names,
  what: z.string(),
  orderedOn: DateText,
  dueOn: DateText,
  state: CorrectionState,
  doneOn: DateText.nullable(),
  answer: z.string(),
  verifiedOn: DateText.nullable(),
  verifiedBy: z.string().nullable(),
});

export const InspectionSummary = z.object({
  id: Uuid,
  number: z.number(),
  title: z.string(),
  subject: InspectionSubject,
  subjectName: Names,
  subjectRef: z.string(),
  startedOn: DateText,
  assigned: z.array(z.string()),
  status: z.enum(['open', 'voting', 'concluded']),
  outcome: InspectionOutcome.nullable(),
  outcomeName: Names.nullable(),
  concludedOn: DateText.nullable(),
  findings: z.number(),
});

export const InspectionDetail = InspectionSummary.extend({
  assignedIds: z.array(Uuid),
  present: z.array(z.object({ personId: Uuid, name: z.string() })),
  findingsList: z.array(FindingView),
  /** The year's plan it carries out, and which item of it (when the opener named one). */
  plan: z
    .object({
      id: Uuid,
      year: z.number(),
      item: z.object({ index: z.number(), month: z.number(), title: z.string() }).nullable(),
    })
    .nullable(),
  motions: z.array(MotionView),
  correction: CorrectionView.nullable(),
  hold: z
    .object({ id: Uuid, requestId: Uuid, requestNumber: z.number(), status: z.string() })
    .nullable(),
  referral: z.object({ addressee: ReferralAddressee, addresseeName: Names }).nullable(),
  /** Attendance short of the committee's quorum for a finance inspection, in words. */
  attendanceFinding: z.string().nullable(),
  members: z.array(Member),
  abilities: VillageAbilities,
});

export const ReportSummary = z.object({
  id: Uuid,
  number: z.number(),
  kind: ReportKind,
  kindName: Names,
  title: z.string(),
  status: ReportStatus,
  publishedOn: DateText.nullable(),
});

export const ReportDetail = ReportSummary.extend({
  body: z.string(),
  inspections: z.array(z.object({ id: Uuid, number: z.number(), title: z.string() })),
  motions: z.array(MotionView),
  /** The vote that published it (for the printed notice: 经 N 名委员中 M 名同意). */
  carriedBy: MotionCount.nullable(),
  village: z.object({ name: z.string(), committeeName: z.string() }),
  /** The notice that publishes it on the board and the portal. */
  noticeId: Uuid.nullable(),
  /** The photos of its inspections' findings; `public`: shown with it on the portal once published. */
  evidence: z.array(
    EvidenceFileView.extend({ inspectionId: Uuid, findingText: z.string(), public: z.boolean() }),
  ),
  /** The audit event that published it (printed on the notice). */
  fingerprint: Fingerprint,
  abilities: VillageAbilities,
});

export const PlanView = z.object({
  id: Uuid,
  year: z.number(),
  items: z.array(z.object({ month: z.number(), subject: InspectionSubject, title: z.string() })),
  status: z.enum(['draft', 'voting', 'adopted', 'rejected']),
  adoptedOn: DateText.nullable(),
});

export const SupervisionOverview = z.object({
  on: DateText,
  committeeName: z.string(),
  members: z.array(Member),
  /** The committee's composition checked on the day (RVMC-SIZE, VCOL-32-SUPERVISOR-ELIG), in words. */
  composition: z.array(
    z.object({ severity: z.enum(['violation', 'warning']), message: z.string() }),
  ),
  motions: z.array(MotionView),
  inspections: z.array(InspectionSummary),
  reports: z.array(ReportSummary),
  corrections: z.array(CorrectionView),
  plans: z.array(PlanView),
  citations: z.array(CitationView),
  abilities: VillageAbilities,
});

/**
 * A member's phone: what awaits their vote, their open inspections, corrections past due, and
 * the complaints station's work (to classify, or the committee's own to answer).
 */
export const SupervisionInbox = z.object({
  on: DateText,
  toVote: z.array(MotionView),
  inspections: z.array(InspectionSummary),
  overdue: z.array(CorrectionView),
  complaints: z.array(
    z.object({
      id: Uuid,
      number: z.number(),
      subject: z.string(),
      status: z.enum(['received', 'assigned']),
      receivedOn: DateText,
      dueOn: DateText.nullable(),
    }),
  ),
});

// ----------------------------------------------------------------- bodies

export const PlanBody = z.object({
  year: z.number().int().min(2000).max(2100),
  items: z
    .array(
      z.object({
        month: z.number().int().min(1).max(12),
        subject: InspectionSubject,
        title: z.string().trim().min(1).max(200),
      }),
    )
    .min(1)
    .max(60),
});

export const InspectionBody = z.object({
  title: z.string().trim().min(1).max(200),
  subject: InspectionSubject,
  /** The month of the books (2026-11), or the resolution's number, or the project's name. */
  subjectRef: z.string().trim().max(200).optional(),
  startedOn: DateText.optional(),
  assigned: z.array(Uuid).min(1).max(20),
  planId: Uuid.optional(),
  /** Which item of the plan it carries out (its place in the plan's items, from 0). */
  planItem: z.number().int().min(0).max(59).optional(),
});

export const AttendanceBody = z.object({ present: z.array(Uuid).max(50) });

export const FindingBody = z.object({
  text: Text.pipe(z.string().trim().min(1).max(4000)),
  /** Numbers of the ledger vouchers it concerns (记-2026-11-0007), as the books print them. */
  voucherNumbers: z.array(z.string().trim().min(1).max(40)).max(50).optional(),
  /** Documents and photos looked at, described (where they are kept). */
  evidence: z.string().max(2000).optional(),
  on: DateText.optional(),
});

export const ReportBody = z.object({
  kind: ReportKind,
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(20000),
  inspectionIds: z.array(Uuid).max(50).optional(),
  /** Photos of its inspections' findings to show with it on the portal (none by default). */
  publicEvidenceIds: z.array(Uuid).max(50).optional(),
});

export const CorrectionAnswerBody = z.object({
  answer: z.string().trim().min(1).max(4000),
  on: DateText.optional(),
});
export const VerifyBody = z.object({ on: DateText.optional() });

// ----------------------------------------------------------------- routes

export const getSupervision = route({
  method: 'GET',
  url: V,
  summary: '村务监督委员会工作台 / The supervision committee',
  tag,
  params: VillageParams,
  response: SupervisionOverview,
});

export const getSupervisionInbox = route({
  method: 'GET',
  url: `${V}/inbox`,
  summary: '待我表决与我的检查（手机） / What awaits my vote, and my inspections',
  tag,
  params: VillageParams,
  response: SupervisionInbox,
});

export const tableMotion = route({
  method: 'POST',
  url: `${V}/motions`,
  summary: '提请委员表决 / Put a motion to the committee',
  tag,
  params: VillageParams,
  body: TableMotionBody,
  response: z.object({ motion: MotionView }),
  status: 201,
});

export const getMotion = route({
  method: 'GET',
  url: `${V}/motions/:motionId`,
  summary: '表决事项 / A motion and its votes',
  tag,
  params: MotionParams,
  response: z.object({ motion: MotionView }),
});

export const voteOnMotion = route({
  method: 'POST',
  url: `${V}/motions/:motionId/votes`,
  summary: '委员表决 / A member votes',
  tag,
  params: MotionParams,
  body: VoteBody,
  response: z.object({ motion: MotionView }),
});

export const closeMotion = route({
  method: 'POST',
  url: `${V}/motions/:motionId/close`,
  summary: '表决期满计票 / Count a motion whose window has passed',
  tag,
  params: MotionParams,
  response: z.object({ motion: MotionView }),
});

export const draftPlan = route({
  method: 'POST',
  url: `${V}/plans`,
  summary: '拟定年度监督计划 / Draft the year’s plan',
  tag,
  params: VillageParams,
  body: PlanBody,
  response: z.object({ plan: PlanView }),
  status: 201,
});

export const openInspection = route({
  method: 'POST',
  url: `${V}/inspections`,
  summary: '开展监督检查 / Open an inspection',
  tag,
  params: VillageParams,
  body: InspectionBody,
  response: z.object({ inspection: InspectionDetail }),
  status: 201,
});

export const getInspection = route({
  method: 'GET',
  url: `${V}/inspections/:inspectionId`,
  summary: '监督检查 / An inspection',
  tag,
  params: InspectionParams,
  response: InspectionDetail,
});

export const recordInspectionAttendance = route({
  method: 'PUT',
  url: `${V}/inspections/:inspectionId/attendance`,
  summary: '记录参加检查的委员 / Record the members who took part',
  tag,
  params: InspectionParams,
  body: AttendanceBody,
  response: z.object({ inspection: InspectionDetail }),
});

export const recordFinding = route({
  method: 'POST',
  url: `${V}/inspections/:inspectionId/findings`,
  summary: '记录检查发现的问题 / Record a finding',
  tag,
  params: InspectionParams,
  body: FindingBody,
  response: z.object({ inspection: InspectionDetail }),
  status: 201,
});

export const answerCorrection = route({
  method: 'POST',
  url: `${V}/corrections/:correctionId/answer`,
  summary: '报告整改完成 / Report a correction done',
  tag,
  params: CorrectionParams,
  body: CorrectionAnswerBody,
  response: z.object({ correction: CorrectionView }),
});

export const verifyCorrection = route({
  method: 'POST',
  url: `${V}/corrections/:correctionId/verify`,
  summary: '验收整改 / Verify a correction',
  tag,
  params: CorrectionParams,
  body: VerifyBody,
  response: z.object({ correction: CorrectionView }),
});

export const draftReport = route({
  method: 'POST',
  url: `${V}/reports`,
  summary: '起草监督报告 / Draft a report',
  tag,
  params: VillageParams,
  body: ReportBody,
  response: z.object({ report: ReportDetail }),
  status: 201,
});

export const editReport = route({
  method: 'PUT',
  url: `${V}/reports/:reportId`,
  summary: '修改报告草稿 / Edit a draft report',
  tag,
  params: ReportParams,
  body: ReportBody,
  response: z.object({ report: ReportDetail }),
});

export const getReport = route({
  method: 'GET',
  url: `${V}/reports/:reportId`,
  summary: '监督报告 / A report',
  tag,
  params: ReportParams,
  response: ReportDetail,
});

// ------------------------------------------------------- finding evidence

export const EvidenceParams = InspectionParams.extend({ evidenceId: Uuid });

/**
 * The finding form with its files (`multipart/form-data`): text parts `text`, `voucherNumbers`
 * (separated by commas or spaces), `evidence`, `on`, as in FindingBody, and up to six file
 * parts `files` (JPG, PNG or PDF, recognised by their bytes, at most 10 MB each).
 */
export const recordFindingWithFiles = route({
  method: 'POST',
  url: `${V}/inspections/:inspectionId/findings/upload`,
  summary:
    '记录检查发现并附照片、文件（multipart/form-data：text、voucherNumbers、evidence、on 与文件 files）/ Record a finding with its photos and documents',
  tag,
  params: InspectionParams,
  status: 201,
  response: z.object({ inspection: InspectionDetail }),
});

export const getEvidenceFile = route({
  method: 'GET',
  url: `${V}/inspections/:inspectionId/evidence/:evidenceId`,
  summary: '检查发现的照片或文件 / A photo or document of a finding',
  tag,
  params: EvidenceParams,
  response: FileResponse,
  produces: 'application/octet-stream',
});
