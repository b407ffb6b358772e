import { z } from 'zod';
import { MEETING_KINDS } from '@cunzhi/core/meetings/meetingKinds';
import { DECISION_BASES } from '@cunzhi/core/meetings/quorum';
import { STEP_KINDS } from '@cunzhi/core/matters/workflows';
import { DateText, Fingerprint, Instant, Names, Ok, Uuid, VillageParams } from './common.ts';
import { VillageAbilities } from './villages.ts';
import { route } from './route.ts';
import type {
  Capacity as CoreCapacity,
  SheetRow as CoreSheetRow,
} from '@cunzhi/core/meetings/attendance';

/**
 * Meetings and votes (issue 3 points 5–6): convening, demands, the agenda
 * review and verdict of the supervision committee, attendance and proxies,
 * motions, named and secret votes, results and resolutions.
 */

const tag = 'meetings';
const V = '/api/villages/:villageId';

// ------------------------------------------------------------------ enums

export const MeetingKind = z.enum(MEETING_KINDS);
export const MeetingStatus = z.enum(['planned', 'open', 'closed', 'cancelled']);
export const AgendaReviewStatus = z.enum(['pending', 'approved', 'returned']);
export const VotingMode = z.enum(['showOfHands', 'electronic', 'secret']);
export const MotionStatus = z.enum(['draft', 'open', 'closed']);
/** Whom a person attends as (core's `Capacity`): a counted member, a household's representative, a supervisor, a guest. */
export const Capacity = z.enum([
  'member',
  'householdRepresentative',
  'supervisor',
  'observer',
]) satisfies z.ZodType<CoreCapacity>;
export const CheckInMethod = z.enum(['qr', 'clerk']);
export const Choice = z.enum(['yes', 'no', 'abstain']);
/** The kinds of meeting villagers or representatives may demand (VCOL-21-CONVENE, VCOL-26-FREQ). */
export const DemandKind = z.enum(['villagersAssembly', 'representativesMeeting']);
export const DemandRoute = z.enum(['villagers', 'representatives']);
export const DemandStatus = z.enum(['collecting', 'met', 'convened']);
/** What the server recorded for a voice: the choice of a named vote, or only that a secret ballot was cast. */
export const VoteRecord = z.enum(['yes', 'no', 'abstain', 'secret-cast']);

// ------------------------------------------------------------- rule views

/** A rule check's outcome, its message ending with the rule it rests on. */
export const FindingView = z.object({
  ruleId: z.string(),
  code: z.string(),
  severity: z.enum(['violation', 'warning']),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** "村民代表会议每季度至少召开 1 次：2026年第3季度 尚未召开（VCOL-26-FREQ，《…》第二十六条）" */
  message: z.string(),
});

/** A rule with where it is written: "VCOL-22-QUORUM，《中华人民共和国村民委员会组织法》第二十二条". */
export const CitationView = z.object({
  ruleId: z.string(),
  source: z.string(),
  article: z.string(),
  version: z.string(),
  text: z.string(),
});

// ------------------------------------------------------- presence, quorum

/** Core's `Presence`: the base the law names and who is counted present. */
export const PresenceView = z.object({
  members: z.number(),
  present: z.number(),
  households: z.number().optional(),
  householdsPresent: z.number().optional(),
  representatives: z.number().optional(),
});

/** One way of reaching quorum as core computes it (the assembly has two: adults or households). */
export const QuorumPath = z.object({
  basis: z.enum(['members', 'households']),
  count: z.number(),
  base: z.number(),
  required: z.number(),
  met: z.boolean(),
  wording: Names,
});

export const QuorumPathView = QuorumPath.extend({
  /** "到会 21 / 应到 31 人，须三分之二以上（21 人）" in the reader's language. */
  text: z.string(),
});

export const QuorumView = z.object({
  met: z.boolean(),
  ruleId: z.string(),
  missing: z.number(),
  paths: z.array(QuorumPathView),
  /** Without quorum: "未达到法定人数：…，还差 1 人，不能表决（VCOL-26-QUORUM，…）". */
  finding: FindingView.nullable(),
});

/**
 * Where a meeting's presence and quorum come from: computed now under the village's profile
 * (`live`, until the meeting closes) or as recorded when it closed (`atClose`, on that day).
 */
