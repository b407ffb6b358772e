import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoAccount } from '@cunzhi/demo/types';
import { testConfig } from '../platform/config.ts';
import { addAdults } from '../testing/meetings.ts';
import { seedCooperative } from '../testing/cooperative.ts';
import { describeDatabase } from '../testing/testDatabase.ts';
import { startTestServer, type TestServer } from '../testing/testServer.ts';
import { seedShowcaseCollectiveBooks } from './seedCollectiveBooks.ts';

/** The demo's chapter of the cooperative's money, on the fixture village with a cooperative of twelve. */
describe(`demo: the cooperative's books (${describeDatabase()})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('registers the account, books this month and records the request to sue through the commands', async () => {
    const A = server.fixture.villageA;
    const adults = await addAdults(server.db, A, 12);
    const { orgId } = await seedCooperative(
      server.db,
      A.id,
      adults.map((personId) => ({ personId, shares: 1 })),
      server.fixture.accounts.committeeChair.id,
    );
    const demo = (['partySecretary', 'committeeChair', 'supervisionChair'] as const).map(
      (role) =>
        ({
          id: server.fixture.accounts[role].id,
          role,
          villageId: A.id,
          personId: server.fixture.accounts[role].personId,
        }) as DemoAccount,
    );
    const ctx = { db: server.db, clock: server.clock, config: testConfig() };
    await seedShowcaseCollectiveBooks(ctx, demo, server.clock.today());
    const [row] = await server.db.query<{ accounts: number; vouchers: number; requests: number }>(
      `SELECT (SELECT count(*) FROM collective_bank_account WHERE org_id = $1)::int AS accounts,
              (SELECT count(*) FROM collective_voucher WHERE org_id = $1)::int AS vouchers,
              (SELECT count(*) FROM collective_derivative_request WHERE org_id = $1)::int AS requests`,
      [orgId],
    );
    const day = Number(server.clock.today().slice(8, 10));
    expect(row).toEqual({ accounts: 1, vouchers: Math.min(day, 5), requests: 1 });
  });
});
