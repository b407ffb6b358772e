import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import type { Database } from '../platform/db/database.ts';
import { seededShowcase } from '../testing/showcase.ts';
import { findQuarter, listNeeds, listProjects } from '../features/serviceLists/repository.ts';
import { seedShowcaseServices } from './seedServices.ts';
import { seedShowcaseServiceLists } from './seedServiceLists.ts';

const TODAY = calendarDate('2026-11-21');

let db: Database;
let villageId: string;

beforeAll(async () => {
  const seeded = await seededShowcase(TODAY);
  ({ db, villageId } = seeded);
  // the station's requests are what this quarter's needs are drawn from
  await seedShowcaseServices(seeded.ctx, seeded.accounts, TODAY);
  await seedShowcaseServiceLists(seeded.ctx, seeded.accounts, TODAY);
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe('the showcase community’s three lists', () => {
  it('published last quarter’s on time, with a project done and one returned by the town', async () => {
    const q3 = (await findQuarter(db, villageId, { year: 2026, quarter: 3 }))!;
    expect(q3.published_on).toBe('2026-07-06');
    const projects = await listProjects(db, villageId, q3.id);
    expect(projects.map((p) => [p.title, p.state])).toEqual([
      ['老年助餐服务', 'completed'],
      ['留守儿童周末课堂', 'returned'],
    ]);
    expect(projects[0]!.resolution_id).not.toBeNull();
    expect(projects[1]!.return_reason).toContain('安全责任人');
  });

  it('lists this quarter’s needs from the station’s requests, not yet published', async () => {
    const q4 = (await findQuarter(db, villageId, { year: 2026, quarter: 4 }))!;
    expect(q4.published_on).toBeNull();
    const needs = await listNeeds(db, villageId, q4.id);
    expect(needs.some((n) => n.source === 'serviceRequests' && n.record_count > 0)).toBe(true);
    expect(needs.at(-1)!.source).toBe('villagersSay');
    expect((await verifyChain(db, villageId)).ok).toBe(true);
  });
});
