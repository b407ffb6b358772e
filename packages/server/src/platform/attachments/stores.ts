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

/** The store new blobs go to, as the deployment chose (ATTACHMENT_STORE). */
export function storeFor(config: Pick<Config, 'ATTACHMENT_STORE' | 'ATTACHMENTS_DIR'>): BlobStore {
  return storeOfKind(config.ATTACHMENT_STORE, config);
}

/** The store a blob was kept in: a blob written before the setting changed is read where it is. */
export function storeOfKind(kind: StoreKind, config: Pick<Config, 'ATTACHMENTS_DIR'>): BlobStore {
  return kind === 'database' ? databaseStore : diskAt(config.ATTACHMENTS_DIR);
}
