import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { addDays } from '@cunzhi/core/rules/dayCount';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import { testConfig } from '../platform/config.ts';
import type { Database } from '../platform/db/database.ts';
import { fixedClock } from '../platform/clock.ts';
import { buildApp } from '../platform/http/app.ts';
import { statementOf, trialBalanceOf } from '../features/finance/views.ts';
import { openTestDatabase } from '../testing/testDatabase.ts';
import { seedShowcaseDecisions } from './seedDecisions.ts';
import { seedShowcaseDisclosure } from './seedDisclosure.ts';
import { seedShowcaseFinance, type SeedFinanceResult } from './seedFinance.ts';
import { seedDemo } from './seedDemo.ts';

const TODAY = calendarDate('2026-11-21');
const NOW = new Date('2026-11-21T01:30:00.000Z');

let db: Database;
let villageId: string;
let seeded: SeedFinanceResult;

beforeAll(async () => {
  db = await openTestDatabase();
  const demo = await seedDemo(db, { seed: 20081028, today: TODAY, now: NOW });
  villageId = demo.accounts.find((a) => a.role === 'committeeChair')!.villageId!;
  const ctx = { db, config: testConfig(), clock: fixedClock(NOW) };
  await seedShowcaseDecisions(ctx, demo.accounts, TODAY);
  await seedShowcaseDisclosure(ctx, demo.accounts, TODAY);
  seeded = await seedShowcaseFinance(ctx, demo.accounts, TODAY, 20081028);
}, 300_000);

afterAll(async () => {
  await db?.close();
});

/** The request for seed 002's property fee, with its hold and its payment. */
async function propertyFee() {
  const [request] = await db.query<{
    id: string;
    status: string;
    amount: string;
    scheduled_on: string;
  }>(
    `SELECT id, status, amount::text, scheduled_on::text FROM spending_request
     WHERE village_id = $1 AND payee = '花乡民居物业管理公司'`,
    [villageId],
  );
  const holds = await db.query<{
    id: string;
    status: string;
    proposed_on: string;
    decided_on: string;
    inspected_on: string;
    released_on: string;
    referred_matter_id: string | null;
    /** The committee's motion that adopted it, and its count. */
    motion: string;
    decision: { members: number; present: number; yes: number };
  }>(
    `SELECT h.id, h.status, h.proposed_on::text, h.decided_on::text, h.inspected_on::text,
       h.released_on::text, h.referred_matter_id, m.status AS motion, m.decision
     FROM spending_hold h
     JOIN supervision_motion m ON m.village_id = h.village_id AND m.subject_id = h.id AND m.kind = 'hold'
     WHERE h.village_id = $1 AND h.request_id = $2`,
    [villageId, request!.id],
  );
  const payments = await db.query<{ id: string; paid_on: string; voucher_id: string }>(
    `SELECT id, paid_on::text, voucher_id FROM spending_payment WHERE village_id = $1 AND request_id = $2`,
    [villageId, request!.id],
  );
  return { request: request!, holds, payments };
}

