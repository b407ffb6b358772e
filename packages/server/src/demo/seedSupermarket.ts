import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { StockSource } from '@cunzhi/core/points/supermarket/redemption';
import { addDays } from '@cunzhi/core/rules/dayCount';
import type { DemoAccount } from '@cunzhi/demo/types';
import type { AppContext } from '../platform/http/context.ts';
import { householdRanking } from '../features/points/queries.ts';
import {
  countPointsStock,
  receivePointsStock,
  savePointsGoods,
} from '../features/points/supermarket/commands/goods.ts';
import {
  cancelRedemption,
  redeemAtCounter,
} from '../features/points/supermarket/commands/redeem.ts';
import { demoCadres, DemoStory } from './story.ts';

/** What the shop stocks, at prices the scheme's points buy (a month of volunteering is 20). */
const SHELF: ReadonlyArray<{
  name: string;
  unit: string;
  price: number;
  stock: number;
  source: StockSource;
  note: string;
}> = [
  {
    name: '洗衣皂',
    unit: '块',
    price: 2,
    stock: 40,
    source: 'purchased',
    note: '村集体公益金购入',
  },
  { name: '毛巾', unit: '条', price: 3, stock: 30, source: 'donated', note: '乡贤王德福捐赠' },
  {
    name: '食用油（5升）',
    unit: '桶',
    price: 8,
    stock: 10,
    source: 'purchased',
    note: '村集体公益金购入',
  },
  {
    name: '大米（10斤）',
    unit: '袋',
    price: 10,
    stock: 8,
    source: 'donated',
    note: '爱心企业捐赠',
  },
];

/**
 * The showcase community's 积分超市, made through the real commands after its points
 * (seedPoints.ts): the shelf stocked a month ago (bought with the collective's welfare fund or
 * donated, each source named), the counter's redemptions for the households first in the ranking
 * once their points counted, one cancelled for the wrong household, a stocktake that found a
 * towel spoilt. (The demo resident's own points are still in publicity: her phone shows the
 * shop with what her household cannot yet afford.)
 */
export async function seedShowcaseSupermarket(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<void> {
  const cadres = demoCadres(accounts);
  const s = new DemoStory(ctx, cadres, today);
  const keeper = (n: number) => s.acting(addDays(today, n), cadres.committeeChair);
  const ids: Record<string, string> = {};
  for (const g of SHELF) {
    const saved = await savePointsGoods(keeper(-30), null, g);
    ids[g.name] = saved.id;
    await receivePointsStock(keeper(-30), saved.id, { ...g, quantity: g.stock });
  }
  const [first, second] = await householdRanking(ctx.db, cadres.villageId, addDays(today, -20));
  if (first && first.balance >= 4)
    await redeemAtCounter(keeper(-20), {
      householdId: first.household_id,
      goodsId: ids['洗衣皂']!,
      quantity: 2,
    });
  if (second && second.balance >= 3) {
    const wrong = await redeemAtCounter(keeper(-18), {
      householdId: first?.household_id ?? second.household_id,
      goodsId: ids['毛巾']!,
      quantity: 1,
    });
    await cancelRedemption(keeper(-18), wrong.id, {
      reason: '登记错户，改记到实际领取的户',
      by: 'keeper',
    });
    await redeemAtCounter(keeper(-18), {
      householdId: second.household_id,
      goodsId: ids['毛巾']!,
      quantity: 1,
    });
  }
  await countPointsStock(keeper(-10), ids['毛巾']!, { counted: 28, note: '一条受潮发霉，报损' });
}
