import { z } from 'zod';
import { DateText, Names, Text, Uuid, VillageParams } from './common.ts';
import { FindingView } from './elections.ts';
import { route } from './route.ts';

/**
 * 罢免 (recall), other ends of an office and 补选 (by-elections) (issue 12 item 12): a recall
 * request against a serving member with its signatures (from paper, or each villager's own from
 * the phone), the member's reply (申辩), the vote's day within the deadlines and its result; an
 * office ended by sentence, incapacity, death, an accepted resignation or a win found void for
 * fraud; a by-election of vacant seats for the rest of the term.
 */

const tag = 'recalls';
const R = '/api/villages/:villageId/recalls';
const B = '/api/villages/:villageId/by-elections';

export const RecallParams = VillageParams.extend({ recallId: Uuid });
export const ByElectionParams = VillageParams.extend({ byElectionId: Uuid });

/** A day an act is recorded for (today when left out; never in the future). */
const On = DateText.optional();
const Count = z.number().int().min(0).max(1000000);

export const RecallStage = z.enum(['collecting', 'requested', 'replied', 'voted']);
export const RecalledBody = z.enum(['villagersCommittee', 'villageAffairsSupervisionCommittee']);

export const OpenRecallBody = z.object({
  /** The seat of the member the request is against (a serving member of either committee). */
  membershipId: Uuid,
  reasons: Text.min(1).max(5000),
  on: On,
});

export const PaperSignaturesBody = z.object({
  on: On,
  /** The persons on the paper list, from the registry. */
  personIds: z.array(Uuid).min(1).max(20000),
});

export const RecallDatedBody = z.object({ on: On });

export const RecallReplyBody = z.object({
  /** The member's reply as given; empty when the member declined to reply. */
  text: Text.max(5000).default(''),
  declined: z.boolean().default(false),
  on: On,
});

export const ScheduleRecallBody = z.object({ voteOn: DateText });

export const RecallResultBody = z.object({
  on: On,
  registered: Count.min(1),
  voted: Count,
  yes: Count,
});

export const SignatureView = z.object({
  personId: Uuid,
  name: z.string(),
  signedOn: DateText,
  source: z.enum(['paper', 'app']),
});

export const RecallSummary = z.object({
  id: Uuid,
  member: z.object({
    personId: Uuid,
    name: z.string(),
    membershipId: Uuid,
    body: RecalledBody,
    bodyName: Names,
    role: Names,
  }),
  stage: RecallStage,
  openedOn: DateText,
  receivedOn: DateText.nullable(),
  voteOn: DateText.nullable(),
  recalled: z.boolean().nullable(),
});

export const RecallDetail = RecallSummary.extend({
  reasons: z.string(),
  signatures: z.object({
    count: z.number(),
    /** The reader's own signature, if they signed. */
    mine: SignatureView.nullable(),
    /** Names: the organisers and the town; never other villagers, never the member facing recall. */
    list: z.array(SignatureView).nullable(),
  }),
  /** The request as received: the bases and the signatures counted that day. */
  request: z
    .object({
      voterBasis: z.enum(['roll', 'registry']),
      voters: z.number(),
      signers: z.number(),
      representatives: z.number(),
      representativeSigners: z.number(),
    })
    .nullable(),
  /**
   * The signatures against both bases (a fifth of the voters, a third of the representatives, as
   * the profile sets them): as they would be counted today while collecting, as counted on the
   * request's day once it is made. No names: a count anyone may read.
   */
  threshold: z.object({
    on: DateText,
    voterBasis: z.enum(['roll', 'registry']),
    voters: z.number(),
    signers: z.number(),
    votersRequired: z.number(),
    /** No representative serving means the second basis is not open (0 required of 0). */
    representatives: z.number(),
    representativeSigners: z.number(),
    representativesRequired: z.number(),
  }),
  /** The vote by (三十日内), then the township's duty by (六十日内). */
  deadlines: z.object({ voteBy: DateText, townshipBy: DateText }).nullable(),
  reply: z.object({ text: z.string(), declined: z.boolean(), on: DateText }).nullable(),
  vote: z
    .object({
      organiser: z.enum(['village', 'township']),
      registered: z.number(),
      voted: z.number(),
      yes: z.number(),
      /** 过半数: voters needed to vote, yes votes needed of those who voted. */
      turnoutRequired: z.number(),
      yesRequired: z.number(),
    })
    .nullable(),
  /** Warnings and breaches recorded with the steps (a late vote, a turnout short), in the reader's language. */
  findings: z.array(FindingView),
  mine: z.object({ organiser: z.boolean(), seesSigners: z.boolean(), isMember: z.boolean() }),
});

