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
import { findRuleSettings } from './repository.ts';

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
  const settings = await findRuleSettings(db, villageId);
  const base = RULE_PROFILES[settings?.ruleProfile ?? 'national'] ?? NATIONAL_PROFILE;
  const rows = settings?.overrides ?? [];
  const overrides: CharterOverride[] = rows.map((r) => ({
    ruleId: r.rule_id as ParamRuleId,
    params: r.params as CharterOverride['params'],
    adoptedOn: r.adopted_on,
  }));
  const { profile, problems } = resolveProfile(base, overrides);
  return { base, profile, overrides, problems };
}
