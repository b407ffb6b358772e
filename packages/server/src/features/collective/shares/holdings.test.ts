import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate as d, type CalendarDate } from '@cunzhi/core/calendarDate';
import type { Database } from '../../../platform/db/database.ts';
import type { Fixture } from '../../../testing/fixtures.ts';
import { openFixtureDatabase } from '../../../testing/fixtureDatabase.ts';
import { describeDatabase } from '../../../testing/testDatabase.ts';
import { insertMember, insertOrg } from '../repository.ts';
import { appendShareEntries, holdingsOn, type NewShareEntry } from './repository.ts';

/** holdingsOn: what the distribution divides by — the sum of the entries effective by the day. */
describe(`share holdings on a day (${describeDatabase()})`, () => {
  let db: Database;
  let fx: Fixture;
  let A: string;
  const orgId = randomUUID();

  const entry = (
    personId: string,
    units: number,
    on: CalendarDate,
    more: Partial<NewShareEntry> = {},
  ): NewShareEntry => ({
    id: randomUUID(),
    orgId,
    personId,
    shareClass: 'population',
    kind: 'newborn',
    units,
    effectiveOn: on,
    resolutionId: null,
    fileId: null,
    counterpartPersonId: null,
    note: '',
    ...more,
  });

  beforeAll(async () => {
    ({ db, fixture: fx } = await openFixtureDatabase());
    A = fx.villageA.id;
    const [p0, p1, p2] = fx.villageA.personIds as [string, string, string];
    const by = fx.accounts.committeeChair.id;
    await db.transaction(async (tx) => {
      await insertOrg(
        tx,
        A,
        {
          id: orgId,
          level: 'village',
          villagerGroupId: null,
          name: '某某村股份经济合作社',
          registeredCode: null,
          foundedOn: d('2008-12-01'),
          reformedOn: null,
        },
        by,
        new Date(),
      );
      for (const personId of [p0, p1, p2])
        await insertMember(tx, A, { id: randomUUID(), orgId, personId, since: d('2008-12-01') });
      await appendShareEntries(
        tx,
        A,
        [
          entry(p0, 10, d('2026-01-01')),
          entry(p0, 23, d('2026-01-01'), { shareClass: 'farmingYears' }),
          entry(p1, 10, d('2026-01-01')),
          entry(p2, 10, d('2026-03-01')),
          // p0 passes 5 farming-years units to p1 on 2026-06-01
          entry(p0, -5, d('2026-06-01'), {
            shareClass: 'farmingYears',
            kind: 'transferOut',
            counterpartPersonId: p1,
          }),
          entry(p1, 5, d('2026-06-01'), {
            shareClass: 'farmingYears',
            kind: 'transferIn',
            counterpartPersonId: p0,
          }),
        ],
        by,
        new Date(),
      );
    });
  });
  afterAll(async () => {
    await db.close();
  });

  const sharesOn = async (on: string) =>
    (await holdingsOn(db, A, orgId, d(on))).map((h) => [h.registerNo, h.shares]);

  it.each([
    ['2025-12-31', []],
    [
      '2026-01-01',
      [
        [1, 33],
        [2, 10],
      ],
    ],
    [
      '2026-03-01',
      [
        [1, 33],
        [2, 10],
        [3, 10],
      ],
    ],
    [
      '2026-05-31',
      [
        [1, 33],
        [2, 10],
        [3, 10],
      ],
    ],
    [
      '2026-06-01',
      [
        [1, 28],
        [2, 15],
        [3, 10],
      ],
    ],
  ])('on %s by register number → %j', async (on, expected) => {
    expect(await sharesOn(on)).toEqual(expected);
  });

  it('names each holder’s household, and only in its own village', async () => {
    const [first] = await holdingsOn(db, A, orgId, d('2026-06-01'));
    expect(first).toEqual({
      personId: fx.villageA.personIds[0],
      householdId: fx.villageA.householdIds[0],
      registerNo: 1,
      shares: 28,
    });
    expect(await holdingsOn(db, fx.villageB.id, orgId, d('2026-06-01'))).toEqual([]);
  });
});
