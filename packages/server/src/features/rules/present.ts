import { BODY_KIND_INFO, memberRoleName, type MemberRole } from '@cunzhi/core/bodies/bodyKinds';
import type { VillageAbilities } from '@cunzhi/core/policies/village';
import type { ParamRuleId } from '@cunzhi/core/rules/profile';
import type { Threshold } from '@cunzhi/core/rules/threshold';
import type { VillageProfile } from '../../platform/rules/villageProfile.ts';
import { citationOf, presentFinding } from '../matters/present.ts';
import type { CompositionPage } from './queries/composition.ts';

/** A parameter value as people read it: ">1/2", "≥2/3", "10". */
export function describeParam(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'kind' in value) {
    const t = value as Threshold;
    return t.kind === 'strictMajority' ? '>1/2' : `≥${t.num}/${t.den}`;
  }
  return String(value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A rule's parameters by name (the profile's typed parameters, read generically). */
const paramsOf = (params: unknown) => params as Record<string, unknown>;

/** Every rule of the village's profile: its value, the statute's, and the charter clause that changed it. */
export function presentRules(
  { base, profile, overrides, problems }: VillageProfile,
  abilities: VillageAbilities,
) {
  const ruleIds = Object.keys(base.params) as ParamRuleId[];
  return {
    base: { id: base.id, version: base.version, name: base.name },
    profile: { id: profile.id, version: profile.version },
    rules: ruleIds.map((ruleId) => {
      const statutory = paramsOf(base.params[ruleId]);
      const resolved = paramsOf(profile.params[ruleId]);
      const override = overrides.find((o) => o.ruleId === ruleId) ?? null;
      const changed = Object.keys(resolved).filter((k) => !same(resolved[k], statutory[k]));
      return {
        ruleId,
        citation: citationOf(ruleId),
        params: Object.keys(resolved).map((name) => ({
          name,
          value: resolved[name],
          text: describeParam(resolved[name]),
          statutory: statutory[name],
          changedByCharter: changed.includes(name),
        })),
        overridden: changed.length > 0,
        override: override
          ? { params: paramsOf(override.params), adoptedOn: override.adoptedOn }
          : null,
      };
    }),
    problems: problems.map((p) => ({
      ruleId: p.ruleId,
      param: p.param,
      reason: p.reason,
      statutory: describeParam(paramsOf(base.params[p.ruleId])[p.param]),
    })),
    abilities,
  };
}

/** A body's composition checked on a date: findings, members and the counts they rest on. */
export function presentComposition({ body, on, profile, facts, findings }: CompositionPage) {
  return {
    body: {
      id: body.id,
      kind: body.kind,
      name: body.name,
      kindName: { zh: BODY_KIND_INFO[body.kind].zh, en: BODY_KIND_INFO[body.kind].en },
    },
    on,
    profile: { id: profile.id, version: profile.version },
    ok: !findings.some((f) => f.severity === 'violation'),
    findings: findings.map(presentFinding),
    members: facts.members.map((m) => ({
      membershipId: m.membershipId,
      personId: m.personId,
      name: m.name,
      gender: m.gender,
      role: m.role,
      roleName: memberRoleName(body.kind, m.role as MemberRole),
      qualifications: [...m.qualifications],
    })),
    counts: {
      members: facts.members.length,
      women: facts.members.filter((m) => m.gender === 'female').length,
      committeeMembers: facts.committeeMembers.length,
      households: facts.households,
    },
  };
}