describe('the showcase community’s books', () => {
  it('books about 130 vouchers a month, every month balanced', async () => {
    const [row] = await db.query<{ n: number; payments: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE source_kind = 'payment')::int AS payments
       FROM finance_voucher WHERE village_id = $1`,
      [villageId],
    );
    expect(row!.n).toBe(seeded.vouchers);
    // ten closed months and three weeks of November
    expect(row!.n).toBeGreaterThan(1_250);
    expect(row!.n).toBeLessThan(1_650);
    expect(row!.payments).toBe(1);
    // `npm start` waits for it: a few seconds on PGlite (about 8 s with a data directory)
    expect(seeded.ms).toBeLessThan(60_000);
    for (let month = 1; month <= 11; month++) {
      const tb = await trialBalanceOf(db, villageId, { year: 2026, month });
      expect(tb.balanced, `2026-${month}`).toBe(true);
    }
    const november = await statementOf(db, villageId, { year: 2026, month: 11 });
    expect(november.cash.closingFen).toBeGreaterThan(0);
    expect(november.bank.closingFen).toBeGreaterThan(0);
    expect(november.publicServiceFunds.closingFen).toBeGreaterThanOrEqual(0);
    const budgets = await db.query<{ account_code: string }>(
      'SELECT account_code FROM finance_budget WHERE village_id = $1 AND year = 2026',
      [villageId],
    );
    expect(budgets.map((b) => b.account_code)).toEqual(
      expect.arrayContaining(['5001', '5102', '5103', '5201', '5301']),
    );
  });

  it('closes every month before this one, each reviewed by the supervision committee and published', async () => {
    const periods = await db.query<{ month: number; closed: boolean }>(
      `SELECT month, closed FROM finance_period WHERE village_id = $1 AND year = 2026 ORDER BY month`,
      [villageId],
    );
    expect(periods.filter((p) => p.closed).map((p) => p.month)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    const statements = await db.query<{ month: number; review_passed: boolean; kind: string }>(
      `SELECT s.month, s.review_passed, n.kind FROM finance_statement s
       JOIN notice n ON n.village_id = s.village_id AND n.id = s.notice_id
       WHERE s.village_id = $1 AND s.year = 2026 ORDER BY s.month`,
      [villageId],
    );
    expect(statements.map((s) => s.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(statements.every((s) => s.review_passed && s.kind === 'financeStatement')).toBe(true);
  });
});

describe('seed 002’s ¥450,000', () => {
  it('is held five days before it is due, released after the inspection and paid once, the next day', async () => {
    const { request, holds, payments } = await propertyFee();
    expect(request).toMatchObject({ status: 'paid', amount: '450000.00' });
    expect(holds).toHaveLength(1);
    const [hold] = holds;
    expect(hold).toMatchObject({
      status: 'released',
      proposed_on: addDays(calendarDate(request.scheduled_on), -5),
      // four members propose it; six of seven sit that evening, five vote for it
      motion: 'carried',
      decision: { members: 7, present: 6, yes: 5 },
    });
    expect(hold!.referred_matter_id).not.toBeNull();
    expect(payments).toHaveLength(1);
    const [payment] = payments;
    expect(payment!.paid_on).toBe(addDays(calendarDate(hold!.inspected_on), 1));
    expect(hold!.released_on).toBe(payment!.paid_on);
    // paid on the last day of last month, all of it in the past
    expect(payment!.paid_on).toBe('2026-10-31');
    const actions = await db.query<{ action: string }>(
      `SELECT action FROM audit_event WHERE chain_id = $1 AND target_id = ANY($2::text[]) AND action LIKE 'spending.%' ORDER BY seq`,
      [villageId, [request.id, hold!.id]],
    );
    expect(actions.map((a) => a.action).filter((a) => !a.endsWith('Voted'))).toEqual([
      'spending.requested',
      'spending.stepApproved',
      'spending.stepApproved',
      'spending.stepApproved',
      'spending.stepApproved',
      'spending.holdProposed',
      'spending.holdAdopted',
      'spending.holdReferred',
      'spending.holdInspected',
      'spending.holdReleased',
      'spending.paid',
    ]);
    const vouchers = await db.query<{ id: string; number: string }>(
      `SELECT id, number FROM finance_voucher WHERE village_id = $1 AND source_kind = 'payment' AND source_id = $2`,
      [villageId, payment!.id],
    );
    expect(vouchers).toEqual([
      { id: payment!.voucher_id, number: expect.stringMatching(/^2026-10-\d{3}$/) },
    ]);
  });

  it('shows on October’s published statement on the portal, without anyone’s personal data', async () => {
    const [village] = await db.query<{ code: string; notice_id: string }>(
      `SELECT v.code, s.notice_id FROM village v
       JOIN finance_statement s ON s.village_id = v.id AND s.year = 2026 AND s.month = 10
       WHERE v.id = $1`,
      [villageId],
    );
    const app = await buildApp({
      db,
      config: testConfig({ WEB_DIST: '/nonexistent' }),
      clock: fixedClock(NOW),
    });
    try {
      const res = await app.inject({
        method: 'GET',
        url: `/p/${village!.code}/n/${village!.notice_id}`,
      });
      expect(res.statusCode).toBe(200);
      const page = res.body;
      expect(page).toContain('花乡民居物业管理公司');
      expect(page).toContain('450,000.00');
      expect(page).toContain('监督委员会和居民代表检查验收后支付');
      // no resident ID numbers, no mobile numbers, no names of residents who hold no office
      expect(page).not.toMatch(/\d{17}[\dXx]/);
      expect(page).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
      const residents = await db.query<{ name: string }>(
        `SELECT p.name FROM person p WHERE p.village_id = $1 AND char_length(p.name) = 3
           AND NOT EXISTS (SELECT 1 FROM body_membership m WHERE m.village_id = p.village_id AND m.person_id = p.id)`,
        [villageId],
      );
      expect(residents.length).toBeGreaterThan(100);
      expect(residents.filter((r) => page.includes(r.name))).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('leaves today’s live items: a held request, one awaiting the committee’s review, a ¥12,000 matter awaiting the representatives', async () => {
    const requests = await db.query<{
      amount: string;
      status: string;
      holds: string[];
      steps: string[];
    }>(
      `SELECT r.amount::text, r.status,
         array(SELECT h.status FROM spending_hold h WHERE h.village_id = r.village_id AND h.request_id = r.id) AS holds,
         array(SELECT s.step FROM spending_step s WHERE s.village_id = r.village_id AND s.request_id = r.id ORDER BY s.on_date, s.step) AS steps
       FROM spending_request r WHERE r.village_id = $1 AND r.payee <> '花乡民居物业管理公司' ORDER BY r.number`,
      [villageId],
    );
    expect(requests).toEqual([
      expect.objectContaining({ amount: '9800.00', status: 'pending', holds: ['adopted'] }),
      expect.objectContaining({ amount: '12800.00', status: 'pending', holds: [] }),
    ]);
    expect(requests[1]!.steps).toHaveLength(3);
    const [matter] = await db.query<{ budget: string; steps: string[] }>(
      `SELECT m.budget::text, array(SELECT s.kind FROM matter_step s WHERE s.village_id = m.village_id AND s.matter_id = m.id) AS steps
       FROM matter m WHERE m.village_id = $1 AND m.title LIKE '%监控摄像头%'`,
      [villageId],
    );
    expect(matter).toEqual({ budget: '12000.00', steps: ['topicPublished'] });
  });

  it('keeps the chain whole', async () => {
    expect((await verifyChain(db, villageId)).ok).toBe(true);
  });
});
