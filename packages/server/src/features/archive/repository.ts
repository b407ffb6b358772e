import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { ArchiveType } from '@cunzhi/core/archive/types';
import type { Queryable, Tx } from '../../platform/db/database.ts';

export interface ArchiveFileRow {
  id: string;
  type: ArchiveType;
  title: string;
  document_on: CalendarDate;
  note: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  filed_at: Date;
}

const SELECT_ITEM = `SELECT id, type, title, document_on::text AS document_on, note, file_name, media_type,
    size_bytes, sha256, filed_at FROM archive_item`;

export async function insertArchiveItem(
  tx: Tx,
  villageId: string,
  i: {
    id: string;
    type: ArchiveType;
    title: string;
    documentOn: CalendarDate;
    note: string;
    fileName: string;
    mediaType: string;
    bytes: Uint8Array;
    sha256: string;
    filedBy: string | null;
    filedAt: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO archive_item (village_id, id, type, title, document_on, note, file_name, media_type, size_bytes,
       sha256, bytes, filed_by, filed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      villageId,
      i.id,
      i.type,
      i.title,
      i.documentOn,
      i.note,
      i.fileName,
      i.mediaType,
      i.bytes.length,
      i.sha256,
      i.bytes,
      i.filedBy,
      i.filedAt,
    ],
  );
}

export async function findArchiveItem(
  db: Queryable,
  villageId: string,
  id: string,
): Promise<ArchiveFileRow | null> {
  const [row] = await db.query<ArchiveFileRow>(`${SELECT_ITEM} WHERE village_id = $1 AND id = $2`, [
    villageId,
    id,
  ]);
  return row ?? null;
}

export async function archiveItemsOfYear(
  db: Queryable,
  villageId: string,
  year: number,
): Promise<ArchiveFileRow[]> {
  return db.query<ArchiveFileRow>(
    `${SELECT_ITEM} WHERE village_id = $1 AND document_on >= make_date($2, 1, 1)
       AND document_on < make_date($2 + 1, 1, 1) ORDER BY document_on, title`,
    [villageId, year],
  );
}

/** The bytes of a filed document (read only when it is downloaded or exported). */
export async function archiveFileBytes(
  db: Queryable,
  villageId: string,
  id: string,
): Promise<Uint8Array | null> {
  const [row] = await db.query<{ bytes: Uint8Array }>(
    'SELECT bytes FROM archive_item WHERE village_id = $1 AND id = $2',
    [villageId, id],
  );
  return row?.bytes ?? null;
}
