import type { BodyKind } from '@cunzhi/core/bodies/bodyKinds';
import type { Database } from '../platform/db/database.ts';
import {
  FIXTURE_ROLES,
  seedFixture,
  type Fixture,
  type FixtureRole,
  type FixtureVillage,
} from './fixtures.ts';
import { openTestDatabase, type TemplateLayer } from './testDatabase.ts';

/**
 * The fixture county kept as a test template: some seventy test files start from it, and writing
 * it (a password hash, three villages, audit chains) took a second or more of each file's setup.
 * What it writes is decided by the fixture's code and the code it runs — named one by one rather
 * than all of core and platform, so that an unrelated edit there does not rebuild the template
 * before every test run; a new call in `seedFixture` must add its module here.
 */
export const FIXTURE_LAYER: TemplateLayer = {
  name: 'fixture',
  sources: [
    'packages/server/src/testing',
    'packages/core/src/calendarDate.ts',
    'packages/core/src/registry',
    'packages/core/src/audit',
    'packages/server/src/platform/audit',
    'packages/server/src/platform/auth',
    'packages/server/src/platform/db',
  ],
  write: async (db) => void (await seedFixture(db)),
};

/** A fresh database holding the fixture county, and the fixture's ids; the caller must `close()` it. */
export async function openFixtureDatabase(): Promise<{ db: Database; fixture: Fixture }> {
  const db = await openTestDatabase(FIXTURE_LAYER);
  try {
    return { db, fixture: await readFixture(db) };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/**
 * The ids `seedFixture` returned, read back from a database it wrote (the template's ids were
 * drawn when the template was built). Every list comes back in the order the seeding made it:
 * towns and villages by name, groups and households by number, persons by their phone numbers
 * (handed out in turn).
 */
export async function readFixture(db: Database): Promise<Fixture> {
  const counties = await db.query<{ id: string }>(`SELECT id FROM county WHERE name = '测试县'`);
  if (counties.length !== 1)
    throw new Error(`expected one fixture county, found ${counties.length}`);
  const countyId = counties[0]!.id;
  const towns = await db.query<{ id: string }>(
    'SELECT id FROM town WHERE county_id = $1 ORDER BY name',
    [countyId],
  );
  const villageRows = await db.query<{ id: string; name: string }>(
    `SELECT v.id, v.name FROM village v JOIN town t ON t.id = v.town_id WHERE t.county_id = $1`,
    [countyId],
  );
  const ids = villageRows.map((v) => v.id);
  const byVillage = async <R extends { village_id: string; id: string }>(sql: string) => {
    const rows = await db.query<R>(sql, [ids]);
    return (villageId: string) => rows.filter((r) => r.village_id === villageId);
  };
  const groups = await byVillage(
    'SELECT village_id, id FROM villager_group WHERE village_id = ANY($1::uuid[]) ORDER BY number',
  );
  const grids = await byVillage(
    'SELECT village_id, id FROM grid WHERE village_id = ANY($1::uuid[])',
  );
  const households = await byVillage(
    'SELECT village_id, id FROM household WHERE village_id = ANY($1::uuid[]) ORDER BY number',
  );
  const persons = await byVillage(
    'SELECT village_id, id FROM person WHERE village_id = ANY($1::uuid[]) ORDER BY phone',
  );
  const bodies = await byVillage<{ village_id: string; id: string; kind: BodyKind; term: string }>(
    `SELECT b.village_id, b.id, b.kind, t.id AS term FROM body b
       JOIN body_term t ON t.village_id = b.village_id AND t.body_id = b.id
      WHERE b.village_id = ANY($1::uuid[])`,
  );
  const village = (name: string): FixtureVillage => {
    const row = villageRows.find((v) => v.name === name);
    if (!row) throw new Error(`fixture village ${name} missing`);
    const ofIt = (rows: (villageId: string) => Array<{ id: string }>) =>
      rows(row.id).map((r) => r.id);
    const bodyRows = bodies(row.id);
    return {
      id: row.id,
      groupIds: ofIt(groups),
      gridId: ofIt(grids)[0]!,
      householdIds: ofIt(households),
      personIds: ofIt(persons),
      bodyIds: Object.fromEntries(bodyRows.map((b) => [b.kind, b.id])),
      termIds: Object.fromEntries(bodyRows.map((b) => [b.kind, b.term])),
    };
  };
  const accountRows = await db.query<{
    id: string;
    phone: string;
    display_name: FixtureRole;
    person_id: string | null;
  }>(
    'SELECT id, phone, display_name, person_id FROM account WHERE display_name = ANY($1::text[])',
    [[...FIXTURE_ROLES]],
  );
  const accounts = {} as Fixture['accounts'];
  for (const a of accountRows)
    accounts[a.display_name] = { id: a.id, phone: a.phone, personId: a.person_id };
  return {
    countyId,
    townIds: [towns[0]!.id, towns[1]!.id],
    villageA: village('甲村'),
    villageB: village('乙村'),
    villageC: village('丙村'),
    accounts,
  };
}
