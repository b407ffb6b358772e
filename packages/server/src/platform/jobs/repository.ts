import type { Queryable, Tx } from '../db/database.ts';

/** One problem an import found, by sheet row and the kind's own column key (0: not a row's). */
export interface ImportProblem {
  row: number;
  column: string | null;
  error: string;
  params?: Record<string, string | number>;
}

export type ImportStatus = 'running' | 'failed' | 'succeeded';

export interface ImportJobRow<Result = unknown> {
  id: string;
  kind: string;
  file_name: string;
  status: ImportStatus;
  total_rows: number;
  processed_rows: number;
  errors: ImportProblem[];
  /** What the import made (the kind's own shape); null until it has succeeded. */
  result: Result | null;
}

export async function insertImportJob(
  tx: Tx,
  villageId: string,
  job: { id: string; kind: string; fileName: string; createdBy: string; totalRows: number },
): Promise<void> {
  await tx.query(
    `INSERT INTO import_job (village_id, id, kind, file_name, status, total_rows, created_by)
     VALUES ($1, $2, $3, $4, 'running', $5, $6)`,
    [villageId, job.id, job.kind, job.fileName, job.totalRows, job.createdBy],
  );
}

// progress and the outcome are written outside the import's own transaction, so that the page
// polling the job sees them (a rolled-back import still ends as failed)
export async function updateImportProgress(
  db: Queryable,
  villageId: string,
  id: string,
  processedRows: number,
): Promise<void> {
  await db.query(
    `UPDATE import_job SET processed_rows = $3 WHERE village_id = $1 AND id = $2 AND status = 'running'`,
    [villageId, id, processedRows],
  );
}

export async function finishImportJob(
  db: Queryable,
  villageId: string,
  id: string,
  outcome: {
    status: 'failed' | 'succeeded';
    errors: readonly ImportProblem[];
    result: unknown;
    processedRows: number;
  },
): Promise<void> {
  await db.query(
    `UPDATE import_job SET status = $3, errors = $4, result = $5, processed_rows = $6, finished_at = now()
     WHERE village_id = $1 AND id = $2`,
    [
      villageId,
      id,
      outcome.status,
      JSON.stringify(outcome.errors),
      outcome.result === null ? null : JSON.stringify(outcome.result),
      outcome.processedRows,
    ],
  );
}

/** The village's job of this kind (another village's, or another kind's, is not found). */
export async function findImportJob<Result>(
  db: Queryable,
  villageId: string,
  kind: string,
  id: string,
): Promise<ImportJobRow<Result> | null> {
  const [row] = await db.query<ImportJobRow<Result>>(
    `SELECT id, kind, file_name, status, total_rows, processed_rows, errors, result
     FROM import_job WHERE village_id = $1 AND kind = $2 AND id = $3`,
    [villageId, kind, id],
  );
  return row ?? null;
}
