import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import type { Database } from '../platform/db/database.ts';
import { seededShowcase } from '../testing/showcase.ts';
import { listGoods, listRedemptions } from '../features/points/supermarket/queries.ts';
import { seedShowcaseActivities } from './seedActivities.ts';
import { seedShowcaseMoralList } from './seedMoralList.ts';
import { seedShowcasePoints } from './seedPoints.ts';
import { seedShowcaseSupermarket } from './seedSupermarket.ts';

const TODAY = calendarDate('2026-11-21');

let db: Database;
let villageId: string;

beforeAll(async () => {
  const seeded = await seededShowcase(TODAY);
  ({ db, villageId } = seeded);
  await seedShowcaseMoralList(seeded.ctx, seeded.accounts, TODAY);
  await seedShowcaseActivities(seeded.ctx, seeded.accounts, TODAY);
  await seedShowcasePoints(seeded.ctx, seeded.accounts, TODAY);
  await seedShowcaseSupermarket(seeded.ctx, seeded.accounts, TODAY);
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe('the showcase community’s points supermarket', () => {
  it('has its shelf stocked, redemptions made and one cancelled, the towel found spoilt', async () => {
    const goods = await listGoods(db, villageId);
    expect(goods.map((g) => g.name).sort()).toEqual(
      ['大米（10斤）', '毛巾', '洗衣皂', '食用油（5升）'].sort(),
    );
    const redemptions = await listRedemptions(db, villageId);
    expect(redemptions.some((r) => r.state === 'cancelled')).toBe(true);
    expect(redemptions.filter((r) => r.state !== 'cancelled').length).toBeGreaterThanOrEqual(2);
    const towel = goods.find((g) => g.name === '毛巾')!;
    // the stocktake after the counter's redemptions counted 28 (one spoilt): the stock it set
    expect(towel.stock).toBe(28);
  });

  it('keeps the audit chain whole', async () => {
    expect((await verifyChain(db, villageId)).ok).toBe(true);
  });
});
