import type { Queryable, Tx } from '../db/database.ts';
import type { BlobKey, StoreKind } from './store.ts';

/** The rows of attachments and the blobs they point at (migration 0033), and the large objects. */

export interface OwnerKey {
  villageId: string;
  kind: string;
  id: string;
}

export interface AttachmentRow {
  id: string;
  owner_kind: string;
  owner_id: string;
  sha256: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  attached_by: string | null;
  created_at: Date;
  store: StoreKind;
  large_object: number | null;
}

/** Lock-space of attachments' advisory locks (the second key is a hash of what is locked). */
const LOCKS = 727033;

/** Serialises the uploads to one case (its count) or of one blob (its first write). */
export async function lockKey(tx: Tx, key: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCKS, key]);
}

export async function newLargeObject(tx: Tx, bytes: Uint8Array): Promise<number> {
  const [row] = await tx.query<{ oid: number | string }>('SELECT lo_from_bytea(0, $1) AS oid', [
    bytes,
  ]);
  return Number(row!.oid);
}

export async function largeObjectBytes(db: Queryable, oid: number): Promise<Uint8Array> {
  const [row] = await db.query<{ bytes: Uint8Array }>('SELECT lo_get($1) AS bytes', [oid]);
  return row!.bytes;
}

export async function blobExists(tx: Tx, key: BlobKey): Promise<boolean> {
  const rows = await tx.query(
    'SELECT 1 FROM attachment_blob WHERE village_id = $1 AND sha256 = $2',
    [key.villageId, key.sha256],
  );
  return rows.length > 0;
}

export async function insertBlob(
  tx: Tx,
  row: BlobKey & {
    mediaType: string;
    sizeBytes: number;
    store: StoreKind;
    largeObject: number | null;
    at: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO attachment_blob (village_id, sha256, media_type, size_bytes, store, large_object, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [row.villageId, row.sha256, row.mediaType, row.sizeBytes, row.store, row.largeObject, row.at],
  );
}

/**
 * The SHA-256 of each file a case already holds, with the attachment that holds it, and the
 * position the next one takes (after the last: a removed one leaves its place empty).
 */
export async function ownerHashes(
  tx: Tx,
  owner: OwnerKey,
): Promise<{ held: Map<string, string>; next: number }> {
  const rows = await tx.query<{ id: string; sha256: string; position: number }>(
    `SELECT id, sha256, position FROM attachment
     WHERE village_id = $1 AND owner_kind = $2 AND owner_id = $3 ORDER BY position`,
    [owner.villageId, owner.kind, owner.id],
  );
  return {
    held: new Map(rows.map((r) => [r.sha256, r.id])),
    next: rows.length === 0 ? 0 : rows[rows.length - 1]!.position + 1,
  };
}

export async function insertAttachment(
  tx: Tx,
  owner: OwnerKey,
  row: {
    id: string;
    position: number;
    sha256: string;
    name: string;
    by: string | null;
    at: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO attachment (village_id, id, owner_kind, owner_id, position, sha256, file_name, attached_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      owner.villageId,
      row.id,
      owner.kind,
      owner.id,
      row.position,
      row.sha256,
      row.name,
      row.by,
      row.at,
    ],
  );
}

const SELECT_ATTACHMENT = `
  SELECT a.id, a.owner_kind, a.owner_id, a.sha256, a.file_name, b.media_type, b.size_bytes,
         a.attached_by, a.created_at, b.store, b.large_object
  FROM attachment a
  JOIN attachment_blob b ON b.village_id = a.village_id AND b.sha256 = a.sha256`;

/** A case's attachments in the order they were added. */
export async function attachmentsOf(db: Queryable, owner: OwnerKey): Promise<AttachmentRow[]> {
  return db.query<AttachmentRow>(
    `${SELECT_ATTACHMENT}
     WHERE a.village_id = $1 AND a.owner_kind = $2 AND a.owner_id = $3
     ORDER BY a.position`,
    [owner.villageId, owner.kind, owner.id],
  );
}

export async function attachmentOf(
  db: Queryable,
  owner: OwnerKey,
  attachmentId: string,
): Promise<AttachmentRow | null> {
  const [row] = await db.query<AttachmentRow>(
    `${SELECT_ATTACHMENT}
     WHERE a.village_id = $1 AND a.owner_kind = $2 AND a.owner_id = $3 AND a.id = $4`,
    [owner.villageId, owner.kind, owner.id, attachmentId],
  );
  return row ?? null;
}

/** Every kept blob, for the check that its bytes still have its hash (verify.ts). */
export async function allBlobs(
  db: Queryable,
): Promise<
  Array<{ village_id: string; sha256: string; store: StoreKind; large_object: number | null }>
> {
  return db.query(
    'SELECT village_id, sha256, store, large_object FROM attachment_blob ORDER BY village_id, sha256',
  );
}

/** Attachments whose file no `attachments.added` event of their village names (id and hash). */
export async function attachmentsOffChain(
  db: Queryable,
): Promise<Array<{ village_id: string; id: string; sha256: string }>> {
  return db.query(
    `SELECT a.village_id, a.id, a.sha256 FROM attachment a
     WHERE NOT EXISTS (
       SELECT 1 FROM audit_event e
       WHERE e.chain_id = a.village_id AND e.action = 'attachments.added'
         AND e.target_type = a.owner_kind AND e.target_id = a.owner_id::text
         AND e.data -> 'files' @> jsonb_build_array(jsonb_build_object('id', a.id::text, 'sha256', a.sha256)))
     ORDER BY a.village_id, a.id`,
  );
}

/** Takes one attachment off its case; answers what it was (null: no such attachment). */
export async function deleteAttachment(
  tx: Tx,
  owner: OwnerKey,
  attachmentId: string,
): Promise<{ sha256: string; attached_by: string | null } | null> {
  const [row] = await tx.query<{ sha256: string; attached_by: string | null }>(
    `DELETE FROM attachment
     WHERE village_id = $1 AND owner_kind = $2 AND owner_id = $3 AND id = $4
     RETURNING sha256, attached_by`,
    [owner.villageId, owner.kind, owner.id, attachmentId],
  );
  return row ?? null;
}

/** Drops a blob no attachment holds any more; answers where its bytes were (null: still held). */
export async function deleteBlobIfUnheld(
  tx: Tx,
  key: BlobKey,
): Promise<{ store: StoreKind; large_object: number | null } | null> {
  const [row] = await tx.query<{ store: StoreKind; large_object: number | null }>(
    `DELETE FROM attachment_blob b
     WHERE b.village_id = $1 AND b.sha256 = $2
       AND NOT EXISTS (SELECT 1 FROM attachment a WHERE a.village_id = b.village_id AND a.sha256 = b.sha256)
     RETURNING b.store, b.large_object`,
    [key.villageId, key.sha256],
  );
  return row ?? null;
}

export async function unlinkLargeObject(tx: Tx, oid: number): Promise<void> {
  await tx.query('SELECT lo_unlink($1)', [oid]);
}
