import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { AppContext } from '../../../platform/http/context.ts';
import { loadVillageProfile, type VillageProfile } from '../../../platform/rules/villageProfile.ts';

/** The rules page: the village's base profile, its charter clauses and the profile they resolve to. */
export async function villageRules(
  { db, clock }: Pick<AppContext, 'db' | 'clock'>,
  villageId: string,
): Promise<VillageProfile & { today: CalendarDate }> {
  const today = clock.today();
  return { ...(await loadVillageProfile(db, villageId, today)), today };
}
