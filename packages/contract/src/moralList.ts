import { z } from 'zod';
import {
  MORAL_ANSWER_DAYS,
  MORAL_DECIDING_BODIES,
  MORAL_LIST_KINDS,
  MORAL_LISTING_ACTIONS,
  MORAL_LISTING_STATES,
  MORAL_TERM_MONTHS,
  NOTICE_CHANNELS,
} from '@cunzhi/core/moralList/rules';
import { DateText, Fingerprint, Text, Uuid, VillageParams } from './common.ts';
import { route } from './route.ts';
import { VillageAbilities } from './villages.ts';

/**
 * 道德红黑榜: the village's board rules (adopted by a resolution), a listing's procedure
 * (proposed with facts → the person told → their answer → the body's vote → published →
 * removed by a recorded decision or off the board when its term ends), the board as printed,
 * and the person's own listings on the phone. Names and facts only, never an ID number.
 */

const tag = 'moralList';
const V = '/api/villages/:villageId';

export const MoralListKind = z.enum(MORAL_LIST_KINDS);
export const MoralDecidingBody = z.enum(MORAL_DECIDING_BODIES);
export const MoralListingState = z.enum(MORAL_LISTING_STATES);
export const MoralListingAction = z.enum(MORAL_LISTING_ACTIONS);
export const NoticeChannel = z.enum(NOTICE_CHANNELS);
export const ListingParams = VillageParams.extend({ listingId: Uuid });

export const MoralListRules = z.object({
  id: Uuid,
  version: z.number(),
  decidingBody: MoralDecidingBody,
  redMonths: z.number(),
  blackMonths: z.number(),
  answerDays: z.number(),
  consequences: z.string(),
  resolutionId: Uuid,
  /** 〔2026〕第3号 决议 and its title */
  resolutionLabel: z.string(),
  adoptedOn: DateText,
});

export const RulesInput = z.object({
  decidingBody: MoralDecidingBody,
  redMonths: z.number().int().min(MORAL_TERM_MONTHS.min).max(MORAL_TERM_MONTHS.max),
  blackMonths: z.number().int().min(MORAL_TERM_MONTHS.min).max(MORAL_TERM_MONTHS.max),
  answerDays: z.number().int().min(MORAL_ANSWER_DAYS.min).max(MORAL_ANSWER_DAYS.max),
  consequences: Text.trim().min(1).max(1000),
  resolutionId: Uuid,
});

export const CouncilVote = z.object({
  present: z.number().int().min(0).max(999),
  yes: z.number().int().min(0).max(999),
  no: z.number().int().min(0).max(999),
  abstain: z.number().int().min(0).max(999),
});

export const MoralListing = z.object({
  id: Uuid,
  /** 〔2026〕第3号 */
  number: z.string(),
  kind: MoralListKind,
  personId: Uuid,
  personName: z.string(),
  facts: z.string(),
  state: MoralListingState,
  /** Listed and within its term on today's date. */
  onBoard: z.boolean(),
  proposedOn: DateText,
  proposedByName: z.string().nullable(),
  notifiedOn: DateText.nullable(),
  noticeChannel: NoticeChannel.nullable(),
  answerDueOn: DateText.nullable(),
  answer: z.string().nullable(),
  answeredOn: DateText.nullable(),
  decidedOn: DateText.nullable(),
  decidedByBody: MoralDecidingBody.nullable(),
  resolutionLabel: z.string().nullable(),
  councilVote: CouncilVote.extend({ members: z.number() }).nullable(),
  publishedOn: DateText.nullable(),
  expiresOn: DateText.nullable(),
  removedOn: DateText.nullable(),
  removalReason: z.string().nullable(),
  /** What the listing means: the rules' words (it may mean nothing more). */
  consequences: z.string(),
  /** The steps the reader may take now. */
  actions: z.array(MoralListingAction),
  /** The latest act on the listing on the audit chain (printed on the notice to the person). */
  fingerprint: Fingerprint,
});

const Listed = z.object({ listing: MoralListing });

