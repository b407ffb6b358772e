import { z } from 'zod';
import { INDICATORS } from '@cunzhi/core/countyPoints/indicators';
import { SCHEME_ACTIONS, SCHEME_ROLES, SCHEME_STATES } from '@cunzhi/core/countyPoints/procedure';
import { DateText, Fingerprint, Text, Uuid } from './common.ts';
import { route } from './route.ts';

/**
 * 积分换项目 (seed 003): a county's yearly scheme, its villages' figures (from the platform's
 * records, or reported by the town with evidence and verified by the county), the ranking and
 * each village's share of the fund, publicity and contests, and the award that opens a
 * public-welfare matter in each winning village. Counts only: nothing here names a person.
 */

const tag = 'countyPoints';
const B = '/api/county-points';

export const Indicator = z.enum(INDICATORS);
export const SchemeState = z.enum(SCHEME_STATES);
export const SchemeAction = z.enum(SCHEME_ACTIONS);
export const SchemeRole = z.enum(SCHEME_ROLES);

const Count = z.number().int().min(0).max(100_000);
const WeightedIndicator = z.object({
  indicator: Indicator,
  weight: z.number().int(),
  perEvent: z.number().int(),
});
const RankTier = z.object({
  fromRank: z.number().int(),
  toRank: z.number().int(),
  weight: z.number().int(),
});

export const SchemeParams = z.object({ schemeId: Uuid });
export const ContestParams = SchemeParams.extend({ contestId: Uuid });

export const SchemeSummary = z.object({
  id: Uuid,
  countyId: Uuid,
  countyName: z.string(),
  year: z.number(),
  title: z.string(),
  /** in yuan, as text (`10000000.00`) */
  fund: z.string(),
  topN: z.number(),
  status: SchemeState,
  publicityEndsOn: DateText.nullable(),
});

export const listSchemes = route({
  method: 'GET',
  url: B,
  summary: '积分换项目方案（县、乡镇、村） / Points-for-projects schemes',
  tag,
  response: z.object({
    /** The counties whose government the official serves in: where a scheme may be set up. */
    counties: z.array(z.object({ id: Uuid, name: z.string() })),
    items: z.array(SchemeSummary),
  }),
});

export const createScheme = route({
  method: 'POST',
  url: B,
  summary: '制定年度积分换项目方案（县级） / Set up a year’s scheme (county)',
  tag,
  status: 201,
  // every field but the county and year may be left out: seed 003's example fills it
  body: z.object({
    countyId: Uuid.optional(),
    year: z.number().int().optional(),
    title: Text.trim().max(100).optional(),
    fund: z.string().max(30).optional(),
    topN: z.number().int().optional(),
    publicityDays: z.number().int().optional(),
    indicators: z
      .array(WeightedIndicator)
      .max(INDICATORS.length * 2)
      .optional(),
    tiers: z.array(RankTier).max(50).optional(),
    tieBreak: z
      .array(Indicator)
      .max(INDICATORS.length * 2)
      .optional(),
  }),
  response: z.object({ id: Uuid }),
});

export const Fact = z.object({
  indicator: Indicator,
  /** null: not reported yet */
  count: z.number().nullable(),
  source: z.enum(['platform', 'town']),
  evidence: z.string().nullable(),
  verified: z.boolean(),
  /** corrected on an upheld contest */
  corrected: z.boolean(),
});

export const VillageLine = z.object({
  villageId: Uuid,
  villageName: z.string(),
  townName: z.string(),
  code: z.string(),
  facts: z.array(Fact),
  total: z.number().nullable(),
  byIndicator: z.record(z.string(), z.number()).nullable(),
  rank: z.number().nullable(),
  /** the fund won, in yuan as text; null before the ranking is computed */
  amount: z.string().nullable(),
  /** the public-welfare matter the award opened in the village */
  matter: z.object({ id: Uuid, number: z.number() }).nullable(),
  /** whether the viewer reports this village's figures (its town) or contests them (its leaders) */
  mayReport: z.boolean(),
  mayContest: z.boolean(),
});

