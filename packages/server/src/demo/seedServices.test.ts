import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { CHINA_HOLIDAYS } from '@cunzhi/core/rules/holidays';
import { requestEscalation } from '@cunzhi/core/services/requests';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import type { Database } from '../platform/db/database.ts';
import { seededShowcase } from '../testing/showcase.ts';
import { findWindows } from '../features/services/repository.ts';
import { requestQueue } from '../features/services/queries.ts';
import { villageNames } from '../features/notifications/repository.ts';
import { SHOWCASE_OFFICE_PHONE, seedShowcaseOfficePhone } from './seedOfficePhone.ts';
import { seedShowcaseServices } from './seedServices.ts';

const TODAY = calendarDate('2026-11-21');

let db: Database;
let villageId: string;

beforeAll(async () => {
  const seeded = await seededShowcase(TODAY);
  ({ db, villageId } = seeded);
  // as the demo's start does: the office phone first, then the station's story
  await seedShowcaseOfficePhone(seeded.ctx, seeded.accounts, TODAY);
  await seedShowcaseServices(seeded.ctx, seeded.accounts, TODAY);
}, 180_000);

afterAll(async () => {
  await db?.close();
});

describe('the showcase community’s service station', () => {
  it('has the office phone its texts to outside applicants give, recorded by the chair on the chain', async () => {
    expect((await villageNames(db, villageId)).office_phone).toBe(SHOWCASE_OFFICE_PHONE);
    const events = await db.query<{ data: unknown }>(
      `SELECT data FROM audit_event WHERE chain_id = $1 AND action = 'village.officePhoneSet'`,
      [villageId],
    );
    expect(events.map((e) => e.data)).toEqual([{ before: null, after: SHOWCASE_OFFICE_PHONE }]);
  });

  it('has seed 002’s six windows, each with its town department', async () => {
    const windows = await findWindows(db, villageId);
    expect(windows.map((w) => [w.number, w.name])).toEqual([
      [1, '计生服务'],
      [2, '民政事务'],
      [3, '劳保就业'],
      [4, '建设管理'],
      [5, '文化卫生'],
      [6, '城管执法'],
    ]);
    expect(windows.every((w) => w.town_department_name)).toBe(true);
  });

  it('has a request in every state but processing, one with the town past its date', async () => {
    const rows = await requestQueue(db, villageId, 'all');
    expect(rows.map((r) => [r.item_name, r.state]).sort()).toEqual(
      [
        ['高龄津贴申领', 'rated'],
        ['临时救助申请', 'agency'],
        ['城乡居民基本养老保险参保登记', 'completed'],
        ['农村宅基地和建房（规划许可）申请', 'awaitingMaterials'],
        ['临时占道（红白喜事搭棚）申请', 'refused'],
        ['文化活动室借用', 'withdrawn'],
        ['家庭医生签约', 'ordered'],
      ].sort(),
    );
    const relief = rows.find((r) => r.state === 'agency')!;
    const e = requestEscalation(
      { state: relief.state, dueOn: relief.due_on },
      TODAY,
      relief.ladder!,
      CHINA_HOLIDAYS,
    );
    expect(e.overdue).toBe(true);
    expect(e.level).not.toBeNull();
    expect((await verifyChain(db, villageId)).ok).toBe(true);
  });
});
