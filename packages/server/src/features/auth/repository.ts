import type { Queryable } from '../../platform/db/database.ts';
import type { AccountRow } from '../../platform/auth/repository/accounts.ts';

/** The audit chain an account's own events go to: its village, or for staff the county it serves. */
export async function accountChainId(db: Queryable, account: AccountRow): Promise<string> {
  if (account.village_id) return account.village_id;
  const [row] = await db.query<{ county_id: string }>(
    `SELECT CASE WHEN s.level = 'county' THEN s.scope_id ELSE t.county_id END AS county_id
     FROM staff_scope s LEFT JOIN town t ON s.level = 'town' AND t.id = s.scope_id
     WHERE s.account_id = $1 ORDER BY s.level LIMIT 1`,
    [account.id],
  );
  if (!row) throw new Error(`staff account ${account.id} has no scope`);
  return row.county_id;
}
