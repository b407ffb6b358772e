import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { RuleParams } from '@cunzhi/core/rules/profile';
import type { Queryable } from '../../../platform/db/database.ts';
import { findRuleSettingsOf } from '../../../platform/rules/repository.ts';
import { profileSettings } from '../../../platform/rules/villageProfile.ts';
import { paramsOfProfile } from '../../disclosure/queries.ts';

/**
 * The rule numbers of many villages in one statement: for each village, its profile and charter
 * resolved on a day, as each village's own pages resolve them.
 */
export async function paramsOfVillages(
  db: Queryable,
  villageIds: readonly string[],
): Promise<(villageId: string, on: CalendarDate) => RuleParams> {
  const settings = await findRuleSettingsOf(db, [...new Set(villageIds)]);
  const resolvers = new Map<string, (on: CalendarDate) => RuleParams>();
  return (villageId, on) => {
    let resolve = resolvers.get(villageId);
    if (!resolve) {
      const { base, overrides } = profileSettings(settings.get(villageId));
      resolvers.set(villageId, (resolve = paramsOfProfile(base, overrides)));
    }
    return resolve(on);
  };
}
