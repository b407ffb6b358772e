import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import {
  checkRedemption,
  firstState,
  mayCancel,
  mayHandOver,
  redemptionCost,
  type Canceller,
  type RedemptionChannel,
} from '@cunzhi/core/points/supermarket/redemption';
import type { CommandContext } from '../../../../platform/command.ts';
import type { Tx } from '../../../../platform/db/database.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import { actingAccount, fieldError } from '../../../matters/commands/shared.ts';
import { appendEntries, balanceOn, lockAccount } from '../../repository.ts';
import {
  findGoods,
  findRedemption,
  householdExists,
  householdOfPerson,
  insertRedemption,
  markCancelled,
  markHandedOver,
  moveStock,
  type RedemptionRow,
} from '../repository.ts';

/** The ledger line's source for a redemption and its cancellation. */
const SOURCE_KIND = 'pointsRedemption';

/**
 * One redemption in one transaction: the household's points account is locked first, then the
 * goods row (always in this order, so two redemptions never wait on each other in a cycle); the
 * balance and the stock are read under those locks, core decides, and the ledger line, the
 * stock move and the redemption are written with the audit event. Concurrent redemptions of one
 * household or one item therefore run one after the other, and the later sees the earlier.
 */
async function redeem(
  cmd: CommandContext,
  input: { householdId: string; goodsId: string; quantity: number; channel: RedemptionChannel },
): Promise<RedemptionRow> {
  const by = actingAccount(cmd);
  return cmd.db.transaction(async (tx) => {
    const { villageId } = cmd;
    await lockAccount(tx, villageId, input.householdId);
    const goods = await findGoods(tx, villageId, input.goodsId, { forUpdate: true });
    if (!goods) fieldError('goodsId', 'not_found', { what: 'pointsGoods' });
    const today = cmd.clock.today();
    const balance = await balanceOn(tx, villageId, input.householdId, today);
    const refusal = checkRedemption(goods, input.quantity, balance);
    if (refusal) throw new DomainError(refusal.error, refusal.params);
    const id = randomUUID();
    const cost = redemptionCost(goods.price, input.quantity);
    const now = cmd.clock.now();
    const [entryId] = await appendEntries(tx, [
      {
        villageId,
        householdId: input.householdId,
        points: -cost,
        kind: 'redemption',
        effectiveOn: today,
        sourceKind: SOURCE_KIND,
        sourceId: id,
        note: `${goods.name} × ${input.quantity}${goods.unit}`,
        recordedBy: by,
        recordedAt: now,
      },
    ]);
    if (!entryId) throw new Error('no ledger line');
    const row: RedemptionRow = {
      id,
      household_id: input.householdId,
      goods_id: goods.id,
      quantity: input.quantity,
      points: cost,
      channel: input.channel,
      state: firstState(input.channel),
      entry_id: entryId,
    };
    await insertRedemption(tx, villageId, { ...row, redeemedBy: by, redeemedAt: now });
    await moveStock(tx, villageId, {
      id: randomUUID(),
      goodsId: goods.id,
      kind: 'redeemed',
      change: -input.quantity,
      redemptionId: id,
      recordedBy: by,
      recordedAt: now,
    });
    await recordEvent(
      cmd,
      tx,
      'pointsRedemption.made',
      { type: 'pointsRedemption', id },
      {
        household: input.householdId,
        goods: goods.id,
        name: goods.name,
        quantity: input.quantity,
        points: cost,
        channel: input.channel,
        balanceBefore: balance,
        entry: entryId,
      },
    );
    return row;
  });
}

/** The keeper redeems at the counter for a household (the goods are handed over at once). */
export async function redeemAtCounter(
  cmd: CommandContext,
  input: { householdId: string; goodsId: string; quantity: number },
): Promise<RedemptionRow> {
  if (!(await householdExists(cmd.db, cmd.villageId, input.householdId)))
    fieldError('householdId', 'not_found', { what: 'household' });
  return redeem(cmd, { ...input, channel: 'counter' });
}

