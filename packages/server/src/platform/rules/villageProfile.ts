import {
  NATIONAL_PROFILE,
  RULE_PROFILES,
  resolveProfile,
  type CharterOverride,
  type OverrideProblem,
  type ParamRuleId,
  type ResolvedProfile,
  type RuleProfile,
} from '@cunzhi/core/rules/profile';
import type { Queryable } from '../db/database.ts';

export interface VillageProfile {
  base: RuleProfile;
  profile: ResolvedProfile;
  overrides: CharterOverride[];
  /** Charter clauses that would loosen a statute: recorded, shown, never applied. */
  problems: OverrideProblem[];
}

/**
 * The rule profile a village's decisions are checked against: its provincial
 * profile (national by default) with its charter's overrides. Every decision
 * stores `profile.id` and `profile.version`.
 */
export async function loadVillageProfile(
  db: Queryable,
  villageId: string,
): Promise<VillageProfile> {
  const [village] = await db.query<{ rule_profile: string }>(
    'SELECT rule_profile FROM village WHERE id = $1',
    [villageId],
  );
  const base = RULE_PROFILES[village?.rule_profile ?? 'national'] ?? NATIONAL_PROFILE;
  const rows = await db.query<{ rule_id: string; params: unknown; adopted_on: string }>(
    'SELECT rule_id, params, adopted_on FROM charter_override WHERE village_id = $1 ORDER BY adopted_on, rule_id',
    [villageId],
  );
  const overrides: CharterOverride[] = rows.map((r) => ({
    ruleId: r.rule_id as ParamRuleId,
    params: r.params as CharterOverride['params'],
    adoptedOn: r.adopted_on,
  }));
  const { profile, problems } = resolveProfile(base, overrides);
  return { base, profile, overrides, problems };
}
