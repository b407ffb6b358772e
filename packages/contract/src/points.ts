import { z } from 'zod';
import { MEETING_KINDS } from '@cunzhi/core/meetings/meetingKinds';
import {
  AWARD_STATES,
  CONTEST_CHANNELS,
  CONTEST_OUTCOMES,
  PROPOSER_ROLES,
} from '@cunzhi/core/points/awards';
import { ENTRY_KINDS } from '@cunzhi/core/points/ledger';
import {
  BENEFICIARIES,
  CAP_PERIODS,
  CONTEST_BODIES,
  MAX_ITEM_POINTS,
  MAX_ITEMS,
  REVIEWER_BODIES,
} from '@cunzhi/core/points/scheme';
import { DateText, Fingerprint, Text, Uuid, VillageParams } from './common.ts';
import { route } from './route.ts';
import { VillageAbilities } from './villages.ts';

/**
 * The points scheme (积分制): versions and items, awards from proposal to publicity, contests
 * and their decisions, the ledger with every line explained, the village's household ranking
 * and points by item, the publicity notice on A4; on the phone, a household's balance and a
 * contest. Names only: no ID numbers or phone numbers travel here.
 */

const tag = 'points';
const V = '/api/villages/:villageId';

export const ReviewerBody = z.enum(REVIEWER_BODIES);
export const ContestBody = z.enum(CONTEST_BODIES);
export const AwardState = z.enum(AWARD_STATES);
export const EntryKind = z.enum(ENTRY_KINDS);
export const LineStatus = z.enum(['counted', 'pending', 'contested']);
export const ContestState = z.enum(['open', ...CONTEST_OUTCOMES]);

export const SchemeParams = VillageParams.extend({ schemeId: Uuid });
export const AwardParams = VillageParams.extend({ awardId: Uuid });
export const ContestParams = VillageParams.extend({ contestId: Uuid });
export const NoticeParams = VillageParams.extend({ noticeId: Uuid });
export const HouseholdParams = VillageParams.extend({ householdId: Uuid });

export const Item = z.object({
  id: Uuid,
  position: z.number(),
  name: z.string(),
  description: z.string(),
  points: z.number(),
  evidenceRequired: z.boolean(),
  capPoints: z.number().nullable(),
  capPeriod: z.enum(CAP_PERIODS).nullable(),
  beneficiary: z.enum(BENEFICIARIES),
});

export const Scheme = z.object({
  id: Uuid,
  version: z.number(),
  title: z.string(),
  partOfVillageRules: z.boolean(),
  personRollsIntoHousehold: z.boolean(),
  publicityDays: z.number(),
  publicityUnit: z.enum(['working', 'calendar']),
  reviewerBody: ReviewerBody,
  contestBody: ContestBody,
  draftedOn: DateText,
  adoptedOn: DateText.nullable(),
  effectiveFrom: DateText.nullable(),
  /** 〔2026〕第3号 of the resolution that adopted it */
  resolution: z.string().nullable(),
  meetingKind: z.enum(MEETING_KINDS).nullable(),
  inForce: z.boolean(),
  items: z.array(Item),
});

export const Contest = z.object({
  id: Uuid,
  awardId: Uuid,
  channel: z.enum(CONTEST_CHANNELS),
  lodgedByName: z.string(),
  lodgedOn: DateText,
  grounds: z.string(),
  body: ContestBody,
  state: ContestState,
  decidedOn: DateText.nullable(),
  reason: z.string().nullable(),
  correctedPoints: z.number().nullable(),
});

export const Award = z.object({
  id: Uuid,
  itemName: z.string(),
  points: z.number(),
  schemeVersion: z.number(),
  householdId: Uuid,
  /** 户号 and head: 0012 王建国户 */
  household: z.string(),
  personName: z.string().nullable(),
  occurredOn: DateText,
  facts: z.string(),
  evidenceRecord: z.string().nullable(),
  proposerRole: z.enum(PROPOSER_ROLES),
  proposerOrganization: z.string().nullable(),
  proposerName: z.string(),
  proposedOn: DateText,
  state: AwardState,
  checkerName: z.string().nullable(),
  checkedOn: DateText.nullable(),
  returnReason: z.string().nullable(),
  /** 〔2026〕第1号 */
  notice: z.string().nullable(),
  noticeId: Uuid.nullable(),
  publicityStartsOn: DateText.nullable(),
  publicityEndsOn: DateText.nullable(),
  contests: z.array(Contest),
});

