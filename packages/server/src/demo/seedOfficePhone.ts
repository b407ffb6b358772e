import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { addDays } from '@cunzhi/core/rules/dayCount';
import type { DemoAccount } from '@cunzhi/demo/types';
import type { AppContext } from '../platform/http/context.ts';
import { setOfficePhone } from '../features/notifications/commands/setOfficePhone.ts';
import { account, acting, on } from './seedComplaints.ts';

/** The showcase community's office line (fictional), as its chair records it on 通知送达. */
export const SHOWCASE_OFFICE_PHONE = '028-83561234';

/**
 * The chair records the community office's phone at the start of the story, so that the texts
 * to those without an account (an applicant from elsewhere, an unregistered complainant, a
 * petitioner) say to call it rather than only to come by.
 */
export async function seedShowcaseOfficePhone(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<void> {
  const chair = account(accounts, '13800000002');
  await setOfficePhone(acting(on(ctx, addDays(today, -200), '09:00'), chair.villageId!, chair), {
    officePhone: SHOWCASE_OFFICE_PHONE,
  });
}
