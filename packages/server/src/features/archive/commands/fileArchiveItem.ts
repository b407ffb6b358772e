import { createHash, randomUUID } from 'node:crypto';
import { ARCHIVE_TYPES, ARCHIVE_TYPE_INFO, type ArchiveType } from '@cunzhi/core/archive/types';
import { isStorableText } from '@cunzhi/core/storableText';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { findArchiveItem, insertArchiveItem } from '../repository.ts';

/** A filed document: at most 10 MB (a scanned contract or ballot tally sheet). */
export const MAX_ARCHIVE_FILE_BYTES = 10 * 1024 * 1024;

/** The filing form as sent: its text parts and the file; the command checks the values. */
export type ArchiveUpload = Partial<Record<'type' | 'title' | 'documentOn' | 'note', string>> & {
  file: { name: string; mediaType: string; bytes: Uint8Array } | null;
};

/** The media type as stored: what the browser said, if it is a plain `type/subtype`. */
function mediaTypeOf(claimed: string): string {
  return /^[\w.+-]+\/[\w.+-]+$/.test(claimed) ? claimed : 'application/octet-stream';
}

function checkedType(value: string | undefined): ArchiveType {
  if (!value) fieldError('type', 'field_required');
  if (!(ARCHIVE_TYPES as readonly string[]).includes(value)) fieldError('type', 'enum_invalid');
  const type = value as ArchiveType;
  if (ARCHIVE_TYPE_INFO[type].source !== 'manual') fieldError('type', 'archive_type_from_records');
  return type;
}

/**
 * A committee member or supervisor files a document by hand (election files, a contract,
 * construction records …): its kind, title, its own date (not in the future), a note and
 * the file, whose bytes are kept with their SHA-256. Audited as archiveItem.filed (the
 * hash, never the bytes, on the chain).
 */
export async function fileArchiveItem(cmd: CommandContext, input: ArchiveUpload) {
  const type = checkedType(input.type);
  const title = (input.title ?? '').trim();
  if (!title) fieldError('title', 'field_required');
  if (title.length > 200) fieldError('title', 'field_too_long', { max: 200 });
  if (!input.documentOn) fieldError('documentOn', 'field_required');
  const documentOn = dateField('documentOn', input.documentOn);
  if (documentOn > cmd.clock.today()) fieldError('documentOn', 'date_in_future');
  const note = (input.note ?? '').trim();
  if (note.length > 2000) fieldError('note', 'field_too_long', { max: 2000 });
  const file = input.file;
  if (!file || file.bytes.length === 0) fieldError('file', 'archive_file_empty');
  const fileName = isStorableText(file.name) ? file.name.slice(0, 200) : 'file';
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const id = randomUUID();
  const mediaType = mediaTypeOf(file.mediaType);
  return cmd.db.transaction(async (tx) => {
    const filedAt = cmd.clock.now();
    await insertArchiveItem(tx, cmd.villageId, {
      id,
      type,
      title,
      documentOn,
      note,
      fileName,
      mediaType,
      bytes: file.bytes,
      sha256,
      filedBy: cmd.actorAccountId,
      filedAt,
    });
    await recordEvent(
      cmd,
      tx,
      'archiveItem.filed',
      { type: 'archiveItem', id },
      {
        type,
        title,
        documentOn,
        note,
        file: { name: fileName, mediaType, bytes: file.bytes.length, sha256 },
      },
    );
    return { row: (await findArchiveItem(tx, cmd.villageId, id))!, filedAt };
  });
}
