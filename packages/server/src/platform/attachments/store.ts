import type { Queryable, Tx } from '../db/database.ts';

/** Where a blob's bytes are kept: PostgreSQL large objects, or files on a shared volume. */
export type StoreKind = 'database' | 'disk';

/**
 * How a failed transaction takes back what a store wrote outside it (a file). A store adds its
 * step before it writes, so a failure at any point after — the write itself, the rows, the
 * audit event, the owning command's own work — removes it; the steps run inside the transaction,
 * before its rollback lets another upload of the same bytes go on (platform/attachments/attach.ts).
 */
export type Undo = Array<() => Promise<void>>;

/** A blob is named by its village and its SHA-256: one copy per village, however many cases hold it. */
export interface BlobKey {
  villageId: string;
  sha256: string;
}

export interface BlobStore {
  readonly kind: StoreKind;
  /**
   * Keeps the bytes of a blob new to its village inside `tx`. Answers the large object's oid
   * (database) or null (disk).
   */
  write(tx: Tx, key: BlobKey, bytes: Uint8Array, undo: Undo): Promise<number | null>;
  /**
   * Takes away the bytes of a blob whose row `tx` has deleted (no case holds it any more): a large
   * object goes with the transaction; a file is set aside under another name, put back by `undo`
   * should the transaction fail. Answers what is left to do once it has committed (delete the
   * set-aside file), or null.
   */
  discard(
    tx: Tx,
    key: BlobKey,
    largeObject: number | null,
    undo: Undo,
  ): Promise<(() => Promise<void>) | null>;
  /** The bytes of a kept blob, or null when they are not there. */
  read(db: Queryable, key: BlobKey, largeObject: number | null): Promise<Uint8Array | null>;
}
