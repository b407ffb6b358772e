import { describe, expect, it } from 'vitest';
import {
  checkRedemption,
  firstState,
  mayCancel,
  mayHandOver,
  redemptionCost,
  stockOf,
  stocktakeChange,
  type GoodsOnShelf,
} from './redemption.ts';

const rice: GoodsOnShelf = { active: true, price: 30, stock: 2, unit: '袋' };

describe('a redemption never overdraws the balance nor the stock', () => {
  // price 30 × quantity 2 = 60 points; the balance at n−1, n, n+1
  it.each([
    [59, 'points_balance_short'],
    [60, null],
    [61, null],
  ])('balance %i for a cost of 60 → %s', (balance, error) => {
    expect(checkRedemption(rice, 2, balance)?.error ?? null).toBe(error);
  });

  // stock 2: quantity at n−1, n, n+1
  it.each([
    [1, null],
    [2, null],
    [3, 'points_stock_short'],
  ])('quantity %i from a stock of 2 → %s', (quantity, error) => {
    expect(checkRedemption(rice, quantity, 1000)?.error ?? null).toBe(error);
  });

  it('names the balance and the cost, or the stock left, in the refusal', () => {
    expect(checkRedemption(rice, 2, 59)).toEqual({
      error: 'points_balance_short',
      params: { balance: 59, cost: 60 },
    });
    expect(checkRedemption(rice, 3, 0)).toEqual({
      error: 'points_stock_short',
      params: { stock: 2, quantity: 3, unit: '袋' },
    });
  });

  it('an item taken off the shelf is refused whatever the household holds', () => {
    expect(checkRedemption({ ...rice, active: false }, 1, 1000)?.error).toBe(
      'points_goods_inactive',
    );
  });

  it('a negative balance (deductions) buys nothing, not even a free item of zero stock', () => {
    expect(checkRedemption(rice, 1, -5)?.error).toBe('points_balance_short');
    expect(checkRedemption({ ...rice, stock: 0 }, 1, 100)?.error).toBe('points_stock_short');
  });

  it('the cost is the price times the quantity', () => {
    expect(redemptionCost(30, 3)).toBe(90);
  });
});

describe('hand-over and cancelling', () => {
  it('a counter redemption is handed over at once; a phone order waits for pick-up', () => {
    expect(firstState('counter')).toBe('handedOver');
    expect(firstState('phone')).toBe('ordered');
  });

  it.each([
    ['ordered', 'villager', true],
    ['ordered', 'keeper', true],
    ['handedOver', 'villager', false],
    ['handedOver', 'keeper', true],
    ['cancelled', 'keeper', false],
    ['cancelled', 'villager', false],
  ] as const)('%s cancelled by %s → %s', (state, by, allowed) => {
    expect(mayCancel(state, by)).toBe(allowed);
  });

  it('only a waiting order is handed over', () => {
    expect(mayHandOver('ordered')).toBe(true);
    expect(mayHandOver('handedOver')).toBe(false);
    expect(mayHandOver('cancelled')).toBe(false);
  });
});

describe('stock', () => {
  it('a stocktake changes the stock by what was counted minus what the log expected', () => {
    expect(stocktakeChange(10, 9)).toBe(-1);
    expect(stocktakeChange(10, 10)).toBe(0);
    expect(stocktakeChange(10, 11)).toBe(1);
  });
  it('the stock is the sum of its log', () => {
    expect(stockOf([10, -2, -1, 1, -1])).toBe(7);
    expect(stockOf([])).toBe(0);
  });
});
