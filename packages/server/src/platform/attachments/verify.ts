import { createHash } from 'node:crypto';
import type { Config } from '../config.ts';
import type { Queryable } from '../db/database.ts';
import { allBlobs, attachmentsOffChain } from './repository.ts';
import { storeOfKind } from './stores.ts';

/** What a blob's check found: its bytes are there and still have its hash, or not. */
async function blobProblem(
  ctx: { db: Queryable; config: Pick<Config, 'ATTACHMENTS_DIR'> },
  blob: Awaited<ReturnType<typeof allBlobs>>[number],
): Promise<string | null> {
  const key = { villageId: blob.village_id, sha256: blob.sha256 };
  const bytes = await storeOfKind(blob.store, ctx.config)
    .read(ctx.db, key, blob.large_object)
    // a large object dropped behind the database's back answers an error, not nothing
    .catch(() => null);
  if (!bytes) return '文件缺失 / the file is missing';
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return sha256 === blob.sha256 ? null : `内容已改变 / the bytes changed (now ${sha256})`;
}

/**
 * `verify-attachments`: every kept file still has the SHA-256 it was stored under, wherever it is
 * kept, and every attachment is named, id and hash, by an `attachments.added` event on its
 * village's audit chain (one added behind the app's back is not). Run `verify-audit` beside it:
 * this trusts the events it reads. Prints one line per problem and a total; answers the exit
 * code (0 all intact, 1 a problem).
 */
export async function verifyAttachments(
  ctx: { db: Queryable; config: Pick<Config, 'ATTACHMENTS_DIR'> },
  print: (line: string) => void = () => undefined,
): Promise<number> {
  const blobs = await allBlobs(ctx.db);
  let problems = 0;
  for (const blob of blobs) {
    const problem = await blobProblem(ctx, blob);
    if (!problem) continue;
    problems += 1;
    print(`✘ ${blob.village_id} ${blob.sha256} (${blob.store})  ${problem}`);
  }
  const offChain = await attachmentsOffChain(ctx.db);
  for (const a of offChain)
    print(`✘ ${a.village_id} attachment ${a.id}  审计链上没有记录 / not on the audit chain`);
  problems += offChain.length;
  print(`${problems === 0 ? '✔' : '✘'} ${blobs.length} files checked, ${problems} problems`);
  return problems > 0 ? 1 : 0;
}
