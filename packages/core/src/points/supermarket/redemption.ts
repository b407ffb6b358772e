/**
 * The points supermarket (积分超市): a household spends the points its members earned under the
 * village's points scheme on goods the village keeps in stock. Two quantities can never go below
 * zero: the household's balance (the ledger sum on the day, counting only lines through
 * publicity) and the goods' stock. A redemption debits both at once; cancelling credits both
 * back with new lines and keeps the first ones, so the ledger and the stock log stay append-only.
 */

/** Where a redemption was made: the villager's phone, or the keeper's counter (logged with the keeper). */
export const REDEMPTION_CHANNELS = ['phone', 'counter'] as const;
export type RedemptionChannel = (typeof REDEMPTION_CHANNELS)[number];

/**
 * ordered: points and stock taken, the goods wait at the shop (a phone order);
 * handedOver: the household has the goods (a counter redemption starts here);
 * cancelled: points and stock given back.
 */
export const REDEMPTION_STATES = ['ordered', 'handedOver', 'cancelled'] as const;
export type RedemptionState = (typeof REDEMPTION_STATES)[number];

/** Who cancels: the keeper (any redemption not yet cancelled, goods returned) or the household (before pick-up). */
export type Canceller = 'keeper' | 'villager';

/** At most this many of one item in one redemption; a price at most this many points. */
export const MAX_REDEEM_QUANTITY = 99;
export const MAX_PRICE_POINTS = 100_000;
export const MAX_STOCK = 1_000_000;

export interface GoodsOnShelf {
  active: boolean;
  price: number;
  stock: number;
  unit: string;
}

export type RedemptionRefusal =
  | { error: 'points_goods_inactive'; params: Record<string, never> }
  | { error: 'points_stock_short'; params: { stock: number; quantity: number; unit: string } }
  | { error: 'points_balance_short'; params: { balance: number; cost: number } };

/** What the household pays: the price times the quantity, in whole points. */
export const redemptionCost = (price: number, quantity: number): number => price * quantity;

/**
 * Whether a household may take `quantity` of the goods with its balance: offered, in stock, and
 * paid for in full from points already counted. The stock is checked first: a shelf that cannot
 * serve says so whatever the household holds.
 */
export function checkRedemption(
  goods: GoodsOnShelf,
  quantity: number,
  balance: number,
): RedemptionRefusal | null {
  if (!goods.active) return { error: 'points_goods_inactive', params: {} };
  if (goods.stock < quantity)
    return {
      error: 'points_stock_short',
      params: { stock: goods.stock, quantity, unit: goods.unit },
    };
  const cost = redemptionCost(goods.price, quantity);
  if (balance < cost) return { error: 'points_balance_short', params: { balance, cost } };
  return null;
}

/** Whether the canceller may still cancel: the household only before pick-up, the keeper until cancelled. */
export function mayCancel(state: RedemptionState, by: Canceller): boolean {
  if (state === 'cancelled') return false;
  return by === 'keeper' || state === 'ordered';
}

/** Whether the goods can be handed over: only an order still waiting. */
export const mayHandOver = (state: RedemptionState): boolean => state === 'ordered';

/** The state a new redemption starts in: a counter redemption hands the goods over at once. */
export const firstState = (channel: RedemptionChannel): RedemptionState =>
  channel === 'counter' ? 'handedOver' : 'ordered';

// ------------------------------------------------------------------ stock

/**
 * The stock log's kinds: received (with where it came from: bought with the village's funds,
 * donated, …), counted (a stocktake: the difference between what the log says and what is on
 * the shelf), redeemed and given back by a cancelled redemption.
 */
export const STOCK_MOVE_KINDS = ['received', 'counted', 'redeemed', 'returned'] as const;
export type StockMoveKind = (typeof STOCK_MOVE_KINDS)[number];

/** Where received stock came from (the source is also described in words). */
export const STOCK_SOURCES = ['purchased', 'donated', 'other'] as const;
export type StockSource = (typeof STOCK_SOURCES)[number];

/** A stocktake's change to the stock: what was counted minus what the log expected (may be 0). */
export const stocktakeChange = (expected: number, counted: number): number => counted - expected;

/** The stock a log of signed changes leaves (the goods row keeps this sum; tests prove it equal). */
export const stockOf = (changes: readonly number[]): number => changes.reduce((a, b) => a + b, 0);