export const FiguresView = z.object({
  basis: z.enum(['live', 'atClose']),
  profile: z.object({ id: z.string(), version: z.string() }),
  on: DateText.nullable(),
});

export const Tally = z.object({ yes: z.number(), no: z.number(), abstain: z.number() });

/**
 * Core's DecisionResult as stored when the vote closed, with its text in the
 * reader's language. Votes closed before a figure was stored lack it.
 */
export const DecisionView = z.object({
  passed: z.boolean(),
  ruleId: z.string(),
  base: z.enum(DECISION_BASES),
  baseCount: z.number(),
  required: z.number(),
  yes: z.number(),
  wording: Names,
  tally: Tally.optional(),
  presence: PresenceView.optional(),
  quorumAtClose: z.boolean().optional(),
  /** Quorum when the vote closed, every path with its figures. */
  quorum: z
    .object({
      met: z.boolean(),
      ruleId: z.string(),
      missing: z.number(),
      paths: z.array(QuorumPath),
    })
    .optional(),
  /** The rule profile the vote was decided under. */
  profile: z.object({ id: z.string(), version: z.string() }).optional(),
  /** "赞成 16 票，须获到会人员 21 人的过半数赞成（11 票）：通过" */
  text: z.string(),
  closedOn: DateText.optional(),
});

// --------------------------------------------------------------- meetings

export const MeetingSummary = z.object({
  id: Uuid,
  kind: MeetingKind,
  kindName: Names,
  title: z.string(),
  meetingOn: DateText,
  startsAt: z.string(),
  place: z.string(),
  noticeOn: DateText,
  status: MeetingStatus,
  villagerGroupId: Uuid.nullable(),
  groupName: z.string().nullable(),
  demandId: Uuid.nullable(),
  agendaReview: AgendaReviewStatus,
  /** The supervision committee found the meeting invalid. */
  invalid: z.boolean(),
  invalidReason: z.string().nullable(),
});

export const MeetingsResponse = z.object({
  items: z.array(MeetingSummary),
  /** Frequency warnings (VCOL-26-FREQ, PARTY-3H1K) and met demands not yet convened. */
  findings: z.array(FindingView),
  abilities: VillageAbilities,
});

export const AttendanceView = z.object({
  personId: Uuid,
  name: z.string(),
  capacity: Capacity,
  method: CheckInMethod,
  checkedInAt: Instant,
  /** Checked in for the villager by 代办 (with their consent): the agent's name, else null. */
  assistedBy: z.string().nullable(),
  /** Due at the meeting (a member of the body, an adult for the assembly). */
  dueToAttend: z.boolean(),
});

export const ProxyView = z.object({
  principalId: Uuid,
  principalName: z.string(),
  holderId: Uuid,
  holderName: z.string(),
  lodgedOn: DateText,
});

export const ResolutionRef = z.object({
  id: Uuid,
  year: z.number(),
  number: z.number(),
  /** 〔2026〕第3号 */
  label: z.string(),
  adoptedOn: DateText,
});

export const MotionView = z.object({
  id: Uuid,
  number: z.number(),
  title: z.string(),
  body: z.string(),
  voting: VotingMode,
  /** Needs two-thirds of all members (land contracting), set from the matter's category. */
  special: z.boolean(),
  status: MotionStatus,
  matterId: Uuid.nullable(),
  openedAt: Instant.nullable(),
  closedAt: Instant.nullable(),
  /** How many have voted so far (electronic and secret); never how, while the vote is open. */
  ballots: z.number(),
  /** The counts, once the vote is closed. */
  tally: Tally.nullable(),
  passed: z.boolean().nullable(),
  result: DecisionView.nullable(),
  resolution: ResolutionRef.nullable(),
  /** Named votes of an electronic vote, once closed. */
  votes: z.array(z.object({ personId: Uuid, name: z.string(), choice: Choice })).nullable(),
  /** At the organisation's assemblies: the Art. 26 power, the Party study's day, a non-member grant. */
  collective: z
    .object({
      power: z.string(),
      partyStudiedOn: DateText.nullable(),
      nonMemberRights: z.boolean(),
    })
    .nullable(),
});

