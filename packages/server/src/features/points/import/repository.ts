import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Queryable, Tx } from '../../../platform/db/database.ts';

/** The village's households by number, with the head's name (an imported line names both). */
export async function ledgerHouseholds(
  db: Queryable,
  villageId: string,
): Promise<Array<{ id: string; number: string; head_name: string | null }>> {
  return db.query(
    `SELECT h.id, h.number, head.name AS head_name FROM household h
     LEFT JOIN person head ON head.village_id = h.village_id AND head.household_id = h.id
       AND head.relation_to_head = 'head'
     WHERE h.village_id = $1`,
    [villageId],
  );
}

export interface LedgerFileRow {
  id: string;
  file_name: string;
  sha256: string;
  lines: number;
  points_total: number;
  imported_by_name: string;
  imported_at: Date;
  publicity_starts_on: CalendarDate;
  publicity_ends_on: CalendarDate;
}

/** The imported files, newest first; or the one with this SHA-256 / id. */
export async function ledgerFiles(
  db: Queryable,
  villageId: string,
  only: { sha256?: string; id?: string } = {},
): Promise<LedgerFileRow[]> {
  return db.query<LedgerFileRow>(
    `SELECT f.id, f.file_name, f.sha256, f.lines, f.points_total, a.display_name AS imported_by_name,
            f.imported_at, f.publicity_starts_on, f.publicity_ends_on
     FROM points_ledger_file f JOIN account a ON a.id = f.imported_by
     WHERE f.village_id = $1 AND ($2::text IS NULL OR f.sha256 = $2) AND ($3::uuid IS NULL OR f.id = $3)
     ORDER BY f.imported_at DESC, f.id`,
    [villageId, only.sha256 ?? null, only.id ?? null],
  );
}

export async function insertLedgerFile(
  tx: Tx,
  villageId: string,
  f: {
    id: string;
    sha256: string;
    fileName: string;
    lines: number;
    pointsTotal: number;
    importedBy: string;
    importedAt: Date;
    publicityStartsOn: CalendarDate;
    publicityEndsOn: CalendarDate;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO points_ledger_file (village_id, id, sha256, file_name, lines, points_total,
       imported_by, imported_at, publicity_starts_on, publicity_ends_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      villageId,
      f.id,
      f.sha256,
      f.fileName,
      f.lines,
      f.pointsTotal,
      f.importedBy,
      f.importedAt,
      f.publicityStartsOn,
      f.publicityEndsOn,
    ],
  );
}
