import type { Queryable } from '../db/database.ts';

export interface CharterOverrideRow {
  rule_id: string;
  params: unknown;
  adopted_on: string;
}

/**
 * A village's rule profile id and its charter overrides in one statement
 * (every decision page loads them): null when the village does not exist.
 */
export async function findRuleSettings(
  db: Queryable,
  villageId: string,
): Promise<RuleSettings | null> {
  return (await findRuleSettingsOf(db, [villageId])).get(villageId) ?? null;
}

export interface RuleSettings {
  ruleProfile: string;
  overrides: CharterOverrideRow[];
}

/** The rule settings of many villages in one statement (a town's dashboard reads all its villages). */
export async function findRuleSettingsOf(
  db: Queryable,
  villageIds: readonly string[],
): Promise<Map<string, RuleSettings>> {
  const rows = await db.query<
    { village_id: string; rule_profile: string } & {
      [K in keyof CharterOverrideRow]: CharterOverrideRow[K] | null;
    }
  >(
    `SELECT v.id AS village_id, v.rule_profile, o.rule_id, o.params, o.adopted_on
       FROM village v
       LEFT JOIN charter_override o ON o.village_id = v.id
      WHERE v.id = ANY($1::uuid[])
      ORDER BY v.id, o.adopted_on, o.rule_id`,
    [villageIds],
  );
  const out = new Map<string, RuleSettings>();
  for (const r of rows) {
    let settings = out.get(r.village_id);
    if (!settings)
      out.set(r.village_id, (settings = { ruleProfile: r.rule_profile, overrides: [] }));
    if (r.rule_id !== null && r.adopted_on !== null)
      settings.overrides.push({ rule_id: r.rule_id, params: r.params, adopted_on: r.adopted_on });
  }
  return out;
}