export const AgendaReviewView = z.object({
  outcome: AgendaReviewStatus,
  note: z.string(),
  reviewerPersonId: Uuid.nullable(),
  reviewerName: z.string().nullable(),
  reviewedOn: DateText.nullable(),
});

/** The supervisors' record of a meeting (seed 002): attendance, procedure and count checked. */
export const VerdictView = z.object({
  attendanceValid: z.boolean(),
  procedureValid: z.boolean(),
  countValid: z.boolean(),
  note: z.string(),
  byPersonId: Uuid.nullable(),
  byName: z.string(),
  on: DateText,
});

/** The reader's own part in the meeting. */
export const MeView = z.object({
  personId: Uuid.nullable(),
  /** Due at this meeting (may vote once checked in with a voting capacity). */
  eligible: z.boolean(),
  checkedIn: z.boolean(),
  capacity: Capacity.nullable(),
  /**
   * Capacities this person may check in with by phone, the default first; two for a supervisor
   * at the assembly (as a villager, or as a supervisor). Empty once checked in.
   */
  checkInAs: z.array(z.enum(['member', 'supervisor'])),
  /** Principals whose written proxy this person holds; `counted` once the holder is checked in. */
  represents: z.array(z.object({ personId: Uuid, name: z.string(), counted: z.boolean() })),
  /** motionId → own vote. */
  votes: z.record(z.string(), VoteRecord),
  /** motionId → personId (own and principals') → vote. */
  votesByPerson: z.record(z.string(), z.record(z.string(), VoteRecord)),
});

export const MeetingView = MeetingSummary.omit({ agendaReview: true }).extend({
  agenda: z.string(),
  convenedByName: z.string(),
  minutes: z.string(),
  openedAt: Instant.nullable(),
  closedAt: Instant.nullable(),
  profile: z.object({ id: z.string(), version: z.string() }),
  agendaReview: AgendaReviewView,
  verdict: VerdictView.nullable(),
  /** Only for those who run the meeting (they show the QR code). */
  checkInCode: z.string().nullable(),
});

export const MeetingDetail = z.object({
  meeting: MeetingView,
  /** The audit event that convened the meeting, printed on its notice, sheet and ballots. */
  fingerprint: Fingerprint,
  /** Presence and quorum: live while the meeting is planned or open, as recorded at close after. */
  presence: PresenceView,
  figures: FiguresView,
  quorum: QuorumView,
  attendance: z.array(AttendanceView),
  proxies: z.array(ProxyView),
  motions: z.array(MotionView),
  me: MeView,
  abilities: VillageAbilities,
  /** The rules this meeting is checked against. */
  citations: z.array(CitationView),
});

/** Presence and quorum, and where they come from: what a write on attendance changes. */
export const MeetingFigures = MeetingDetail.pick({ presence: true, figures: true, quorum: true });
/** A write on the meeting itself answers with the meeting as it now stands, not its whole page. */
export const MeetingChange = z.object({ meeting: MeetingView });
/** Closing records the figures the meeting closed with. */
export const MeetingClosed = MeetingChange.extend(MeetingFigures.shape);

/** One line of the sign-in sheet (core's `SheetRow`): a person due, their household and group, and whether they are in. */
export const SheetRow = z.object({
  personId: Uuid,
  name: z.string(),
  householdId: Uuid,
  householdNumber: z.string(),
  groupNumber: z.number(),
  groupName: z.string(),
  capacity: Capacity.nullable(),
  counted: z.boolean(),
  byProxy: z.boolean(),
  representative: z.boolean(),
}) satisfies z.ZodType<CoreSheetRow>;

// ---------------------------------------------------------------- demands

export const DemandCheckView = z.object({
  met: z.boolean(),
  ruleId: z.string(),
  required: z.number(),
  base: z.number(),
  count: z.number(),
  wording: Names,
  rule: CitationView,
});

export const DemandView = z.object({
  id: Uuid,
  kind: DemandKind,
  kindName: Names,
  route: DemandRoute,
  reason: z.string(),
  status: DemandStatus,
  createdAt: Instant,
  createdByName: z.string(),
  signatures: z.number(),
  check: DemandCheckView.nullable(),
  meetingId: Uuid.nullable(),
  signedByMe: z.boolean(),
});

