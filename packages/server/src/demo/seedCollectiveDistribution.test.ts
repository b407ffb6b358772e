import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import type { Database } from '../platform/db/database.ts';
import { seededShowcase } from '../testing/showcase.ts';
import { orgsOf } from '../features/collective/repository.ts';
import { dividendsOf, plansOf } from '../features/collective/distribution/repository.ts';
import { seedShowcaseCollective } from './seedCollective.ts';
import { seedShowcaseShares } from './seedCollectiveShares.ts';
import { seedShowcaseDistribution } from './seedCollectiveDistribution.ts';

const TODAY = calendarDate('2026-11-21');

let db: Database;
let villageId: string;

beforeAll(async () => {
  const seeded = await seededShowcase(TODAY);
  ({ db, villageId } = seeded);
  await seedShowcaseCollective(seeded.ctx, seeded.accounts, TODAY);
  await seedShowcaseShares(seeded.ctx, seeded.accounts, TODAY);
  await seedShowcaseDistribution(seeded.ctx, seeded.accounts, TODAY);
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe('the showcase cooperative’s dividend for last year', () => {
  it('was adopted by the members’ assembly and paid to every household but one', async () => {
    const [org] = await orgsOf(db, villageId);
    const [plan] = await plansOf(db, villageId, org!.id);
    expect(plan).toMatchObject({ year: 2025, state: 'adopted', payeeKind: 'household' });
    // the reserve first, the charter's ¥200,000 to the committee, the rest by shares
    expect(plan!.reserveFen).toBe(16_864_204);
    expect(plan!.committeeFen).toBe(20_000_000);
    const dividends = await dividendsOf(db, villageId, plan!.id);
    expect(dividends.reduce((s, d) => s + d.amountFen, 0)).toBe(plan!.poolFen);
    expect(dividends.filter((d) => d.paidOn === null)).toHaveLength(1);
    expect(dividends.some((d) => d.method === 'cash' && d.acknowledged === 'thumbprint')).toBe(
      true,
    );
  });

  it('keeps the audit chain whole', async () => {
    expect((await verifyChain(db, villageId)).ok).toBe(true);
  });
});
