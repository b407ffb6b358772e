import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { petitionOverdue } from '@cunzhi/core/petitions/petitions';
import type { DemoAccount } from '@cunzhi/demo/types';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import type { Database } from '../platform/db/database.ts';
import { seededShowcase } from '../testing/showcase.ts';
import { villagePetitions } from '../features/petitions/queries.ts';
import { seedShowcasePetitions } from './seedPetitions.ts';

const TODAY = calendarDate('2026-11-21');

let db: Database;
let accounts: DemoAccount[];
let villageId: string;

beforeAll(async () => {
  const seeded = await seededShowcase(TODAY);
  ({ db, villageId } = seeded);
  accounts = seeded.accounts;
  await seedShowcasePetitions(seeded.ctx, accounts, TODAY);
}, 180_000);

afterAll(async () => {
  await db?.close();
});

describe('the showcase community’s petitions', () => {
  it('has one closed, one overdue at the town, one extended, a group visit, one not accepted', async () => {
    const rows = await villagePetitions(db, villageId, 'all');
    const by = new Map(rows.map((r) => [r.subject, r]));
    expect(by.get('宅基地建房审批久拖未办')?.status).toBe('closed');
    const subsidy = by.get('耕地地力保护补贴少发')!;
    expect(subsidy.status).toBe('forwarded');
    expect(petitionOverdue({ status: subsidy.status, dueOn: subsidy.due_on }, TODAY)).toBe(true);
    expect(by.get('排水沟改造后雨天积水')).toMatchObject({ status: 'handling', extended_days: 30 });
    expect(by.get('花乡民居三期物业费上涨')).toMatchObject({
      status: 'forwarded',
      participants: 30,
    });
    expect(by.get('邻居房屋租赁合同纠纷')?.status).toBe('notAccepted');
  });

  it('keeps the village’s chain whole, with no petitioner in it', async () => {
    expect((await verifyChain(db, villageId)).ok).toBe(true);
    const events = await db.query<{ data: unknown }>(
      `SELECT data FROM audit_event WHERE target_type = 'petition'`,
    );
    expect(events.length).toBeGreaterThan(10);
    expect(JSON.stringify(events)).not.toContain('王建国');
  });
});
