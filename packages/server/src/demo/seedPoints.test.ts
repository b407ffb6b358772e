import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import type { Database } from '../platform/db/database.ts';
import { seededShowcase } from '../testing/showcase.ts';
import { householdRanking, noticeViews } from '../features/points/queries.ts';
import { findSchemes } from '../features/points/repository.ts';
import { seedShowcaseActivities } from './seedActivities.ts';
import { seedShowcaseMoralList } from './seedMoralList.ts';
import { seedShowcasePoints } from './seedPoints.ts';

const TODAY = calendarDate('2026-11-21');

let db: Database;
let villageId: string;

beforeAll(async () => {
  const seeded = await seededShowcase(TODAY);
  ({ db, villageId } = seeded);
  await seedShowcaseMoralList(seeded.ctx, seeded.accounts, TODAY);
  await seedShowcaseActivities(seeded.ctx, seeded.accounts, TODAY);
  await seedShowcasePoints(seeded.ctx, seeded.accounts, TODAY);
}, 180_000);

afterAll(async () => {
  await db?.close();
});

describe('the showcase community’s points', () => {
  it('has the scheme adopted by the representatives, two notices and counted balances', async () => {
    const [scheme] = await findSchemes(db, villageId);
    expect(scheme).toMatchObject({ version: 1, meeting_kind: 'representativesMeeting' });
    expect((await noticeViews(db, villageId)).map((n) => n.number)).toEqual([2, 1]);
    const ranking = await householdRanking(db, villageId, TODAY);
    expect(ranking.length).toBeGreaterThanOrEqual(6);
    expect(ranking[0]!.balance).toBe(8);
    expect(ranking.at(-1)!.balance).toBe(-2);
  });

  it('keeps the audit chain whole', async () => {
    expect((await verifyChain(db, villageId)).ok).toBe(true);
  });
});
