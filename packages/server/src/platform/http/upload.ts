import type { FastifyRequest } from 'fastify';
import { DomainError, type ErrorId } from '@cunzhi/core/errors';
import { FILE_TYPE_NAMES, sniffFileType, type FileType } from '@cunzhi/core/files/fileTypes';
import { withoutCameraMetadata } from '@cunzhi/core/files/cameraMetadata';
import { isStorableText } from '@cunzhi/contract/common';

/**
 * Every form that sends files (`multipart/form-data`) is read here: the archive's filing, a
 * board photo, a voucher's receipt, a roster or ledger sheet, a finding's evidence. Each caller
 * says which text parts and file parts it takes and their limits; what breaks a limit is refused
 * as a field error in the reader's language (400 `validation_failed`), never a 500 and never a
 * file half read into a command. Photos come out without the camera's metadata (location, the
 * phone, the owner: core/files/cameraMetadata.ts).
 */

/** One file part as received. `type` is what its bytes are (null: none of the known types). */
export interface UploadedFile {
  field: string;
  name: string;
  bytes: Buffer;
  type: FileType | null;
  /** What the browser claimed: kept for files any type of which is accepted (the archive). */
  claimedType: string;
}

export interface FileRule {
  /** The largest file accepted, in bytes (a file of exactly this size is accepted). */
  maxBytes: number;
  /** How many files this part may carry (default 1). */
  maxCount?: number;
  /** The types accepted, recognised by their first bytes; omitted: any file. */
  types?: readonly FileType[];
  /** The error named on the field when a file is too large (`{maxMb}`), default `file_too_large`. */
  tooLarge?: ErrorId;
  /** The error named on the field when the type is not accepted (`{types}`), default `file_type`. */
  wrongType?: ErrorId;
}

export interface UploadRules<F extends string> {
  /** The text parts taken; others are ignored. */
  text: readonly F[];
  /** The file parts taken, by part name; other file parts are read and dropped. */
  files: Record<string, FileRule>;
  /** What is said when the request is not a form at all (no file chosen). */
  missing: { field: string; error: ErrorId };
}

export interface Upload<F extends string> {
  text: Partial<Record<F, string>>;
  files: UploadedFile[];
}

const refuse = (field: string, error: ErrorId, params?: Record<string, string | number>) =>
  new DomainError('validation_failed', {}, [{ field, error, ...(params ? { params } : {}) }]);

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Why one file breaks its part's rule, or nothing. */
function checkFile(file: UploadedFile, rule: FileRule, truncated: boolean): void {
  if (truncated || file.bytes.length > rule.maxBytes)
    throw refuse(file.field, rule.tooLarge ?? 'file_too_large', {
      maxMb: megabytes(rule.maxBytes),
      name: file.name,
    });
  if (!rule.types) return;
  if (file.type === 'image/heic' && !rule.types.includes('image/heic'))
    throw refuse(file.field, 'file_heic');
  if (!file.type || !rule.types.includes(file.type))
    throw refuse(file.field, rule.wrongType ?? 'file_type', {
      types: rule.types.map((t) => FILE_TYPE_NAMES[t]).join('、'),
    });
}

/** The busboy limits of this form: each file cut one byte past the largest rule, so "over" is seen. */
function limitsOf(rules: UploadRules<string>) {
  const all = Object.values(rules.files);
  return {
    fileSize: Math.max(...all.map((r) => r.maxBytes)) + 1,
    // one more than allowed, so the extra file is refused by name rather than by the parser
    files: all.reduce((n, r) => n + (r.maxCount ?? 1), 0) + 1,
  };
}

/** Reads the form: its text parts (storable text only) and its files, each checked against its rule. */
export async function readUpload<F extends string>(
  request: FastifyRequest,
  rules: UploadRules<F>,
): Promise<Upload<F>> {
  if (!request.isMultipart()) throw refuse(rules.missing.field, rules.missing.error);
  const out: Upload<F> = { text: {}, files: [] };
  // a file over the limit comes back cut (truncated) rather than thrown, so the refusal names
  // its field and our limit; the option is read by @fastify/multipart though not in its types
  const options = { limits: limitsOf(rules), throwFileSizeLimit: false };
  const parts = request.parts(options);
  for await (const part of parts) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      const rule = rules.files[part.fieldname];
      if (!rule) continue;
      const file: UploadedFile = {
        field: part.fieldname,
        name: part.filename || 'file',
        bytes,
        type: sniffFileType(bytes),
        claimedType: part.mimetype,
      };
      checkFile(file, rule, part.file.truncated);
      if (out.files.filter((f) => f.field === file.field).length >= (rule.maxCount ?? 1))
        throw refuse(file.field, 'file_too_many', { max: rule.maxCount ?? 1 });
      // a photo is kept without where it was taken and by which phone: its fingerprint is of this
      const kept = withoutCameraMetadata(bytes, file.type);
      out.files.push(kept === bytes ? file : { ...file, bytes: Buffer.from(kept) });
    } else if ((rules.text as readonly string[]).includes(part.fieldname)) {
      const value = String(part.value);
      // what JSON bodies get from the contract: text the database cannot store is refused
      if (!isStorableText(value)) throw refuse(part.fieldname, 'text_unstorable');
      out.text[part.fieldname as F] = value;
    }
  }
  return out;
}

/** The one file of a single-file form, or the form's "choose a file" refusal. */
export async function readOneFile(
  request: FastifyRequest,
  rule: FileRule & { field?: string; missing?: ErrorId },
): Promise<UploadedFile> {
  const field = rule.field ?? 'file';
  const missing = { field, error: rule.missing ?? 'field_required' };
  const { files } = await readUpload(request, { text: [], files: { [field]: rule }, missing });
  const file = files[0];
  if (!file) throw refuse(missing.field, missing.error);
  return file;
}
