import { randomUUID } from 'node:crypto';
import { DomainError, type Noun } from '@cunzhi/core/errors';
import type { CommandContext } from '../command.ts';
import type { Queryable } from '../db/database.ts';
import {
  findImportJob,
  finishImportJob,
  insertImportJob,
  updateImportProgress,
  type ImportJobRow,
  type ImportProblem,
} from './repository.ts';

export type { ImportJobRow, ImportProblem, ImportStatus } from './repository.ts';

/**
 * Imports that run in the background (a roster, a year of vouchers): the upload is answered at
 * once with the job's id while the work goes on, reporting how many rows it has done, and the
 * page polls the job until it has succeeded or failed. The work itself stays all or
 * nothing (its own single transaction); the job records only its progress and outcome.
 */

/** Thrown by an import's work when the file cannot be imported: nothing was written; the job lists why. */
export class ImportRefused extends Error {
  constructor(readonly problems: readonly ImportProblem[]) {
    super(`import refused with ${problems.length} problem(s)`);
    this.name = 'ImportRefused';
  }
}

export interface ImportJob {
  id: string;
  villageId: string;
  kind: string;
  fileName: string;
  totalRows: number;
}

/**
 * The jobs this process is running, with the rows done so far. A poll answered by the process
 * that runs the job reads its progress here without the database: on the embedded PGlite the
 * import's transaction holds the only connection, and a read would wait until it ends.
 */
const runningHere = new Map<string, { job: ImportJob; processedRows: number }>();

/** Tells the job how many of its rows are done; cheap enough to call for every row. */
export type ReportProgress = (processedRows: number) => void;

/** An import's work: given the way to report progress and its job (whose id the audit event may name). */
export type ImportWork<Result> = (progress: ReportProgress, job: ImportJob) => Promise<Result>;

/** Records a running job of the village, named after the file and the account that uploaded it. */
export async function createImportJob(
  cmd: CommandContext,
  spec: { kind: string; fileName: string; totalRows: number },
): Promise<ImportJob> {
  // the job names who uploaded the file; the system itself never starts an import
  const createdBy = cmd.actorAccountId;
  if (!createdBy) throw new Error('an import is started by a signed-in account');
  const id = randomUUID();
  await cmd.db.transaction((tx) => insertImportJob(tx, cmd.villageId, { id, createdBy, ...spec }));
  return { id, villageId: cmd.villageId, ...spec };
}

/**
 * Writes reported progress in the background, outside the work's transaction (so the polling
 * page sees it), about once per hundredth of the rows and one write at a time: a work that
 * reports every row never queues hundreds of writes behind itself.
 */
function progressWriter(db: Queryable, job: ImportJob) {
  const step = Math.max(1, Math.floor(job.totalRows / 100));
  let latest = 0;
  let written = 0;
  let busy = false;
  let writing = Promise.resolve();
  const report: ReportProgress = (processedRows) => {
    latest = processedRows;
    if (busy || latest - written < step) return;
    busy = true;
    writing = (async () => {
      try {
        while (latest - written >= step) {
          const n = latest;
          await updateImportProgress(db, job.villageId, job.id, n);
          written = n;
        }
      } catch {
        // progress is advisory: the outcome, with the final count, is written when the work ends
      } finally {
        busy = false;
      }
    })();
  };
  return { report, latest: () => latest, settled: () => writing };
}

/**
 * Runs the work of a recorded job and writes its outcome: succeeded with the work's result, or
 * failed with the problems of an `ImportRefused`, or with `internal` for anything else (which
 * is then rethrown, for the caller to log). Resolves once the outcome is written.
 */
export async function runImportJob<Result>(
  cmd: CommandContext,
  job: ImportJob,
  work: ImportWork<Result>,
): Promise<void> {
  const progress = progressWriter(cmd.db, job);
  const here = { job, processedRows: 0 };
  runningHere.set(job.id, here);
  const report: ReportProgress = (n) => {
    here.processedRows = n;
    progress.report(n);
  };
  const finish = async (outcome: Parameters<typeof finishImportJob>[3]) => {
    // the outcome is the last word: a progress write still on its way must not land after it
    await progress.settled();
    try {
      await finishImportJob(cmd.db, job.villageId, job.id, outcome);
    } finally {
      runningHere.delete(job.id);
    }
  };
  let result: Result;
  try {
    result = await work(report, job);
  } catch (error) {
    const refused = error instanceof ImportRefused ? error : null;
    await finish({
      status: 'failed',
      errors: refused ? refused.problems : [{ row: 0, column: null, error: 'internal' }],
      result: null,
      processedRows: progress.latest(),
    });
    if (refused) return;
    throw error;
  }
  await finish({ status: 'succeeded', errors: [], result, processedRows: job.totalRows });
}

/**
 * Records the job and starts its work without waiting for it: `importId` goes back to the
 * uploader at once; `done` settles when the outcome is written (the route logs a rejection; the
 * demo and tests may await it).
 */
export async function startImportJob<Result>(
  cmd: CommandContext,
  spec: { kind: string; fileName: string; totalRows: number },
  work: ImportWork<Result>,
): Promise<{ importId: string; done: Promise<void> }> {
  const job = await createImportJob(cmd, spec);
  return { importId: job.id, done: runImportJob(cmd, job, work) };
}

/**
 * A job of the village and of this kind, for the page that polls it (a route may call it with
 * the app's context); another village's job, or another kind's, is not found.
 */
export async function importJobOf<Result>(
  app: { db: Queryable },
  villageId: string,
  kind: string,
  id: string,
  what: Noun,
): Promise<ImportJobRow<Result>> {
  const here = runningHere.get(id);
  if (here && here.job.villageId === villageId && here.job.kind === kind)
    return {
      id,
      kind,
      file_name: here.job.fileName,
      status: 'running',
      total_rows: here.job.totalRows,
      processed_rows: here.processedRows,
      errors: [],
      result: null,
    };
  const job = await findImportJob<Result>(app.db, villageId, kind, id);
  if (!job) throw new DomainError('not_found', { what });
  return job;
}
