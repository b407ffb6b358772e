import { z } from 'zod';
import { BODY_KINDS } from '@cunzhi/core/bodies/bodyKinds';
import { GENDERS } from '@cunzhi/core/registry/person';
import { DateText, Names, Uuid, VillageParams } from './common.ts';
import { CitationView, ProfileRef } from './matters.ts';
import { VillageAbilities } from './villages.ts';
import { route } from './route.ts';

/**
 * The village's rule profile (the statute's numbers and the charter clauses
 * that tighten them) and the composition checks of its bodies.
 */

const tag = 'rules';
const V = '/api/villages/:villageId';

/** Knowledge a member may have recorded (VCOL Art. 32: the supervision committee needs 财会 or 管理). */
export const QUALIFICATIONS = ['accounting', 'management'] as const;
export const Qualification = z.enum(QUALIFICATIONS);
export type Qualification = z.output<typeof Qualification>;

export const RuleParamView = z.object({
  name: z.string(),
  /** A threshold `{ kind }`, a whole number, a flag or a word (enforcement). */
  value: z.unknown(),
  /** ">1/2", "≥2/3", "10". */
  text: z.string(),
  statutory: z.unknown(),
  changedByCharter: z.boolean(),
});

/** A rule in one text of the Organic Law: its article there, or null where that text has no such rule. */
export const RuleVersionView = z.object({
  law: z.string(),
  name: Names,
  inForceFrom: DateText,
  citation: CitationView.nullable(),
});

export const RuleView = z.object({
  ruleId: z.string(),
  /** Where the rule is written in the law in force today. */
  citation: CitationView,
  /** The law in force today has the rule (a rule added in 2025 does not exist before 2026). */
  inForce: z.boolean(),
  /** For rules of the Organic Law: the article in each text, oldest first (empty for other sources). */
  versions: z.array(RuleVersionView),
  /** What the newest text changed, in words (null: not an Organic Law rule). */
  changed: Names.nullable(),
  params: z.array(RuleParamView),
  overridden: z.boolean(),
  override: z.object({ params: z.record(z.string(), z.unknown()), adoptedOn: DateText }).nullable(),
});

export const RulesResponse = z.object({
  /** The province's measures (version null: the national statute alone). */
  base: z.object({ id: z.string(), version: z.string().nullable(), name: Names }),
  /** The text of the Organic Law in force today. */
  law: z.object({ version: z.string(), name: Names, inForceFrom: DateText }),
  profile: ProfileRef,
  rules: z.array(RuleView),
  /** Charter clauses that would loosen a statute: recorded, never applied. */
  problems: z.array(
    z.object({ ruleId: z.string(), param: z.string(), reason: z.string(), statutory: z.string() }),
  ),
  abilities: VillageAbilities,
});

/** A finding of a rule check, worded by the server in both languages. */
export const FindingView = z.object({
  ruleId: z.string(),
  code: z.string(),
  severity: z.enum(['violation', 'warning']),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: Names,
  citation: CitationView,
});

export const CompositionResponse = z.object({
  body: z.object({ id: Uuid, kind: z.enum(BODY_KINDS), name: z.string(), kindName: Names }),
  on: DateText,
  profile: ProfileRef,
  /** No violations (warnings may remain). */
  ok: z.boolean(),
  findings: z.array(FindingView),
  members: z.array(
    z.object({
      membershipId: Uuid,
      personId: Uuid,
      name: z.string(),
      gender: z.enum(GENDERS),
      role: z.string(),
      roleName: Names,
      qualifications: z.array(z.string()),
    }),
  ),
  counts: z.object({
    members: z.number(),
    women: z.number(),
    committeeMembers: z.number(),
    households: z.number(),
  }),
});

export const RuleParams = VillageParams.extend({ ruleId: z.string().min(1).max(60) });

export const OverrideBody = z.object({
  params: z.record(z.string().max(60), z.unknown()),
  adoptedOn: DateText,
  resolutionId: Uuid.optional(),
});

export const RepealBody = z.object({ repealedOn: DateText, resolutionId: Uuid.optional() });

export const getRules = route({
  method: 'GET',
  url: `${V}/rules`,
  summary: '本村规则参数 / The village’s rule profile',
  tag,
  params: VillageParams,
  response: RulesResponse,
});

export const setCharterOverride = route({
  method: 'PUT',
  url: `${V}/rules/overrides/:ruleId`,
  summary: '通过章程条款（从严） / Adopt a charter clause tightening a rule',
  tag,
  params: RuleParams,
  body: OverrideBody,
  response: z.object({
    override: z.object({
      ruleId: z.string(),
      params: z.record(z.string(), z.unknown()),
      adoptedOn: DateText,
      profile: ProfileRef,
    }),
  }),
});

export const repealCharterOverride = route({
  method: 'POST',
  url: `${V}/rules/overrides/:ruleId/repeal`,
  summary: '废止章程条款 / Repeal a charter clause',
  tag,
  params: RuleParams,
  body: RepealBody,
  response: z.object({
    repealed: z.object({ ruleId: z.string(), repealedOn: DateText, profile: ProfileRef }),
  }),
});

export const getComposition = route({
  method: 'GET',
  url: `${V}/bodies/:bodyId/composition`,
  summary: '组织构成检查 / Composition checks of a body',
  tag,
  params: VillageParams.extend({ bodyId: Uuid }),
  response: CompositionResponse,
});

export const setQualifications = route({
  method: 'PUT',
  url: `${V}/bodies/:bodyId/members/:membershipId/qualifications`,
  summary: '记录成员资质 / Record a member’s qualifications',
  tag,
  params: VillageParams.extend({ bodyId: Uuid, membershipId: Uuid }),
  body: z.object({ qualifications: z.array(Qualification).max(4) }),
  response: z.object({
    membership: z.object({
      id: Uuid,
      bodyId: Uuid,
      personId: Uuid,
      qualifications: z.array(Qualification),
    }),
  }),
});
