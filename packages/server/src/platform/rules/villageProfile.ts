import {
  NATIONAL_PROFILE,
  profileParams,
  RULE_PROFILES,
  resolveProfile,
  type CharterOverride,
  type OverrideProblem,
  type ParamRuleId,
  type ResolvedProfile,
  type RuleParams,
  type RuleProfile,
} from '@cunzhi/core/rules/profile';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Queryable } from '../db/database.ts';
import { findRuleSettings, findRuleSettingsOf, type RuleSettings } from './repository.ts';

export interface VillageProfile {
  base: RuleProfile;
  /** The numbers of the statute (and the province) in force that day, before the charter. */
  statutory: RuleParams;
  profile: ResolvedProfile;
  overrides: CharterOverride[];
  /** Charter clauses that would loosen a statute: recorded, shown, never applied. */
  problems: OverrideProblem[];
}

/**
 * The rule profile a village's act on day `on` is checked against: the law
 * in force that day, its provincial profile (national by default) over it,
 * and the charter clauses adopted by then. Every decision stores
 * `profile.id` and `profile.version`.
 */
export async function loadVillageProfile(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
): Promise<VillageProfile> {
  return villageProfileOf(await findRuleSettings(db, villageId), on);
}

/**
 * The profiles of several villages on a day, in one statement (a town's dashboard). Villages on
 * the same profile with the same charter clauses (most of a county: the province's, none) share
 * one resolution: resolving each of a county's 300 took 30-60 ms of the server's time per read.
 */
export async function loadVillageProfiles(
  db: Queryable,
  villageIds: readonly string[],
  on: CalendarDate,
): Promise<Map<string, VillageProfile>> {
  const settings = await findRuleSettingsOf(db, villageIds);
  const resolved = new Map<string, VillageProfile>();
  return new Map(
    villageIds.map((id) => {
      const own = settings.get(id);
      const key = JSON.stringify([own?.ruleProfile ?? null, own?.overrides ?? []]);
      let profile = resolved.get(key);
      if (!profile) resolved.set(key, (profile = villageProfileOf(own, on)));
      return [id, profile];
    }),
  );
}

function villageProfileOf(
  settings: RuleSettings | null | undefined,
  on: CalendarDate,
): VillageProfile {
  const { base, overrides } = profileSettings(settings);
  const { profile, problems } = resolveProfile(base, overrides, on);
  return { base, statutory: profileParams(base, profile.law), profile, overrides, problems };
}

/** The base profile and charter overrides stored settings name (national when none are stored). */
export function profileSettings(settings: RuleSettings | null | undefined): {
  base: RuleProfile;
  overrides: CharterOverride[];
} {
  const base = RULE_PROFILES[settings?.ruleProfile ?? 'national'] ?? NATIONAL_PROFILE;
  const overrides: CharterOverride[] = (settings?.overrides ?? []).map((r) => ({
    ruleId: r.rule_id as ParamRuleId,
    params: r.params as CharterOverride['params'],
    adoptedOn: r.adopted_on,
  }));
  return { base, overrides };
}
