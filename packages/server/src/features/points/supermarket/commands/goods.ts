import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { stocktakeChange, type StockSource } from '@cunzhi/core/points/supermarket/redemption';
import type { CommandContext } from '../../../../platform/command.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import { actingAccount, fieldError } from '../../../matters/commands/shared.ts';
import {
  findGoods,
  goodsNameTaken,
  moveStock,
  saveGoods,
  type GoodsRow,
  type NewStockMove,
} from '../repository.ts';

export interface GoodsInput {
  name?: string | undefined;
  unit?: string | undefined;
  price?: number | undefined;
  active?: boolean | undefined;
}

/** Puts goods on the shelf or changes their name, unit, price or whether they are offered. */
export async function savePointsGoods(
  cmd: CommandContext,
  goodsId: string | null,
  input: GoodsInput,
): Promise<GoodsRow> {
  return cmd.db.transaction(async (tx) => {
    const before = goodsId
      ? await findGoods(tx, cmd.villageId, goodsId, { forUpdate: true })
      : null;
    if (goodsId && !before) throw new DomainError('not_found', { what: 'pointsGoods' });
    const name = input.name ?? before?.name;
    const unit = input.unit ?? before?.unit;
    const price = input.price ?? before?.price;
    if (!name) fieldError('name', 'field_required');
    if (!unit) fieldError('unit', 'field_required');
    if (price === undefined) fieldError('price', 'field_required');
    if (await goodsNameTaken(tx, cmd.villageId, name, before?.id ?? null))
      fieldError('name', 'points_goods_name_taken', { name });
    const goods = {
      id: before?.id ?? randomUUID(),
      name,
      unit,
      price,
      active: input.active ?? before?.active ?? true,
    };
    await saveGoods(tx, cmd.villageId, goods, cmd.clock.now());
    await recordEvent(
      cmd,
      tx,
      before ? 'pointsGoods.changed' : 'pointsGoods.added',
      { type: 'pointsGoods', id: goods.id },
      { name, unit, price, active: goods.active, ...(before ? { before } : {}) },
    );
    return { ...goods, stock: before?.stock ?? 0 };
  });
}

type ShelfMove = Omit<NewStockMove, 'id' | 'goodsId' | 'recordedBy' | 'recordedAt'>;

/**
 * One keeper's move of an item's stock in one transaction: the goods row locked, the move
 * decided from what the row says, logged, applied and recorded on the audit chain with `facts`.
 */
async function moveShelf(
  cmd: CommandContext,
  goodsId: string,
  action: 'pointsStock.received' | 'pointsStock.counted',
  decide: (goods: GoodsRow) => { move: ShelfMove; facts: Record<string, unknown> },
): Promise<GoodsRow> {
  const by = actingAccount(cmd);
  return cmd.db.transaction(async (tx) => {
    const goods = await findGoods(tx, cmd.villageId, goodsId, { forUpdate: true });
    if (!goods) throw new DomainError('not_found', { what: 'pointsGoods' });
    const { move, facts } = decide(goods);
    const id = randomUUID();
    await moveStock(tx, cmd.villageId, {
      ...move,
      id,
      goodsId,
      recordedBy: by,
      recordedAt: cmd.clock.now(),
    });
    await recordEvent(
      cmd,
      tx,
      action,
      { type: 'pointsGoods', id: goodsId },
      { move: id, ...facts },
    );
    return { ...goods, stock: goods.stock + move.change };
  });
}

/** Stock received (bought with the village's funds, donated, …), its source told in words too. */
export async function receivePointsStock(
  cmd: CommandContext,
  goodsId: string,
  input: { quantity: number; source: StockSource; note: string },
): Promise<GoodsRow> {
  return moveShelf(cmd, goodsId, 'pointsStock.received', (goods) => ({
    move: { kind: 'received', change: input.quantity, source: input.source, note: input.note },
    facts: { ...input, stock: goods.stock + input.quantity },
  }));
}

/**
 * A stocktake (盘点): what is on the shelf is counted and the stock set to it; the log keeps the
 * count and the change (a shortfall is recorded with its explanation, never silently absorbed).
 */
export async function countPointsStock(
  cmd: CommandContext,
  goodsId: string,
  input: { counted: number; note: string },
): Promise<GoodsRow> {
  return moveShelf(cmd, goodsId, 'pointsStock.counted', (goods) => {
    const change = stocktakeChange(goods.stock, input.counted);
    if (change !== 0 && !input.note.trim()) fieldError('note', 'points_stocktake_note_required');
    return {
      move: { kind: 'counted', change, counted: input.counted, note: input.note },
      facts: { expected: goods.stock, ...input, change },
    };
  });
}
