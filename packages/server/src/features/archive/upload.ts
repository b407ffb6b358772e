import type { FastifyRequest } from 'fastify';
import { DomainError } from '@cunzhi/core/errors';
import { isStorableText } from '@cunzhi/contract/common';

/** A filed document: at most 10 MB (a scanned contract or ballot tally sheet). */
export const MAX_ARCHIVE_FILE_BYTES = 10 * 1024 * 1024;

const FIELDS = ['type', 'title', 'documentOn', 'note'] as const;
type Field = (typeof FIELDS)[number];

export type ArchiveUpload = Partial<Record<Field, string>> & {
  file: { name: string; mediaType: string; bytes: Uint8Array } | null;
};

const tooLarge = () =>
  new DomainError('validation_failed', {}, [
    {
      field: 'file',
      error: 'archive_file_too_large',
      params: { maxMb: MAX_ARCHIVE_FILE_BYTES / 1024 / 1024 },
    },
  ]);

/** The filing form as sent (`multipart/form-data`): its text parts and the file; the command checks the values. */
export async function readArchiveUpload(request: FastifyRequest): Promise<ArchiveUpload> {
  if (!request.isMultipart())
    throw new DomainError('validation_failed', {}, [
      { field: 'file', error: 'archive_file_empty' },
    ]);
  const out: ArchiveUpload = { file: null };
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      if (part.fieldname !== 'file') continue;
      if (part.file.truncated || bytes.length > MAX_ARCHIVE_FILE_BYTES) throw tooLarge();
      out.file = { name: part.filename || 'file', mediaType: part.mimetype, bytes };
    } else if ((FIELDS as readonly string[]).includes(part.fieldname)) {
      const value = String(part.value);
      if (!isStorableText(value))
        throw new DomainError('validation_failed', {}, [
          { field: part.fieldname, error: 'text_unstorable' },
        ]);
      out[part.fieldname as Field] = value;
    }
  }
  return out;
}
