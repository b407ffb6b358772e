import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import { villageAbilities } from '@cunzhi/core/policies/village';
import * as contract from '@cunzhi/contract/pointsSupermarket';
import type { AppContext } from '../../../platform/http/context.ts';
import { villageOf } from '../../../platform/http/access.ts';
import { commandContext } from '../../../platform/http/commandContext.ts';
import { endpoint } from '../../../platform/http/endpoint.ts';
import { requireSignedIn } from '../../../platform/http/session.ts';
import { balanceOn } from '../repository.ts';
import { countPointsStock, receivePointsStock, savePointsGoods } from './commands/goods.ts';
import {
  cancelRedemption,
  handOverRedemption,
  redeemAtCounter,
  redeemOwn,
} from './commands/redeem.ts';
import {
  presentGoods,
  presentHouseholdBalance,
  presentRedemption,
  presentStockMove,
} from './present.ts';
import { householdsWithBalance, listGoods, listRedemptions, listStockMoves } from './queries.ts';
import { findGoods, householdOfPerson } from './repository.ts';

const read = { kind: 'village', ability: 'readPointsSupermarket' } as const;
const keep = { kind: 'village', ability: 'keepPointsSupermarket' } as const;
const own = { kind: 'village', ability: 'redeemOwnPoints' } as const;

/** One redemption as the log shows it (after a write). */
async function redemptionOf(ctx: AppContext, villageId: string, id: string) {
  const [row] = await listRedemptions(ctx.db, villageId, { id, limit: 1 });
  if (!row) throw new DomainError('not_found', { what: 'pointsRedemption' });
  return { redemption: presentRedemption(row) };
}

/** The household of the signed-in villager (the shop spends its points). */
async function ownHousehold(ctx: AppContext, request: FastifyRequest): Promise<string> {
  const cmd = commandContext(ctx, request);
  const id = cmd.personId ? await householdOfPerson(ctx.db, cmd.villageId, cmd.personId) : null;
  if (!id) throw new DomainError('points_no_household');
  return id;
}

/** The keeper's side: goods, stock, the counter, hand-over and cancelling; the log for readers. */
const consoleRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.getSupermarket, read, async (request) => {
      const { row, scope } = villageOf(request);
      const { actor } = requireSignedIn(request);
      return {
        goods: (await listGoods(ctx.db, row.id)).map(presentGoods),
        redemptions: (await listRedemptions(ctx.db, row.id)).map(presentRedemption),
        abilities: villageAbilities(actor, scope),
      };
    });
    endpoint(app, contract.getStockMoves, read, async (request) => {
      const villageId = villageOf(request).row.id;
      const goods = await findGoods(ctx.db, villageId, request.params.goodsId);
      if (!goods) throw new DomainError('not_found', { what: 'pointsGoods' });
      const moves = await listStockMoves(ctx.db, villageId, goods.id);
      return { goods: presentGoods(goods), moves: moves.map(presentStockMove) };
    });
    endpoint(app, contract.createGoods, keep, async (request) => ({
      goods: presentGoods(await savePointsGoods(commandContext(ctx, request), null, request.body)),
    }));
    endpoint(app, contract.updateGoods, keep, async (request) => ({
      goods: presentGoods(
        await savePointsGoods(commandContext(ctx, request), request.params.goodsId, request.body),
      ),
    }));
    endpoint(app, contract.receiveStock, keep, async (request) => ({
      goods: presentGoods(
        await receivePointsStock(
          commandContext(ctx, request),
          request.params.goodsId,
          request.body,
        ),
      ),
    }));
    endpoint(app, contract.countStock, keep, async (request) => ({
      goods: presentGoods(
        await countPointsStock(commandContext(ctx, request), request.params.goodsId, {
          counted: request.body.counted,
          note: request.body.note ?? '',
        }),
      ),
    }));
    endpoint(app, contract.findHouseholds, keep, async (request) => {
      const cmd = commandContext(ctx, request);
      const rows = await householdsWithBalance(
        ctx.db,
        cmd.villageId,
        request.query.q,
        cmd.clock.today(),
      );
      return { households: rows.map(presentHouseholdBalance) };
    });
    endpoint(app, contract.redeemAtCounter, keep, async (request) => {
      const cmd = commandContext(ctx, request);
      const r = await redeemAtCounter(cmd, request.body);
      return redemptionOf(ctx, cmd.villageId, r.id);
    });
    endpoint(app, contract.handOverRedemption, keep, async (request) => {
      const cmd = commandContext(ctx, request);
      await handOverRedemption(cmd, request.params.redemptionId);
      return redemptionOf(ctx, cmd.villageId, request.params.redemptionId);
    });
    endpoint(app, contract.cancelRedemption, keep, async (request) => {
      const cmd = commandContext(ctx, request);
      await cancelRedemption(cmd, request.params.redemptionId, {
        reason: request.body.reason ?? '',
        by: 'keeper',
      });
      return redemptionOf(ctx, cmd.villageId, request.params.redemptionId);
    });
  };

/** The villager's phone: the shop with the household's balance, their orders, cancel before pick-up. */
const phoneRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.getShop, own, async (request) => {
      const villageId = villageOf(request).row.id;
      const householdId = await ownHousehold(ctx, request);
      const today = ctx.clock.today();
      return {
        balance: await balanceOn(ctx.db, villageId, householdId, today),
        today,
        goods: (await listGoods(ctx.db, villageId, { activeOnly: true })).map(presentGoods),
        redemptions: (await listRedemptions(ctx.db, villageId, { householdId, limit: 50 })).map(
          presentRedemption,
        ),
      };
    });
    endpoint(app, contract.redeemOwn, own, async (request) => {
      const cmd = commandContext(ctx, request);
      const r = await redeemOwn(cmd, request.body);
      return redemptionOf(ctx, cmd.villageId, r.id);
    });
    endpoint(app, contract.cancelOwnRedemption, own, async (request) => {
      const cmd = commandContext(ctx, request);
      await cancelRedemption(cmd, request.params.redemptionId, { reason: '', by: 'villager' });
      return redemptionOf(ctx, cmd.villageId, request.params.redemptionId);
    });
  };

export const pointsSupermarketRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    await app.register(consoleRoutes(ctx));
    await app.register(phoneRoutes(ctx));
  };
