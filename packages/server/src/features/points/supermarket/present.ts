import type { GoodsRow } from './repository.ts';
import type { HouseholdBalanceRow, RedemptionLogRow, StockMoveRow } from './queries.ts';

export const presentGoods = (g: GoodsRow) => ({
  id: g.id,
  name: g.name,
  unit: g.unit,
  price: g.price,
  stock: g.stock,
  active: g.active,
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const presentRedemption = (r: RedemptionLogRow) => ({
  id: r.id,
  householdId: r.household_id,
  householdNumber: r.household_number,
  headName: r.head_name,
  goodsId: r.goods_id,
  goodsName: r.goods_name,
  unit: r.unit,
  quantity: r.quantity,
  points: r.points,
  channel: r.channel,
  state: r.state,
  redeemedByName: r.redeemed_by_name,
  redeemedAt: r.redeemed_at.toISOString(),
  handedOverAt: iso(r.handed_over_at),
  cancelledAt: iso(r.cancelled_at),
  cancelReason: r.cancel_reason,
});

export const presentStockMove = (m: StockMoveRow) => ({
  id: m.id,
  kind: m.kind,
  change: m.change,
  source: m.source,
  counted: m.counted,
  note: m.note,
  recordedByName: m.recorded_by_name,
  recordedAt: m.recorded_at.toISOString(),
});

export const presentHouseholdBalance = (h: HouseholdBalanceRow) => ({
  householdId: h.household_id,
  number: h.number,
  headName: h.head_name,
  balance: h.balance,
});
