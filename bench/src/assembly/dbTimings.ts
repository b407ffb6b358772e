import type { Database, Tx } from '@cunzhi/server/platform/db/database';

/**
 * Where a burst's time goes on the database side, measured by wrapping the
 * app's `Database` (a few performance.now() calls per statement):
 *
 * - statements issued through the app's database interface (BEGIN and COMMIT
 *   are the driver's and not counted);
 * - waiting for a transaction to start (a free pool connection; with PGlite,
 *   the one connection);
 * - statements that take a row lock `FOR UPDATE` (the meeting row, the
 *   village's audit chain head): their time is mostly waiting for the lock;
 * - the locked section: from the first `FOR UPDATE` lock granted to the end
 *   of COMMIT. Requests that take the same lock cannot overlap there, so
 *   when the sections add up to about the wall time, that lock serialises
 *   the burst.
 */
export interface DbTotals {
  statements: number;
  transactions: number;
  /** Time in statements that are not `FOR UPDATE` locks (round trips and execution). */
  statementMs: number;
  /** Time in `FOR UPDATE` statements (mostly waiting for the row lock). */
  lockStatementMs: number;
  /** Waiting to begin a transaction. */
  txStartWaitMs: number;
  /** Sum of locked sections. */
  lockedMs: number;
  /** Transactions that took a `FOR UPDATE` lock. */
  lockedTransactions: number;
  /** Sum of whole transactions (from asking for one to the end of COMMIT). */
  transactionMs: number;
  /** Time per statement text (whitespace collapsed), slowest first. */
  byStatement: Array<{ sql: string; count: number; ms: number }>;
}

export interface TimedDatabase {
  db: Database;
  /** Totals since the last reset. */
  totals(): DbTotals;
  reset(): void;
}

const FOR_UPDATE = /\bFOR\s+UPDATE\b/i;

type Totals = Omit<DbTotals, 'byStatement'> & {
  byStatement: Map<string, { count: number; ms: number }>;
};

function zero(): Totals {
  return {
    statements: 0,
    transactions: 0,
    statementMs: 0,
    lockStatementMs: 0,
    txStartWaitMs: 0,
    lockedMs: 0,
    lockedTransactions: 0,
    transactionMs: 0,
    byStatement: new Map(),
  };
}

export function timedDatabase(inner: Database): TimedDatabase {
  let t = zero();

  async function timed<T>(sql: string, run: () => Promise<T>, onLock?: () => void): Promise<T> {
    const start = performance.now();
    try {
      return await run();
    } finally {
      const ms = performance.now() - start;
      t.statements += 1;
      const key = sql.replace(/\s+/g, ' ').trim();
      const seen = t.byStatement.get(key) ?? { count: 0, ms: 0 };
      seen.count += 1;
      seen.ms += ms;
      t.byStatement.set(key, seen);
      if (FOR_UPDATE.test(sql)) {
        t.lockStatementMs += ms;
        onLock?.();
      } else t.statementMs += ms;
    }
  }

  const db: Database = {
    kind: inner.kind,
    query: (text, params) => timed(text, () => inner.query(text, params)),
    async transaction(work) {
      const asked = performance.now();
      let lockedAt: number | null = null;
      try {
        return await inner.transaction((tx) => {
          t.txStartWaitMs += performance.now() - asked;
          const wrapped: Tx = {
            inTransaction: true,
            query: (text, params) =>
              timed(
                text,
                () => tx.query(text, params),
                () => {
                  lockedAt ??= performance.now();
                },
              ),
          };
          return work(wrapped);
        });
      } finally {
        const end = performance.now();
        t.transactions += 1;
        t.transactionMs += end - asked;
        if (lockedAt !== null) {
          t.lockedTransactions += 1;
          t.lockedMs += end - lockedAt;
        }
      }
    },
    close: () => inner.close(),
  };
  return {
    db,
    totals: () => ({
      ...t,
      byStatement: [...t.byStatement]
        .map(([sql, x]) => ({ sql, ...x }))
        .sort((a, b) => b.ms - a.ms),
    }),
    reset() {
      t = zero();
    },
  };
}
