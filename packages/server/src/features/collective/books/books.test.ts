import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { systemContext } from '../../../platform/command.ts';
import { testConfig } from '../../../platform/config.ts';
import { addHousehold } from '../../../testing/meetings.ts';
import { describeDatabase } from '../../../testing/testDatabase.ts';
import { startTestServer, type HttpClient, type TestServer } from '../../../testing/testServer.ts';
import { seedCooperative } from '../../../testing/cooperative.ts';
import { bookCommitteePaymentInTx } from './commands/bookOrgVoucher.ts';

/**
 * The organisation's money through the HTTP API: accounts only in its own name (Art. 44), its
 * own book numbered apart from the villagers' committee's, the charter's payment booked on both
 * books in one act, and the members' written request to sue (Art. 60) at 9, 10 and 11 capable
 * members, with a minor refused by name.
 */
describe(`collective books (${describeDatabase()})`, () => {
  let server: TestServer;
  let clerk: HttpClient;
  let supervisor: HttpClient;
  let villager: HttpClient;
  let A: string;
  let orgId: string;
  let base: string;
  let adults: string[];
  let minor: string;
  const ORG = '股份经济合作社';

  beforeAll(async () => {
    server = await startTestServer();
    A = server.fixture.villageA.id;
    const family = await addHousehold(server.db, server.fixture.villageA, [
      ...Array.from({ length: 11 }, (_, i) => ({ name: `成员${i + 1}` })),
      { name: '王小明', birth: `${Number(server.clock.today().slice(0, 4)) - 10}-01-01` },
    ]);
    adults = family.personIds.slice(0, 11);
    minor = family.personIds[11]!;
    ({ orgId } = await seedCooperative(
      server.db,
      A,
      [...server.fixture.villageA.personIds, ...family.personIds].map((personId) => ({
        personId,
        shares: 1,
      })),
      server.fixture.accounts.committeeChair.id,
    ));
    clerk = await server.as('committeeChair');
    supervisor = await server.as('supervisionChair');
    villager = await server.as('villager');
    base = `/api/villages/${A}/collective/books`;
  });
  afterAll(async () => {
    await server.close();
  });

  const account = (body: Record<string, unknown>) =>
    clerk.post(`${base}/accounts`, {
      orgId,
      bankName: '农村商业银行花乡支行',
      accountNo: '6228 4801 2345 6789',
      holderKind: 'organisation',
      holderName: ORG,
      ...body,
    });

  it('refuses an account in a person’s name, or in another name, citing Article 44', async () => {
    for (const body of [
      { holderKind: 'person', holderName: '王建国' },
      { holderKind: 'organisation', holderName: '花乡社区居民委员会' },
    ]) {
      const res = await account(body);
      expect(res.status).toBe(422);
      expect(res.body.error.ruleId).toBe('NJJ-44-ACCOUNT');
      expect(res.body.error.message).toContain('《中华人民共和国农村集体经济组织法》第四十四条');
    }
    expect((await clerk.get(`${base}?orgId=${orgId}`)).body.accounts).toEqual([]);
  });

  it('registers an account in the organisation’s name; its number whole only for the keepers', async () => {
    expect((await account({ accountNo: '62-28' })).status).toBe(400);
    const res = await account({});
    expect(res.status).toBeLessThan(300);
    expect((await account({})).status).toBe(409);
    const kept = await clerk.get(base);
    expect(kept.body.accounts[0]).toMatchObject({ accountNo: '6228480123456789', holderName: ORG });
    const read = await supervisor.get(base);
    expect(read.body.accounts[0].accountNo).toBe('**** 6789');
    expect((await villager.get(base)).status).toBe(403);
  });

  it('names the account in the audit log by its bank and last four digits, linked to the books', async () => {
    const log = await clerk.get(`/api/villages/${A}/audit?limit=20`);
    const opened = log.body.items.find(
      (e: { action: string }) => e.action === 'collectiveAccount.opened',
    );
    expect(opened).toMatchObject({
      targetTitle: '农村商业银行花乡支行 尾号6789',
      targetPage: { kind: 'collectiveBooks', id: null },
    });
  });

  it('books on its own book, numbered apart from the village ledger', async () => {
    const on = server.clock.today();
    const lines = [
      { accountCode: '1002', debitFen: 1_200_000, creditFen: 0 },
      { accountCode: '5001', debitFen: 0, creditFen: 1_200_000, counterparty: '花乡农贸市场' },
    ];
    const unbalanced = await clerk.post(`${base}/vouchers`, {
      orgId,
      on,
      summary: '商铺租金',
      lines: [lines[0], { ...lines[1], creditFen: 1 }],
    });
    expect(unbalanced.status).toBe(400);
    const res = await clerk.post(`${base}/vouchers`, { orgId, on, summary: '商铺租金', lines });
    expect(res.status).toBeLessThan(300);
    expect(res.body.number).toBe(`合${on.slice(0, 7)}-001`);
    const page = await clerk.get(base);
    expect(page.body.balances).toContainEqual(
      expect.objectContaining({
        account: expect.objectContaining({ code: '1002' }),
        balanceFen: 1_200_000,
      }),
    );
  });

  it('books the charter’s payment to the committee on both books, or on neither', async () => {
    const cmd = systemContext({ db: server.db, clock: server.clock, config: testConfig() }, A);
    const on: CalendarDate = server.clock.today();
    const entry = { on, summary: '按章程支付公益建设资金', amountFen: 50_000, sourceId: orgId };
    const both = await server.db.transaction((tx) =>
      bookCommitteePaymentInTx(tx, cmd, orgId, entry),
    );
    const ledger = await clerk.get(
      `/api/villages/${A}/finance/vouchers/${both.committee.voucherId}`,
    );
    expect(
      ledger.body.voucher.lines.map((l: { account: { code: string } }) => l.account.code),
    ).toEqual(['1002', '5302']);
    const page = await clerk.get(base);
    const paid = page.body.vouchers.find(
      (v: { id: string }) => v.id === both.organisation.voucherId,
    );
    expect(paid).toMatchObject({ villageVoucherNumber: both.committee.number, totalFen: 50_000 });
    // an unbalanced entry on the organisation's side rolls the committee's back too
    const before = (await clerk.get(`/api/villages/${A}/finance/vouchers`)).body.total;
    await expect(
      server.db.transaction((tx) =>
        bookCommitteePaymentInTx(tx, cmd, orgId, { ...entry, amountFen: 0 }),
      ),
    ).rejects.toThrow();
    expect((await clerk.get(`/api/villages/${A}/finance/vouchers`)).body.total).toBe(before);
  });

  const ask = (requesterIds: string[]) =>
    supervisor.post(`${base}/derivative-requests`, {
      orgId,
      grounds: '理事会成员擅自将集体厂房低价出租，造成集体收益损失',
      requesterIds,
    });

  it.each([
    [9, 422],
    [10, 200],
    [11, 200],
  ])('a written request to sue by %i capable members → %i (Article 60)', async (n, status) => {
    const res = await ask(adults.slice(0, n));
    expect(res.status === 201 ? 200 : res.status).toBe(status);
    if (status === 422) {
      expect(res.body.error.ruleId).toBe('NJJ-60-DERIVATIVE');
      expect(res.body.error.message).toContain('第六十条');
    }
  });

  it('names a minor among the requesters and counts no one', async () => {
    const res = await ask([...adults.slice(0, 10), minor]);
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('王小明');
  });

  it('members may sue once the supervisors refuse; an answer is recorded once', async () => {
    const page = await supervisor.get(base);
    const request = page.body.requests[0];
    expect(request.standing.kind).toBe('waiting');
    const url = `${base}/derivative-requests/${request.id}/answer`;
    expect(
      (await supervisor.post(url, { answer: 'refused', note: '监事会认为证据不足' })).status,
    ).toBe(200);
    expect((await supervisor.post(url, { answer: 'sued' })).status).toBe(409);
    const after = await supervisor.get(base);
    const log = await supervisor.get(`/api/villages/${A}/audit?limit=5`);
    expect(log.body.items[0].targetTitle).toMatch(
      /^成员起诉请求（\d{4}年\d{1,2}月\d{1,2}日收到）$/,
    );
    expect(after.body.requests[0].standing).toMatchObject({
      kind: 'membersMaySue',
      because: 'refused',
    });
  });

  it('a member sees their membership, shares and the accounts masked on the phone', async () => {
    const res = await villager.get(`/api/villages/${A}/collective/mine`);
    expect(res.status).toBe(200);
    const [m] = res.body.memberships;
    expect(m).toMatchObject({ orgName: ORG, status: 'member' });
    expect(m.accounts[0].accountNo).toBe('**** 6789');
    expect(m.totals.incomeFen).toBe(1_200_000);
    // no plan adopted yet: no dividend list to read
    expect(m.dividendList).toBeNull();
  });

  it('the public portal shows the collective totals only, never a member’s name', async () => {
    const res = await fetch(`${server.baseUrl}/p/${A}/collective`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain(ORG);
    // the fixture's six and the household of twelve (its minor included: a member, not a capable one)
    expect(page).toContain('成员 18 人，4 户');
    expect(page).toContain('¥12,000.00');
    expect(page).not.toContain('成员1');
    expect(page).not.toContain('王建国');
  });
});
