import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import { testConfig } from '../platform/config.ts';
import type { Database } from '../platform/db/database.ts';
import { fixedClock } from '../platform/clock.ts';
import { partyBoard } from '../features/party/queries.ts';
import { dashboard } from '../features/oversight/queries/dashboard.ts';
import { oversightVillages } from '../features/oversight/queries.ts';
import { loadActor } from '../platform/auth/loadActor.ts';
import { findAccountByPhone } from '../platform/auth/repository/accounts.ts';
import { openTestDatabase } from '../testing/testDatabase.ts';
import { seedDemo } from './seedDemo.ts';
import { seedShowcaseParty } from './seedParty.ts';
import { neighbourVillage } from './repository.ts';
import type { DemoAccount } from '@cunzhi/demo/types';

const TODAY = calendarDate('2026-12-07');
const NOW = new Date('2026-12-07T01:30:00.000Z');

let db: Database;
let accounts: readonly DemoAccount[];
const ctx = () => ({ db, config: testConfig(), clock: fixedClock(NOW) });

beforeAll(async () => {
  db = await openTestDatabase();
  accounts = (await seedDemo(db, { seed: 20081028, today: TODAY, now: NOW })).accounts;
  await seedShowcaseParty(ctx(), accounts, TODAY);
}, 240_000);

afterAll(async () => {
  await db?.close();
});

describe('the showcase community’s 党总支 (seed 002) and a seed 004 village', () => {
  it('sets up the general branch and its four sub-branches, each holding 三会一课', async () => {
    const villageId = accounts.find((a) => a.role === 'partySecretary')!.villageId!;
    const board = await partyBoard(ctx(), villageId, 'zh-CN');
    expect(board.units.map((u) => u.name)).toEqual([
      '社区党总支',
      '创业支部',
      '就业支部',
      '老龄支部',
      '金川公司支部',
    ]);
    const overdue = board.units.flatMap((u) =>
      u.cadence.filter((r) => r.state === 'overdue').map((r) => `${u.name} ${r.kind} ${r.period}`),
    );
    expect(overdue).toEqual(['老龄支部 committeeMeeting 2026年11月']);
    expect(board.members.some((m) => m.category === 'migrant' && m.whereabouts)).toBe(true);
    expect(await verifyChain(db, villageId)).toMatchObject({ ok: true });
  });

  it('gives the seed 004 village a Party group per villager group, meeting at its 微阵地', async () => {
    const villageId = accounts.find((a) => a.role === 'partySecretary')!.villageId!;
    const neighbour = (await neighbourVillage(db, villageId))!;
    const board = await partyBoard(ctx(), neighbour.id, 'zh-CN');
    expect(board.units.filter((u) => u.kind === 'group').length).toBeGreaterThan(0);
    expect(
      board.meetings.some((m) => m.kind === 'groupMeeting' && m.venue.endsWith('微阵地')),
    ).toBe(true);
  });

  it('gives the county dashboard, for every village, the 三会一课 shortfall its Party page shows and the invalid compositions its list of findings shows', async () => {
    const official = accounts.find((a) => a.role === 'countyOfficial')!;
    const account = await findAccountByPhone(db, official.phone);
    const { actor } = await loadActor(db, account!, TODAY);
    const county = { level: 'county' as const, id: official.staffScope!.id };
    const { villages } = await dashboard(ctx(), actor, county);
    const list = await oversightVillages(ctx(), actor, 'zh-CN');
    expect(villages.map((v) => v.village.id).sort()).toEqual(
      list.items.map((i) => i.village.id).sort(),
    );
    const yearStart = `${TODAY.slice(0, 4)}-01-01`;
    let short = 0;
    for (const { village, figures, partyShort } of villages) {
      // the village's Party page: the periods of this year that ended short, summed over its units
      const board = await partyBoard(ctx(), village.id, 'zh-CN');
      const owed = board.units.flatMap((u) =>
        u.cadence.filter((r) => r.state === 'overdue' && r.startsOn >= yearStart),
      );
      const missing = owed.reduce((n, r) => n + r.required - r.held, 0);
      expect(figures.partyMeetingsShort, village.name).toBe(missing);
      expect(partyShort.map((k) => k.kind).sort(), village.name).toEqual(
        [...new Set(owed.map((r) => r.kind))].sort(),
      );
      short += missing;
      // the village list's composition findings: the bodies with a violation
      const findings = list.items.find((i) => i.village.id === village.id)!.findings;
      const invalid = new Set(
        findings
          .filter((f) => f.area === 'composition' && f.severity === 'violation')
          .map((f) => f.bodyName),
      );
      expect(figures.invalidCompositions, village.name).toBe(invalid.size);
    }
    // the showcase's 老龄支部 missed November's 支部委员会会议: not every figure is zero
    expect(short).toBeGreaterThan(0);
  });
});
