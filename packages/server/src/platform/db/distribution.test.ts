import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.ts';
import {
  citusScript,
  distributionProblems,
  readSchemaShape,
  type SchemaShape,
} from './distribution.ts';
import { describeDatabase, openTestDatabase } from '../../testing/testDatabase.ts';

/**
 * The migrated schema distributes on Citus (docs/deployment.md): every table has a place, every
 * sharded table's unique keys carry its shard key, foreign keys stay on one shard, and the
 * generated script names every table exactly once.
 */
describe(`Citus distribution (${describeDatabase()})`, () => {
  let db: Database;
  let shape: SchemaShape;
  beforeAll(async () => {
    db = await openTestDatabase();
    shape = await readSchemaShape(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('finds nothing Citus would refuse', () => {
    expect(shape.tables.size).toBeGreaterThan(100);
    expect(distributionProblems(shape)).toEqual([]);
  });

  it('the script names every table exactly once, the audit chains by chain id', () => {
    const script = citusScript(shape);
    const named = [
      ...script.matchAll(
        /(?:create_reference_table|create_distributed_table|citus_add_local_table_to_metadata)\('(\w+)'/g,
      ),
    ].map((m) => m[1]!);
    expect(named.toSorted()).toEqual([...shape.tables.keys()].toSorted());
    expect(new Set(named).size).toBe(named.length);
    expect(script).toContain(`create_reference_table('village')`);
    expect(script).toContain(`create_distributed_table('household', 'village_id');`);
    expect(script).toContain(
      `create_distributed_table('points_entry', 'village_id', colocate_with => 'household')`,
    );
    expect(script).toContain(
      `create_distributed_table('audit_event', 'chain_id', colocate_with => 'household')`,
    );
    expect(script).toContain(`create_reference_table('town')`);
    expect(script).toContain(
      'ALTER TABLE account DROP CONSTRAINT account_village_id_person_id_fkey;',
    );
  });

  it('refuses a tenant table whose unique key or foreign key leaves out the village', () => {
    const broken: SchemaShape = {
      tables: new Map([
        ...shape.tables,
        [
          'widget',
          {
            columns: new Map([
              ['village_id', 'uuid'],
              ['id', 'uuid'],
              ['code', 'text'],
            ]),
          },
        ],
      ]),
      uniques: [...shape.uniques, { table: 'widget', name: 'widget_code_key', columns: ['code'] }],
      foreignKeys: [
        ...shape.foreignKeys,
        {
          table: 'widget',
          name: 'widget_person_fkey',
          columns: ['id'],
          refTable: 'person',
          refColumns: ['id'],
        },
        {
          table: 'town',
          name: 'town_widget_fkey',
          columns: ['id'],
          refTable: 'widget',
          refColumns: ['id'],
        },
      ],
    };
    expect(distributionProblems(broken)).toEqual([
      'widget: unique widget_code_key (code) lacks village_id',
      'widget: foreign key widget_person_fkey (id) → person: does not join village_id to person.village_id',
      'town: foreign key town_widget_fkey (id) → widget: from a reference table into a sharded one',
    ]);
  });
});
