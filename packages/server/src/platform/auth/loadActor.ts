import type { Actor } from '@cunzhi/core/policies/actor';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Queryable } from '../db/database.ts';
import { staffScopesOf, type AccountRow } from './repository/accounts.ts';
import { currentPostsOf } from '../../features/bodies/repository.ts';

export interface SignedIn {
  actor: Actor;
  account: AccountRow;
}

/** Builds the policy view of an account on a date: its home village, current seats and staff scopes. */
export async function loadActor(
  db: Queryable,
  account: AccountRow,
  today: CalendarDate,
): Promise<SignedIn> {
  const home =
    account.village_id && account.person_id
      ? { villageId: account.village_id, personId: account.person_id }
      : null;
  const posts = home
    ? (await currentPostsOf(db, home.villageId, home.personId, today)).map((p) => ({
        villageId: home.villageId,
        ...p,
      }))
    : [];
  const staffScopes =
    account.kind === 'staff'
      ? (await staffScopesOf(db, account.id)).map(({ level, id }) => ({ level, id }))
      : [];
  return {
    account,
    actor: { accountId: account.id, kind: account.kind, home, posts, staffScopes },
  };
}
