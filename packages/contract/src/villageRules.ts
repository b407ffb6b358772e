import { z } from 'zod';
import { MAX_CLAUSE_LENGTH, MAX_CLAUSES } from '@cunzhi/core/villageRules/clauses';
import { RULES_ACTIONS, RULES_STATES } from '@cunzhi/core/villageRules/procedure';
import { DateText, Fingerprint, Text, Uuid, VillageParams } from './common.ts';
import { route } from './route.ts';
import { VillageAbilities } from './villages.ts';

/**
 * 村规民约 (CGMY-STEPS, VCOL-27-RULES): the versions of a village's rules, a version's numbered
 * clauses, the opinions collected, the township's review flags by clause (each cited in words),
 * the comparison with the version it amends, and the steps from drafting to publication.
 */

const tag = 'villageRules';
const V = '/api/villages/:villageId';

export const RulesState = z.enum(RULES_STATES);
export const RulesAction = z.enum(RULES_ACTIONS);
export const OpinionChannel = z.enum(['meeting', 'paper', 'phone', 'visit', 'box']);
export const FlagClosing = z.enum(['amended', 'resolved', 'dismissed']);

export const VersionParams = VillageParams.extend({ versionId: Uuid });
export const FlagParams = VersionParams.extend({ flagId: Uuid });

export const RulesVersionSummary = z.object({
  id: Uuid,
  number: z.number(),
  title: z.string(),
  state: RulesState,
  openedOn: DateText,
  adoptedOn: DateText.nullable(),
  publishedOn: DateText.nullable(),
  supersededOn: DateText.nullable(),
  clauseCount: z.number(),
  openFlags: z.number(),
});

export const Clause = z.object({ number: z.number(), body: z.string() });

export const Opinion = z.object({
  id: Uuid,
  receivedOn: DateText,
  channel: OpinionChannel,
  fromName: z.string(),
  content: z.string(),
});

/** A flag on a clause: the check's (what it found, the law in words) or the township's note. */
export const ReviewFlag = z.object({
  id: Uuid,
  clauseNumber: z.number(),
  origin: z.enum(['check', 'township']),
  /** The finding in the reader's language with the law it cites, in words. */
  message: z.string(),
  raisedOn: DateText,
  closedOn: DateText.nullable(),
  closing: FlagClosing.nullable(),
  closingNote: z.string(),
});

export const ClauseChange = z.object({
  change: z.enum(['same', 'changed', 'added', 'removed']),
  before: Clause.nullable(),
  after: Clause.nullable(),
});

export const RulesVersionDetail = RulesVersionSummary.extend({
  villageName: z.string(),
  /** A community (社区) says 居民 where a village says 村民. */
  villageKind: z.enum(['village', 'community']),
  basedOn: z.object({ id: Uuid, number: z.number() }).nullable(),
  draftedOn: DateText.nullable(),
  submittedOn: DateText.nullable(),
  reviewedOn: DateText.nullable(),
  reviewNote: z.string().nullable(),
  resolution: z.object({ id: Uuid, numberText: z.string(), title: z.string() }).nullable(),
  presentCount: z.number().nullable(),
  womenPresent: z.number().nullable(),
  filingDueOn: DateText.nullable(),
  filedOn: DateText.nullable(),
  /** A late filing, in words with the guidance cited (told, not refused). */
  filingNote: z.string().nullable(),
  correction: z
    .object({ orderedOn: DateText, reason: z.string(), clauses: z.array(z.number()) })
    .nullable(),
  clauses: z.array(Clause),
  opinions: z.array(Opinion),
  flags: z.array(ReviewFlag),
  /** Clause by clause against the version it amends (all added for a first version). */
  diff: z.array(ClauseChange),
  /** The steps this reader may take now. */
  actions: z.array(RulesAction),
  /** For adoption: the assembly's resolutions since the review passed. */
  resolutions: z.array(z.object({ id: Uuid, numberText: z.string(), title: z.string() })),
  /** The audit record of the publication, printed on the A4. */
  fingerprint: Fingerprint,
  revision: z.number(),
  abilities: VillageAbilities,
});

export const RulesList = z.object({
  items: z.array(RulesVersionSummary),
  abilities: VillageAbilities,
});

export const StartVersionBody = z.object({
  title: Text.trim().max(60).optional(),
  opinionsFrom: DateText.optional(),
});

export const ClausesBody = z.object({
  title: Text.trim().min(1).max(60).optional(),
  clauses: z.array(Text.max(MAX_CLAUSE_LENGTH)).max(MAX_CLAUSES),
  revision: z.number().int(),
});

export const OpinionBody = z.object({
  channel: OpinionChannel,
  fromName: Text.trim().max(40).optional(),
  content: Text.trim().min(1).max(2000),
  receivedOn: DateText.optional(),
});

