import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { bulkInsert } from '../../../platform/db/bulkInsert.ts';
import { describeDatabase } from '../../../testing/testDatabase.ts';
import { startTestServer, type HttpClient, type TestServer } from '../../../testing/testServer.ts';
import { appendEntries, balanceOn, lockAccount } from '../repository.ts';

/**
 * Redemptions racing each other through the real HTTP API (on PostgreSQL they run in parallel
 * on the pool's connections; on PGlite one at a time): 200 households at once for an item with
 * 10 in stock get exactly 10, and one household's simultaneous redemptions from the phone and
 * the counter never spend more than its balance. Nothing answers 500; the stock column, its log
 * and the ledger agree afterwards.
 */
describe(`points supermarket under concurrency (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  let keeper: HttpClient;
  let villager: HttpClient;
  let villageId: string;

  async function credit(householdIds: readonly string[], points: number): Promise<void> {
    await server.db.transaction(async (tx) => {
      for (const householdId of householdIds) await lockAccount(tx, villageId, householdId);
      await appendEntries(
        tx,
        householdIds.map((householdId) => ({
          villageId,
          householdId,
          points,
          kind: 'imported' as const,
          effectiveOn: calendarDate('2026-11-01'),
          recordedBy: null,
          recordedAt: new Date(),
        })),
      );
    });
  }

  async function goods(name: string, price: number, stock: number): Promise<string> {
    const made = await keeper.post(`${base}/supermarket/goods`, { name, unit: '个', price });
    const id = made.body.goods.id as string;
    await keeper.post(`${base}/supermarket/goods/${id}/received`, {
      quantity: stock,
      source: 'purchased',
      note: '村集体购入',
    });
    return id;
  }

  /** The stock column, the sum of its log, and the redemptions not cancelled. */
  async function tally(goodsId: string) {
    const [row] = await server.db.query<{ stock: number; logged: number; taken: number }>(
      `SELECT g.stock,
         (SELECT COALESCE(SUM(change), 0)::int8 FROM points_stock_move m
          WHERE m.village_id = g.village_id AND m.goods_id = g.id) AS logged,
         (SELECT COALESCE(SUM(quantity), 0)::int8 FROM points_redemption r
          WHERE r.village_id = g.village_id AND r.goods_id = g.id AND r.state <> 'cancelled') AS taken
       FROM points_goods g WHERE g.village_id = $1 AND g.id = $2`,
      [villageId, goodsId],
    );
    return row!;
  }

  beforeAll(async () => {
    server = await startTestServer();
    villageId = server.fixture.villageA.id;
    base = `/api/villages/${villageId}/points`;
    keeper = await server.as('committeeChair');
    villager = await server.as('villager');
  });
  afterAll(async () => {
    await server.close();
  });

  it('200 households at once for an item with 10 in stock: exactly 10 get it', async () => {
    const group = server.fixture.villageA.groupIds[0]!;
    const households = Array.from({ length: 200 }, () => randomUUID());
    await server.db.transaction((tx) =>
      bulkInsert(
        tx,
        'household',
        ['village_id', 'id', 'number', 'villager_group_id'],
        households.map((id, i) => [villageId, id, `R${String(i).padStart(3, '0')}`, group]),
      ),
    );
    await credit(households, 100);
    const lamp = await goods('台灯', 30, 10);
    const answers = await Promise.all(
      households.map((householdId) =>
        keeper.post(`${base}/supermarket/redemptions`, { householdId, goodsId: lamp, quantity: 1 }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 422)).toHaveLength(190);
    for (const a of answers.filter((x) => x.status === 422))
      expect(a.body.error.id).toBe('points_stock_short');
    expect(await tally(lamp)).toEqual({ stock: 0, logged: 0, taken: 10 });
    const [spent] = await server.db.query<{ n: number; sum: number }>(
      `SELECT count(*)::int8 AS n, SUM(points)::int8 AS sum FROM points_entry
       WHERE village_id = $1 AND kind = 'redemption'`,
      [villageId],
    );
    expect(spent).toEqual({ n: 10, sum: -300 });
  });

  it("a household's simultaneous redemptions, phone and counter, never overdraw its balance", async () => {
    const household = server.fixture.villageA.householdIds[0]!;
    await credit([household], 50);
    const cup = await goods('水杯', 10, 1000);
    const phone = Array.from({ length: 10 }, () =>
      villager.post(`${base}/shop/redemptions`, { goodsId: cup, quantity: 1 }),
    );
    const counter = Array.from({ length: 10 }, () =>
      keeper.post(`${base}/supermarket/redemptions`, {
        householdId: household,
        goodsId: cup,
        quantity: 1,
      }),
    );
    const answers = await Promise.all([...phone, ...counter]);
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 422)).toHaveLength(15);
    for (const a of answers.filter((x) => x.status === 422))
      expect(a.body.error.id).toBe('points_balance_short');
    expect(await balanceOn(server.db, villageId, household, server.clock.today())).toBe(0);
    expect(await tally(cup)).toEqual({ stock: 995, logged: 995, taken: 5 });
  });

  it('cancelling while others redeem gives back exactly what it took', async () => {
    const household = server.fixture.villageA.householdIds[1]!;
    await credit([household], 40);
    const pen = await goods('钢笔', 10, 4);
    const first = await keeper.post(`${base}/supermarket/redemptions`, {
      householdId: household,
      goodsId: pen,
      quantity: 4,
    });
    expect(first.status).toBe(201);
    // the cancel frees 40 points and 4 pens; four single redemptions race it
    const answers = await Promise.all([
      keeper.post(`${base}/supermarket/redemptions/${first.body.redemption.id}/cancel`, {
        reason: '登记错户',
      }),
      ...Array.from({ length: 4 }, () =>
        keeper.post(`${base}/supermarket/redemptions`, {
          householdId: household,
          goodsId: pen,
          quantity: 1,
        }),
      ),
    ]);
    expect(answers[0]?.status).toBe(200);
    const taken = answers.slice(1).filter((a) => a.status === 201).length;
    expect(answers.every((a) => a.status < 500)).toBe(true);
    expect(await balanceOn(server.db, villageId, household, server.clock.today())).toBe(
      40 - taken * 10,
    );
    expect(await tally(pen)).toEqual({ stock: 4 - taken, logged: 4 - taken, taken });
  });
});
