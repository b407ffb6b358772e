import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../platform/db/database.ts';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import { seedFixture } from './fixtures.ts';
import { openFixtureDatabase, readFixture } from './fixtureDatabase.ts';
import { describeDatabase, openTestDatabase } from './testDatabase.ts';

/** Rows per table, to compare a template's copy with a fresh seeding. */
async function rowCounts(db: Database): Promise<Record<string, number>> {
  const tables = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${name.replaceAll('"', '""')}"`,
    );
    counts[name] = row!.n;
  }
  return counts;
}

describe(`the fixture county as a template (${describeDatabase()})`, () => {
  const opened: Database[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((db) => db.close()));
  });

  it('reads back the ids seedFixture returned', async () => {
    const db = await openTestDatabase();
    opened.push(db);
    const seeded = await seedFixture(db);
    expect(await readFixture(db)).toEqual(seeded);
  });

  it('gives a file the rows and audit chains a fresh seeding writes', async () => {
    const fresh = await openTestDatabase();
    opened.push(fresh);
    const seeded = await seedFixture(fresh);
    const { db, fixture } = await openFixtureDatabase();
    opened.push(db);
    expect(await rowCounts(db)).toEqual(await rowCounts(fresh));
    // the same people and phones, under the template's own ids
    expect(Object.values(fixture.accounts).map((a) => a.phone)).toEqual(
      Object.values(seeded.accounts).map((a) => a.phone),
    );
    for (const village of [fixture.villageA, fixture.villageB, fixture.villageC])
      expect((await verifyChain(db, village.id)).ok).toBe(true);
  });
});
