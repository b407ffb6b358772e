import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import type { Database } from '../platform/db/database.ts';
import { seededShowcase } from '../testing/showcase.ts';
import { membersOn } from '../features/collective/repository.ts';
import { certificates, holdingsOn, shareFiles } from '../features/collective/shares/repository.ts';
import { seedShowcaseCollective } from './seedCollective.ts';
import { seedShowcaseShares } from './seedCollectiveShares.ts';

const TODAY = calendarDate('2026-11-21');

let db: Database;
let villageId: string;
let orgId: string;

beforeAll(async () => {
  const seeded = await seededShowcase(TODAY);
  ({ db, villageId } = seeded);
  ({ orgId } = await seedShowcaseCollective(seeded.ctx, seeded.accounts, TODAY));
  await seedShowcaseShares(seeded.ctx, seeded.accounts, TODAY);
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe('the showcase cooperative’s quantified shares (seed 002)', () => {
  it('holds the reform’s 股东名册 from the reform day, a member each line', async () => {
    const [file] = await shareFiles(db, villageId, orgId);
    expect(file).toMatchObject({ effectiveOn: '2008-09-30', reformReference: expect.any(String) });
    const members = await membersOn(db, villageId, orgId, TODAY);
    const held = await holdingsOn(db, villageId, orgId, TODAY);
    expect(held.length).toBe(file!.members);
    expect(held.length).toBeGreaterThan(members.length / 2);
    expect(held.reduce((sum, h) => sum + h.shares, 0)).toBe(file!.units);
    expect(await holdingsOn(db, villageId, orgId, calendarDate('2008-09-29'))).toEqual([]);
  });

  it('has the first households’ 股权证, one reissued after it was lost', async () => {
    const all = await certificates(db, villageId, orgId);
    const voided = all.filter((c) => c.voidedOn);
    expect(voided).toHaveLength(1);
    expect(all.find((c) => c.replacesId === voided[0]!.id)?.number).toBe(all.length);
  });

  it('keeps the audit chain whole', async () => {
    expect((await verifyChain(db, villageId)).ok).toBe(true);
  });
});