export const DemandsResponse = z.object({ items: z.array(DemandView) });
/** A demand as it stands after the change (null only if it vanished meanwhile). */
const DemandResponse = z.object({ demand: DemandView.nullable() });

// ----------------------------------------------------------------- params

export const MeetingParams = VillageParams.extend({ meetingId: Uuid });
export const AttendeeParams = MeetingParams.extend({ personId: Uuid });
export const MotionParams = VillageParams.extend({ motionId: Uuid });
export const DemandParams = VillageParams.extend({ demandId: Uuid });

// ------------------------------------------------------- meeting requests
// Shape only; dates, kinds and rules are checked by the commands and core.

export const ConveneBody = z.object({
  kind: z.string().min(1).max(40),
  title: z.string().trim().min(1).max(200),
  meetingOn: DateText,
  startsAt: z.string().trim().max(20).default(''),
  place: z.string().trim().max(200).default(''),
  noticeOn: DateText,
  agenda: z.string().trim().max(5000).default(''),
  villagerGroupId: Uuid.nullable().optional(),
  demandId: Uuid.nullable().optional(),
  /** The collective economic organisation whose assembly or council meets (its three kinds only). */
  collectiveOrgId: Uuid.nullable().optional(),
});
export const CancelBody = z.object({ reason: z.string().trim().max(500).default('') });
export const AgendaBody = z.object({ agenda: z.string().trim().max(5000) });
export const VerdictBody = z.object({
  attendanceValid: z.boolean(),
  procedureValid: z.boolean(),
  countValid: z.boolean(),
  note: z.string().trim().max(2000).default(''),
});
export const MinutesBody = z.object({ minutes: z.string().max(50_000) });

export const listMeetings = route({
  method: 'GET',
  url: `${V}/meetings`,
  summary: '会议列表及频次提醒 / Meetings, with frequency and demand findings',
  tag,
  params: VillageParams,
  response: MeetingsResponse,
});

export const conveneMeeting = route({
  method: 'POST',
  url: `${V}/meetings`,
  summary: '召集会议并发布通知 / Convene a meeting and publish its notice',
  tag,
  params: VillageParams,
  body: ConveneBody,
  response: MeetingChange.extend({ fingerprint: Fingerprint }),
  status: 201,
});

export const getMeeting = route({
  method: 'GET',
  url: `${V}/meetings/:meetingId`,
  summary: '会议详情：到会、法定人数、表决事项 / A meeting: presence, quorum, motions',
  tag,
  params: MeetingParams,
  response: MeetingDetail,
});

export const cancelMeeting = route({
  method: 'POST',
  url: `${V}/meetings/:meetingId/cancel`,
  summary: '取消会议 / Call off a meeting that has not started',
  tag,
  params: MeetingParams,
  body: CancelBody,
  response: MeetingChange,
});

export const changeAgenda = route({
  method: 'PUT',
  url: `${V}/meetings/:meetingId/agenda`,
  summary: '修改会议议程 / Change the agenda (to be reviewed again)',
  tag,
  params: MeetingParams,
  body: AgendaBody,
  response: MeetingChange,
});

export const openMeeting = route({
  method: 'POST',
  url: `${V}/meetings/:meetingId/open`,
  summary: '宣布开会 / Open the meeting',
  tag,
  params: MeetingParams,
  response: MeetingChange,
});

export const closeMeeting = route({
  method: 'POST',
  url: `${V}/meetings/:meetingId/close`,
  summary: '宣布散会 / Close the meeting, recording its figures',
  tag,
  params: MeetingParams,
  response: MeetingClosed,
});

export const saveMinutes = route({
  method: 'PUT',
  url: `${V}/meetings/:meetingId/minutes`,
  summary: '会议记录 / Save the minutes',
  tag,
  params: MeetingParams,
  body: MinutesBody,
  response: MeetingChange,
});

export const recordVerdict = route({
  method: 'POST',
  url: `${V}/meetings/:meetingId/verdict`,
  summary: '监督委员会认定会议是否有效 / The supervisors record whether the meeting was valid',
  tag,
  params: MeetingParams,
  body: VerdictBody,
  response: MeetingChange,
});

