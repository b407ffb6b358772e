import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@cunzhi/core/rules/dayCount';
import { calendarDate as d, type CalendarDate } from '@cunzhi/core/calendarDate';
import { balanceOn as coreBalanceOn, type LedgerLine } from '@cunzhi/core/points/ledger';
import type { Database } from '../../platform/db/database.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import type { Fixture } from '../../testing/fixtures.ts';
import { openFixtureDatabase } from '../../testing/fixtureDatabase.ts';
import { appendEntries, balanceOn, lockAccount, type NewEntry } from './repository.ts';

/**
 * The shared ledger functions on a real database: the SQL balance equals core's rule on every
 * day around each boundary (effective date, a contest lodged and decided), lines are appended
 * whole or not at all, and a household's account lock serialises writers.
 */
describe(`points ledger (${describeDatabase()})`, () => {
  let db: Database;
  let fx: Fixture;
  let villageId: string;
  let householdId: string;
  let awardId: string;
  const lines: LedgerLine[] = [];
  const contest = { lodgedOn: d('2026-12-12'), decidedOn: d('2026-12-20') };

  beforeAll(async () => {
    ({ db, fixture: fx } = await openFixtureDatabase());
    villageId = fx.villageA.id;
    householdId = fx.villageA.householdIds[0]!;
    const by = fx.accounts.committeeChair.id;
    const checker = fx.accounts.supervisionChair.id;
    const schemeId = randomUUID();
    const itemId = randomUUID();
    awardId = randomUUID();
    await db.query(
      `INSERT INTO points_scheme (village_id, id, version, title, part_of_village_rules,
         person_rolls_into_household, publicity_days, publicity_unit, reviewer_body_kind,
         contest_body_kind, drafted_by, drafted_on)
       VALUES ($1, $2, 1, '积分制管理办法', false, true, 5, 'working',
         'villageAffairsSupervisionCommittee', 'representativesMeeting', $3, '2026-11-01')`,
      [villageId, schemeId, by],
    );
    await db.query(
      `INSERT INTO points_item (village_id, id, scheme_id, position, name, points, evidence_required, beneficiary)
       VALUES ($1, $2, $3, 1, '参加志愿服务', 10, true, 'household')`,
      [villageId, itemId, schemeId],
    );
    await db.query(
      `INSERT INTO points_award (village_id, id, scheme_id, item_id, household_id, points, occurred_on,
         facts, proposer_role, proposed_by, proposed_on, state, checked_by, checked_on)
       VALUES ($1, $2, $3, $4, $5, 10, '2026-11-30', '清扫村道', 'cadre', $6, '2026-12-01', 'checked', $7, '2026-12-02')`,
      [villageId, awardId, schemeId, itemId, householdId, by, checker],
    );
    const at = new Date('2026-12-03T02:00:00Z');
    const base = { villageId, householdId, recordedBy: by, recordedAt: at };
    const entries: NewEntry[] = [
      {
        ...base,
        points: 10,
        kind: 'award',
        effectiveOn: d('2026-12-10'),
        awardId,
        itemId,
        schemeId,
      },
      {
        ...base,
        points: -3,
        kind: 'redemption',
        effectiveOn: d('2026-12-05'),
        sourceKind: 'test',
        sourceId: '1',
      },
      {
        ...base,
        personId: fx.villageA.personIds[1]!,
        points: 7,
        kind: 'imported',
        effectiveOn: d('2026-12-06'),
        countsForHousehold: false,
      },
    ];
    await db.transaction(async (tx) => {
      await lockAccount(tx, villageId, householdId);
      await appendEntries(tx, entries);
      await tx.query(
        `INSERT INTO points_contest (village_id, id, award_id, channel, lodged_by_person_id, lodged_on,
           grounds, recorded_by, body_kind, state, decided_by, decided_on, decision_reason)
         VALUES ($1, $2, $3, 'phone', $4, $5, '时间记错了', $6, 'representativesMeeting', 'dismissed', $6, $7, '经核实属实')`,
        [
          villageId,
          randomUUID(),
          awardId,
          fx.villageA.personIds[0],
          contest.lodgedOn,
          by,
          contest.decidedOn,
        ],
      );
    });
    for (const e of entries)
      lines.push({
        points: e.points,
        kind: e.kind,
        effectiveOn: e.effectiveOn,
        awardId: e.awardId ?? null,
        personId: e.personId ?? null,
        countsForHousehold: e.countsForHousehold ?? true,
      });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('the SQL balance is core’s rule on every day from before the first line to after the decision', async () => {
    const spans = [{ awardId, ...contest }];
    for (let on: CalendarDate = d('2026-12-04'); on <= d('2026-12-22'); on = addDays(on, 1)) {
      const sql = await balanceOn(db, villageId, householdId, on);
      expect([on, sql]).toEqual([on, coreBalanceOn(lines, spans, on)]);
    }
    expect(await balanceOn(db, villageId, householdId, d('2026-12-11'))).toBe(7);
    expect(await balanceOn(db, villageId, householdId, d('2026-12-15'))).toBe(-3);
  });

  it('a household with no lines has a balance of nil', async () => {
    expect(await balanceOn(db, villageId, fx.villageA.householdIds[1]!, d('2026-12-31'))).toBe(0);
  });

  it('a batch with a bad line writes none of its lines', async () => {
    const other = fx.villageA.householdIds[2]!;
    const good = {
      villageId,
      householdId: other,
      points: 5,
      kind: 'imported' as const,
      effectiveOn: d('2026-12-01'),
      recordedBy: null,
      recordedAt: new Date(),
    };
    await expect(
      db.transaction(async (tx) => {
        await lockAccount(tx, villageId, other);
        await appendEntries(tx, [good, { ...good, points: 0 }]);
      }),
    ).rejects.toThrow();
    expect(await balanceOn(db, villageId, other, d('2026-12-31'))).toBe(0);
  });

  it('lockAccount opens the account once and serialises two writers of one household', async () => {
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const firstHasLock = new Promise<void>((r) => (locked = r));
    const first = db.transaction(async (tx) => {
      await lockAccount(tx, villageId, householdId);
      locked();
      order.push('first locked');
      await held;
      order.push('first done');
    });
    await firstHasLock;
    const second = db.transaction(async (tx) => {
      await lockAccount(tx, villageId, householdId);
      order.push('second locked');
    });
    await new Promise((r) => setTimeout(r, 50));
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first locked', 'first done', 'second locked']);
    const [row] = await db.query<{ n: number }>(
      `SELECT count(*)::int8 AS n FROM points_account WHERE village_id = $1 AND household_id = $2`,
      [villageId, householdId],
    );
    expect(row!.n).toBe(1);
  });
});
