import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { DemoAccount } from '@cunzhi/demo/types';
import { fixedClock } from '../platform/clock.ts';
import { testConfig } from '../platform/config.ts';
import type { Database } from '../platform/db/database.ts';
import type { AppContext } from '../platform/http/context.ts';
import { seedDemo } from '../demo/seedDemo.ts';
import { openTestDatabase } from './testDatabase.ts';

/** The demo county on a test database, as a showcase story's test starts from it. */
export interface Showcase {
  db: Database;
  accounts: DemoAccount[];
  /** The showcase community (花乡社区). */
  villageId: string;
  /** The app on a clock standing at 09:30 Beijing time of `today`. */
  ctx: AppContext;
}

/** Seeds the demo county (the demo's own seed) as of `today`, for one showcase story to run on. */
export async function seededShowcase(today: CalendarDate): Promise<Showcase> {
  const now = new Date(`${today}T01:30:00.000Z`);
  const db = await openTestDatabase();
  const { accounts } = await seedDemo(db, { seed: 20081028, today, now });
  const villageId = accounts.find((a) => a.role === 'committeeChair')!.villageId!;
  return { db, accounts, villageId, ctx: { db, config: testConfig(), clock: fixedClock(now) } };
}
