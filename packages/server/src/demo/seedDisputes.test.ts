import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import type { DemoAccount } from '@cunzhi/demo/types';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import type { Database } from '../platform/db/database.ts';
import { seededShowcase } from '../testing/showcase.ts';
import { disputeDetail, disputeList } from '../features/disputes/queries.ts';
import { seedShowcaseDisputes } from './seedDisputes.ts';

const TODAY = calendarDate('2026-11-21');

let db: Database;
let accounts: DemoAccount[];
let villageId: string;

beforeAll(async () => {
  const seeded = await seededShowcase(TODAY);
  ({ db, villageId } = seeded);
  accounts = seeded.accounts;
  await seedShowcaseDisputes(seeded.ctx, accounts, TODAY);
}, 180_000);

afterAll(async () => {
  await db?.close();
});

describe('the showcase community’s people’s mediation', () => {
  it('has a dispute in each state the demo tells, registered through the commands', async () => {
    const rows = await disputeList({ db }, villageId);
    expect(rows.map((r) => [r.subject, r.status, r.stage])).toEqual([
      ['邻居家犬只夜间吠叫扰民', 'received', 'people'],
      ['房屋租金拖欠', 'notMediated', 'people'],
      ['柴草堆放占用公共通道', 'closed', 'people'],
      ['养殖场污水流入鱼塘致鱼死亡', 'atTown', 'administrative'],
      ['兄弟赡养老母亲费用分担', 'performing', 'judicial'],
      ['承包地界桩移位引发纠纷', 'performing', 'people'],
      ['翻建房屋滴水占用邻居宅基地', 'closed', 'people'],
    ]);
  });

  it('leaves the boundary agreement in effect 10 days ago with 20 days to apply for confirmation', async () => {
    const rows = await disputeList({ db }, villageId);
    const boundary = rows.find((r) => r.subject === '承包地界桩移位引发纠纷')!;
    expect(boundary.confirm_last_day).toBe('2026-12-11');
    const d = (await disputeDetail({ db }, villageId, boundary.id))!;
    expect(d.agreement).toMatchObject({ form: 'written', effective_on: '2026-11-11' });
  });

  it('keeps the village’s audit chain intact', async () => {
    expect((await verifyChain(db, villageId)).ok).toBe(true);
  });
});
