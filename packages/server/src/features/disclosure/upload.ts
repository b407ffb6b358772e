import type { FastifyRequest } from 'fastify';
import { MAX_PHOTO_BYTES } from '@cunzhi/core/disclosure/photo';
import { DomainError } from '@cunzhi/core/errors';
import { isStorableText } from '@cunzhi/contract/common';

const FIELDS = ['postedOn', 'takenDownOn', 'place'] as const;
type Field = (typeof FIELDS)[number];

/**
 * The posting form as sent (`multipart/form-data`): its text parts and the photo's bytes.
 * A photo over the limit is read only up to the limit and refused with the field named;
 * the checks of the values themselves are the command's.
 */
export async function readPostingUpload(
  request: FastifyRequest,
): Promise<Partial<Record<Field, string>> & { photo: Uint8Array | null }> {
  if (!request.isMultipart())
    throw new DomainError('validation_failed', {}, [{ field: 'photo', error: 'photo_empty' }]);
  const out: Partial<Record<Field, string>> & { photo: Uint8Array | null } = { photo: null };
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      if (part.fieldname !== 'photo') continue;
      if (part.file.truncated || bytes.length > MAX_PHOTO_BYTES)
        throw new DomainError('validation_failed', {}, [
          {
            field: 'photo',
            error: 'photo_too_large',
            params: { maxMb: MAX_PHOTO_BYTES / 1024 / 1024 },
          },
        ]);
      out.photo = bytes;
    } else if ((FIELDS as readonly string[]).includes(part.fieldname)) {
      const value = String(part.value);
      // what JSON bodies get from the contract: text the database cannot store is refused
      if (!isStorableText(value))
        throw new DomainError('validation_failed', {}, [
          { field: part.fieldname, error: 'text_unstorable' },
        ]);
      out[part.fieldname as Field] = value;
    }
  }
  return out;
}
