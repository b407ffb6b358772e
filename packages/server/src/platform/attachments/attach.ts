import { createHash, randomUUID } from 'node:crypto';
import {
  ATTACHMENT_TYPES,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_OWNER,
  MAX_FILES_PER_UPLOAD,
  ownerRoomProblem,
} from '@cunzhi/core/attachments/attachments';
import { DomainError, type ErrorId } from '@cunzhi/core/errors';
import { withoutCameraMetadata } from '@cunzhi/core/files/cameraMetadata';
import { FILE_TYPE_NAMES, sniffFileType } from '@cunzhi/core/files/fileTypes';
import type { CommandContext } from '../command.ts';
import type { Tx } from '../db/database.ts';
import { recordEvent } from '../audit/record.ts';
import {
  blobExists,
  insertAttachment,
  insertBlob,
  lockKey,
  ownerHashes,
  type OwnerKey,
} from './repository.ts';
import type { BlobStore, Undo } from './store.ts';
import { storeFor } from './stores.ts';

/** A file to attach: its name as sent and its bytes (the type is read from them here). */
export interface NewFile {
  name: string;
  bytes: Uint8Array;
}

/** Attaches files to a case inside the transaction it was given; answers each file's attachment id. */
export type Attach = (owner: { kind: string; id: string }, files: NewFile[]) => Promise<string[]>;

/** The form field files arrive in: every refusal names it. */
const FIELD = 'files';

/**
 * The rule of the `files` part of any form that attaches to a case (platform/http/upload.ts):
 * `readUpload(request, { text: [...], files: { files: ATTACHMENT_FILES }, missing })`.
 */
export const ATTACHMENT_FILES = {
  maxBytes: MAX_ATTACHMENT_BYTES,
  maxCount: MAX_FILES_PER_UPLOAD,
  types: ATTACHMENT_TYPES,
} as const;
const refuse = (error: ErrorId, params: Record<string, string | number>) =>
  new DomainError('validation_failed', {}, [{ field: FIELD, error, params }]);

const TYPE_NAMES = ATTACHMENT_TYPES.map((t) => FILE_TYPE_NAMES[t]).join('、');

/**
 * One file as it will be kept: its type read from its bytes (JPEG, PNG, WebP, PDF; an iPhone's
 * HEIC refused with how to send a JPG), the camera's metadata (GPS) removed, within the size.
 * Checked here as well as in the form reader, so a file that reaches a case another way (the
 * demo, a feature's own form) meets the same rules.
 */
function kept(file: NewFile) {
  const type = sniffFileType(file.bytes);
  if (type === 'image/heic') throw refuse('file_heic', { name: file.name });
  if (!type || !(ATTACHMENT_TYPES as readonly string[]).includes(type))
    throw refuse('file_type', { types: TYPE_NAMES, name: file.name });
  const bytes = withoutCameraMetadata(file.bytes, type);
  if (bytes.length > MAX_ATTACHMENT_BYTES)
    throw refuse('file_too_large', { maxMb: MAX_ATTACHMENT_BYTES / 1024 / 1024, name: file.name });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { name: file.name.slice(0, 200) || 'file', type, bytes, sha256 };
}

/** Keeps the blob of each new hash (once per village), in hash order so two uploads never deadlock. */
async function keepBlobs(
  cmd: CommandContext,
  tx: Tx,
  store: BlobStore,
  files: ReturnType<typeof kept>[],
  undo: Undo,
): Promise<void> {
  const byHash = new Map(files.map((f) => [f.sha256, f]));
  for (const sha256 of [...byHash.keys()].sort()) {
    const file = byHash.get(sha256)!;
    const key = { villageId: cmd.villageId, sha256 };
    await lockKey(tx, `blob:${cmd.villageId}:${sha256}`);
    if (await blobExists(tx, key)) continue;
    const largeObject = await store.write(tx, key, file.bytes, undo);
    await insertBlob(tx, {
      ...key,
      mediaType: file.type,
      sizeBytes: file.bytes.length,
      store: store.kind,
      largeObject,
      at: cmd.clock.now(),
    });
  }
}

/**
 * Attaches `files` to a case in `tx`: the same file sent to the same case again is the attachment
 * it has; a case keeps at most MAX_ATTACHMENTS_PER_OWNER; one audit event carries each new file's
 * SHA-256 (not its name: a name may be a person's). The owning kind's policy is the caller's to
 * have asked.
 */
async function attachIn(
  cmd: CommandContext,
  tx: Tx,
  store: BlobStore,
  undo: Undo,
  owner: { kind: string; id: string },
  files: NewFile[],
): Promise<string[]> {
  const key: OwnerKey = { villageId: cmd.villageId, ...owner };
  const checked = files.map(kept);
  await lockKey(tx, `owner:${cmd.villageId}:${owner.kind}:${owner.id}`);
  const { held, next } = await ownerHashes(tx, key);
  const fresh = [...new Map(checked.filter((f) => !held.has(f.sha256)).map((f) => [f.sha256, f]))];
  const full = ownerRoomProblem(held.size, fresh.length);
  if (full) throw refuse('attachment_owner_full', { max: MAX_ATTACHMENTS_PER_OWNER, ...full });
  await keepBlobs(cmd, tx, store, checked, undo);
  const at = cmd.clock.now();
  const added = [];
  for (const [n, [sha256, file]] of fresh.entries()) {
    const id = randomUUID();
    const position = next + n;
    const row = { id, position, sha256, name: file.name, by: cmd.actorAccountId, at };
    await insertAttachment(tx, key, row);
    held.set(sha256, id);
    added.push({ id, sha256, mediaType: file.type, sizeBytes: file.bytes.length });
  }
  if (added.length > 0)
    await recordEvent(
      cmd,
      tx,
      'attachments.added',
      { type: owner.kind, id: owner.id },
      {
        files: added,
      },
    );
  return checked.map((f) => held.get(f.sha256)!);
}

/** What a transaction does outside the database: taken back if it fails, finished once it commits. */
export interface Outside {
  undo: Undo;
  afterCommit: Array<() => Promise<void>>;
}

/**
 * One transaction whose writes outside the database (files) are taken back should it fail — before
 * the rollback lets another upload of the same bytes go on — and whose last steps (deleting a file
 * set aside) run once it has committed.
 */
export async function storeTransaction<T>(
  cmd: CommandContext,
  work: (tx: Tx, outside: Outside) => Promise<T>,
): Promise<T> {
  const afterCommit: Outside['afterCommit'] = [];
  const result = await cmd.db.transaction(async (tx) => {
    const undo: Undo = [];
    try {
      return await work(tx, { undo, afterCommit });
    } catch (error) {
      // every step is tried: one that fails must not keep the others' files
      await Promise.allSettled(undo.map((step) => step()));
      throw error;
    }
  });
  await Promise.allSettled(afterCommit.map((step) => step()));
  return result;
}

/**
 * Runs `work` in one transaction with a way to attach files to cases in it: a feature that takes
 * photos with its own form (a 民情 report with a photo) creates its case and attaches them in the
 * same transaction. Should anything in it fail — the file write, the rows, the audit event, the
 * feature's own work — the files written to disk are removed before the rollback, so neither a
 * row nor a file is left (large objects go with the rollback).
 */
export async function attachmentTransaction<T>(
  cmd: CommandContext,
  work: (tx: Tx, attach: Attach) => Promise<T>,
  store: BlobStore = storeFor(cmd.config),
): Promise<T> {
  return storeTransaction(cmd, (tx, { undo }) =>
    work(tx, (owner, files) => attachIn(cmd, tx, store, undo, owner, files)),
  );
}
