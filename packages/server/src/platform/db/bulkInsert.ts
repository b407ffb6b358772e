import type { Tx } from './database.ts';

/** PostgreSQL allows 65,535 bind parameters a statement; stay well below. */
const MAX_PARAMS = 30_000;

/**
 * Inserts many rows with multi-row INSERT statements, batched under the
 * parameter limit. Much faster than one statement per row on both PGlite and
 * a PostgreSQL server (one round trip per batch).
 */
export async function bulkInsert(
  tx: Tx,
  table: string,
  columns: readonly string[],
  rows: ReadonlyArray<readonly unknown[]>,
): Promise<void> {
  const perBatch = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  for (let start = 0; start < rows.length; start += perBatch) {
    const batch = rows.slice(start, start + perBatch);
    const params: unknown[] = [];
    const tuples = batch.map((row) => {
      const marks = row.map((value) => {
        params.push(value);
        return `$${params.length}`;
      });
      return `(${marks.join(', ')})`;
    });
    await tx.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`,
      params,
    );
  }
}
