import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type {
  RedemptionChannel,
  RedemptionState,
  StockMoveKind,
  StockSource,
} from '@cunzhi/core/points/supermarket/redemption';
import type { Queryable } from '../../../platform/db/database.ts';
import { COUNTED_ON, HOUSEHOLD_LINES } from '../repository.ts';
import type { GoodsRow } from './repository.ts';

export async function listGoods(
  db: Queryable,
  villageId: string,
  opts: { activeOnly?: boolean } = {},
): Promise<GoodsRow[]> {
  return db.query<GoodsRow>(
    `SELECT id, name, unit, price, stock, active FROM points_goods
     WHERE village_id = $1${opts.activeOnly ? ' AND active' : ''}
     ORDER BY active DESC, price, name`,
    [villageId],
  );
}

export interface RedemptionLogRow {
  id: string;
  household_id: string;
  household_number: string;
  head_name: string | null;
  goods_id: string;
  goods_name: string;
  unit: string;
  quantity: number;
  points: number;
  channel: RedemptionChannel;
  state: RedemptionState;
  redeemed_by_name: string;
  redeemed_at: Date;
  handed_over_at: Date | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
}

/** The redemption log, newest first: the whole village's, or one household's. */
export async function listRedemptions(
  db: Queryable,
  villageId: string,
  opts: { householdId?: string; id?: string; limit?: number } = {},
): Promise<RedemptionLogRow[]> {
  return db.query<RedemptionLogRow>(
    `SELECT r.id, r.household_id, h.number AS household_number, head.name AS head_name,
            r.goods_id, g.name AS goods_name, g.unit, r.quantity, r.points, r.channel, r.state,
            a.display_name AS redeemed_by_name, r.redeemed_at, r.handed_over_at, r.cancelled_at,
            r.cancel_reason
     FROM points_redemption r
     JOIN household h ON h.village_id = r.village_id AND h.id = r.household_id
     LEFT JOIN person head ON head.village_id = r.village_id AND head.household_id = r.household_id
       AND head.relation_to_head = 'head'
     JOIN points_goods g ON g.village_id = r.village_id AND g.id = r.goods_id
     JOIN account a ON a.id = r.redeemed_by
     WHERE r.village_id = $1 AND ($2::uuid IS NULL OR r.household_id = $2)
       AND ($3::uuid IS NULL OR r.id = $3)
     ORDER BY r.redeemed_at DESC, r.id
     LIMIT $4`,
    [villageId, opts.householdId ?? null, opts.id ?? null, opts.limit ?? 200],
  );
}

export interface StockMoveRow {
  id: string;
  kind: StockMoveKind;
  change: number;
  source: StockSource | null;
  counted: number | null;
  note: string;
  recorded_by_name: string;
  recorded_at: Date;
}

export async function listStockMoves(
  db: Queryable,
  villageId: string,
  goodsId: string,
): Promise<StockMoveRow[]> {
  return db.query<StockMoveRow>(
    `SELECT m.id, m.kind, m.change, m.source, m.counted, m.note, a.display_name AS recorded_by_name,
            m.recorded_at
     FROM points_stock_move m JOIN account a ON a.id = m.recorded_by
     WHERE m.village_id = $1 AND m.goods_id = $2
     ORDER BY m.recorded_at DESC, m.id`,
    [villageId, goodsId],
  );
}

export interface HouseholdBalanceRow {
  household_id: string;
  number: string;
  head_name: string | null;
  balance: number;
}

/** Households by number or by the head's name, each with its balance on the day (the counter's search). */
export async function householdsWithBalance(
  db: Queryable,
  villageId: string,
  q: string,
  on: CalendarDate,
): Promise<HouseholdBalanceRow[]> {
  return db.query<HouseholdBalanceRow>(
    `SELECT h.id AS household_id, h.number, head.name AS head_name,
       (SELECT COALESCE(SUM(e.points), 0)::int8 FROM points_entry e
        WHERE e.village_id = $1 AND e.household_id = h.id AND ${HOUSEHOLD_LINES} AND ${COUNTED_ON}
       ) AS balance
     FROM household h
     LEFT JOIN person head ON head.village_id = h.village_id AND head.household_id = h.id
       AND head.relation_to_head = 'head'
     WHERE h.village_id = $1 AND (h.number = $2 OR head.name LIKE '%' || $2 || '%')
     ORDER BY h.number
     LIMIT 20`,
    [villageId, q, on],
  );
}