// ---------------------------------------------------------------- attendance

export const CheckInBody = z.object({
  code: z.string().trim().min(1).max(40),
  capacity: z.enum(['member', 'supervisor']).optional(),
});
export const AttendanceBody = z.object({ personId: Uuid, capacity: Capacity });
export const SheetBody = z.object({
  personIds: z.array(Uuid).min(1).max(5000),
  capacity: z.enum(['member', 'householdRepresentative']),
});
export const ProxyBody = z.object({ principalId: Uuid, holderId: Uuid, lodgedOn: DateText });

export const checkIn = route({
  method: 'POST',
  url: `${V}/meetings/:meetingId/check-in`,
  summary:
    '扫码签到（201 首次签到，200 已签到） / Check in by QR code (201 the first time, 200 again)',
  tag,
  params: MeetingParams,
  body: CheckInBody,
  response: z.object({
    attendance: AttendanceView.omit({ dueToAttend: true }).nullable(),
    created: z.boolean(),
  }),
  status: 201,
  alsoAnswers: [200],
});

export const recordAttendance = route({
  method: 'POST',
  url: `${V}/meetings/:meetingId/attendance`,
  summary: '登记到会人员 / The clerk records an attendee',
  tag,
  params: MeetingParams,
  body: AttendanceBody,
  response: MeetingFigures.extend({ attendance: AttendanceView }),
  status: 201,
});

export const SheetResult = MeetingFigures.extend({
  /** Newly recorded. */
  recorded: z.number(),
  /** Checked in already, kept as they were. */
  alreadyPresent: z.number(),
});

export const recordSheet = route({
  method: 'POST',
  url: `${V}/meetings/:meetingId/attendance/sheet`,
  summary: '录入纸质签到表 / Enter the paper sign-in sheet at once',
  tag,
  params: MeetingParams,
  body: SheetBody,
  response: SheetResult,
  status: 201,
});

export const eligible = route({
  method: 'GET',
  url: `${V}/meetings/:meetingId/eligible`,
  summary: '签到表：应到人员 / The sign-in sheet: everyone due, by group and household',
  tag,
  params: MeetingParams,
  response: z.object({ items: z.array(SheetRow) }),
});

export const removeAttendance = route({
  method: 'DELETE',
  url: `${V}/meetings/:meetingId/attendance/:personId`,
  summary: '删除到会登记 / Strike an attendee',
  tag,
  params: AttendeeParams,
  response: MeetingFigures.extend({ personId: Uuid }),
});

export const recordProxy = route({
  method: 'POST',
  url: `${V}/meetings/:meetingId/proxies`,
  summary: '登记书面委托 / Record a written proxy',
  tag,
  params: MeetingParams,
  body: ProxyBody,
  response: z.object({ proxy: ProxyView }),
  status: 201,
});

// ------------------------------------------------------------------- motions

export const MotionBody = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().max(5000).default(''),
  voting: VotingMode,
  matterId: Uuid.nullable().optional(),
  /** At the organisation's assemblies: the Art. 26 power the motion exercises. */
  collectivePower: z.string().max(40).nullable().optional(),
  /** The day the Party organisation studied the matter first (Art. 26 last para.). */
  partyStudiedOn: DateText.nullable().optional(),
  /** The members' assembly grants a non-member rights (Art. 15: three-quarters of all members). */
  nonMemberRights: z.boolean().default(false),
});
export const VoteBody = z.object({ choice: Choice, onBehalfOf: Uuid.nullable().optional() });
const count = z.number().int().min(0).max(1_000_000).optional();
/** The counts of a show of hands (the clerk's); electronic and secret votes count themselves. */
export const CloseMotionBody = z.object({ yes: count, no: count, abstain: count });

export const proposeMotion = route({
  method: 'POST',
  url: `${V}/meetings/:meetingId/motions`,
  summary: '提出表决事项 / Put a motion on the agenda',
  tag,
  params: MeetingParams,
  body: MotionBody,
  response: z.object({ motion: MotionView }),
  status: 201,
});

export const openMotion = route({
  method: 'POST',
  url: `${V}/motions/:motionId/open`,
  summary: '开始表决 / Open the vote on a motion',
  tag,
  params: MotionParams,
  response: Ok,
});

