import { z } from 'zod';
import { BODY_KINDS } from '@cunzhi/core/bodies/bodyKinds';
import { EVALUATOR_BODIES, RATINGS } from '@cunzhi/core/evaluations/ratings';
import { DateText, Names, Uuid, VillageParams } from './common.ts';
import { CitationView } from './matters.ts';
import { VillageAbilities } from './villages.ts';
import { route } from './route.ts';

/**
 * 民主评议 (democratic evaluation, VCOL-33-EVAL): rounds hosted by the
 * supervision committee, the cadres they evaluate, the evaluators' secret
 * sheets (on the phone, or paper sheets entered in bulk), the count, the
 * published results and the offices they end.
 */

const tag = 'evaluations';
const V = '/api/villages/:villageId';

export const Rating = z.enum(RATINGS);
export const EvaluatorBody = z.enum(EVALUATOR_BODIES);
export const RoundStatus = z.enum(['open', 'counted', 'published']);
export const RoundParams = VillageParams.extend({ roundId: Uuid });

export const RatingCounts = z.object({
  competent: z.number(),
  basicallyCompetent: z.number(),
  incompetent: z.number(),
});

export const RoundSummary = z.object({
  id: Uuid,
  year: z.number(),
  title: z.string(),
  heldOn: DateText,
  evaluators: EvaluatorBody,
  evaluatorsName: Names,
  status: RoundStatus,
  cadres: z.number(),
  evaluatorsDue: z.number(),
  /** Sheets handed in so far: receipts on the phone and paper sheets entered. */
  sheetsIn: z.number(),
  countedOn: DateText.nullable(),
  publishedOn: DateText.nullable(),
  /** Offices ended by this round's results. */
  officesEnded: z.number(),
});

export const CadreView = z.object({
  membershipId: Uuid,
  personId: Uuid,
  name: z.string(),
  bodyKind: z.enum(BODY_KINDS),
  post: Names,
  /** Paper ratings entered so far (the phone ratings stay secret in the box until the count). */
  paper: RatingCounts,
  /** Fixed by the count. */
  counts: RatingCounts.nullable(),
  result: Rating.nullable(),
  resultName: Names.nullable(),
  resultText: Names.nullable(),
  /** The cadre's previous evaluation (the same person in the same kind of body): round and result. */
  previous: z
    .object({ roundId: Uuid, title: z.string(), result: Rating, resultName: Names })
    .nullable(),
  endsOffice: z.boolean(),
  /** The day the office ended (the results' publication), once published. */
  officeEndedOn: DateText.nullable(),
});

export const RoundDetail = z.object({
  round: RoundSummary.extend({
    receipts: z.number(),
    paperSheets: z.number(),
    sheets: z.number().nullable(),
    announceBy: DateText.nullable(),
    /** Published after the announcement deadline. */
    late: z.boolean(),
    notice: z.object({ id: Uuid, title: z.string() }).nullable(),
    /** SHA-256 of the published ratings, as the count's audit event recorded it. */
    ratingsDigest: z.string().nullable(),
    profile: z.object({ id: z.string(), version: z.string() }),
  }),
  cadres: z.array(CadreView),
  /** The rule in words as of the round's date. */
  citations: z.array(CitationView),
  can: z.object({ enterPaper: z.boolean(), count: z.boolean(), publish: z.boolean() }),
  abilities: VillageAbilities,
});

export const RoundList = z.object({
  rounds: z.array(RoundSummary),
  /** Years since the village's first round, up to this one, without a round (at least one a year). */
  yearsWithout: z.array(z.number()),
  citations: z.array(CitationView),
  abilities: VillageAbilities,
});

/** An evaluator's own sheet: whom to rate, and whether they may or did. */
export const MySheet = z.object({
  round: z.object({
    id: Uuid,
    title: z.string(),
    heldOn: DateText,
    status: RoundStatus,
    evaluatorsName: Names,
  }),
  village: z.object({ name: z.string() }),
  cadres: z.array(z.object({ membershipId: Uuid, name: z.string(), post: Names })),
  evaluator: z.boolean(),
  rated: z.boolean(),
  /** Why this person may not rate, in words with the article (null when they may). */
  refusal: z.string().nullable(),
});

// ------------------------------------------------------------------ routes

export const listRounds = route({
  method: 'GET',
  url: `${V}/evaluations`,
  summary: '民主评议 / Democratic evaluations',
  tag,
  params: VillageParams,
  response: RoundList,
});

export const createRound = route({
  method: 'POST',
  url: `${V}/evaluations`,
  summary: '组织民主评议（村务监督委员会主持） / Create a round of democratic evaluation',
  tag,
  params: VillageParams,
  body: z.object({
    year: z.number().int().min(1990).max(2200),
    title: z.string().trim().max(100).optional(),
    heldOn: DateText,
    evaluators: EvaluatorBody,
  }),
  status: 201,
  response: RoundDetail,
});

export const getRound = route({
  method: 'GET',
  url: `${V}/evaluations/:roundId`,
  summary: '民主评议：参评情况与结果 / A round: turnout and results',
  tag,
  params: RoundParams,
  response: RoundDetail,
});

export const enterPaperSheets = route({
  method: 'POST',
  url: `${V}/evaluations/:roundId/paper`,
  summary: '登记纸质评议票（汇总） / Enter paper sheets in bulk',
  tag,
  params: RoundParams,
  body: z.object({
    /** Who handed in a paper sheet (each gets a receipt: they cannot also rate on the phone). */
    personIds: z.array(Uuid).min(1).max(5000),
    cadres: z
      .array(
        z.object({
          membershipId: Uuid,
          competent: z.number().int().min(0),
          basicallyCompetent: z.number().int().min(0),
          incompetent: z.number().int().min(0),
        }),
      )
      .max(50),
  }),
  response: RoundDetail,
});

export const countRound = route({
  method: 'POST',
  url: `${V}/evaluations/:roundId/count`,
  summary: '计票 / Count the round',
  tag,
  params: RoundParams,
  response: RoundDetail,
});

export const publishRound = route({
  method: 'POST',
  url: `${V}/evaluations/:roundId/publish`,
  summary: '公布评议结果 / Publish the results',
  tag,
  params: RoundParams,
  body: z.object({ publishedOn: DateText.optional() }),
  response: RoundDetail,
});

export const getMySheet = route({
  method: 'GET',
  url: `${V}/evaluations/:roundId/my-sheet`,
  summary: '我的评议票 / My evaluation sheet',
  tag,
  params: RoundParams,
  response: MySheet,
});

export const handInSheet = route({
  method: 'POST',
  url: `${V}/evaluations/:roundId/my-sheet`,
  summary: '提交评议票（无记名） / Hand in my sheet (secret)',
  tag,
  params: RoundParams,
  body: z.object({
    ratings: z.array(z.object({ membershipId: Uuid, rating: Rating })).max(50),
  }),
  status: 201,
  response: z.object({ received: z.literal(true) }),
});

export const listEvaluators = route({
  method: 'GET',
  url: `${V}/evaluations/:roundId/evaluators`,
  summary: '评议人名单（登记纸质票用） / The round’s evaluators (to enter paper sheets)',
  tag,
  params: RoundParams,
  response: z.object({
    evaluators: z.array(z.object({ personId: Uuid, name: z.string(), handedIn: z.boolean() })),
  }),
});
