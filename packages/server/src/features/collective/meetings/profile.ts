import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { withCharter } from '@cunzhi/core/collective/meetings/charterParams';
import type { ResolvedProfile } from '@cunzhi/core/rules/profile';
import type { Queryable } from '../../../platform/db/database.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { charterOn } from '../repository.ts';

/**
 * The profile a meeting is judged by on its day: the village's, and for an
 * organisation's meeting the organisation's charter in force then over it
 * (core's withCharter). Other meetings get the village's unchanged.
 */
export async function meetingProfile(
  db: Queryable,
  villageId: string,
  m: { collective_org_id: string | null; meeting_on: CalendarDate },
): Promise<ResolvedProfile> {
  const { profile } = await loadVillageProfile(db, villageId, m.meeting_on);
  if (!m.collective_org_id) return profile;
  const charter = await charterOn(db, villageId, m.collective_org_id, m.meeting_on);
  return { ...profile, params: withCharter(profile.params, charter?.terms ?? null) };
}
