import { largeObjectBytes, newLargeObject, unlinkLargeObject } from './repository.ts';
import type { BlobStore } from './store.ts';

/**
 * Blobs as PostgreSQL large objects (lo_from_bytea / lo_get; PGlite has them too). The object is
 * made inside the command's transaction, so a rollback drops it with the rows: nothing to undo.
 * pg_dump keeps them only with --blobs (-b) when it dumps chosen tables or schemas; a whole-
 * database dump includes them (docs/deployment.md).
 */
export const databaseStore: BlobStore = {
  kind: 'database',
  write: (tx, _key, bytes) => newLargeObject(tx, bytes),
  async discard(tx, _key, largeObject) {
    if (largeObject !== null) await unlinkLargeObject(tx, largeObject);
    return null;
  },
  async read(db, _key, largeObject) {
    return largeObject === null ? null : largeObjectBytes(db, largeObject);
  },
};
