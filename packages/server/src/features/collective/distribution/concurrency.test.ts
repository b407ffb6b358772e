import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDatabase } from '../../../testing/testDatabase.ts';
import { startTestServer, type HttpClient, type TestServer } from '../../../testing/testServer.ts';
import { orgResolution, seedCooperative } from '../../../testing/cooperative.ts';

/**
 * One dividend paid by 100 requests at once through the real HTTP API (on PostgreSQL in parallel
 * on the pool's connections; on PGlite one at a time): exactly one is paid, the other 99 are
 * told it was paid already (409), nothing answers 500, and the books clear it once.
 */
describe(`a dividend paid once under concurrency (${describeDatabase()})`, () => {
  let server: TestServer;
  let clerk: HttpClient;
  let A: string;
  let base: string;

  beforeAll(async () => {
    server = await startTestServer();
    A = server.fixture.villageA.id;
    base = `/api/villages/${A}/collective`;
    clerk = await server.as('committeeChair');
  });
  afterAll(async () => {
    await server.close();
  });

  it('100 payments of one dividend at once: one paid, 99 refused, booked once', async () => {
    const persons = server.fixture.villageA.personIds.slice(0, 3);
    const { orgId } = await seedCooperative(
      server.db,
      A,
      persons.map((personId) => ({ personId, shares: 10 })),
      server.fixture.accounts.committeeChair.id,
    );
    const drafted = await clerk.post(`${base}/orgs/${orgId}/distributions`, {
      year: 2025,
      income: '30000',
      payeeKind: 'person',
    });
    expect(drafted.status).toBe(201);
    const planId = drafted.body.plan.id as string;
    await clerk.post(`${base}/distributions/${planId}/publication`, { on: '2026-11-01' });
    const r = await orgResolution(
      server.db,
      A,
      orgId,
      server.fixture.accounts.committeeChair.id,
      '2026-11-12',
    );
    expect(
      (await clerk.post(`${base}/distributions/${planId}/adoption`, { resolutionId: r.id })).status,
    ).toBe(200);
    const dividend = drafted.body.dividends[0] as { id: string; amountFen: number };

    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        clerk.post(`${base}/dividends/${dividend.id}/payment`, {
          method: 'transfer',
          bankReference: `NX${String(i).padStart(4, '0')}`,
          on: '2026-11-20',
        }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(99);
    for (const a of answers.filter((x) => x.status === 409))
      expect(a.body.error.id).toBe('collective_dividend_paid');

    const [paid] = await server.db.query<{ payments: number; vouchers: number; cleared: number }>(
      `SELECT
         (SELECT count(*)::int8 FROM collective_dividend_payment
          WHERE village_id = $1 AND dividend_id = $2) AS payments,
         (SELECT count(*)::int8 FROM collective_voucher
          WHERE village_id = $1 AND source_id = $2) AS vouchers,
         (SELECT COALESCE(SUM(l.debit_fen), 0)::int8 FROM collective_voucher v
          JOIN collective_voucher_line l ON l.village_id = v.village_id AND l.voucher_id = v.id
          WHERE v.village_id = $1 AND v.source_id = $2 AND l.account_code = '2002') AS cleared`,
      [A, dividend.id],
    );
    expect(paid).toEqual({ payments: 1, vouchers: 1, cleared: dividend.amountFen });
    const events = await server.db.query<{ n: number }>(
      `SELECT count(*)::int8 AS n FROM audit_event
       WHERE chain_id = $1 AND action = 'collectiveDividend.paid' AND target_id = $2`,
      [A, dividend.id],
    );
    expect(events[0]!.n).toBe(1);
  });

  it('two plans of one year adopted at once: one adopted, the other refused, never a 500', async () => {
    const persons = server.fixture.villageA.personIds.slice(3, 5);
    const by = server.fixture.accounts.committeeChair.id;
    const { orgId } = await seedCooperative(
      server.db,
      A,
      persons.map((personId) => ({ personId, shares: 5 })),
      by,
      { villagerGroupId: server.fixture.villageA.groupIds[1]! },
    );
    const plans: string[] = [];
    for (let i = 0; i < 4; i++) {
      const drafted = await clerk.post(`${base}/orgs/${orgId}/distributions`, {
        year: 2024 - Math.floor(i / 2),
        income: '1000',
        payeeKind: 'person',
      });
      plans.push(drafted.body.plan.id as string);
      await clerk.post(`${base}/distributions/${plans[i]}/publication`, { on: '2026-11-01' });
    }
    const adopt = (planId: string, resolutionId: string) =>
      clerk.post(`${base}/distributions/${planId}/adoption`, { resolutionId });
    const [r1, r2] = [
      await orgResolution(server.db, A, orgId, by, '2026-11-12'),
      await orgResolution(server.db, A, orgId, by, '2026-11-12'),
    ];
    // two plans for 2024, two resolutions: one year, one plan
    const sameYear = await Promise.all([adopt(plans[0]!, r1.id), adopt(plans[1]!, r2.id)]);
    expect(sameYear.map((a) => a.status).sort()).toEqual([200, 409]);
    // two plans for 2023, one resolution: a resolution adopts one plan
    const r3 = await orgResolution(server.db, A, orgId, by, '2026-11-12');
    const sameResolution = await Promise.all([adopt(plans[2]!, r3.id), adopt(plans[3]!, r3.id)]);
    expect(sameResolution.map((a) => a.status).sort()).toEqual([200, 422]);
  });
});
