import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.ts';
import { placementOf, readSchemaShape } from './distribution.ts';
import { describeDatabase, openTestDatabase } from '../../testing/testDatabase.ts';

/**
 * Every village-scoped table keeps village_id first in its primary key and in
 * every foreign key to another tenant table, so a distributed PostgreSQL can
 * shard all of them by village (docs/deployment.md). Which tables are village data is the
 * distribution layout's answer (distribution.ts: sharded by village_id); distribution.test.ts
 * checks the rest of what Citus needs.
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
    const shape = await readSchemaShape(db);
    const isTenant = (t: string) => {
      const p = placementOf(t, shape);
      return p?.kind === 'distributed' && p.column === 'village_id';
    };
    const tables = [...new Set(constraints.map((c) => c.table_name))].filter(isTenant);
    expect(tables.length).toBeGreaterThanOrEqual(100);
    const problems: string[] = [];
    for (const t of tables) {
      const pk = constraints.find((c) => c.table_name === t && c.type === 'p');
      if (pk?.columns[0] !== 'village_id')
        problems.push(`${t}: primary key ${pk?.columns.join(',') ?? 'missing'}`);
      for (const fk of constraints.filter((c) => c.table_name === t && c.type === 'f')) {
        const toTenant = fk.ref_table !== null && isTenant(fk.ref_table);
        if (toTenant && fk.columns[0] !== 'village_id')
          problems.push(`${t}: foreign key (${fk.columns.join(',')}) → ${fk.ref_table}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
