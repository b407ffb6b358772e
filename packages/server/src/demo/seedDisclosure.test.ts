import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import { testConfig } from '../platform/config.ts';
import type { Database } from '../platform/db/database.ts';
import { fixedClock } from '../platform/clock.ts';
import { calendarPage } from '../features/disclosure/queries.ts';
import { openTestDatabase } from '../testing/testDatabase.ts';
import { seedShowcaseDecisions } from './seedDecisions.ts';
import { seedShowcaseDisclosure } from './seedDisclosure.ts';
import { seedDemo } from './seedDemo.ts';

const TODAY = calendarDate('2026-11-21');
const NOW = new Date('2026-11-21T01:30:00.000Z');

let db: Database;
let villageId: string;

beforeAll(async () => {
  db = await openTestDatabase();
  const seeded = await seedDemo(db, { seed: 20081028, today: TODAY, now: NOW });
  villageId = seeded.accounts.find((a) => a.role === 'committeeChair')!.villageId!;
  const ctx = { db, config: testConfig(), clock: fixedClock(NOW) };
  await seedShowcaseDecisions(ctx, seeded.accounts, TODAY);
  await seedShowcaseDisclosure(ctx, seeded.accounts, TODAY);
}, 180_000);

afterAll(async () => {
  await db?.close();
});

describe('the showcase community’s 三务公开', () => {
  it('publishes this quarter’s village and Party affairs, posted on the board', async () => {
    const page = await calendarPage({ db, config: testConfig() }, villageId, 2026, TODAY);
    const q4 = page.items.filter((i) => i.startsOn === '2026-10-01');
    expect(q4.find((i) => i.stream === 'villageAffairs')).toMatchObject({
      state: 'published',
      posted: true,
    });
    expect(q4.find((i) => i.stream === 'partyAffairs')).toMatchObject({
      state: 'published',
      posted: true,
    });
    // its records go back to December 2025: the quarters before without 党务公开 are overdue
    expect(
      page.items.find((i) => i.stream === 'partyAffairs' && i.startsOn === '2026-01-01'),
    ).toMatchObject({ state: 'overdue' });
    // one question answered, one objection waiting, none overdue yet
    expect(page.questions).toEqual({ unanswered: 1, overdue: 0 });
  });

  it('keeps the chain whole', async () => {
    expect((await verifyChain(db, villageId)).ok).toBe(true);
  });
});