/** A villager orders on the phone for their own household; the goods wait at the shop. */
export async function redeemOwn(
  cmd: CommandContext,
  input: { goodsId: string; quantity: number },
): Promise<RedemptionRow> {
  const householdId = cmd.personId
    ? await householdOfPerson(cmd.db, cmd.villageId, cmd.personId)
    : null;
  if (!householdId) throw new DomainError('points_no_household');
  return redeem(cmd, { ...input, householdId, channel: 'phone' });
}

async function lockedRedemption(tx: Tx, villageId: string, id: string): Promise<RedemptionRow> {
  const r = await findRedemption(tx, villageId, id, { forUpdate: true });
  if (!r) throw new DomainError('not_found', { what: 'pointsRedemption' });
  return r;
}

/** The keeper hands a phone order's goods over at the shop. */
export async function handOverRedemption(cmd: CommandContext, id: string): Promise<void> {
  const by = actingAccount(cmd);
  await cmd.db.transaction(async (tx) => {
    const r = await lockedRedemption(tx, cmd.villageId, id);
    if (!mayHandOver(r.state))
      throw new DomainError('points_redemption_not_open', { state: `redemption_${r.state}` });
    await markHandedOver(tx, cmd.villageId, id, by, cmd.clock.now());
    await recordEvent(
      cmd,
      tx,
      'pointsRedemption.handedOver',
      { type: 'pointsRedemption', id },
      {
        household: r.household_id,
      },
    );
  });
}

/**
 * Cancels a redemption: the points come back as a new ledger line and the goods as a new stock
 * move; the redemption's own line and move stay. The household cancels only its own order
 * before pick-up; the keeper any redemption not yet cancelled (goods returned to the shelf).
 */
export async function cancelRedemption(
  cmd: CommandContext,
  id: string,
  input: { reason: string; by: Canceller },
): Promise<void> {
  const by = actingAccount(cmd);
  const reason = input.reason.trim();
  if (input.by === 'keeper' && !reason) fieldError('reason', 'points_cancel_reason_required');
  await cmd.db.transaction(async (tx) => {
    const { villageId } = cmd;
    const peek = await findRedemption(tx, villageId, id);
    if (!peek) throw new DomainError('not_found', { what: 'pointsRedemption' });
    if (input.by === 'villager') await assertOwnHousehold(tx, cmd, peek.household_id);
    // the same lock order as a redemption: account, goods, then the redemption itself
    await lockAccount(tx, villageId, peek.household_id);
    await findGoods(tx, villageId, peek.goods_id, { forUpdate: true });
    const r = await lockedRedemption(tx, villageId, id);
    if (!mayCancel(r.state, input.by))
      throw new DomainError('points_redemption_not_cancellable', {
        state: `redemption_${r.state}`,
        roles: `redemption_${input.by}`,
      });
    const now = cmd.clock.now();
    const [entryId] = await appendEntries(tx, [
      {
        villageId,
        householdId: r.household_id,
        points: r.points,
        kind: 'redemptionCancelled',
        effectiveOn: cmd.clock.today(),
        reversesEntryId: r.entry_id,
        sourceKind: SOURCE_KIND,
        sourceId: id,
        note: reason,
        recordedBy: by,
        recordedAt: now,
      },
    ]);
    if (!entryId) throw new Error('no ledger line');
    await markCancelled(tx, villageId, id, { by, at: now, reason, entryId });
    await moveStock(tx, villageId, {
      id: randomUUID(),
      goodsId: r.goods_id,
      kind: 'returned',
      change: r.quantity,
      redemptionId: id,
      recordedBy: by,
      recordedAt: now,
    });
    await recordEvent(
      cmd,
      tx,
      'pointsRedemption.cancelled',
      { type: 'pointsRedemption', id },
      {
        household: r.household_id,
        by: input.by,
        reason,
        points: r.points,
        quantity: r.quantity,
        entry: entryId,
      },
    );
  });
}

/** A villager cancels only their own household's order (another's is not found to them). */
async function assertOwnHousehold(tx: Tx, cmd: CommandContext, householdId: string): Promise<void> {
  const own = cmd.personId ? await householdOfPerson(tx, cmd.villageId, cmd.personId) : null;
  if (own !== householdId) throw new DomainError('not_found', { what: 'pointsRedemption' });
}
