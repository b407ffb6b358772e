import type { Queryable, Tx } from '../../platform/db/database.ts';
import type { RosterColumnKey } from '@cunzhi/core/roster/rosterColumns';
import type { RosterColumnChoice } from '@cunzhi/core/roster/rosterHeaders';

export async function rosterLookups(db: Queryable, villageId: string) {
  const [groups, grids, households, ids] = await Promise.all([
    db.query<{ id: string; number: number; name: string }>(
      'SELECT id, number, name FROM villager_group WHERE village_id = $1',
      [villageId],
    ),
    db.query<{ id: string; name: string }>('SELECT id, name FROM grid WHERE village_id = $1', [
      villageId,
    ]),
    db.query<{ number: string }>('SELECT number FROM household WHERE village_id = $1', [villageId]),
    db.query<{ resident_id_number: string }>(
      'SELECT resident_id_number FROM person WHERE village_id = $1 AND resident_id_number IS NOT NULL',
      [villageId],
    ),
  ]);
  return {
    groups,
    grids,
    householdNumbers: households.map((h) => h.number),
    residentIds: ids.map((r) => r.resident_id_number),
  };
}

export async function insertImportJob(
  tx: Tx,
  villageId: string,
  job: { id: string; fileName: string; createdBy: string; totalRows: number },
): Promise<void> {
  await tx.query(
    `INSERT INTO roster_import (village_id, id, file_name, status, total_rows, created_by) VALUES ($1, $2, $3, 'running', $4, $5)`,
    [villageId, job.id, job.fileName, job.totalRows, job.createdBy],
  );
}

export async function updateImportProgress(
  db: Queryable,
  villageId: string,
  id: string,
  processedRows: number,
): Promise<void> {
  await db.query('UPDATE roster_import SET processed_rows = $3 WHERE village_id = $1 AND id = $2', [
    villageId,
    id,
    processedRows,
  ]);
}

export async function finishImportJob(
  db: Queryable,
  villageId: string,
  id: string,
  r: {
    status: 'failed' | 'succeeded';
    errors: unknown[];
    households: number;
    persons: number;
    processedRows: number;
  },
): Promise<void> {
  await db.query(
    `UPDATE roster_import SET status = $3, errors = $4, households_created = $5, persons_created = $6, processed_rows = $7, finished_at = now()
     WHERE village_id = $1 AND id = $2`,
    [villageId, id, r.status, JSON.stringify(r.errors), r.households, r.persons, r.processedRows],
  );
}

export interface ImportJobRow {
  id: string;
  file_name: string;
  status: 'running' | 'failed' | 'succeeded';
  total_rows: number;
  processed_rows: number;
  errors: Array<{
    row: number;
    column: RosterColumnKey;
    error: string;
    params?: Record<string, string | number>;
  }>;
  households_created: number;
  persons_created: number;
}

export async function findImportJob(
  db: Queryable,
  villageId: string,
  id: string,
): Promise<ImportJobRow | null> {
  const [row] = await db.query<ImportJobRow>(
    'SELECT id, file_name, status, total_rows, processed_rows, errors, households_created, persons_created FROM roster_import WHERE village_id = $1 AND id = $2',
    [villageId, id],
  );
  return row ?? null;
}

/** The village's remembered header → field choices (headers normalised as core's normaliseHeader). */
export async function findColumnMapping(
  db: Queryable,
  villageId: string,
): Promise<Map<string, RosterColumnChoice>> {
  const rows = await db.query<{ header: string; field: RosterColumnChoice }>(
    'SELECT header, field FROM roster_column_mapping WHERE village_id = $1',
    [villageId],
  );
  return new Map(rows.map((r) => [r.header, r.field]));
}

/** Remembers (or changes) what each header holds for this village. */
export async function upsertColumnMapping(
  tx: Tx,
  villageId: string,
  accountId: string,
  columns: ReadonlyArray<{ header: string; field: RosterColumnChoice }>,
): Promise<void> {
  await tx.query(
    `INSERT INTO roster_column_mapping (village_id, header, field, updated_by)
     SELECT $1, c.header, c.field, $2 FROM unnest($3::text[], $4::text[]) AS c(header, field)
     ON CONFLICT (village_id, header) DO UPDATE SET field = EXCLUDED.field, updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [villageId, accountId, columns.map((c) => c.header), columns.map((c) => c.field)],
  );
}
