import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { DemoAccount } from '@cunzhi/demo/types';
import { fixedClock } from '../platform/clock.ts';
import { testConfig } from '../platform/config.ts';
import type { Database } from '../platform/db/database.ts';
import type { AppContext } from '../platform/http/context.ts';
import { seedDemo } from '../demo/seedDemo.ts';
import { openTestDatabase, type TemplateLayer } from './testDatabase.ts';

/** The demo county on a test database, as a showcase story's test starts from it. */
export interface Showcase {
  db: Database;
  accounts: DemoAccount[];
  /** The showcase community (花乡社区). */
  villageId: string;
  /** The app on a clock standing at 09:30 Beijing time of `today`. */
  ctx: AppContext;
}

const DEMO_SEED = 20081028;

/**
 * The demo county as `seedDemo` writes it, kept as a test template: seeding takes seconds, and a
 * score of showcase tests start from it. What it writes is decided by the demo package, core and
 * the server's demo and platform code.
 */
function demoCountyLayer(today: CalendarDate, now: Date): TemplateLayer {
  return {
    name: `demo-${DEMO_SEED}-${today}`,
    sources: [
      'packages/core/src',
      'packages/demo/src',
      'packages/server/src/demo',
      'packages/server/src/platform',
      'packages/server/src/features/townInbox',
    ],
    write: async (db) => void (await seedDemo(db, { seed: DEMO_SEED, today, now })),
  };
}

/** The demo county (the demo's own seed) as of `today`, for one showcase story to run on. */
export async function seededShowcase(today: CalendarDate): Promise<Showcase> {
  const now = new Date(`${today}T01:30:00.000Z`);
  const db = await openTestDatabase(demoCountyLayer(today, now));
  // on the template's copy this writes nothing and gives back the demo's accounts
  const { accounts } = await seedDemo(db, { seed: DEMO_SEED, today, now });
  const villageId = accounts.find((a) => a.role === 'committeeChair')!.villageId!;
  return { db, accounts, villageId, ctx: { db, config: testConfig(), clock: fixedClock(now) } };
}
