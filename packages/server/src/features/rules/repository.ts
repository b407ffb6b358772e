import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Tx } from '../../platform/db/database.ts';

/** Charter clauses (村规民约/章程 overrides of rule parameters) and members' recorded qualifications. */

/** Adopts a clause, replacing the rule's earlier clause if any. */
export async function upsertCharterOverride(
  tx: Tx,
  villageId: string,
  clause: {
    ruleId: string;
    params: Record<string, unknown>;
    adoptedOn: CalendarDate;
    resolutionId: string | null;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO charter_override (village_id, rule_id, params, adopted_on, resolution_id)
     VALUES ($1, $2, $3::jsonb, $4, $5)
     ON CONFLICT (village_id, rule_id) DO UPDATE SET params = EXCLUDED.params, adopted_on = EXCLUDED.adopted_on, resolution_id = EXCLUDED.resolution_id`,
    [
      villageId,
      clause.ruleId,
      JSON.stringify(clause.params),
      clause.adoptedOn,
      clause.resolutionId,
    ],
  );
}

/** Removes a rule's clause, returning what it said; null when there was none. */
export async function deleteCharterOverride(
  tx: Tx,
  villageId: string,
  ruleId: string,
): Promise<{ params: unknown; adopted_on: CalendarDate } | null> {
  const [clause] = await tx.query<{ params: unknown; adopted_on: CalendarDate }>(
    'DELETE FROM charter_override WHERE village_id = $1 AND rule_id = $2 RETURNING params, adopted_on',
    [villageId, ruleId],
  );
  return clause ?? null;
}

export async function setMembershipQualifications(
  tx: Tx,
  villageId: string,
  membershipId: string,
  qualifications: readonly string[],
): Promise<void> {
  await tx.query(
    'UPDATE body_membership SET qualifications = $3::text[] WHERE village_id = $1 AND id = $2',
    [villageId, membershipId, qualifications],
  );
}
