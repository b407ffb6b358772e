import { BODY_KIND_INFO, memberRoleName, type MemberRole } from '@cunzhi/core/bodies/bodyKinds';
import type { VillageAbilities } from '@cunzhi/core/policies/village';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { CITATIONS, ruleInForce, ruleVersions, type RuleId } from '@cunzhi/core/rules/citations';
import { LAW_VERSIONS } from '@cunzhi/core/rules/law';
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

/** A rule in each text of the Organic Law, oldest first (none for rules of other sources). */
function presentVersions(ruleId: RuleId) {
  const versioned = ruleVersions(ruleId);
  if (!versioned) return { versions: [], changed: null };
  return {
    versions: LAW_VERSIONS.map((l) => {
      const c = versioned.byLaw[l.id];
      return {
        law: l.id,
        name: l.name,
        inForceFrom: l.inForceFrom,
        citation: c && {
          ruleId,
          source: c.source,
          version: c.version,
          article: c.article,
          force: c.force,
        },
      };
    }),
    changed: versioned.changed ?? null,
  };
}

/**
 * Every rule, as the law in force today has it: its article (and in each
 * text of the Organic Law, with what changed), its numbers, the statute's,
 * and the charter clause that changed them.
 */
export function presentRules(
  {
    base,
    statutory: atLaw,
    profile,
    overrides,
    problems,
    today,
  }: VillageProfile & {
    today: CalendarDate;
  },
  abilities: VillageAbilities,
) {
  const law = LAW_VERSIONS.find((l) => l.id === profile.law)!;
  const ruleIds = Object.keys(CITATIONS) as RuleId[];
  return {
    base: { id: base.id, version: base.version, name: base.name },
    law: { version: law.id, name: law.name, inForceFrom: law.inForceFrom },
    profile: { id: profile.id, version: profile.version },
    rules: ruleIds.map((ruleId) => {
      const withParams = ruleId in atLaw;
      const statutory = withParams ? paramsOf(atLaw[ruleId as ParamRuleId]) : {};
      const resolved = withParams ? paramsOf(profile.params[ruleId as ParamRuleId]) : {};
      const override = overrides.find((o) => o.ruleId === ruleId) ?? null;
      const changed = Object.keys(resolved).filter((k) => !same(resolved[k], statutory[k]));
      return {
        ruleId,
        citation: citationOf(ruleId, today),
        inForce: ruleInForce(ruleId, today),
        ...presentVersions(ruleId),
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
      statutory: describeParam(paramsOf(atLaw[p.ruleId])[p.param]),
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
    findings: findings.map((f) => presentFinding(f)),
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
