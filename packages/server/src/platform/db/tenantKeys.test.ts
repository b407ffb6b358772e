import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.ts';
import { describeDatabase, openTestDatabase } from '../../testing/testDatabase.ts';

/** Tables that are not village data: shared reference data, global accounts, bookkeeping. */
const NOT_TENANT = new Set([
  'county',
  'town',
  // a town's departments (民政办, 司法所 …): shared reference data like the towns themselves
  'town_department',
  // the county's admission lists (三张清单), versions and items: reference data like the county
  'admission_list_version',
  'admission_list_item',
  // 积分换项目: the county's yearly ranking of its villages, one row per village and indicator —
  // county data that compares villages, read and written by the county (docs/deployment.md)
  'county_points_scheme',
  'county_points_fact',
  'county_points_result',
  'county_points_contest',
  'village',
  'account',
  'staff_scope',
  'session',
  // failed sign-ins are counted per phone number as typed, known or not: no village to shard by
  'sign_in_failure',
  'schema_migration',
  'audit_event',
  'audit_head',
]);

/**
 * Every village-scoped table keeps village_id first in its primary key and in
 * every foreign key to another tenant table, so a distributed PostgreSQL can
 * shard all of them by village (docs/deployment.md).
 */
describe(`tenant keys (${describeDatabase()})`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('every tenant table leads its primary key and tenant foreign keys with village_id', async () => {
    const constraints = await db.query<{
      table_name: string;
      type: string;
      columns: string[];
      ref_table: string | null;
    }>(
      `SELECT c.conrelid::regclass::text AS table_name, c.contype AS type, c.confrelid::regclass::text AS ref_table,
         array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i) AS columns
       FROM pg_constraint c JOIN pg_namespace ns ON ns.oid = c.connamespace
       WHERE ns.nspname = 'public' AND c.contype IN ('p', 'f')`,
    );
    const tables = [...new Set(constraints.map((c) => c.table_name))].filter(
      (t) => !NOT_TENANT.has(t),
    );
    expect(tables.length).toBeGreaterThanOrEqual(8);
    const problems: string[] = [];
    for (const t of tables) {
      const pk = constraints.find((c) => c.table_name === t && c.type === 'p');
      if (pk?.columns[0] !== 'village_id')
        problems.push(`${t}: primary key ${pk?.columns.join(',') ?? 'missing'}`);
      for (const fk of constraints.filter((c) => c.table_name === t && c.type === 'f')) {
        const toTenant = fk.ref_table !== null && !NOT_TENANT.has(fk.ref_table);
        if (toTenant && fk.columns[0] !== 'village_id')
          problems.push(`${t}: foreign key (${fk.columns.join(',')}) → ${fk.ref_table}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
