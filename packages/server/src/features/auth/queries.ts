import type { Actor } from '@cunzhi/core/policies/actor';
import type { AppContext } from '../../platform/http/context.ts';
import { listVillagesFor } from '../../platform/tenancy/repository.ts';
import { findPerson } from '../registry/repository/persons.ts';

/** What the "me" page shows besides the account: the villages one may open, and one's own person record. */
export async function loadMe(ctx: AppContext, actor: Actor) {
  const [villages, person] = await Promise.all([
    listVillagesFor(ctx.db, {
      villageIds: actor.home ? [actor.home.villageId] : [],
      townIds: actor.staffScopes.filter((s) => s.level === 'town').map((s) => s.id),
      countyIds: actor.staffScopes.filter((s) => s.level === 'county').map((s) => s.id),
    }),
    actor.home ? findPerson(ctx.db, actor.home.villageId, actor.home.personId) : null,
  ]);
  return { villages, person };
}
