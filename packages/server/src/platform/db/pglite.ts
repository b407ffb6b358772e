import { PGlite, types } from '@electric-sql/pglite';
import type { Database, Tx } from './database.ts';
import { keepText, parseInt8 } from './database.ts';

/** Embedded PostgreSQL (PGlite): data in a local folder, or in memory when `dataDir` is omitted. */
export async function openPglite(
  options: { dataDir?: string; loadDataDir?: Blob } = {},
): Promise<Database> {
  const pg = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers: { [types.INT8]: parseInt8, [types.DATE]: keepText, [types.NUMERIC]: keepText },
  });
  return {
    kind: 'pglite',
    async query(text, params = []) {
      const result = await pg.query(text, params as unknown[]);
      return result.rows as never[];
    },
    transaction(work) {
      return pg.transaction(async (t) => {
        const tx: Tx = {
          inTransaction: true,
          async query(text, params = []) {
            const result = await t.query(text, params as unknown[]);
            return result.rows as never[];
          },
        };
        return work(tx);
      });
    },
    async close() {
      // closing twice (shutdown signal and test teardown) is harmless
      if (!pg.closed) await pg.close();
    },
  };
}

/** Dumps a PGlite database to a tarball, to start test databases quickly from a migrated state. */
export async function dumpPglite(dataDir: string): Promise<Blob> {
  const pg = await PGlite.create({ dataDir });
  try {
    return await pg.dumpDataDir('none');
  } finally {
    await pg.close();
  }
}
