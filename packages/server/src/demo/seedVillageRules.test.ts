import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import type { Database } from '../platform/db/database.ts';
import { seededShowcase } from '../testing/showcase.ts';
import { clausesOf, flagsOf, listVersions } from '../features/villageRules/repository.ts';
import { seedShowcaseVillageRules } from './seedVillageRules.ts';

const TODAY = calendarDate('2026-11-21');

let db: Database;
let villageId: string;

beforeAll(async () => {
  const seeded = await seededShowcase(TODAY);
  ({ db, villageId } = seeded);
  await seedShowcaseVillageRules(seeded.ctx, seeded.accounts, TODAY);
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe('the showcase community’s rules', () => {
  it('has its rules in force, adopted by the assembly with women present, and an amendment in review', async () => {
    const [second, first] = await listVersions(db, villageId);
    expect(first).toMatchObject({
      number: 1,
      title: '居民公约',
      state: 'published',
      filing_late: false,
    });
    expect(first!.women_present).toBeGreaterThan(0);
    expect(second).toMatchObject({ number: 2, state: 'inReview', based_on_id: first!.id });
    expect(await clausesOf(db, villageId, first!.id)).toHaveLength(7);
    const flags = await flagsOf(db, villageId, first!.id);
    expect(flags.map((f) => [f.topic, f.closing])).toEqual([['women_married_out', 'amended']]);
    const open = (await flagsOf(db, villageId, second!.id)).filter((f) => !f.closed_on);
    expect(open.map((f) => [f.origin, f.clause_number])).toEqual([['township', 3]]);
  });

  it('keeps the audit chain whole', async () => {
    expect((await verifyChain(db, villageId)).ok).toBe(true);
  });
});
