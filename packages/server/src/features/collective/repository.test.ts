import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate as d, type CalendarDate } from '@cunzhi/core/calendarDate';
import { storeTerms, type CharterTerms } from '@cunzhi/core/collective/charter';
import type { MemberEventKind } from '@cunzhi/core/collective/membership';
import { atLeast } from '@cunzhi/core/rules/threshold';
import type { Database } from '../../platform/db/database.ts';
import type { Fixture } from '../../testing/fixtures.ts';
import { openFixtureDatabase } from '../../testing/fixtureDatabase.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import {
  charterOn,
  insertCharter,
  insertMemberEvents,
  insertMembers,
  insertOrg,
  membersOn,
  orgOf,
} from './repository.ts';

const TERMS: CharterTerms = {
  reserveRateBp: 1000,
  committeePayment: { kind: 'none' },
  shareClasses: [{ shareClass: 'population', weight: 1 }],
  shareMode: 'static',
  newborn: 'none',
  adjustEveryYears: null,
  partyStudy: 'warn',
  assemblyDecision: atLeast(2, 3),
  otherLossReasons: [],
};

/** The reads the other parts of the collective build on: orgOf, charterOn, membersOn. */
describe(`collective repository reads (${describeDatabase()})`, () => {
  let db: Database;
  let fx: Fixture;
  const orgId = randomUUID();
  let A: string;
  let minorId: string;

  const event = (personId: string, kind: MemberEventKind, on: CalendarDate) =>
    db.transaction((tx) =>
      insertMemberEvents(
        tx,
        A,
        [
          {
            id: randomUUID(),
            orgId,
            personId,
            kind,
            ground: kind === 'confirm' ? 'reform' : 'death',
            occurredOn: on,
            reason: '',
            evidence: '',
            resolutionId: null,
            appliedOn: null,
          },
        ],
        null,
        new Date(),
      ),
    );

  beforeAll(async () => {
    ({ db, fixture: fx } = await openFixtureDatabase());
    A = fx.villageA.id;
    minorId = randomUUID();
    await db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO person (village_id, id, household_id, name, gender, birth_date, relation_to_head, residence_status)
         VALUES ($1, $2, $3, '王小宝', 'male', '2008-12-08', 'grandchild', 'resident')`,
        [A, minorId, fx.villageA.householdIds[0]],
      );
      await insertOrg(
        tx,
        A,
        {
          id: orgId,
          level: 'village',
          villagerGroupId: null,
          name: '某某村股份经济合作社',
          registeredCode: 'N2510115MF00000016',
          foundedOn: d('2008-12-01'),
          reformedOn: d('2008-10-01'),
        },
        fx.accounts.committeeChair.id,
        new Date(),
      );
      for (const [version, from] of [
        [1, '2008-12-01'],
        [2, '2026-01-01'],
      ] as const)
        await insertCharter(
          tx,
          A,
          {
            id: randomUUID(),
            orgId,
            terms: storeTerms({ ...TERMS, reserveRateBp: version * 1000 }),
            resolutionId: null,
            paperResolution: `第${version}版章程（纸质决议）`,
            adoptedOn: d(from),
            effectiveFrom: d(from),
          },
          null,
          new Date(),
        );
      await insertMembers(
        tx,
        A,
        orgId,
        [...fx.villageA.personIds.slice(0, 3), minorId].map((personId) => ({
          id: randomUUID(),
          personId,
        })),
        d('2008-10-01'),
      );
    });
    for (const personId of fx.villageA.personIds.slice(0, 3))
      await event(personId, 'confirm', d('2008-10-01'));
    await event(minorId, 'confirm', d('2009-01-01'));
    await event(fx.villageA.personIds[2]!, 'lose', d('2026-06-30'));
  });
  afterAll(async () => {
    await db.close();
  });

  it('orgOf reads the organisation, and only in its village', async () => {
    expect(await orgOf(db, A, orgId)).toMatchObject({
      name: '某某村股份经济合作社',
      level: 'village',
      reformedOn: '2008-10-01',
    });
    expect(await orgOf(db, fx.villageB.id, orgId)).toBeNull();
  });

  it.each([
    ['2008-11-30', null],
    ['2008-12-01', 1000],
    ['2025-12-31', 1000],
    ['2026-01-01', 2000],
  ])('charterOn %s → reserve %s bp', async (on, rate) => {
    const c = await charterOn(db, A, orgId, d(on));
    expect(c?.terms.reserveRateBp ?? null).toBe(rate);
  });

  it('membersOn: the last act by the day; minors are members without full capacity', async () => {
    const [p0, p1, p2] = fx.villageA.personIds;
    const on = async (day: string) =>
      (await membersOn(db, A, orgId, d(day))).map((m) => [
        m.personId,
        m.registerNo,
        m.fullCapacity,
      ]);
    expect(await on('2008-09-30')).toEqual([]);
    // 王磊 (born 1994) was 14 at the reform: a member, not yet of full capacity
    expect(await on('2008-10-01')).toEqual([
      [p0, 1, true],
      [p1, 2, true],
      [p2, 3, false],
    ]);
    expect(await on('2026-06-29')).toEqual([
      [p0, 1, true],
      [p1, 2, true],
      [p2, 3, true],
      [minorId, 4, false],
    ]);
    // 18 on 2026-12-08: counted in the quorum's base from that day
    expect((await on('2026-12-07')).at(-1)).toEqual([minorId, 4, false]);
    expect((await on('2026-12-08')).map((m) => m[0])).toEqual([p0, p1, minorId]);
    expect((await on('2026-12-08')).at(-1)).toEqual([minorId, 4, true]);
    const [m] = await membersOn(db, A, orgId, d('2026-12-08'));
    expect(m?.householdId).toBe(fx.villageA.householdIds[0]);
  });
});
