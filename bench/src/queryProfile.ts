import type { Database } from '@cunzhi/server/platform/db/database';

/**
 * What one request asks of the database: the app's database is wrapped so the
 * statements of a single request can be captured (outside the measured runs),
 * then each is re-run under EXPLAIN ANALYZE on the idle database.
 */
export interface StatementProfile {
  /** The statement with whitespace collapsed. */
  sql: string;
  executionMs: number;
  planningMs: number;
  /** Sequential scans in the plan and the rows each read (all loops). */
  seqScans: Array<{ table: string; rowsRead: number }>;
  /** The plan as EXPLAIN prints it. */
  plan: string[];
}

/** The fields of an EXPLAIN (FORMAT JSON) plan node used here. */
interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

interface Captured {
  sql: string;
  params: readonly unknown[];
}

export interface RecordingDatabase {
  db: Database;
  /**
   * Waits until no statement has run for `quietMs` (requests left over from a
   * load run still drain after autocannon stops), then runs `work` and returns
   * the statements issued through `db` meanwhile.
   */
  capture(work: () => Promise<void>, quietMs?: number): Promise<Captured[]>;
}

export function recordingDatabase(inner: Database): RecordingDatabase {
  let captured: Captured[] | null = null;
  let running = 0;
  let lastActivity = performance.now();
  async function track<T>(
    sql: string,
    params: readonly unknown[] | undefined,
    run: () => Promise<T>,
  ): Promise<T> {
    captured?.push({ sql, params: params ?? [] });
    running += 1;
    try {
      return await run();
    } finally {
      running -= 1;
      lastActivity = performance.now();
    }
  }
  const db: Database = {
    kind: inner.kind,
    query: (text, params) => track(text, params, () => inner.query(text, params)),
    transaction: (work) =>
      inner.transaction((tx) =>
        work({
          inTransaction: true,
          query: (text, params) => track(text, params, () => tx.query(text, params)),
        }),
      ),
    close: () => inner.close(),
  };
  return {
    db,
    async capture(work, quietMs = 250) {
      while (running > 0 || performance.now() - lastActivity < quietMs) await sleep(50);
      captured = [];
      try {
        await work();
        return captured;
      } finally {
        captured = null;
      }
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** EXPLAIN ANALYZE of each captured read (writes are skipped: EXPLAIN ANALYZE would perform them). */
export async function explainStatements(
  db: Database,
  statements: readonly Captured[],
): Promise<StatementProfile[]> {
  const out: StatementProfile[] = [];
  for (const s of statements) {
    if (!isRead(s.sql)) continue;
    const [json] = await db.query<{
      'QUERY PLAN': Array<{ Plan: PlanNode; 'Planning Time': number; 'Execution Time': number }>;
    }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${s.sql}`, s.params);
    const result = json?.['QUERY PLAN'][0];
    if (!result) throw new Error(`no plan for ${s.sql}`);
    const text = await db.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`,
      s.params,
    );
    out.push({
      sql: s.sql.replace(/\s+/g, ' ').trim(),
      executionMs: result['Execution Time'],
      planningMs: result['Planning Time'],
      seqScans: seqScans(result.Plan),
      plan: text.map((r) => r['QUERY PLAN']),
    });
  }
  return out;
}

/** A SELECT, or a WITH … SELECT that writes nothing. */
function isRead(sql: string): boolean {
  if (/^\s*SELECT\b/i.test(sql)) return true;
  return /^\s*WITH\b/i.test(sql) && !/\b(INSERT|UPDATE|DELETE)\b|\bFOR (UPDATE|SHARE)\b/i.test(sql);
}

function seqScans(node: PlanNode): StatementProfile['seqScans'] {
  const own =
    node['Node Type'] === 'Seq Scan' && node['Relation Name']
      ? [
          {
            table: node['Relation Name'],
            rowsRead: Math.round(
              ((node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0)) *
                (node['Actual Loops'] ?? 1),
            ),
          },
        ]
      : [];
  return [...own, ...(node.Plans ?? []).flatMap(seqScans)];
}
