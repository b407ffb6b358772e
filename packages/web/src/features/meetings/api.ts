/** Shapes of the meetings API (packages/server/src/routes/meetings/present.ts, docs/api.md). */
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import type { Names, VillageAbilities } from '../../api/types.ts';

export type { MeetingKind };

export type MeetingStatus = 'planned' | 'open' | 'closed' | 'cancelled';
export type AgendaReviewStatus = 'pending' | 'approved' | 'returned';
export type VotingMode = 'showOfHands' | 'electronic' | 'secret';
export type MotionStatus = 'draft' | 'open' | 'closed';
import type { Capacity, SheetRow } from '@cunzhi/core/meetings/attendance';
export type { Capacity, SheetRow };
export type CheckInMethod = 'qr' | 'clerk';
export type Choice = 'yes' | 'no' | 'abstain';
export type DemandRoute = 'villagers' | 'representatives';
export type DemandStatus = 'collecting' | 'met' | 'convened';

/** A rule check's outcome, its message ending with the rule it rests on. */
export interface FindingView {
  ruleId: string;
  code: string;
  severity: 'violation' | 'warning';
  params?: Record<string, string | number>;
  /** "村民代表会议每季度至少召开 1 次：2026年第3季度 尚未召开（VCOL-26-FREQ，《…》第二十六条）" */
  message: string;
}

/** A rule with where it is written: "VCOL-22-QUORUM，《中华人民共和国村民委员会组织法》第二十二条". */
export interface CitationView {
  ruleId: string;
  source: string;
  article: string;
  version?: string;
  text: string;
}

export interface MeetingSummary {
  id: string;
  kind: MeetingKind;
  kindName: Names;
  title: string;
  meetingOn: string;
  startsAt: string;
  place: string;
  noticeOn: string;
  status: MeetingStatus;
  villagerGroupId: string | null;
  groupName: string | null;
  demandId: string | null;
  agendaReview: AgendaReviewStatus;
  /** The supervision committee found the meeting invalid. */
  invalid: boolean;
  invalidReason: string | null;
}

export interface MeetingsResponse {
  items: MeetingSummary[];
  /** Frequency warnings (VCOL-26-FREQ, PARTY-3H1K) and met demands not yet convened. */
  findings: FindingView[];
  abilities: VillageAbilities;
}

export interface QuorumPathView {
  basis: 'members' | 'households';
  count: number;
  base: number;
  required: number;
  met: boolean;
  wording: Names;
  /** "到会 21 / 应到 31 人，须三分之二以上（21 人）" in the reader's language. */
  text: string;
}

export interface QuorumView {
  met: boolean;
  ruleId: string;
  missing: number;
  paths: QuorumPathView[];
  /** Without quorum: "未达到法定人数：…，还差 1 人，不能表决（VCOL-26-QUORUM，…）". */
  finding: FindingView | null;
}

export interface PresenceView {
  members: number;
  present: number;
  households?: number;
  householdsPresent?: number;
  representatives?: number;
}

export interface AttendanceView {
  personId: string;
  name: string;
  capacity: Capacity;
  method: CheckInMethod;
  checkedInAt: string;
  /** Due at the meeting (a member of the body, an adult for the assembly). */
  dueToAttend: boolean;
}

export interface ProxyView {
  principalId: string;
  principalName: string;
  holderId: string;
  holderName: string;
  lodgedOn: string;
}

export interface Tally {
  yes: number;
  no: number;
  abstain: number;
}

/** Core's DecisionResult as stored when the vote closed, with its text in the reader's language. */
export interface DecisionView {
  passed: boolean;
  ruleId: string;
  base: 'attendees' | 'allMembers' | 'membersDue';
  baseCount: number;
  required: number;
  yes: number;
  wording: Names;
  tally?: Tally;
  presence?: PresenceView;
  quorumAtClose?: boolean;
  /** Quorum when the vote closed, every path with its figures (votes closed since it is stored). */
  quorum?: {
    met: boolean;
    ruleId: string;
    missing: number;
    paths: Omit<QuorumPathView, 'text'>[];
  };
  /** The rule profile the vote was decided under. */
  profile?: { id: string; version: string };
  /** "赞成 16 票，须获到会人员 21 人的过半数赞成（11 票）：通过" */
  text: string;
  closedOn?: string;
}

/**
 * Where a meeting's presence and quorum come from: computed now under the village's profile
 * (`live`, until the meeting closes) or as recorded when it closed (`atClose`, on that day).
 */
