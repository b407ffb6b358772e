import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import type { DemoAccount } from '@cunzhi/demo/types';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import { testConfig } from '../platform/config.ts';
import type { Database } from '../platform/db/database.ts';
import { fixedClock } from '../platform/clock.ts';
import { duesOverview } from '../features/party/dues/reads.ts';
import { openTestDatabase } from '../testing/testDatabase.ts';
import { seedDemo } from './seedDemo.ts';
import { seedShowcaseParty } from './seedParty.ts';
import { seedShowcasePartyDues } from './seedPartyDues.ts';

const TODAY = calendarDate('2026-12-07');
const NOW = new Date('2026-12-07T01:30:00.000Z');

let db: Database;
let accounts: readonly DemoAccount[];
const ctx = () => ({ db, config: testConfig(), clock: fixedClock(NOW) });

beforeAll(async () => {
  db = await openTestDatabase();
  accounts = (await seedDemo(db, { seed: 20081028, today: TODAY, now: NOW })).accounts;
  await seedShowcaseParty(ctx(), accounts, TODAY);
  await seedShowcasePartyDues(ctx(), accounts, TODAY);
}, 300_000);

afterAll(async () => {
  await db?.close();
});

describe('the showcase community’s 党费', () => {
  it('has every member on a basis, most paid up, a few behind and one 流动党员 past six months', async () => {
    const villageId = accounts.find((a) => a.role === 'partySecretary')!.villageId!;
    const overview = await duesOverview(db, villageId, TODAY, 'zh-CN');
    expect(overview.members.length).toBeGreaterThan(10);
    expect(overview.members.every((m) => m.basis !== null && m.monthlyDuesFen !== null)).toBe(true);
    const behind = overview.members.filter((m) => m.arrearsMonths > 0);
    expect(behind.map((m) => m.arrearsMonths).sort()).toEqual([1, 2, 7]);
    expect(overview.findings).toHaveLength(1);
    expect(overview.findings[0]!.message).toMatch(/连续7个月未交纳党费/);
    const kinds = new Set(overview.members.map((m) => m.basis!.kind));
    expect([...kinds].sort()).toEqual(['farmer', 'reduced', 'retired', 'salaried']);
    const [notice] = await db.query<{ title: string }>(
      `SELECT title FROM notice WHERE village_id = $1 AND kind = 'partyAffairs' AND title LIKE '%党费%'`,
      [villageId],
    );
    expect(notice?.title).toBe('2026年度党费收缴情况公开');
    expect(await verifyChain(db, villageId)).toMatchObject({ ok: true });
  });
});
