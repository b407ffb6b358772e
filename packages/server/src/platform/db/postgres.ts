import pg from 'pg';
import type { Database, Tx } from './database.ts';
import { PG_TYPES, keepText, parseInt8 } from './database.ts';

const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
    if (oid === PG_TYPES.INT8) return parseInt8;
    if (oid === PG_TYPES.DATE || oid === PG_TYPES.NUMERIC) return keepText;
    return pg.types.getTypeParser(oid, format ?? 'text') as (value: string) => unknown;
  },
};

/** A real PostgreSQL server through a connection pool (`DATABASE_URL`). */
export function openPostgres(
  connectionString: string,
  options: { max?: number; onConnectionLost?: (error: Error) => void } = {},
): Database {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10, types: typeParsers });
  let closing = false;
  // A connection can die outside any query: a server restart, an administrator's
  // pg_terminate_backend, or DROP DATABASE ... WITH (FORCE) racing pool.end(),
  // which returns before the sockets have closed. pg then emits 'error' on the
  // client or the pool, and an unheard 'error' event crashes the process. The
  // query in flight (if any) is rejected anyway, and the pool drops the dead
  // client, so hearing the event is enough; it is reported unless we are closing.
  const onConnectionError = (error: Error) => {
    if (!closing) options.onConnectionLost?.(error);
  };
  pool.on('error', onConnectionError);
  pool.on('connect', (client) => client.on('error', onConnectionError));
  return {
    kind: 'postgres',
    async query(text, params = []) {
      const result = await pool.query(text, params as unknown[]);
      return result.rows as never[];
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const tx: Tx = {
          inTransaction: true,
          async query(text, params = []) {
            const result = await client.query(text, params as unknown[]);
            return result.rows as never[];
          },
        };
        const value = await work(tx);
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      closing = true;
      await pool.end();
    },
  };
}