export const Contest = z.object({
  id: Uuid,
  villageId: Uuid,
  villageName: z.string(),
  indicator: Indicator,
  claimedCount: z.number(),
  reason: z.string(),
  filedOn: DateText,
  publicityRound: z.number(),
  decision: z.enum(['upheld', 'dismissed']).nullable(),
  decisionReason: z.string().nullable(),
  correctedCount: z.number().nullable(),
  decidedOn: DateText.nullable(),
});

export const SchemeDetail = z.object({
  scheme: SchemeSummary.extend({
    publicityDays: z.number(),
    indicators: z.array(WeightedIndicator),
    tiers: z.array(RankTier),
    tieBreak: z.array(Indicator),
    computedOn: DateText.nullable(),
    publicityRound: z.number(),
    publicityStartsOn: DateText.nullable(),
    finalisedOn: DateText.nullable(),
    awardedOn: DateText.nullable(),
  }),
  on: DateText,
  roles: z.array(SchemeRole),
  /** the steps the viewer may take now */
  actions: z.array(SchemeAction),
  villages: z.array(VillageLine),
  contests: z.array(Contest),
  /** the audit record of the publication (or of the final ranking) the A4 carries */
  fingerprint: Fingerprint,
});

export const getScheme = route({
  method: 'GET',
  url: `${B}/:schemeId`,
  summary: '方案、各村数据、排名与异议 / A scheme: figures, ranking and contests',
  tag,
  params: SchemeParams,
  response: SchemeDetail,
});

const Reply = z.object({ scheme: SchemeDetail });

export const reportFact = route({
  method: 'POST',
  url: `${B}/:schemeId/facts`,
  summary: '乡镇填报村的指标数据（附证明） / The town reports a village’s figure with evidence',
  tag,
  params: SchemeParams,
  body: z.object({
    villageId: Uuid.optional(),
    indicator: Indicator.optional(),
    count: Count.optional(),
    evidence: Text.trim().max(500).optional(),
  }),
  response: Reply,
});

export const verifyFact = route({
  method: 'POST',
  url: `${B}/:schemeId/facts/verify`,
  summary: '县级核实乡镇填报的数据 / The county verifies a reported figure',
  tag,
  params: SchemeParams,
  body: z.object({ villageId: Uuid.optional(), indicator: Indicator.optional() }),
  response: Reply,
});

const step = (verb: string, zh: string, en: string) =>
  route({
    method: 'POST',
    url: `${B}/:schemeId/${verb}`,
    summary: `${zh} / ${en}`,
    tag,
    params: SchemeParams,
    response: Reply,
  });

export const computeScheme = step('compute', '计算排名', 'Compute the ranking');
export const reopenScheme = step('reopen', '退回数据采集', 'Reopen collection');
export const publishScheme = step('publish', '排名公示', 'Publish the ranking');
export const finaliseScheme = step('finalise', '确定最终排名', 'Make the ranking final');
export const awardScheme = step(
  'award',
  '下达项目奖励（各村立公益事业议题）',
  'Award (a public-welfare matter in each village)',
);

export const fileContest = route({
  method: 'POST',
  url: `${B}/:schemeId/contests`,
  summary: '村对本村数据提出异议（公示期内） / A village contests its figure during publicity',
  tag,
  params: SchemeParams,
  status: 201,
  body: z.object({
    villageId: Uuid.optional(),
    indicator: Indicator.optional(),
    claimedCount: Count.optional(),
    reason: Text.trim().max(1000).optional(),
  }),
  response: Reply,
});

export const decideContest = route({
  method: 'POST',
  url: `${B}/:schemeId/contests/:contestId/decide`,
  summary: '县级处理异议 / The county decides a contest',
  tag,
  params: ContestParams,
  body: z.object({
    decision: z.enum(['upheld', 'dismissed']).optional(),
    reason: Text.trim().max(1000).optional(),
    correctedCount: Count.optional(),
  }),
  response: Reply,
});