export const castVote = route({
  method: 'POST',
  url: `${V}/motions/:motionId/votes`,
  summary: '投票 / Cast a vote (named or secret)',
  tag,
  params: MotionParams,
  body: VoteBody,
  response: z.discriminatedUnion('voting', [
    z.object({ ok: z.literal(true), voting: z.literal('electronic'), choice: Choice }),
    /** A secret ballot: only that it was cast, never how. */
    z.object({ ok: z.literal(true), voting: z.literal('secret'), receipt: z.literal(true) }),
  ]),
  status: 201,
});

export const closeMotion = route({
  method: 'POST',
  url: `${V}/motions/:motionId/close`,
  summary: '结束表决并计票 / Close the vote and count it',
  tag,
  params: MotionParams,
  body: CloseMotionBody,
  response: z.object({
    motionId: Uuid,
    passed: z.boolean(),
    result: DecisionView.required({
      tally: true,
      presence: true,
      quorumAtClose: true,
      quorum: true,
      profile: true,
      closedOn: true,
    }),
    resolution: ResolutionRef.omit({ adoptedOn: true }).nullable(),
    /** The matter's step recorded by the vote, or why the procedure refused it (the vote stands). */
    matterStep: z
      .union([
        z.object({ recorded: z.array(z.enum(STEP_KINDS)) }),
        z.object({ refused: FindingView }),
      ])
      .nullable(),
  }),
});

/** One published secret ballot: a random id and the choice, nothing that names or dates a voter. */
export const BallotView = z.object({ id: Uuid, choice: Choice });

/**
 * A secret vote's ballots, published once it is closed so that anyone can
 * recount them (docs/security.md "Secret ballots"). While the vote is open,
 * and for a named vote or a show of hands, `ballots` is empty.
 */
export const BallotsView = z.object({
  motionId: Uuid,
  voting: VotingMode,
  status: MotionStatus,
  /** How many voted (receipts): one more than ballots only if a ballot was lost on its way. */
  receipts: z.number(),
  /** Ordered by id, which is random: neither the order of the votes nor anything else. */
  ballots: z.array(BallotView),
  /** The counts recorded when the vote closed, to compare with a recount of `ballots`. */
  tally: Tally.nullable(),
  /** SHA-256 (hex) of one line `<id> <choice>\n` per ballot in id order, recomputed now. */
  digest: z.string().nullable(),
  /** The same digest as the audit event that closed the vote recorded it (null for older votes). */
  recordedDigest: z.string().nullable(),
});

export const listBallots = route({
  method: 'GET',
  url: `${V}/motions/:motionId/ballots`,
  summary:
    '无记名投票的选票（结束后公开，可自行复核）/ A secret vote’s ballots, published for recount',
  tag,
  params: MotionParams,
  response: BallotsView,
});

// ------------------------------------------------------------------- demands

export const DemandBody = z.object({
  kind: DemandKind,
  route: DemandRoute,
  reason: z.string().trim().min(1).max(2000),
});
export const PaperSignaturesBody = z.object({ personIds: z.array(Uuid).min(1).max(5000) });

export const createDemand = route({
  method: 'POST',
  url: `${V}/meetings/demands`,
  summary: '提议召开会议 / Demand a meeting',
  tag,
  params: VillageParams,
  body: DemandBody,
  response: DemandResponse,
  status: 201,
});

export const listDemands = route({
  method: 'GET',
  url: `${V}/demands`,
  summary: '会议提议及联名进度 / Demands for meetings and their signatures',
  tag,
  params: VillageParams,
  response: DemandsResponse,
});

export const signDemand = route({
  method: 'POST',
  url: `${V}/demands/:demandId/signatures`,
  summary: '联名提议 / Sign a demand',
  tag,
  params: DemandParams,
  response: DemandResponse,
});

export const recordPaperSignatures = route({
  method: 'POST',
  url: `${V}/demands/:demandId/paper-signatures`,
  summary: '录入纸质联名 / Enter signatures collected on paper',
  tag,
  params: DemandParams,
  body: PaperSignaturesBody,
  response: DemandResponse,
});
