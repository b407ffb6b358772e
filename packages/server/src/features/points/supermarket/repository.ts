import type {
  RedemptionChannel,
  RedemptionState,
  StockMoveKind,
  StockSource,
} from '@cunzhi/core/points/supermarket/redemption';
import type { Queryable, Tx } from '../../../platform/db/database.ts';

// ------------------------------------------------------------------ goods

export interface GoodsRow {
  id: string;
  name: string;
  unit: string;
  price: number;
  stock: number;
  active: boolean;
}

const GOODS_COLUMNS = `id, name, unit, price, stock, active`;

export async function findGoods(
  db: Queryable,
  villageId: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<GoodsRow | null> {
  // the redemption locks the goods row after the household's account: always in that order
  const [row] = await db.query<GoodsRow>(
    `SELECT ${GOODS_COLUMNS} FROM points_goods WHERE village_id = $1 AND id = $2${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [villageId, id],
  );
  return row ?? null;
}

export async function goodsNameTaken(
  db: Queryable,
  villageId: string,
  name: string,
  exceptId: string | null,
): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM points_goods WHERE village_id = $1 AND name = $2 AND id IS DISTINCT FROM $3`,
    [villageId, name, exceptId],
  );
  return rows.length > 0;
}

export async function saveGoods(
  tx: Tx,
  villageId: string,
  g: Omit<GoodsRow, 'stock'>,
  at: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO points_goods (village_id, id, name, unit, price, active, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (village_id, id) DO UPDATE
       SET name = EXCLUDED.name, unit = EXCLUDED.unit, price = EXCLUDED.price, active = EXCLUDED.active`,
    [villageId, g.id, g.name, g.unit, g.price, g.active, at],
  );
}

// ------------------------------------------------------------------ the stock log

export interface NewStockMove {
  id: string;
  goodsId: string;
  kind: StockMoveKind;
  change: number;
  source?: StockSource | null;
  note?: string;
  counted?: number | null;
  redemptionId?: string | null;
  recordedBy: string;
  recordedAt: Date;
}

/**
 * Appends a move to the stock log and applies its change to the goods row, in the caller's
 * transaction (which has locked the row): the row's stock is always the log's sum.
 */
export async function moveStock(tx: Tx, villageId: string, m: NewStockMove): Promise<void> {
  await tx.query(
    `INSERT INTO points_stock_move
       (village_id, id, goods_id, kind, change, source, note, counted, redemption_id, recorded_by, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      villageId,
      m.id,
      m.goodsId,
      m.kind,
      m.change,
      m.source ?? null,
      m.note ?? '',
      m.counted ?? null,
      m.redemptionId ?? null,
      m.recordedBy,
      m.recordedAt,
    ],
  );
  if (m.change !== 0)
    await tx.query(`UPDATE points_goods SET stock = stock + $3 WHERE village_id = $1 AND id = $2`, [
      villageId,
      m.goodsId,
      m.change,
    ]);
}

// ------------------------------------------------------------------ redemptions

export interface RedemptionRow {
  id: string;
  household_id: string;
  goods_id: string;
  quantity: number;
  points: number;
  channel: RedemptionChannel;
  state: RedemptionState;
  entry_id: string;
}

export async function insertRedemption(
  tx: Tx,
  villageId: string,
  r: RedemptionRow & { redeemedBy: string; redeemedAt: Date },
): Promise<void> {
  const handed = r.state === 'handedOver';
  await tx.query(
    `INSERT INTO points_redemption
       (village_id, id, household_id, goods_id, quantity, points, channel, state, redeemed_by,
        redeemed_at, entry_id, handed_over_by, handed_over_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      villageId,
      r.id,
      r.household_id,
      r.goods_id,
      r.quantity,
      r.points,
      r.channel,
      r.state,
      r.redeemedBy,
      r.redeemedAt,
      r.entry_id,
      handed ? r.redeemedBy : null,
      handed ? r.redeemedAt : null,
    ],
  );
}

/** A redemption; `forUpdate` locks it (hand-over and cancelling decide on its state). */
export async function findRedemption(
  db: Queryable,
  villageId: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<RedemptionRow | null> {
  const [row] = await db.query<RedemptionRow>(
    `SELECT id, household_id, goods_id, quantity, points, channel, state, entry_id
     FROM points_redemption WHERE village_id = $1 AND id = $2${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [villageId, id],
  );
  return row ?? null;
}

export async function markHandedOver(
  tx: Tx,
  villageId: string,
  id: string,
  by: string,
  at: Date,
): Promise<void> {
  await tx.query(
    `UPDATE points_redemption SET state = 'handedOver', handed_over_by = $3, handed_over_at = $4
     WHERE village_id = $1 AND id = $2`,
    [villageId, id, by, at],
  );
}

export async function markCancelled(
  tx: Tx,
  villageId: string,
  id: string,
  c: { by: string; at: Date; reason: string; entryId: string },
): Promise<void> {
  await tx.query(
    `UPDATE points_redemption
     SET state = 'cancelled', cancelled_by = $3, cancelled_at = $4, cancel_reason = $5, cancel_entry_id = $6
     WHERE village_id = $1 AND id = $2`,
    [villageId, id, c.by, c.at, c.reason, c.entryId],
  );
}

/** The household a villager's own person lives in (the one whose points they spend). */
export async function householdOfPerson(
  db: Queryable,
  villageId: string,
  personId: string,
): Promise<string | null> {
  const [row] = await db.query<{ household_id: string }>(
    `SELECT household_id FROM person WHERE village_id = $1 AND id = $2`,
    [villageId, personId],
  );
  return row?.household_id ?? null;
}

export async function householdExists(
  db: Queryable,
  villageId: string,
  householdId: string,
): Promise<boolean> {
  const rows = await db.query(`SELECT 1 FROM household WHERE village_id = $1 AND id = $2`, [
    villageId,
    householdId,
  ]);
  return rows.length > 0;
}
