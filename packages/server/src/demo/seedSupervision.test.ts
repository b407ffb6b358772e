import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import type { DemoAccount } from '@cunzhi/demo/types';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import type { Database } from '../platform/db/database.ts';
import { seededShowcase } from '../testing/showcase.ts';
import {
  evidenceOfInspections,
  inspectionPlan,
  supervisionInbox,
  supervisionOverview,
} from '../features/supervision/queries.ts';
import { seedShowcaseSupervision } from './seedSupervision.ts';

const TODAY = calendarDate('2026-11-21');

let db: Database;
let accounts: DemoAccount[];
let villageId: string;

beforeAll(async () => {
  const seeded = await seededShowcase(TODAY);
  ({ db, villageId } = seeded);
  accounts = seeded.accounts;
  await seedShowcaseSupervision(seeded.ctx, accounts, TODAY);
}, 180_000);

afterAll(async () => {
  await db?.close();
});

describe('the showcase community’s supervision committee', () => {
  it('has its plan adopted, last month inspected and corrected, the finance report published', async () => {
    const o = await supervisionOverview(db, villageId, TODAY);
    expect(o.plans.map((p) => [p.year, p.status])).toEqual([[2026, 'adopted']]);
    expect(o.inspections.map((i) => [i.title, i.status, i.outcome])).toEqual([
      ['2026年10月财务收支检查', 'concluded', 'correction'],
    ]);
    expect(o.corrections.map((c) => [c.done_on, c.verified_on])).toEqual([
      ['2026-11-11', '2026-11-13'],
    ]);
    expect(o.reports.map((r) => [r.title, r.status])).toEqual([
      ['2026年第4季度监督报告', 'voting'],
      ['2026年10月财务监督报告', 'published'],
    ]);
  });

  it('leaves the quarter’s report on the phones, awaiting the chair (the demo account)', async () => {
    const chair = accounts.find((a) => a.phone === '13800000005')!;
    const inbox = await supervisionInbox(db, villageId, chair.personId!, TODAY);
    expect(inbox.motions).toHaveLength(1);
    expect(inbox.motions[0]!.votes).toHaveLength(2);
    expect(inbox.motions[0]!.votes.map((v) => v.person_id)).not.toContain(chair.personId);
  });

  it('gives the inspection’s finding a photo, its SHA-256 in the finding’s event, and its plan item', async () => {
    const [inspection] = (await supervisionOverview(db, villageId, TODAY)).inspections;
    const files = await evidenceOfInspections(db, villageId, [inspection!.id]);
    expect(files.map((f) => [f.file_name, f.media_type])).toEqual([
      ['凭证照片-缺支出审批单.png', 'image/png'],
    ]);
    const [event] = await db.query<{ data: { files: Array<{ sha256: string }> } }>(
      `SELECT data FROM audit_event WHERE chain_id = $1 AND action = 'supervision.findingRecorded'`,
      [villageId],
    );
    expect(event!.data.files.map((f) => f.sha256)).toEqual([files[0]!.sha256]);
    const plan = await inspectionPlan(db, villageId, inspection!.id);
    expect(plan?.items[plan.plan_item ?? -1]?.title).toBe('每月财务收支检查');
  });

  it('keeps the village’s chain whole', async () => {
    expect((await verifyChain(db, villageId)).ok).toBe(true);
  });
});
