import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import type { Database } from '../platform/db/database.ts';
import { seededShowcase } from '../testing/showcase.ts';
import { charterOn, membersOn, orgOf } from '../features/collective/repository.ts';
import { seedShowcaseCollective } from './seedCollective.ts';

const TODAY = calendarDate('2026-11-21');

let db: Database;
let villageId: string;
let orgId: string;

beforeAll(async () => {
  const seeded = await seededShowcase(TODAY);
  ({ db, villageId } = seeded);
  ({ orgId } = await seedShowcaseCollective(seeded.ctx, seeded.accounts, TODAY));
}, 180_000);

afterAll(async () => {
  await db?.close();
});

describe('the showcase community’s 集体经济股份合作社 (seed 002)', () => {
  it('has its paper charter of 2008 and the reform’s members confirmed on the reform day', async () => {
    const org = await orgOf(db, villageId, orgId);
    expect(org?.name).toMatch(/集体经济股份合作社$/);
    const charter = await charterOn(db, villageId, orgId, TODAY);
    expect(charter).toMatchObject({ version: 1, paperResolution: expect.stringContaining('2008') });
    expect(charter?.terms).toMatchObject({ reserveRateBp: 1000, shareMode: 'static' });
    const before = await membersOn(db, villageId, orgId, calendarDate('2008-09-29'));
    const members = await membersOn(db, villageId, orgId, TODAY);
    expect(before).toEqual([]);
    expect(members.length).toBeGreaterThan(100);
    expect(members.map((m) => m.registerNo)).toEqual(members.map((_, i) => i + 1));
    // everyone confirmed in 2008 is an adult today
    expect(members.every((m) => m.fullCapacity)).toBe(true);
  });

  it('keeps the audit chain whole', async () => {
    expect((await verifyChain(db, villageId)).ok).toBe(true);
  });
});
