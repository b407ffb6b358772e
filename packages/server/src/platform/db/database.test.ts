import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.ts';
import { describeDatabase, openTestDatabase } from '../../testing/testDatabase.ts';

/**
 * What repositories rely on from `Database`, whichever engine and wherever it
 * runs (PGlite now answers from a worker thread): errors keep PostgreSQL's
 * fields, a transaction is all or nothing and others wait for it, values come
 * back with the app's parsers.
 */
describe(`the Database interface (${describeDatabase()})`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
    await db.query('CREATE TABLE t_probe (id int PRIMARY KEY, note text, at timestamptz, n int8)');
  });
  afterAll(async () => {
    await db.close();
    await db.close(); // closing twice is harmless
  });

  it('reports a constraint violation with its SQLSTATE and constraint name', async () => {
    await db.query('INSERT INTO t_probe (id) VALUES (1)');
    const error = await db.query('INSERT INTO t_probe (id) VALUES (1)').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: '23505', constraint: 't_probe_pkey' });
  });

  it('rolls a transaction back when its work throws, and commits it otherwise', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO t_probe (id) VALUES (2)');
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await db.query('SELECT id FROM t_probe WHERE id = 2')).toEqual([]);
    const value = await db.transaction(async (tx) => {
      await tx.query('INSERT INTO t_probe (id) VALUES (3)');
      return 'done';
    });
    expect(value).toBe('done');
    expect(await db.query('SELECT id FROM t_probe WHERE id = 3')).toEqual([{ id: 3 }]);
  });

  it('a statement outside a transaction does not see its uncommitted work', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const inside = db.transaction(async (tx) => {
      await tx.query('INSERT INTO t_probe (id) VALUES (4)');
      await held;
    });
    // give the transaction time to insert before looking
    await new Promise((resolve) => setTimeout(resolve, 50));
    const outside = db.query<{ n: number }>('SELECT count(*) AS n FROM t_probe WHERE id = 4');
    release();
    await inside;
    // PGlite (one connection): waits for the transaction, then sees its row; PostgreSQL (a
    // pool): never the uncommitted row, before or after the commit depending on the pool
    if (db.kind === 'pglite') expect(await outside).toEqual([{ n: 1 }]);
    else expect([[{ n: 0 }], [{ n: 1 }]]).toContainEqual(await outside);
    expect(await db.query('SELECT count(*) AS n FROM t_probe WHERE id = 4')).toEqual([{ n: 1 }]);
  });

  it('parses int8 as a number, timestamptz as a Date and keeps text as text', async () => {
    const at = new Date('2026-11-21T02:00:00.000Z');
    await db.query('INSERT INTO t_probe (id, note, at, n) VALUES (5, $1, $2, $3)', [
      '村治',
      at,
      42,
    ]);
    const [row] = await db.query<{ note: string; at: Date; n: number }>(
      'SELECT note, at, n FROM t_probe WHERE id = 5',
    );
    expect(row).toEqual({ note: '村治', at, n: 42 });
    expect(row!.at).toBeInstanceOf(Date);
  });
});
