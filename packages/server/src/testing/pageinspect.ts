import type { Queryable } from '../platform/db/database.ts';

/** One row version as PostgreSQL's pageinspect sees it on a heap page. */
export interface TupleVersion {
  ctid: string;
  lp_flags: number;
  t_xmin: string;
  t_xmax: string;
}

/**
 * Every row version on every page of a table, dead ones included, in page
 * order (needs `CREATE EXTENSION pageinspect`): what a PostgreSQL superuser
 * reads of a secret vote or rating (docs/security.md "Secret ballots").
 */
export async function pageItems(db: Queryable, table: string): Promise<TupleVersion[]> {
  return db.query<TupleVersion>(
    `SELECT format('(%s,%s)', b.n, i.lp) AS ctid, i.lp_flags, i.t_xmin::text, i.t_xmax::text
     FROM generate_series(0, (pg_relation_size($1::text::regclass) / current_setting('block_size')::int)::int - 1) AS b (n)
     CROSS JOIN LATERAL heap_page_items(get_raw_page($1::text, b.n)) AS i
     WHERE i.lp_flags <> 0
     ORDER BY b.n, i.lp`,
    [table],
  );
}
