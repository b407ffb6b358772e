/** Shapes of the points supermarket's API, taken from the contract (packages/contract/src/pointsSupermarket.ts). */
import type { z } from 'zod';
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/pointsSupermarket';

export type Goods = z.output<typeof contract.Goods>;
export type Redemption = z.output<typeof contract.Redemption>;
export type RedemptionState = z.output<typeof contract.RedemptionState>;
export type StockMove = z.output<typeof contract.StockMove>;
export type StockSource = z.output<typeof contract.StockSource>;
export type HouseholdBalance = z.output<typeof contract.HouseholdBalance>;
export type SupermarketResponse = ResponseOf<typeof contract.getSupermarket>;
export type StockMovesResponse = ResponseOf<typeof contract.getStockMoves>;
export type HouseholdsResponse = ResponseOf<typeof contract.findHouseholds>;
export type ShopResponse = ResponseOf<typeof contract.getShop>;
export type RedemptionResponse = ResponseOf<typeof contract.redeemOwn>;
export type GoodsResponse = ResponseOf<typeof contract.createGoods>;
export type GoodsInput = BodyIn<typeof contract.createGoods>;
export type ReceiveInput = BodyIn<typeof contract.receiveStock>;
export type CountInput = BodyIn<typeof contract.countStock>;

export const supermarketApi = (villageId: string) =>
  `/api/villages/${villageId}/points/supermarket`;
export const shopApi = (villageId: string) => `/api/villages/${villageId}/points/shop`;
export const STOCK_SOURCES: readonly StockSource[] = ['purchased', 'donated', 'other'];
