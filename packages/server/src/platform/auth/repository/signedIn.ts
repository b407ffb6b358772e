import type { BodyKind, MemberRole } from '@cunzhi/core/bodies/bodyKinds';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { StaffUnit } from '@cunzhi/core/policies/actor';
import type { Queryable } from '../../db/database.ts';
import { ACCOUNT_COLUMNS, type AccountRow } from './accounts.ts';

/** A live session with everything the policies need about its account, read in one statement. */
export interface SignedInRow extends AccountRow {
  session_expires_at: Date;
  posts: Array<{ bodyKind: BodyKind; role: MemberRole }>;
  staff_scopes: Array<{
    level: 'town' | 'county';
    id: string;
    unit: StaffUnit;
    departmentId: string | null;
  }>;
  grids_headed: string[];
}

/**
 * The current seats (memberships of a term running on the date) and staff
 * scopes of an account, as correlated subqueries, so that the session, the
 * account and its roles come back in one round trip on every request.
 */
const ROLES_OF_A = `
  COALESCE((SELECT json_agg(json_build_object('bodyKind', b.kind, 'role', m.role))
     FROM body_membership m
     JOIN body_term t ON t.village_id = m.village_id AND t.id = m.term_id
     JOIN body b ON b.village_id = m.village_id AND b.id = m.body_id
     WHERE m.village_id = a.village_id AND m.person_id = a.person_id
       AND t.starts_on <= $DAY::date AND $DAY::date <= t.ends_on
       AND m.starts_on <= $DAY::date AND (m.ended_on IS NULL OR $DAY::date < m.ended_on)),
   '[]'::json) AS posts,
  CASE WHEN a.kind = 'staff' THEN
    COALESCE((SELECT json_agg(json_build_object('level', s.level, 'id', s.scope_id, 'unit', s.unit,
         'departmentId', s.department_id))
       FROM staff_scope s WHERE s.account_id = a.id), '[]'::json)
  ELSE '[]'::json END AS staff_scopes,
  COALESCE((SELECT json_agg(g.id) FROM grid g
     WHERE g.village_id = a.village_id AND g.chief_person_id = a.person_id), '[]'::json) AS grids_headed`;

const A_COLUMNS = ACCOUNT_COLUMNS.split(', ')
  .map((c) => `a.${c.trim()}`)
  .join(', ');

/** The signed-in account behind a session token (hashed), with its roles on `today`; null when the session is unknown or expired. */
export async function findSignedInBySession(
  db: Queryable,
  tokenHash: string,
  now: Date,
  today: CalendarDate,
): Promise<SignedInRow | null> {
  const [row] = await db.query<SignedInRow>(
    `SELECT ${A_COLUMNS}, s.expires_at AS session_expires_at, ${ROLES_OF_A.replaceAll('$DAY', '$3')}
     FROM session s JOIN account a ON a.id = s.account_id
     WHERE s.token_hash = $1 AND s.expires_at > $2`,
    [tokenHash, now.toISOString(), today],
  );
  return row ?? null;
}

/** The current seats and staff scopes of an account on `today`, in one statement. */
export async function rolesOfAccount(
  db: Queryable,
  account: Pick<AccountRow, 'id' | 'kind' | 'village_id' | 'person_id'>,
  today: CalendarDate,
): Promise<Pick<SignedInRow, 'posts' | 'staff_scopes' | 'grids_headed'>> {
  const [row] = await db.query<Pick<SignedInRow, 'posts' | 'staff_scopes' | 'grids_headed'>>(
    `SELECT ${ROLES_OF_A.replaceAll('$DAY', '$5')}
     FROM (SELECT $1::uuid AS id, $2::text AS kind, $3::uuid AS village_id, $4::uuid AS person_id) a`,
    [account.id, account.kind, account.village_id, account.person_id, today],
  );
  return row ?? { posts: [], staff_scopes: [], grids_headed: [] };
}
