import { mkdir } from 'node:fs/promises';
import type { Config } from '../platform/config.ts';
import type { Database } from '../platform/db/database.ts';
import { openPglite } from '../platform/db/pglite.ts';
import { openPostgres } from '../platform/db/postgres.ts';

/** The deployment's database: PostgreSQL at DATABASE_URL, else PGlite in DATA_DIR. */
export async function openDatabase(config: Config): Promise<Database> {
  if (config.DATABASE_URL) {
    return openPostgres(config.DATABASE_URL, {
      onConnectionLost: (error) =>
        console.error(`数据库连接中断，将自动重连 / PostgreSQL connection lost: ${error.message}`),
    });
  }
  await mkdir(config.DATA_DIR, { recursive: true });
  return openPglite({ dataDir: config.DATA_DIR });
}
