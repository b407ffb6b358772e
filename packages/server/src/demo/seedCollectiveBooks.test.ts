import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import type { Database } from '../platform/db/database.ts';
import { seededShowcase } from '../testing/showcase.ts';
import { bankAccounts } from '../features/collective/books/repository.ts';
import { derivativeRequests, orgVouchers } from '../features/collective/books/queries.ts';
import { seedShowcaseCollective } from './seedCollective.ts';
import { seedShowcaseCollectiveBooks } from './seedCollectiveBooks.ts';

const TODAY = calendarDate('2026-11-21');

let db: Database;
let villageId: string;
let orgId: string;

beforeAll(async () => {
  const seeded = await seededShowcase(TODAY);
  ({ db, villageId } = seeded);
  ({ orgId } = await seedShowcaseCollective(seeded.ctx, seeded.accounts, TODAY));
  await seedShowcaseCollectiveBooks(seeded.ctx, seeded.accounts, TODAY);
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe('the showcase cooperative’s money (seed 002)', () => {
  it('keeps its basic deposit account in its own name', async () => {
    const [account] = await bankAccounts(db, villageId, orgId);
    expect(account).toMatchObject({ purpose: '基本存款账户', closed_on: null });
  });

  it('has this month’s entries on its own book, numbered 合2026-11-NNN', async () => {
    const vouchers = await orgVouchers(db, villageId, orgId, 50);
    expect(vouchers.map((v) => v.number).sort()).toEqual(
      ['001', '002', '003', '004', '005'].map((n) => `合2026-11-${n}`),
    );
  });

  it('has eleven members’ request to sue, received six days ago', async () => {
    const [request] = await derivativeRequests(db, villageId, orgId);
    expect(request).toMatchObject({ received_on: '2026-11-15', answer: null });
    expect(request!.requesters).toHaveLength(11);
  });

  it('keeps the audit chain whole', async () => {
    expect((await verifyChain(db, villageId)).ok).toBe(true);
  });
});