export interface FiguresView {
  basis: 'live' | 'atClose';
  profile: { id: string; version: string };
  on: string | null;
}

export interface ResolutionRef {
  id: string;
  year: number;
  number: number;
  /** 〔2026〕第3号 */
  label: string;
  adoptedOn: string;
}

export interface MotionView {
  id: string;
  number: number;
  title: string;
  body: string;
  voting: VotingMode;
  /** Needs two-thirds of all members (land contracting), set from the matter's category. */
  special: boolean;
  status: MotionStatus;
  matterId: string | null;
  openedAt: string | null;
  closedAt: string | null;
  /** How many have voted so far (electronic and secret); never how, while the vote is open. */
  ballots: number;
  /** The counts, once the vote is closed. */
  tally: Tally | null;
  passed: boolean | null;
  result: DecisionView | null;
  resolution: ResolutionRef | null;
  /** Named votes of an electronic vote, once closed. */
  votes: { personId: string; name: string; choice: Choice }[] | null;
}

export interface AgendaReviewView {
  outcome: AgendaReviewStatus;
  note: string;
  reviewerPersonId: string | null;
  reviewerName: string | null;
  reviewedOn: string | null;
}

export interface VerdictView {
  attendanceValid: boolean;
  procedureValid: boolean;
  countValid: boolean;
  note: string;
  byPersonId: string | null;
  byName: string;
  on: string;
}

/** What the server recorded for a voice: the choice of a named vote, or only that a secret ballot was cast. */
export type VoteRecord = Choice | 'secret-cast';

export interface MeView {
  personId: string | null;
  /** Due at this meeting (may vote once checked in with a voting capacity). */
  eligible: boolean;
  checkedIn: boolean;
  capacity: Capacity | null;
  /**
   * Capacities this person may check in with by phone, the default first; two for a supervisor
   * at the assembly (as a villager, or as a supervisor). Empty once checked in.
   */
  checkInAs: ('member' | 'supervisor')[];
  /** Principals whose written proxy this person holds; `counted` once the holder is checked in. */
  represents: { personId: string; name: string; counted: boolean }[];
  /** motionId → own vote. */
  votes: Record<string, VoteRecord>;
  /** motionId → personId (own and principals') → vote. */
  votesByPerson: Record<string, Record<string, VoteRecord>>;
}

export interface MeetingView extends Omit<MeetingSummary, 'agendaReview'> {
  agenda: string;
  convenedByName: string;
  minutes: string;
  openedAt: string | null;
  closedAt: string | null;
  profile: { id: string; version: string };
  agendaReview: AgendaReviewView;
  verdict: VerdictView | null;
  /** Only for those who run the meeting (they show the QR code). */
  checkInCode: string | null;
}

export interface MeetingDetail {
  meeting: MeetingView;
  /** the audit event that convened the meeting, printed on its sheets */
  fingerprint: { seq: number; hash: string } | null;
  /** Presence and quorum: live while the meeting is planned or open, as recorded at close after. */
  presence: PresenceView;
  figures: FiguresView;
  quorum: QuorumView;
  attendance: AttendanceView[];
  proxies: ProxyView[];
  motions: MotionView[];
  me: MeView;
  abilities: VillageAbilities;
  /** The rules this meeting is checked against. */
  citations: CitationView[];
}

export interface DemandCheckView {
  met: boolean;
  ruleId: string;
  required: number;
  base: number;
  count: number;
  wording: Names;
  rule: CitationView;
}

export interface DemandView {
  id: string;
  kind: MeetingKind;
  kindName: Names;
  route: DemandRoute;
  reason: string;
  status: DemandStatus;
  createdAt: string;
  createdByName: string;
  signatures: number;
  check: DemandCheckView | null;
  meetingId: string | null;
  signedByMe: boolean;
}

export interface DemandsResponse {
  items: DemandView[];
}

export interface MatterOption {
  id: string;
  number: number;
  title: string;
  status: string;
}

/** `POST …/attendance/sheet`: how many were newly recorded, how many were in already. */
export interface SheetResult {
  recorded: number;
  alreadyPresent: number;
  meeting: MeetingDetail;
}

export const meetingPath = (villageId: string, meetingId: string): string =>
  `/api/villages/${villageId}/meetings/${meetingId}`;

export const motionPath = (villageId: string, motionId: string): string =>
  `/api/villages/${villageId}/motions/${motionId}`;