const Note = Text.trim().min(1).max(2000);
const StepBase = z.object({ revision: z.number().int(), on: DateText.optional() });

/** A step: a return and a correction order say why; an adoption names the assembly's resolution. */
export const RulesStepBody = z.discriminatedUnion('action', [
  StepBase.extend({ action: z.literal('draft') }),
  StepBase.extend({ action: z.literal('submit') }),
  StepBase.extend({ action: z.literal('return'), reason: Note }),
  StepBase.extend({ action: z.literal('pass'), note: Text.trim().max(2000).optional() }),
  StepBase.extend({
    action: z.literal('adopt'),
    resolutionId: Uuid,
    /** From the paper sign-in sheet, where no one was checked in on the platform. */
    present: z.number().int().min(0).max(100000).optional(),
    womenPresent: z.number().int().min(0).max(100000).optional(),
  }),
  StepBase.extend({ action: z.literal('file') }),
  StepBase.extend({ action: z.literal('publish') }),
  StepBase.extend({
    action: z.literal('orderCorrection'),
    reason: Note,
    clauses: z.array(z.number().int().min(1)).min(1).max(MAX_CLAUSES),
  }),
]);

export const FlagBody = z.object({ clauseNumber: z.number().int().min(1), note: Note });
export const CloseFlagBody = z.object({ closing: z.enum(['resolved', 'dismissed']), note: Note });

const detail = z.object({ version: RulesVersionDetail });

export const listRulesVersions = route({
  method: 'GET',
  url: `${V}/village-rules`,
  summary: '村规民约的各个版本 / The versions of the village rules',
  tag,
  params: VillageParams,
  response: RulesList,
});

export const getRulesVersion = route({
  method: 'GET',
  url: `${V}/village-rules/:versionId`,
  summary:
    '一个版本：条文、意见、审核问题、逐条对照 / A version: clauses, opinions, flags, comparison',
  tag,
  params: VersionParams,
  response: detail,
});

export const startRulesVersion = route({
  method: 'POST',
  url: `${V}/village-rules`,
  summary: '启动制定或修订，征集民意 / Start a version and collect opinions',
  tag,
  params: VillageParams,
  body: StartVersionBody,
  response: detail,
  status: 201,
});

export const saveRulesClauses = route({
  method: 'PUT',
  url: `${V}/village-rules/:versionId/clauses`,
  summary: '保存草案条文 / Save the draft clauses',
  tag,
  params: VersionParams,
  body: ClausesBody,
  response: detail,
});

export const addRulesOpinion = route({
  method: 'POST',
  url: `${V}/village-rules/:versionId/opinions`,
  summary: '登记征集到的意见 / Record an opinion',
  tag,
  params: VersionParams,
  body: OpinionBody,
  response: detail,
  status: 201,
});

export const stepRulesVersion = route({
  method: 'POST',
  url: `${V}/village-rules/:versionId/steps`,
  summary: '办理一步（提请审核、退回、通过、表决、备案、公布、责令改正） / Take a step',
  tag,
  params: VersionParams,
  body: RulesStepBody,
  response: detail,
});

export const raiseRulesFlag = route({
  method: 'POST',
  url: `${V}/village-rules/:versionId/flags`,
  summary: '乡镇对条文提出问题 / The township flags a clause',
  tag,
  params: VersionParams,
  body: FlagBody,
  response: detail,
  status: 201,
});

export const closeRulesFlag = route({
  method: 'POST',
  url: `${V}/village-rules/:versionId/flags/:flagId/close`,
  summary: '乡镇处理审核问题 / The township closes a flag',
  tag,
  params: FlagParams,
  body: CloseFlagBody,
  response: detail,
});

/** One village of the town: its rules in force, and the version on its way (what the township has to do). */
export const TownRulesRow = z.object({
  villageId: Uuid,
  villageName: z.string(),
  inForce: z
    .object({
      id: Uuid,
      number: z.number(),
      title: z.string(),
      state: RulesState,
      publishedOn: DateText.nullable(),
    })
    .nullable(),
  pending: z
    .object({
      id: Uuid,
      number: z.number(),
      state: RulesState,
      submittedOn: DateText.nullable(),
      openFlags: z.number(),
      filingDueOn: DateText.nullable(),
      filedOn: DateText.nullable(),
      filingLate: z.boolean(),
    })
    .nullable(),
});

export const townRulesVersions = route({
  method: 'GET',
  url: '/api/town/village-rules',
  summary:
    '各村村规民约：现行版本和待审核、待备案的版本 / The villages’ rules in force and on their way',
  tag,
  response: z.object({ on: DateText, villages: z.array(TownRulesRow) }),
});
