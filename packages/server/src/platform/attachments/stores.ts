import type { Config } from '../config.ts';
import { databaseStore } from './databaseStore.ts';
import { diskStore } from './diskStore.ts';
import type { BlobStore, StoreKind } from './store.ts';

const disks = new Map<string, BlobStore>();
const diskAt = (dir: string) => {
  const known = disks.get(dir) ?? diskStore(dir);
  disks.set(dir, known);
  return known;
};

/**
 * The store new blobs go to: as the deployment chose (ATTACHMENT_STORE), else large objects on
 * PostgreSQL and files beside PGlite. PGlite runs every statement on its one connection, and a
 * 10 MB large object took it about 4 s to write (a plain bytea column longer still), during
 * which every other request waits; a file costs it nothing.
 */
export function storeFor(
  config: Pick<Config, 'ATTACHMENT_STORE' | 'ATTACHMENTS_DIR' | 'DATABASE_URL'>,
): BlobStore {
  return storeOfKind(
    config.ATTACHMENT_STORE ?? (config.DATABASE_URL ? 'database' : 'disk'),
    config,
  );
}

/** The store a blob was kept in: a blob written before the setting changed is read where it is. */
export function storeOfKind(kind: StoreKind, config: Pick<Config, 'ATTACHMENTS_DIR'>): BlobStore {
  return kind === 'database' ? databaseStore : diskAt(config.ATTACHMENTS_DIR);
}
