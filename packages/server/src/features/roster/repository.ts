import type { Queryable, Tx } from '../../platform/db/database.ts';
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
