import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import type { Database } from '../../platform/db/database.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import type { Fixture } from '../../testing/fixtures.ts';
import { openFixtureDatabase } from '../../testing/fixtureDatabase.ts';
import { partyMembersOn } from './repository.ts';

/**
 * partyMembersOn on the fixture village: 王建国 is flagged in the registry only (a formal member
 * without a record); 王磊 is recorded probationary, converted on 2026-06-01; 刘强 left on
 * 2026-03-01. Each is read on the day before, the day of and the day after the date that matters.
 */
describe(`party members on a day (${describeDatabase()})`, () => {
  let db: Database;
  let f: Fixture;
  beforeAll(async () => {
    ({ db, fixture: f } = await openFixtureDatabase());
    const v = f.villageA;
    const [wangLei, liuQiang] = [v.personIds[2], v.personIds[4]];
    await db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO party_member (village_id, person_id, status, joined_on, formal_on, category, recorded_at)
         VALUES ($1, $2, 'formal', '2025-06-01', '2026-06-01', 'employed', now())`,
        [v.id, wangLei],
      );
      await tx.query(
        `INSERT INTO party_member (village_id, person_id, status, joined_on, formal_on, category, whereabouts, left_on, left_reason, recorded_at)
         VALUES ($1, $2, 'formal', '2020-01-01', '2021-01-01', 'migrant', '深圳', '2026-03-01', 'transferredOut', now())`,
        [v.id, liuQiang],
      );
    });
  });
  afterAll(async () => {
    await db.close();
  });

  const on = async (d: string) =>
    (await partyMembersOn(db, f.villageA.id, calendarDate(d))).map((m) => [m.name, m.status]);

  it.each([
    [
      '2026-02-28',
      [
        ['刘强', 'formal'],
        ['王建国', 'formal'],
        ['王磊', 'probationary'],
      ],
    ],
    [
      '2026-03-01',
      [
        ['王建国', 'formal'],
        ['王磊', 'probationary'],
      ],
    ],
    [
      '2026-05-31',
      [
        ['王建国', 'formal'],
        ['王磊', 'probationary'],
      ],
    ],
    [
      '2026-06-01',
      [
        ['王建国', 'formal'],
        ['王磊', 'formal'],
      ],
    ],
    [
      '2026-06-02',
      [
        ['王建国', 'formal'],
        ['王磊', 'formal'],
      ],
    ],
  ])('on %s', async (d, expected) => {
    expect(await on(d)).toEqual(expected);
  });

  it('counts nobody before joining, and another village never', async () => {
    expect(await on('2025-05-31')).toEqual([
      ['刘强', 'formal'],
      ['王建国', 'formal'],
    ]);
    const b = await partyMembersOn(db, f.villageB.id, calendarDate('2026-06-01'));
    expect(b.map((m) => m.name)).toEqual(['王建国']);
  });
});