export const Notice = z.object({
  id: Uuid,
  number: z.string(),
  startsOn: DateText,
  endsOn: DateText,
  awards: z.number(),
});

export const HouseholdOption = z.object({
  id: Uuid,
  label: z.string(),
  members: z.array(z.object({ id: Uuid, name: z.string() })),
});

export const ResolutionOption = z.object({
  id: Uuid,
  label: z.string(),
  meetingKind: z.enum(MEETING_KINDS),
  adoptedOn: DateText,
});

export const Overview = z.object({
  schemes: z.array(Scheme),
  awards: z.array(Award),
  notices: z.array(Notice),
  households: z.array(HouseholdOption),
  resolutions: z.array(ResolutionOption),
  abilities: VillageAbilities,
});

const Name = Text.trim().min(1).max(200);
const Reason = Text.trim().min(1).max(2000);

export const ItemInput = z.object({
  name: Name,
  description: Text.trim().max(2000).optional(),
  points: z
    .number()
    .int()
    .min(-MAX_ITEM_POINTS)
    .max(MAX_ITEM_POINTS)
    .refine((n) => n !== 0, { error: 'field_invalid' }),
  evidenceRequired: z.boolean(),
  capPoints: z.number().int().min(1).max(100_000).nullable().optional(),
  capPeriod: z.enum(CAP_PERIODS).nullable().optional(),
  beneficiary: z.enum(BENEFICIARIES),
});

export const SchemeInput = z.object({
  title: Name,
  partOfVillageRules: z.boolean(),
  personRollsIntoHousehold: z.boolean(),
  publicityDays: z.number().int().min(1).max(30),
  publicityUnit: z.enum(['working', 'calendar']),
  reviewerBody: ReviewerBody,
  contestBody: ContestBody,
  items: z.array(ItemInput).min(1).max(MAX_ITEMS),
});

export const AdoptionInput = z.object({
  resolutionId: Uuid,
  effectiveFrom: DateText.optional(),
});

export const AwardInput = z.object({
  itemId: Uuid,
  householdId: Uuid,
  personId: Uuid.optional(),
  occurredOn: DateText.optional(),
  facts: Reason,
  proposerRole: z.enum(PROPOSER_ROLES),
  proposerOrganization: Text.trim().max(100).optional(),
  evidenceRecordKind: z
    .string()
    .regex(/^[a-z][A-Za-z]{1,39}$/)
    .optional(),
  evidenceRecordId: Uuid.optional(),
});

export const CheckInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('check') }),
  z.object({ action: z.literal('return'), reason: Reason }),
]);

export const PaperContestInput = z.object({
  lodgedByPersonId: Uuid,
  grounds: Reason,
  lodgedOn: DateText.optional(),
});

export const DecisionInput = z.object({
  outcome: z.enum(CONTEST_OUTCOMES),
  reason: Reason,
  correctedPoints: z.number().int().min(-MAX_ITEM_POINTS).max(MAX_ITEM_POINTS).optional(),
  decidedOn: DateText.optional(),
});

export const Line = z.object({
  id: Uuid,
  kind: EntryKind,
  points: z.number(),
  effectiveOn: DateText,
  status: LineStatus,
  itemName: z.string().nullable(),
  schemeVersion: z.number().nullable(),
  awardId: Uuid.nullable(),
  personName: z.string().nullable(),
  facts: z.string().nullable(),
  evidence: z.string().nullable(),
  evidenceFiles: z.number(),
  proposerName: z.string().nullable(),
  checkerName: z.string().nullable(),
  publicityStartsOn: DateText.nullable(),
  publicityEndsOn: DateText.nullable(),
  note: z.string(),
  source: z.string().nullable(),
  /** The contest this line came from (a reversal or a correction), or the open one holding it. */
  contest: Contest.nullable(),
  /** The phone offers a contest on this line today. */
  contestable: z.boolean(),
});

export const Ledger = z.object({
  householdId: Uuid,
  household: z.string(),
  on: DateText,
  balance: z.number(),
  lines: z.array(Line),
});

export const RankingQuery = z.object({ on: DateText.optional() });

export const Ranking = z.object({
  on: DateText,
  households: z.array(z.object({ householdId: Uuid, household: z.string(), balance: z.number() })),
  byItem: z.array(z.object({ itemName: z.string(), points: z.number(), awards: z.number() })),
});

