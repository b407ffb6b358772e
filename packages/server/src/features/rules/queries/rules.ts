import type { AppContext } from '../../../platform/http/context.ts';
import { loadVillageProfile, type VillageProfile } from '../../../platform/rules/villageProfile.ts';

/** The rules page: the village's base profile, its charter clauses and the profile they resolve to. */
export async function villageRules(
  { db }: Pick<AppContext, 'db'>,
  villageId: string,
): Promise<VillageProfile> {
  return loadVillageProfile(db, villageId);
}
