import type { Actor } from '@cunzhi/core/policies/actor';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Queryable } from '../db/database.ts';
import type { AccountRow } from './repository/accounts.ts';
import { rolesOfAccount, type SignedInRow } from './repository/signedIn.ts';

export interface SignedIn {
  actor: Actor;
  account: AccountRow;
}

/** Builds the policy view of a signed-in row. */
export function signedInOf(row: SignedInRow): SignedIn {
  const { session_expires_at: _expires, posts, staff_scopes, grids_headed, ...account } = row;
  const home =
    account.village_id && account.person_id
      ? { villageId: account.village_id, personId: account.person_id }
      : null;
  return {
    account,
    actor: {
      accountId: account.id,
      kind: account.kind,
      home,
      posts: home ? posts.map((p) => ({ villageId: home.villageId, ...p })) : [],
      staffScopes: staff_scopes,
      gridsHeaded: home ? grids_headed : [],
    },
  };
}

/** Builds the policy view of an account on a date (one statement): its home village, current seats and staff scopes. */
export async function loadActor(
  db: Queryable,
  account: AccountRow,
  today: CalendarDate,
): Promise<SignedIn> {
  const roles = await rolesOfAccount(db, account, today);
  return signedInOf({ ...account, session_expires_at: new Date(0), ...roles });
}