export const NoticeSheet = z.object({
  villageName: z.string(),
  villageKind: z.enum(['village', 'community']),
  number: z.string(),
  schemeTitle: z.string(),
  schemeVersion: z.number(),
  resolution: z.string().nullable(),
  contestBody: ContestBody,
  startsOn: DateText,
  endsOn: DateText,
  countsFrom: DateText,
  rows: z.array(
    z.object({
      household: z.string(),
      personName: z.string().nullable(),
      itemName: z.string(),
      points: z.number(),
      facts: z.string(),
      proposerName: z.string(),
      checkerName: z.string(),
    }),
  ),
  fingerprint: Fingerprint,
});

// ---------------------------------------------------------------- console

export const getPoints = route({
  method: 'GET',
  url: `${V}/points`,
  summary: '积分制：办法、申报、公示 / The points scheme, awards and notices',
  tag,
  params: VillageParams,
  response: Overview,
});

export const draftScheme = route({
  method: 'POST',
  url: `${V}/points/schemes`,
  summary: '起草积分制管理办法（新版本） / Draft a scheme version',
  tag,
  params: VillageParams,
  body: SchemeInput,
  response: z.object({ id: Uuid, version: z.number() }),
  status: 201,
});

export const adoptScheme = route({
  method: 'POST',
  url: `${V}/points/schemes/:schemeId/adoption`,
  summary: '登记表决通过办法的决议 / Record the resolution that adopted a version',
  tag,
  params: SchemeParams,
  body: AdoptionInput,
  response: z.object({ scheme: Scheme }),
});

export const proposeAward = route({
  method: 'POST',
  url: `${V}/points/awards`,
  summary: '积分申报 / Propose an award',
  tag,
  params: VillageParams,
  body: AwardInput,
  response: z.object({ award: Award }),
  status: 201,
});

export const checkAward = route({
  method: 'POST',
  url: `${V}/points/awards/:awardId/check`,
  summary: '审核或退回积分申报 / Check or return an award',
  tag,
  params: AwardParams,
  body: CheckInput,
  response: z.object({ award: Award }),
});

export const publishNotice = route({
  method: 'POST',
  url: `${V}/points/notices`,
  summary: '发布积分公示（全部已审核的申报） / Post a publicity notice of the checked awards',
  tag,
  params: VillageParams,
  response: z.object({ notice: Notice }),
  status: 201,
});

export const getNoticeSheet = route({
  method: 'GET',
  url: `${V}/points/notices/:noticeId`,
  summary: '积分公示（A4） / A publicity notice for print',
  tag,
  params: NoticeParams,
  response: NoticeSheet,
});

export const lodgePaperContest = route({
  method: 'POST',
  url: `${V}/points/awards/:awardId/contests`,
  summary: '登记书面异议 / Record a contest made on paper',
  tag,
  params: AwardParams,
  body: PaperContestInput,
  response: z.object({ award: Award }),
  status: 201,
});

export const decideContest = route({
  method: 'POST',
  url: `${V}/points/contests/:contestId/decision`,
  summary: '登记异议处理决定 / Record the decision on a contest',
  tag,
  params: ContestParams,
  body: DecisionInput,
  response: z.object({ award: Award }),
});

export const getHouseholdLedger = route({
  method: 'GET',
  url: `${V}/points/households/:householdId`,
  summary: '一户的积分台账 / A household’s ledger',
  tag,
  params: HouseholdParams,
  query: RankingQuery,
  response: Ledger,
});

export const getRanking = route({
  method: 'GET',
  url: `${V}/points/ranking`,
  summary: '农户积分排名与分项统计 / Household ranking and points by item',
  tag,
  params: VillageParams,
  query: RankingQuery,
  response: Ranking,
});

// ---------------------------------------------------------------- the villager's phone

export const getOwnPoints = route({
  method: 'GET',
  url: `${V}/my-points`,
  summary: '我家的积分 / My household’s points',
  tag,
  params: VillageParams,
  response: Ledger.extend({ contestBody: ContestBody.nullable() }),
});

export const contestOwn = route({
  method: 'POST',
  url: `${V}/my-points/awards/:awardId/contest`,
  summary: '对积分提出异议 / Contest an award',
  tag,
  params: AwardParams,
  body: z.object({ grounds: Reason }),
  response: z.object({ ok: z.literal(true) }),
  status: 201,
});