export const getMoralList = route({
  method: 'GET',
  url: `${V}/moral-list`,
  summary: '道德红黑榜：评议办法与全部评议 / The board rules and every listing',
  tag,
  params: VillageParams,
  response: z.object({
    rules: MoralListRules.nullable(),
    listings: z.array(MoralListing),
    /** Members of the moral evaluation council today (the council's vote counts against them). */
    councilMembers: z.number(),
    /** The village's council, once formed (its terms and members are kept in 组织机构). */
    councilBodyId: Uuid.nullable(),
    abilities: VillageAbilities,
  }),
});

export const adoptMoralListRules = route({
  method: 'POST',
  url: `${V}/moral-list/rules`,
  summary: '登记通过的红黑榜评议办法（新版本） / Record the adopted board rules (a new version)',
  tag,
  params: VillageParams,
  body: RulesInput,
  response: z.object({ rules: MoralListRules }),
  status: 201,
});

export const formCouncil = route({
  method: 'POST',
  url: `${V}/moral-list/council`,
  summary:
    '成立道德评议会（之后在组织机构中开启任期、任命成员） / Form the moral evaluation council',
  tag,
  params: VillageParams,
  response: z.object({ bodyId: Uuid }),
  status: 201,
});

export const proposeListing = route({
  method: 'POST',
  url: `${V}/moral-list/listings`,
  summary: '提名上榜（写明事实） / Propose a listing with its facts',
  tag,
  params: VillageParams,
  body: z.object({
    kind: MoralListKind,
    personId: Uuid,
    facts: Text.trim().min(1).max(2000),
  }),
  response: Listed,
  status: 201,
});

export const StepBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('notify'), channel: NoticeChannel, on: DateText.optional() }),
  /** A paper answer the cadre types in (the person's own words). */
  z.object({
    action: z.literal('answer'),
    answer: Text.trim().min(1).max(2000),
    on: DateText.optional(),
  }),
  z.object({
    action: z.enum(['list', 'reject']),
    on: DateText.optional(),
    /** The representatives' resolution, when the rules name them. */
    resolutionId: Uuid.optional(),
    /** The council's counts, when the rules name the council. */
    vote: CouncilVote.optional(),
  }),
  z.object({
    action: z.literal('remove'),
    on: DateText.optional(),
    reason: Text.trim().min(1).max(500),
    resolutionId: Uuid.optional(),
    vote: CouncilVote.optional(),
  }),
]);

export const stepListing = route({
  method: 'POST',
  url: `${V}/moral-list/listings/:listingId/steps`,
  summary: '评议的一步：告知、陈述、表决、撤榜 / A step: tell, answer, vote, remove',
  tag,
  params: ListingParams,
  body: StepBody,
  response: Listed,
});

export const BoardLine = z.object({
  number: z.string(),
  kind: MoralListKind,
  personName: z.string(),
  facts: z.string(),
  publishedOn: DateText,
  expiresOn: DateText,
  decidedByBody: MoralDecidingBody,
  decidedOn: DateText,
});

export const getMoralBoard = route({
  method: 'GET',
  url: `${V}/moral-list/board`,
  summary: '在榜的红黑榜（公示、打印） / The board as it stands today',
  tag,
  params: VillageParams,
  response: z.object({
    villageName: z.string(),
    on: DateText,
    rules: MoralListRules.nullable(),
    lines: z.array(BoardLine),
    fingerprint: Fingerprint,
  }),
});

export const listOwnListings = route({
  method: 'GET',
  url: `${V}/my-moral-list`,
  summary: '对我的评议（可陈述意见） / Listings about me (I may answer)',
  tag,
  params: VillageParams,
  response: z.object({ items: z.array(MoralListing) }),
});

export const answerOwnListing = route({
  method: 'POST',
  url: `${V}/my-moral-list/:listingId/answer`,
  summary: '本人陈述意见 / The person answers',
  tag,
  params: ListingParams,
  body: z.object({ answer: Text.trim().min(1).max(2000) }),
  response: Listed,
});
