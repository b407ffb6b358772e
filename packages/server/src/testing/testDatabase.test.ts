import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../platform/db/database.ts';
import { describeDatabase, openTestDatabase } from './testDatabase.ts';

const MIGRATIONS_DIR = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'platform',
  'db',
  'migrations',
);

describe(`openTestDatabase (${describeDatabase()})`, () => {
  const opened: Database[] = [];
  const open = async () => {
    const db = await openTestDatabase();
    opened.push(db);
    return db;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((db) => db.close()));
  });

  it('uses the engine it says it does', async () => {
    const db = await open();
    expect(db.kind).toBe(describeDatabase());
  });

  it('returns migrated, empty databases', async () => {
    const db = await open();
    const migrations = (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith('.sql')).sort();
    const applied = await db.query<{ name: string }>(
      'SELECT name FROM schema_migration ORDER BY name',
    );
    expect(applied.map((r) => r.name)).toEqual(migrations);

    const tables = await db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'schema_migration'`,
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const { name } of tables) {
      const [row] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "${name.replaceAll('"', '""')}"`,
      );
      expect({ table: name, rows: row?.n }).toEqual({ table: name, rows: 0 });
    }
  });

  it('returns independent databases', async () => {
    const [a, b] = await Promise.all([open(), open()]);
    await a.transaction(async (tx) => {
      await tx.query('CREATE TABLE scratch (v text)');
      await tx.query('INSERT INTO scratch VALUES ($1)', ['只在甲库']);
    });
    expect(await a.query('SELECT v FROM scratch')).toEqual([{ v: '只在甲库' }]);
    const inB = await b.query<{ t: string | null }>(`SELECT to_regclass('scratch')::text AS t`);
    expect(inB).toEqual([{ t: null }]);

    // and a database opened afterwards does not see the change either
    const c = await open();
    expect(await c.query<{ t: string | null }>(`SELECT to_regclass('scratch')::text AS t`)).toEqual(
      [{ t: null }],
    );
  });

  // the same promise on both engines: after close() nothing of the database is left to reach
  it(
    describeDatabase() === 'postgres'
      ? 'drops the database on close'
      : 'closes the in-memory database',
    async () => {
      const db = await open();
      const [row] = await db.query<{ name: string }>('SELECT current_database() AS name');
      const name = row?.name ?? '';
      await db.close();
      await db.close(); // idempotent
      if (describeDatabase() === 'pglite') {
        await expect(db.query('SELECT 1')).rejects.toThrow();
        return;
      }
      expect(name).toMatch(/^cunzhi_t_[0-9a-f]+$/);
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      try {
        const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        expect(found.rowCount).toBe(0);
      } finally {
        await admin.end();
      }
    },
  );
});
