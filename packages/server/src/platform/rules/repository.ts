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
): Promise<{ ruleProfile: string; overrides: CharterOverrideRow[] } | null> {
  const rows = await db.query<
    { rule_profile: string } & { [K in keyof CharterOverrideRow]: CharterOverrideRow[K] | null }
  >(
    `SELECT v.rule_profile, o.rule_id, o.params, o.adopted_on
       FROM village v
       LEFT JOIN charter_override o ON o.village_id = v.id
      WHERE v.id = $1
      ORDER BY o.adopted_on, o.rule_id`,
    [villageId],
  );
  const [first] = rows;
  if (!first) return null;
  const overrides: CharterOverrideRow[] = [];
  for (const r of rows)
    if (r.rule_id !== null && r.adopted_on !== null)
      overrides.push({ rule_id: r.rule_id, params: r.params, adopted_on: r.adopted_on });
  return { ruleProfile: first.rule_profile, overrides };
}