export const OfficeEndBody = z.object({
  membershipId: Uuid,
  reason: z.enum(['sentence', 'incapacity', 'death', 'resignation']),
  /** The day of the sentence, the loss of capacity, the death, or the resignation's acceptance. */
  on: On,
  /** A resignation takes effect when the assembly or the representatives' meeting accepts it. */
  resolutionId: Uuid.optional(),
});

export const ImproperMeans = z.enum([
  'violence',
  'threat',
  'deceit',
  'bribery',
  'forgedBallots',
  'falseCount',
]);

export const VoidWinBody = z.object({
  membershipId: Uuid,
  means: z.array(ImproperMeans).min(1).max(6),
  on: On,
});

export const OfficeEnded = z.object({
  membershipId: Uuid,
  personId: Uuid,
  name: z.string(),
  endedOn: DateText,
  reason: z.enum(['sentence', 'incapacity', 'death', 'resignation', 'fraud']),
  findings: z.array(FindingView),
});

export const ByElectionMeeting = z.enum(['assembly', 'representatives']);
export const ByElectionStage = z.enum(['vacant', 'candidatesPublished', 'counted', 'certified']);
/** The posts a by-election fills: the body's roles. */
export const ByElectionRole = z.enum(['chair', 'viceChair', 'member']);

export const OpenByElectionBody = z.object({
  bodyId: Uuid,
  meeting: ByElectionMeeting,
  pollingOn: DateText,
  posts: z
    .array(z.object({ role: ByElectionRole, seats: z.number().int().min(1).max(7) }))
    .min(1)
    .max(3),
  on: On,
});

export const ByElectionCandidatesBody = z.object({
  on: On,
  posts: z
    .array(z.object({ role: ByElectionRole, candidates: z.array(Uuid).min(1).max(30) }))
    .min(1)
    .max(3),
});

export const ByElectionCountBody = z.object({
  on: On,
  /** The meeting's members (the village's adults, or the representatives serving: checked) and those voting. */
  members: Count.min(1),
  voted: Count,
  /** Ballots taken out of the box (已投选票). */
  ballotsCast: Count,
  /** The tally sheet: each candidate's votes, per post. */
  posts: z
    .array(
      z.object({
        role: ByElectionRole,
        votes: z.array(z.object({ personId: Uuid, votes: Count })).max(30),
      }),
    )
    .min(1)
    .max(3),
});

const Placed = z.object({ personId: Uuid, name: z.string(), votes: z.number() });

export const ByElectionSummary = z.object({
  id: Uuid,
  body: z.object({ id: Uuid, kind: RecalledBody, name: Names }),
  meeting: ByElectionMeeting,
  stage: ByElectionStage,
  pollingOn: DateText,
  termEndsOn: DateText,
});

export const ByElectionDetail = ByElectionSummary.extend({
  openedOn: DateText,
  candidatesPublishedOn: DateText.nullable(),
  countedOn: DateText.nullable(),
  certifiedOn: DateText.nullable(),
  posts: z.array(
    z.object({
      role: ByElectionRole,
      name: Names,
      seats: z.number(),
      candidates: z.array(z.object({ personId: Uuid, name: z.string() })),
    }),
  ),
  rounds: z.array(
    z.object({
      valid: z.boolean(),
      members: z.number(),
      voted: z.number(),
      ballotsCast: z.number(),
      posts: z.array(
        z.object({ role: ByElectionRole, votes: z.array(Placed), elected: z.array(Placed) }),
      ),
      findings: z.array(FindingView),
    }),
  ),
  /** Seated for the rest of the term once certified. */
  seated: z.array(z.object({ personId: Uuid, name: z.string(), role: ByElectionRole })),
  /**
   * Opened while no woman served on the villagers' committee: the post whose seat is kept for a
   * woman (its list needs two women), and, once certified with no woman elected, the man elected
   * to it and not seated (应当有妇女成员). Null otherwise.
   */
  womenSeat: z
    .object({
      role: ByElectionRole,
      leftVacant: z.object({ personId: Uuid, name: z.string() }).nullable(),
    })
    .nullable(),
  findings: z.array(FindingView),
});

