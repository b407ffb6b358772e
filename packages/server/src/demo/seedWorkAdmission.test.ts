import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import type { Database } from '../platform/db/database.ts';
import { seededShowcase } from '../testing/showcase.ts';
import { villageTasks } from '../features/workAdmission/queries.ts';
import { seedShowcaseWorkAdmission } from './seedWorkAdmission.ts';

const TODAY = calendarDate('2026-11-21');

let db: Database;
let villageId: string;

beforeAll(async () => {
  const seeded = await seededShowcase(TODAY);
  ({ db, villageId } = seeded);
  await seedShowcaseWorkAdmission(seeded.ctx, seeded.accounts, TODAY);
}, 180_000);

afterAll(async () => {
  await db?.close();
});

describe('the showcase county’s work-item admission', () => {
  it('has the community’s tasks in every outcome, each decision allowed by its verdict', async () => {
    const tasks = await villageTasks(db, villageId);
    expect(tasks.map((t) => [t.verdict, t.decision])).toEqual([
      ['admissible', null],
      ['refused', 'refused'],
      ['refused', 'refused'],
      ['returned', 'returned'],
      ['refused', 'refused'],
      ['admissible', 'accepted'],
    ]);
    expect((await verifyChain(db, villageId)).ok).toBe(true);
  });

  it('has refusals in more than one town, for the county’s chart', async () => {
    const rows = await db.query<{ town_id: string }>(
      `SELECT DISTINCT town_id FROM work_task WHERE decision = 'refused'`,
    );
    expect(rows.length).toBeGreaterThan(1);
  });
});
