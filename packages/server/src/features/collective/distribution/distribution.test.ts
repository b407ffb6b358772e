import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDatabase } from '../../../testing/testDatabase.ts';
import { startTestServer, type HttpClient, type TestServer } from '../../../testing/testServer.ts';
import { orgResolution, seedCooperative } from '../../../testing/cooperative.ts';
import { resolutionOf } from '../../../testing/resolutions.ts';

/**
 * A year's distribution through the HTTP API: drafted with the reserve first (a plan without
 * one, or below the charter's rate, refused citing Art. 42), the reports made available, the
 * vote refused nine days later and recorded ten days later (Art. 46), the payables booked, and
 * the dividends paid — by transfer, in cash against a thumbprint, to an heir — each only once.
 */
describe(`collective distribution (${describeDatabase()})`, () => {
  let server: TestServer;
  let clerk: HttpClient;
  let villager: HttpClient;
  let A: string;
  let orgId: string;
  let base: string;
  let persons: string[];

  beforeAll(async () => {
    server = await startTestServer();
    A = server.fixture.villageA.id;
    persons = server.fixture.villageA.personIds;
    // six members: 10, 10, 10, 7, 3 and 1 shares (41 in all)
    const shares = [10, 10, 10, 7, 3, 1];
    ({ orgId } = await seedCooperative(
      server.db,
      A,
      persons.slice(0, 6).map((personId, i) => ({ personId, shares: shares[i]! })),
      server.fixture.accounts.committeeChair.id,
    ));
    clerk = await server.as('committeeChair');
    villager = await server.as('villager');
    base = `/api/villages/${A}/collective`;
  });
  afterAll(async () => {
    await server.close();
  });

  const assembly = (on: string) =>
    orgResolution(server.db, A, orgId, server.fixture.accounts.committeeChair.id, on);

  const draft = (body: Record<string, unknown>) =>
    clerk.post(`${base}/orgs/${orgId}/distributions`, {
      year: 2025,
      income: '100,000.01',
      payeeKind: 'person',
      ...body,
    });

  it('refuses a plan without the reserve, or below the charter’s rate, citing Art. 42', async () => {
    for (const rate of ['0', '9.99']) {
      const res = await draft({ reserveRate: rate });
      expect(res.status).toBe(422);
      expect(res.body.error.ruleId).toBe('NJJ-42-DIST');
      expect(res.body.error.message).toContain('第四十二条');
    }
  });

  it('answers bad input with the field named, in Chinese', async () => {
    const res = await draft({ income: '十万', reserveRate: 'abc' });
    expect(res.status).toBe(400);
    const fields = res.body.error.fields.map((f: { field: string }) => f.field);
    expect(fields).toContain('income');
    const zero = await draft({ income: '0' });
    expect(zero.status).toBe(400);
    expect(zero.body.error.fields[0].message).toBe('可分配收益：须大于零');
  });

  it('is not for villagers', async () => {
    expect((await villager.get(`${base}/distributions`)).status).toBe(403);
  });

  let planId: string;
  let dividends: Array<{ id: string; registerNo: number; amountFen: number; payeeName: string }>;

  it('drafts: the reserve rounded up, the committee’s 5%, the rest to the fen by shares', async () => {
    const res = await draft({});
    expect(res.status).toBe(201);
    const plan = res.body.plan;
    // 10% of 10,000,001 fen is 1,000,000.1 → 1,000,001; 5% is 500,000.05 → 500,000
    expect(plan).toMatchObject({
      incomeFen: 10_000_001,
      reserveRateBp: 1000,
      reserveFen: 1_000_001,
      committeeFen: 500_000,
      poolFen: 8_500_000,
      totalShares: 41,
      payees: 6,
      state: 'draft',
    });
    dividends = res.body.dividends;
    expect(dividends.map((d) => d.registerNo)).toEqual([1, 2, 3, 4, 5, 6]);
    // 8,500,000 × 10/41 = 2,073,170.73… ; ×7/41 = 1,451,219.51… ; ×3/41 = 621,951.21… ; ×1/41 = 207,317.07…
    // floors sum to 8,499,997: the 3 fen left go to the three largest remainders (0.73… each)
    expect(dividends.map((d) => d.amountFen)).toEqual([
      2_073_171, 2_073_171, 2_073_171, 1_451_219, 621_951, 207_317,
    ]);
    expect(dividends.reduce((s, d) => s + d.amountFen, 0)).toBe(plan.poolFen);
    planId = plan.id;
  });

  it('refuses the vote nine days after publication and records it after ten (Art. 46)', async () => {
    const early = await assembly('2026-11-01');
    // not yet published
    expect(
      (await clerk.post(`${base}/distributions/${planId}/adoption`, { resolutionId: early.id }))
        .status,
    ).toBe(409);
    const published = await clerk.post(`${base}/distributions/${planId}/publication`, {
      on: '2026-11-01',
    });
    expect(published.status).toBe(200);
    expect(published.body.plan.earliestVoteOn).toBe('2026-11-11');
    const nine = await assembly('2026-11-10');
    const refused = await clerk.post(`${base}/distributions/${planId}/adoption`, {
      resolutionId: nine.id,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.ruleId).toBe('NJJ-46-REPORTS');
    expect(refused.body.error.message).toContain('2026年11月11日');
    const villagers = await resolutionOf(server, 'villagersAssembly', '2026-11-11');
    const otherOrg = await seedCooperative(
      server.db,
      A,
      [{ personId: persons[5]!, shares: 1 }],
      server.fixture.accounts.committeeChair.id,
      { villagerGroupId: server.fixture.villageA.groupIds[0]! },
    );
    const elsewhere = await orgResolution(
      server.db,
      A,
      otherOrg.orgId,
      server.fixture.accounts.committeeChair.id,
      '2026-11-11',
    );
    const charterVote = await orgResolution(
      server.db,
      A,
      orgId,
      server.fixture.accounts.committeeChair.id,
      '2026-11-11',
      'membersAssembly',
      '修改章程',
      'charter',
    );
    for (const unfit of [villagers, elsewhere, charterVote])
      expect(
        (await clerk.post(`${base}/distributions/${planId}/adoption`, { resolutionId: unfit.id }))
          .body.error.id,
      ).toBe('collective_distribution_resolution_unfit');
    const ten = await assembly('2026-11-11');
    const adopted = await clerk.post(`${base}/distributions/${planId}/adoption`, {
      resolutionId: ten.id,
    });
    expect(adopted.status).toBe(200);
    expect(adopted.body.plan).toMatchObject({ state: 'adopted', adoptedOn: '2026-11-11' });
    // the organisation's book: reserve, committee and payables; the committee's ledger receives
    const booked = await server.db.query<{ account: string; debit: number; credit: number }>(
      `SELECT l.account_code AS account, SUM(l.debit_fen)::int8 AS debit, SUM(l.credit_fen)::int8 AS credit
       FROM collective_voucher v JOIN collective_voucher_line l
         ON l.village_id = v.village_id AND l.voucher_id = v.id
       WHERE v.village_id = $1 AND v.org_id = $2 GROUP BY 1 ORDER BY 1`,
      [A, orgId],
    );
    expect(booked).toEqual([
      { account: '1002', debit: 0, credit: 500_000 },
      { account: '2002', debit: 0, credit: 8_500_000 },
      { account: '3002', debit: 0, credit: 1_000_001 },
      { account: '3102', debit: 10_000_001, credit: 0 },
    ]);
    // a second plan for the year cannot be drafted now
    expect((await draft({})).status).toBe(409);
  });

  it('pays each dividend once: transfer, cash with a thumbprint, the heir of a deceased member', async () => {
    const pay = (id: string, body: Record<string, unknown>) =>
      clerk.post(`${base}/dividends/${id}/payment`, { on: '2026-11-20', ...body });
    const [first, second, third] = dividends as [
      (typeof dividends)[number],
      (typeof dividends)[number],
      (typeof dividends)[number],
    ];
    expect((await pay(first.id, { method: 'transfer' })).body.error.fields[0].field).toBe(
      'bankReference',
    );
    const paid = await pay(first.id, { method: 'transfer', bankReference: 'NX20261120001' });
    expect(paid.status).toBe(201);
    expect(paid.body.dividend.paid).toMatchObject({ method: 'transfer', paidTo: first.payeeName });
    const again = await pay(first.id, { method: 'cash', acknowledged: 'signature' });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('不能重复支付');

    // someone else may not collect a living member's dividend
    expect(
      (await pay(second.id, { method: 'cash', acknowledged: 'thumbprint', paidTo: persons[0] }))
        .status,
    ).toBe(400);
    expect((await pay(second.id, { method: 'cash', acknowledged: 'thumbprint' })).status).toBe(201);

    // No. 3 died on 2026-06-01: the heir collects, with the evidence of succession
    await server.db.query(
      `INSERT INTO collective_member_event (village_id, id, org_id, person_id, kind, ground,
         occurred_on, evidence, recorded_at)
       VALUES ($1, gen_random_uuid(), $2, $3, 'lose', 'death', '2026-06-01', '死亡证明', now())`,
      [A, orgId, persons[2]],
    );
    const self = await pay(third.id, { method: 'cash', acknowledged: 'signature' });
    expect(self.status).toBe(400);
    expect(self.body.error.fields[0].field).toBe('paidTo');
    const noEvidence = await pay(third.id, {
      method: 'cash',
      acknowledged: 'signature',
      paidTo: persons[0],
    });
    expect(noEvidence.body.error.fields[0].field).toBe('heirEvidence');
    const heir = await pay(third.id, {
      method: 'cash',
      acknowledged: 'signature',
      paidTo: persons[0],
      heirEvidence: '继承公证书（2026）某证字第18号',
    });
    expect(heir.status).toBe(201);
    expect(heir.body.dividend.paid.heir).toBe(true);

    // unclaimed ones stay listed
    const plan = (await clerk.get(`${base}/distributions/${planId}`)).body.plan;
    expect(plan).toMatchObject({ paidCount: 3, unpaidCount: 3 });
    const overview = (await clerk.get(`${base}/distributions`)).body;
    expect(overview).toMatchObject({ orgId, abilities: { plan: true, pay: true } });
    expect(overview.plans.map((p: { id: string }) => p.id)).toEqual([planId]);
    expect(overview.resolutions[0].label).toMatch(/^〔2026〕第\d+号 收益分配方案$/);
    expect(plan.paidFen + plan.unpaidFen).toBe(plan.poolFen);
  });

  it('prints the plan notice in capitals, the list and a receipt with their fingerprints', async () => {
    const sheet = await clerk.get(`${base}/distributions/${planId}/sheet`);
    expect(sheet.status).toBe(200);
    expect(sheet.body.capitals).toEqual({
      income: '壹拾万元零壹分',
      reserve: '壹万元零壹分',
      committee: '伍仟元整',
      pool: '捌万伍仟元整',
    });
    expect(sheet.body.dividends).toHaveLength(6);
    expect(sheet.body.fingerprint).not.toBeNull();
    const receipt = await clerk.get(`${base}/dividends/${dividends[0]!.id}/receipt`);
    expect(receipt.body.capitals).toBe('贰万零柒佰叁拾壹元柒角壹分');
    expect(receipt.body.fingerprint).not.toBeNull();
  });
});
