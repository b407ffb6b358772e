import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import type { DemoAccount } from '@cunzhi/demo/types';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import type { Database } from '../platform/db/database.ts';
import { seededShowcase } from '../testing/showcase.ts';
import { stationComplaints } from '../features/complaints/queries.ts';
import { inboxReferrals } from '../features/townInbox/queries.ts';
import { seedShowcaseComplaints } from './seedComplaints.ts';

const TODAY = calendarDate('2026-11-21');

let db: Database;
let accounts: DemoAccount[];
let villageId: string;

beforeAll(async () => {
  const seeded = await seededShowcase(TODAY);
  ({ db, villageId } = seeded);
  accounts = seeded.accounts;
  await seedShowcaseComplaints(seeded.ctx, accounts, TODAY);
}, 180_000);

afterAll(async () => {
  await db?.close();
});

describe('the showcase community’s complaints station', () => {
  it('has one affairs complaint answered, one overdue, one not yet classed; the referral is not among them', async () => {
    const rows = await stationComplaints({ db }, villageId, { handlers: null });
    expect(rows.map((r) => [r.subject, r.status])).toEqual([
      ['广场舞音响太吵', 'received'],
      ['老龄支部活动室长期锁门', 'assigned'],
      ['小区三期路灯坏了一个多月', 'answered'],
    ]);
    expect(rows.find((r) => r.status === 'assigned')!.due_on! < TODAY).toBe(true);
  });

  it('puts the report about a committee member in the town discipline commission’s inbox, being handled', async () => {
    const commission = accounts.find((a) => a.phone === '13800000009')!.staffScope!;
    const inbox = await inboxReferrals(
      { db },
      TODAY,
      [
        {
          level: 'town',
          id: commission.id,
          addressees: ['disciplineCommission'],
          departmentId: null,
        },
      ],
      { status: 'open' },
    );
    expect(inbox.map((r) => [r.subject, r.status])).toEqual([['土地流转中收取好处费', 'handling']]);
    expect(Number(inbox[0]!.age_days)).toBe(8);
  });

  it('keeps the village’s and the county’s chains whole', async () => {
    expect((await verifyChain(db, villageId)).ok).toBe(true);
    const county = accounts.find((a) => a.role === 'countyOfficial')!.staffScope!.id;
    expect((await verifyChain(db, county)).ok).toBe(true);
  });
});
