import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { describeDatabase } from '../../../testing/testDatabase.ts';
import { startTestServer, type HttpClient, type TestServer } from '../../../testing/testServer.ts';
import { appendEntries, lockAccount } from '../repository.ts';

/**
 * The points supermarket through the HTTP API: goods and prices, stock received with its source
 * and counted, redemption at the counter and on the phone, refusals at the balance and the stock
 * (n−1, n, n+1), hand-over, cancelling by the household and the keeper (both lines and both
 * moves kept), who may do what, and the stock column equal to the sum of its log.
 */
describe(`points supermarket (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  let keeper: HttpClient;
  let villager: HttpClient;
  let household: string; // the villager's own (李秀英 in 王建国's household)
  let other: string;
  let riceId: string;

  /** Gives a household points that count from a past day (an imported line, as if publicised). */
  async function credit(householdId: string, points: number): Promise<void> {
    const villageId = server.fixture.villageA.id;
    await server.db.transaction(async (tx) => {
      await lockAccount(tx, villageId, householdId);
      await appendEntries(tx, [
        {
          villageId,
          householdId,
          points,
          kind: 'imported',
          effectiveOn: calendarDate('2026-11-01'),
          recordedBy: null,
          recordedAt: new Date(),
        },
      ]);
    });
  }

  const balanceOf = async (householdId: string) => {
    const found = await keeper.get(
      `${base}/supermarket/households?q=${encodeURIComponent(numberOf(householdId))}`,
    );
    return found.body.households[0].balance as number;
  };
  const numbers = new Map<string, string>();
  const numberOf = (id: string) => numbers.get(id) ?? '';

  beforeAll(async () => {
    server = await startTestServer();
    const v = server.fixture.villageA;
    base = `/api/villages/${v.id}/points`;
    [household, other] = v.householdIds as [string, string];
    for (const row of await server.db.query<{ id: string; number: string }>(
      `SELECT id, number FROM household WHERE village_id = $1`,
      [v.id],
    ))
      numbers.set(row.id, row.number);
    keeper = await server.as('committeeChair');
    villager = await server.as('villager');
    await credit(household, 100);
    await credit(other, 59);
  });
  afterAll(async () => {
    await server.close();
  });

  it('puts goods on the shelf: the name unique, the price a whole number from 1 to 100000', async () => {
    const rice = await keeper.post(`${base}/supermarket/goods`, {
      name: '大米',
      unit: '袋',
      price: 30,
    });
    expect(rice.status).toBe(201);
    riceId = rice.body.goods.id;
    expect(rice.body.goods).toMatchObject({ name: '大米', price: 30, stock: 0, active: true });
    const again = await keeper.post(`${base}/supermarket/goods`, {
      name: '大米',
      unit: '袋',
      price: 5,
    });
    expect(again.status).toBe(400);
    expect(again.body.error.fields[0]).toMatchObject({ field: 'name' });
    expect(again.body.error.fields[0].message).toContain('已有名为“大米”的商品');
    for (const [price, status] of [
      [0, 400],
      [1, 201],
      [100_000, 201],
      [100_001, 400],
    ] as const) {
      const r = await keeper.post(`${base}/supermarket/goods`, {
        name: `肥皂${price}`,
        unit: '块',
        price,
      });
      expect(r.status, `price ${price}`).toBe(status);
    }
  });

  it('receives stock with its source and counts it; a difference needs a reason', async () => {
    const none = await keeper.post(`${base}/supermarket/goods/${riceId}/received`, {
      quantity: 3,
      source: 'donated',
      note: '',
    });
    expect(none.status).toBe(400);
    const got = await keeper.post(`${base}/supermarket/goods/${riceId}/received`, {
      quantity: 3,
      source: 'donated',
      note: '乡贤王某捐赠',
    });
    expect(got.body.goods.stock).toBe(3);
    const silent = await keeper.post(`${base}/supermarket/goods/${riceId}/counted`, { counted: 2 });
    expect(silent.status).toBe(400);
    expect(silent.body.error.fields[0]).toMatchObject({ field: 'note' });
    expect(silent.body.error.fields[0].message).toContain('请写明原因');
    const same = await keeper.post(`${base}/supermarket/goods/${riceId}/counted`, { counted: 3 });
    expect(same.body.goods.stock).toBe(3);
    const log = await keeper.get(`${base}/supermarket/goods/${riceId}/moves`);
    const moves = log.body.moves as Array<{ kind: string; change: number; source: string | null }>;
    // one clock instant in the test: the log's order among equal times is not asserted
    expect(moves.map((m) => [m.kind, m.change]).sort()).toEqual([
      ['counted', 0],
      ['received', 3],
    ]);
    expect(moves.find((m) => m.kind === 'received')).toMatchObject({
      source: 'donated',
      note: '乡贤王某捐赠',
    });
  });

  it('redeems at the counter up to the balance, never past it (cost 60: balance 59, 60, 61)', async () => {
    const found = await keeper.get(
      `${base}/supermarket/households?q=${encodeURIComponent(numberOf(other))}`,
    );
    expect(found.body.households[0]).toMatchObject({ householdId: other, balance: 59 });
    const short = await keeper.post(`${base}/supermarket/redemptions`, {
      householdId: other,
      goodsId: riceId,
      quantity: 2,
    });
    expect(short.status).toBe(422);
    expect(short.body.error.id).toBe('points_balance_short');
    expect(short.body.error.message).toContain('可用积分 59 分，兑换需 60 分');
    expect(short.body.error.message).toContain('不得透支');
    await credit(other, 1); // 60
    const exact = await keeper.post(`${base}/supermarket/redemptions`, {
      householdId: other,
      goodsId: riceId,
      quantity: 2,
    });
    expect(exact.status).toBe(201);
    expect(exact.body.redemption).toMatchObject({
      state: 'handedOver',
      channel: 'counter',
      points: 60,
    });
    expect(await balanceOf(other)).toBe(0);
  });

  it('refuses past the stock (stock 1: quantity 2 refused, 1 taken, then 1 refused)', async () => {
    const tooMany = await villager.post(`${base}/shop/redemptions`, {
      goodsId: riceId,
      quantity: 2,
    });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.error.message).toContain('库存不足：该商品现有 1袋');
    const one = await villager.post(`${base}/shop/redemptions`, { goodsId: riceId, quantity: 1 });
    expect(one.status).toBe(201);
    expect(one.body.redemption).toMatchObject({ state: 'ordered', channel: 'phone', points: 30 });
    const gone = await villager.post(`${base}/shop/redemptions`, { goodsId: riceId, quantity: 1 });
    expect(gone.status).toBe(422);
    expect(gone.body.error.id).toBe('points_stock_short');
  });

  it('the household cancels its order before pick-up: points and stock come back, both lines kept', async () => {
    const shop = await villager.get(`${base}/shop`);
    expect(shop.body.balance).toBe(70);
    const order = shop.body.redemptions[0];
    const cancelled = await villager.post(`${base}/shop/redemptions/${order.id}/cancel`);
    expect(cancelled.body.redemption.state).toBe('cancelled');
    const after = await villager.get(`${base}/shop`);
    expect(after.body.balance).toBe(100);
    expect(after.body.goods.find((g: { id: string }) => g.id === riceId).stock).toBe(1);
    const lines = await server.db.query<{ kind: string; points: number }>(
      `SELECT kind, points FROM points_entry WHERE village_id = $1 AND source_id = $2 ORDER BY recorded_at, kind`,
      [server.fixture.villageA.id, order.id],
    );
    expect(lines).toEqual([
      { kind: 'redemption', points: -30 },
      { kind: 'redemptionCancelled', points: 30 },
    ]);
    const again = await villager.post(`${base}/shop/redemptions/${order.id}/cancel`);
    expect(again.status).toBe(422);
    expect(again.body.error.message).toContain('已取消');
  });

  it('a handed-over redemption is cancelled only by the keeper, with a reason', async () => {
    const order = await villager.post(`${base}/shop/redemptions`, { goodsId: riceId, quantity: 1 });
    const id = order.body.redemption.id;
    const handed = await keeper.post(`${base}/supermarket/redemptions/${id}/hand-over`);
    expect(handed.body.redemption.state).toBe('handedOver');
    const twice = await keeper.post(`${base}/supermarket/redemptions/${id}/hand-over`);
    expect(twice.status).toBe(422);
    const late = await villager.post(`${base}/shop/redemptions/${id}/cancel`);
    expect(late.status).toBe(422);
    expect(late.body.error.message).toContain('已领取，不能再由兑换户取消');
    const noReason = await keeper.post(`${base}/supermarket/redemptions/${id}/cancel`, {});
    expect(noReason.status).toBe(400);
    const back = await keeper.post(`${base}/supermarket/redemptions/${id}/cancel`, {
      reason: '大米受潮，退回',
    });
    expect(back.body.redemption).toMatchObject({
      state: 'cancelled',
      cancelReason: '大米受潮，退回',
    });
  });

  it('keeps the stock column equal to the sum of its log', async () => {
    const rows = await server.db.query<{ stock: number; sum: number }>(
      `SELECT g.stock, (SELECT COALESCE(SUM(change), 0)::int8 FROM points_stock_move m
                        WHERE m.village_id = g.village_id AND m.goods_id = g.id) AS sum
       FROM points_goods g WHERE g.village_id = $1`,
      [server.fixture.villageA.id],
    );
    for (const r of rows) expect(r.stock).toBe(r.sum);
  });

  it('records every act on the audit chain', async () => {
    const actions = await server.db.query<{ action: string }>(
      `SELECT DISTINCT action FROM audit_event WHERE chain_id = $1 AND action LIKE 'points%'`,
      [server.fixture.villageA.id],
    );
    expect(actions.map((a) => a.action).sort()).toEqual([
      'pointsGoods.added',
      'pointsRedemption.cancelled',
      'pointsRedemption.handedOver',
      'pointsRedemption.made',
      'pointsStock.counted',
      'pointsStock.received',
    ]);
  });

  it('only the keepers keep the shop; a villager of another village cannot redeem here', async () => {
    const rep = await server.as('representative');
    expect(
      (await rep.post(`${base}/supermarket/goods`, { name: '油', unit: '桶', price: 5 })).status,
    ).toBe(403);
    const supervisor = await server.as('supervisionChair');
    expect((await supervisor.get(`${base}/supermarket`)).status).toBe(200);
    const outsider = await server.as('otherVillageVillager');
    expect(
      (await outsider.post(`${base}/shop/redemptions`, { goodsId: riceId, quantity: 1 })).status,
    ).toBe(403);
  });
});