/** A step on one recall or by-election: POST `<item>/<step>`, answered with the item's page. */
const actOn =
  <const I extends string, const P extends z.ZodType, const D extends z.ZodType>(
    item: I,
    params: P,
    response: D,
  ) =>
  <const U extends string, const Body extends z.ZodType>(url: U, summary: string, body: Body) =>
    route({ method: 'POST', url: `${item}/${url}`, summary, tag, params, body, response });

const recallAct = actOn(`${R}/:recallId`, RecallParams, RecallDetail);
const byElectionAct = actOn(`${B}/:byElectionId`, ByElectionParams, ByElectionDetail);

export const listRecalls = route({
  method: 'GET',
  url: R,
  summary: '罢免要求列表 / Recall requests',
  tag,
  params: VillageParams,
  response: z.object({ recalls: z.array(RecallSummary) }),
});

export const openRecall = route({
  method: 'POST',
  url: R,
  summary: '发起罢免要求 / Open a recall request',
  tag,
  params: VillageParams,
  body: OpenRecallBody,
  response: RecallDetail,
  status: 201,
});

export const getRecall = route({
  method: 'GET',
  url: `${R}/:recallId`,
  summary: '罢免要求详情 / A recall request',
  tag,
  params: RecallParams,
  response: RecallDetail,
});

export const enterSignatures = recallAct(
  'signatures',
  '录入纸质联名名单 / Enter the paper list of signatures',
  PaperSignaturesBody,
);
export const signRecall = recallAct(
  'signatures/mine',
  '我参加联名 / Sign the recall request',
  z.object({}),
);
export const submitRecall = recallAct(
  'submit',
  '提出罢免要求（联名截止） / Make the recall request',
  RecallDatedBody,
);
export const recordReply = recallAct(
  'reply',
  '登记被罢免人的申辩意见 / Record the member’s reply',
  RecallReplyBody,
);
export const scheduleRecallVote = recallAct(
  'schedule',
  '确定罢免投票日期 / Set the day of the recall vote',
  ScheduleRecallBody,
);
export const recordRecallResult = recallAct(
  'result',
  '登记罢免投票结果 / Record the recall vote’s result',
  RecallResultBody,
);

export const endOffice = route({
  method: 'POST',
  url: '/api/villages/:villageId/offices/end',
  summary: '登记职务终止 / Record an office ended',
  tag,
  params: VillageParams,
  body: OfficeEndBody,
  response: OfficeEnded,
});

export const voidWin = route({
  method: 'POST',
  url: '/api/villages/:villageId/offices/void-win',
  summary: '认定以不正当手段当选，当选无效 / Find a win void for improper means',
  tag,
  params: VillageParams,
  body: VoidWinBody,
  response: OfficeEnded,
});

export const listByElections = route({
  method: 'GET',
  url: B,
  summary: '补选列表 / By-elections',
  tag,
  params: VillageParams,
  response: z.object({ byElections: z.array(ByElectionSummary) }),
});

export const openByElection = route({
  method: 'POST',
  url: B,
  summary: '发起补选 / Open a by-election',
  tag,
  params: VillageParams,
  body: OpenByElectionBody,
  response: ByElectionDetail,
  status: 201,
});

export const getByElection = route({
  method: 'GET',
  url: `${B}/:byElectionId`,
  summary: '补选详情 / A by-election',
  tag,
  params: ByElectionParams,
  response: ByElectionDetail,
});

export const publishByElectionCandidates = byElectionAct(
  'candidates',
  '公布补选候选人名单 / Publish the by-election’s candidates',
  ByElectionCandidatesBody,
);
export const countByElection = byElectionAct(
  'count',
  '登记补选计票结果 / Record the by-election’s count',
  ByElectionCountBody,
);
export const certifyByElection = byElectionAct(
  'certify',
  '确认补选结果，当选人任至本届期满 / Certify the by-election and seat the elected',
  RecallDatedBody,
);
