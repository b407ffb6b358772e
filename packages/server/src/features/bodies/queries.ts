import type { Queryable } from '../../platform/db/database.ts';
import { listBodies, listMemberships, listTerms } from './repository.ts';

/** Every body of a village with all its terms and memberships: the "who is who" map's rows. */
export async function loadBodyMap(db: Queryable, villageId: string) {
  const [bodies, terms, memberships] = await Promise.all([
    listBodies(db, villageId),
    listTerms(db, villageId),
    listMemberships(db, villageId),
  ]);
  return { bodies, terms, memberships };
}

export type BodyMapRows = Awaited<ReturnType<typeof loadBodyMap>>;
