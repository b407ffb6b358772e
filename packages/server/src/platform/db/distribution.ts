/**
 * How the schema is laid out on a Citus cluster (docs/deployment.md, "Distributed PostgreSQL"),
 * read from the live catalog so that a new migration is placed — or refused — without anyone
 * editing a list of tenant tables: every table with a `village_id` is sharded by it, all co-located
 * (one village's rows on one shard); the audit chains by `chain_id`; the county's shared data,
 * villages included, is replicated to every worker; what is neither stays on the coordinator. `distributionProblems` names what Citus would
 * refuse; `citusScript` writes the statements, each table named exactly once.
 */
import type { Queryable } from './database.ts';

/** Small shared data every worker joins against: replicated (`create_reference_table`). */
const REFERENCE_TABLES = [
  'county',
  'town',
  'town_department',
  // a few hundred rows a county, joined by every tenant query, with a county-wide unique code
  // (a sharded table can only keep keys unique that contain its shard key)
  'village',
  'admission_list_version',
  'admission_list_item',
  // tenant tables name their cadres' accounts (drafted_by, recorded_by …): a foreign key from a
  // distributed table may point only at a reference table, and staff accounts span villages
  'account',
  'staff_scope',
] as const;

/**
 * Tables that stay on the coordinator (`citus_add_local_table_to_metadata`): written far more
 * often than a reference table should be (every sign-in), or the county's own comparison of its
 * villages (积分换项目), read and written by the county as one set.
 */
const COORDINATOR_TABLES = [
  'session',
  'sign_in_failure',
  'schema_migration',
  'county_points_scheme',
  'county_points_fact',
  'county_points_result',
  'county_points_contest',
] as const;

/** The first sharded table: the others are co-located with it. */
const ANCHOR = 'household';

/** The audit chains: a village's chain id is the village's id, a county's chain the county's. */
const CHAIN_TABLES = ['audit_head', 'audit_event'] as const;

/**
 * Foreign keys from a replicated or coordinator table into a sharded one, which Citus refuses:
 * the script drops them, and the command named here checks the same thing in its transaction.
 * A new one fails the distribution test until it is listed here with its replacement check.
 */
export const CONSTRAINTS_DROPPED_ON_CITUS: Readonly<Record<string, string>> = {
  // accounts are opened only for persons of the account's village (registry's account command)
  account_village_id_person_id_fkey: 'account → person',
  // the award opens its matter in the same transaction it records the result
  county_points_result_village_id_matter_id_fkey: 'county_points_result → matter',
};

export type Placement =
  { kind: 'distributed'; column: string } | { kind: 'reference' } | { kind: 'coordinator' };

export interface SchemaShape {
  tables: Map<string, { columns: Map<string, string> }>;
  /** Primary keys and unique constraints or indexes (partial ones too): their columns. */
  uniques: { table: string; name: string; columns: string[] }[];
  foreignKeys: {
    table: string;
    name: string;
    columns: string[];
    refTable: string;
    refColumns: string[];
  }[];
}

/** Reads the public schema's tables, unique keys and foreign keys from the catalog. */
export async function readSchemaShape(db: Queryable): Promise<SchemaShape> {
  const columns = await db.query<{ table_name: string; column_name: string; type: string }>(
    `SELECT c.relname AS table_name, a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`,
  );
  const tables: SchemaShape['tables'] = new Map();
  for (const c of columns) {
    const t = tables.get(c.table_name) ?? { columns: new Map<string, string>() };
    t.columns.set(c.column_name, c.type);
    tables.set(c.table_name, t);
  }
  const uniques = await db.query<{ table: string; name: string; columns: string[] }>(
    `SELECT i.indrelid::regclass::text AS table, i.indexrelid::regclass::text AS name,
            array(SELECT a.attname::text FROM unnest(i.indkey) WITH ORDINALITY k(n, o)
                    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n ORDER BY k.o) AS columns
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND i.indisunique`,
  );
  const foreignKeys = await db.query<SchemaShape['foreignKeys'][number]>(
    `SELECT k.conrelid::regclass::text AS table, k.conname AS name, k.confrelid::regclass::text AS "refTable",
            array(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(n, o)
                    JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.o) AS columns,
            array(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY u(n, o)
                    JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.o) AS "refColumns"
       FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace
      WHERE n.nspname = 'public' AND k.contype = 'f'`,
  );
  return { tables, uniques, foreignKeys };
}

