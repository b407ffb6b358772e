import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';

/**
 * Closed months' stored balances (issue 10, statements over years of books): closing a month
 * stores what every voucher up to its end added up to and closes the empty months before it;
 * the trial balance and the statement read from the latest stored month and give the same
 * figures as when everything was summed from the start.
 */
describe(`finance: closed months' balances (${describeDatabase()})`, () => {
  let s: TestServer;
  let clerk: HttpClient;
  let town: HttpClient;
  let base: string;
  let villageId: string;

  beforeAll(async () => {
    s = await startTestServer();
    clerk = await s.as('committeeChair');
    town = await s.as('townOfficial');
    villageId = s.fixture.villageA.id;
    base = `/api/villages/${villageId}/finance`;
  });
  afterAll(async () => {
    await s.close();
  });

  const pay = (on: string, fen: number) => ({
    on,
    summary: '支付保洁费',
    lines: [
      { accountCode: '5102', debitFen: fen, creditFen: 0 },
      { accountCode: '1002', debitFen: 0, creditFen: fen, counterparty: '花乡保洁公司' },
    ],
  });
  const cumulative = async (month: number) =>
    s.db.query<{ account_code: string; debit_fen: string; credit_fen: string }>(
      `SELECT account_code, debit_fen::text, credit_fen::text FROM finance_month_balance
       WHERE village_id = $1 AND year = 2026 AND month = $2 ORDER BY account_code`,
      [villageId, month],
    );
  let novemberBefore: unknown;
  let septemberBefore: unknown;

  it('books vouchers in June, August, September and November, nothing in July', async () => {
    for (const [on, fen] of [
      ['2026-06-10', 10_000],
      ['2026-06-20', 2_500],
      ['2026-08-03', 40_000],
      ['2026-09-15', 7_700],
      ['2026-11-02', 1_234],
    ] as const)
      expect((await clerk.post(`${base}/vouchers`, pay(on, fen))).status).toBe(201);
    novemberBefore = (await clerk.get(`${base}/trial-balance?period=2026-11`)).body;
    septemberBefore = (await clerk.get(`${base}/statements/2026-09`)).body;
    expect(novemberBefore).toMatchObject({ balanced: true });
  });

  it('stores each closed month’s cumulative movements: June’s, then August’s on top of them', async () => {
    expect((await town.post(`${base}/periods/2026-06/close`)).status).toBe(200);
    expect(await cumulative(6)).toEqual([
      { account_code: '1002', debit_fen: '0', credit_fen: '12500' },
      { account_code: '5102', debit_fen: '12500', credit_fen: '0' },
    ]);
    expect((await town.post(`${base}/periods/2026-08/close`)).status).toBe(200);
    expect(await cumulative(8)).toEqual([
      { account_code: '1002', debit_fen: '0', credit_fen: '52500' },
      { account_code: '5102', debit_fen: '52500', credit_fen: '0' },
    ]);
  });

  it('closing August closed July, which had no voucher: the books close in order', async () => {
    const [event] = await s.db.query<{ data: { emptyMonthsClosed?: string[] } }>(
      `SELECT data FROM audit_event WHERE chain_id = $1 AND action = 'financePeriod.closed'
       AND target_id = '2026-08'`,
      [villageId],
    );
    expect(event?.data.emptyMonthsClosed).toEqual(['2026年7月']);
    const periods = await clerk.get(`${base}/periods`);
    expect(periods.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ period: '2026-07', closed: true })]),
    );
    const july = await clerk.post(`${base}/vouchers`, pay('2026-07-15', 100));
    expect(july.status).toBe(400);
    expect(july.body.error.fields).toEqual([
      expect.objectContaining({ field: 'on', id: 'finance_period_closed' }),
    ]);
    // a month before the books' first is as final as the closed ones after it
    const before = await clerk.post(`${base}/vouchers`, pay('2026-03-15', 100));
    expect(before.body.error.fields).toEqual([
      expect.objectContaining({ field: 'on', id: 'finance_period_closed' }),
    ]);
  });

  it('gives the same trial balance and statements after the closings as before them', async () => {
    expect((await clerk.get(`${base}/trial-balance?period=2026-11`)).body).toEqual(novemberBefore);
    expect((await clerk.get(`${base}/statements/2026-09`)).body).toEqual(septemberBefore);
    expect((await town.post(`${base}/periods/2026-09/close`)).status).toBe(200);
    expect((await town.post(`${base}/periods/2026-10/close`)).status).toBe(200);
    expect((await clerk.get(`${base}/trial-balance?period=2026-11`)).body).toEqual(novemberBefore);
    const tb = (await clerk.get(`${base}/trial-balance?period=2026-11`)).body;
    const cash = tb.rows.find((r: { account: { code: string } }) => r.account.code === '1002');
    // ¥125 + ¥400 + ¥77 paid before November, ¥12.34 in it
    expect(cash.opening).toEqual({ side: 'credit', fen: 60_200 });
    expect(cash.creditFen).toBe(1_234);
    expect(cash.closing).toEqual({ side: 'credit', fen: 61_434 });
  });

  it('shows the books’ acts under their own kind in the audit log, each named: voucher number and summary, the month', async () => {
    const res = await clerk.get(`/api/villages/${villageId}/audit?kind=finance&limit=200`);
    expect(res.status).toBe(200);
    const items = res.body.items as Array<{
      action: string;
      targetTitle: string | null;
      targetPage: { kind: string } | null;
    }>;
    expect(new Set(items.map((e) => e.action))).toEqual(
      new Set(['voucher.booked', 'financePeriod.closed']),
    );
    expect(items.filter((e) => e.action === 'voucher.booked')).toHaveLength(5);
    expect(items.map((e) => e.targetTitle)).toContain('2026-06-001 支付保洁费');
    expect(items.map((e) => e.targetTitle)).toContain('2026年8月');
    expect(items.every((e) => e.targetPage?.kind === 'finance')).toBe(true);
    const bad = await clerk.get(`/api/villages/${villageId}/audit?kind=everything`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('kind');
  });
});
