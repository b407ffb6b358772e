import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { BlobKey, BlobStore } from './store.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Blobs as files under `dir`: <village>/<first two hex digits>/<sha256>. A file is written to a
 * temporary name, flushed to the disk and renamed into place, so a reader never sees half of
 * one and a crash leaves at most a `.part` file no row points at. Several app servers need
 * `dir` on one shared volume (docs/deployment.md).
 */
export function diskStore(dir: string): BlobStore {
  const pathOf = ({ villageId, sha256 }: BlobKey) => {
    // both are checked before they become a path: no "../" can come through
    if (!UUID.test(villageId) || !SHA256.test(sha256)) throw new Error('not a blob key');
    return path.join(dir, villageId, sha256.slice(0, 2), sha256);
  };
  return {
    kind: 'disk',
    async write(_tx, key, bytes, undo) {
      const target = pathOf(key);
      const part = `${target}.${randomUUID()}.part`;
      undo.push(async () => {
        await rm(part, { force: true });
        await rm(target, { force: true });
      });
      await mkdir(path.dirname(target), { recursive: true });
      const file = await open(part, 'wx');
      try {
        await file.writeFile(bytes);
        // on the disk before the row that points at it commits
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(part, target);
      return null;
    },
    async discard(_tx, key, _largeObject, undo) {
      const target = pathOf(key);
      const aside = `${target}.${randomUUID()}.removed`;
      try {
        await rename(target, aside);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      undo.push(() => rename(aside, target));
      return () => rm(aside, { force: true });
    },
    async read(_db, key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}