/** Where a table goes: the lists above, else sharded by its village (or chain). */
export function placementOf(table: string, shape: SchemaShape): Placement | null {
  if ((REFERENCE_TABLES as readonly string[]).includes(table)) return { kind: 'reference' };
  if ((COORDINATOR_TABLES as readonly string[]).includes(table)) return { kind: 'coordinator' };
  if ((CHAIN_TABLES as readonly string[]).includes(table))
    return { kind: 'distributed', column: 'chain_id' };
  if (shape.tables.get(table)?.columns.has('village_id'))
    return { kind: 'distributed', column: 'village_id' };
  return null;
}

/** What Citus would refuse, one line each; empty when the whole schema distributes. */
export function distributionProblems(shape: SchemaShape): string[] {
  const problems: string[] = [];
  const placed = new Map<string, Placement>();
  for (const [table, { columns }] of shape.tables) {
    const p = placementOf(table, shape);
    if (!p) problems.push(`${table}: no village_id and not a reference or coordinator table`);
    else placed.set(table, p);
    // every shard key is a uuid, so the tables can be co-located (same hash ranges)
    if (p?.kind === 'distributed' && columns.get(p.column) !== 'uuid')
      problems.push(`${table}: shard key ${p.column} is ${columns.get(p.column) ?? 'missing'}`);
  }
  for (const u of shape.uniques) {
    const p = placed.get(u.table);
    if (p?.kind === 'distributed' && !u.columns.includes(p.column))
      problems.push(`${u.table}: unique ${u.name} (${u.columns.join(',')}) lacks ${p.column}`);
  }
  for (const fk of shape.foreignKeys) {
    const from = placed.get(fk.table);
    const to = placed.get(fk.refTable);
    if (!from || !to) continue;
    const line = `${fk.table}: foreign key ${fk.name} (${fk.columns.join(',')}) → ${fk.refTable}`;
    if (from.kind !== 'distributed' && to.kind === 'distributed') {
      if (!(fk.name in CONSTRAINTS_DROPPED_ON_CITUS))
        problems.push(`${line}: from a ${from.kind} table into a sharded one`);
    } else if (from.kind === 'reference' && to.kind === 'coordinator') {
      problems.push(`${line}: from a reference table to a coordinator table`);
    } else if (from.kind === 'distributed' && to.kind === 'coordinator') {
      problems.push(`${line}: from a sharded table to a coordinator table`);
    } else if (from.kind === 'distributed' && to.kind === 'distributed') {
      // both shard keys in the same place of the key, so the referenced row is on the same shard
      const at = fk.columns.indexOf(from.column);
      if (at < 0 || fk.refColumns[at] !== to.column)
        problems.push(`${line}: does not join ${from.column} to ${fk.refTable}.${to.column}`);
    }
  }
  for (const name of Object.keys(CONSTRAINTS_DROPPED_ON_CITUS))
    if (!shape.foreignKeys.some((fk) => fk.name === name))
      problems.push(`${name}: listed as dropped on Citus but no longer in the schema`);
  return problems;
}

/**
 * The statements that lay the schema out on a Citus coordinator whose migrations have run (and
 * before any data is loaded, or with it: Citus copies existing rows into the shards). Reference
 * tables first (sharded tables' keys point at them), then the tenant tables, all co-located with
 * `household`, then the coordinator's own tables.
 */
export function citusScript(shape: SchemaShape): string {
  const names = [...shape.tables.keys()].sort();
  const placed = names.map((t) => [t, placementOf(t, shape)] as const);
  const byKind = (k: Placement['kind']) => placed.filter(([, p]) => p?.kind === k);
  const lines = [
    '-- cunzhi on Citus: generated by `cli.ts citus-script` from the migrated schema',
    'BEGIN;',
    'CREATE EXTENSION IF NOT EXISTS citus;',
    '-- foreign keys Citus cannot keep (from a replicated or coordinator table into a shard);',
    '-- the commands check the same in their transactions',
    ...shape.foreignKeys
      .filter((fk) => fk.name in CONSTRAINTS_DROPPED_ON_CITUS)
      .map((fk) => `ALTER TABLE ${fk.table} DROP CONSTRAINT ${fk.name};`),
    '-- shared data, replicated to every worker',
    ...byKind('reference').map(([t]) => `SELECT create_reference_table('${t}');`),
    '-- every tenant table sharded by village, co-located with household (one village, one shard)',
    `SELECT create_distributed_table('${ANCHOR}', 'village_id');`,
    ...byKind('distributed')
      .filter(([t]) => t !== ANCHOR)
      .map(([t, p]) => {
        const column = p?.kind === 'distributed' ? p.column : '';
        return `SELECT create_distributed_table('${t}', '${column}', colocate_with => '${ANCHOR}');`;
      }),
    '-- kept on the coordinator',
    ...byKind('coordinator').map(([t]) => `SELECT citus_add_local_table_to_metadata('${t}');`),
    'COMMIT;',
  ];
  return lines.join('\n') + '\n';
}
