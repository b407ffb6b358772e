/**
 * The one database interface the server uses: parameterised SQL over either
 * the embedded PGlite or a PostgreSQL pool. Repositories take a `Queryable`;
 * anything that mutates takes a `Tx`, so it cannot run outside a transaction
 * (the audit event of a change must commit with the change).
 */
export interface Queryable {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Tx extends Queryable {
  readonly inTransaction: true;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Type ids whose default parsing we override in both drivers. */
export const PG_TYPES = { INT8: 20, DATE: 1082, NUMERIC: 1700 } as const;

/** int8 counts (sequence numbers, counts) fit in a double; dates stay calendar strings. */
export const parseInt8 = (v: string): number => Number(v);
export const keepText = (v: string): string => v;
