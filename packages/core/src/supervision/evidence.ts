import { FILE_TYPE_NAMES, sniffFileType, type FileType } from '../files/fileTypes.ts';

/**
 * A finding's evidence (检查发现的证据): photos taken at the inspection and documents (PDF)
 * looked at. The type is read from the bytes; an iPhone's HEIC is refused with how to send a
 * JPG instead (the village's phones and printers do not all open HEIC).
 */
export const EVIDENCE_TYPES = [
  'image/jpeg',
  'image/png',
  'application/pdf',
] as const satisfies readonly FileType[];
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

/** A phone photo is 2–6 MB; a scanned document stays below 10. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** Files attached to one finding at once: enough for a few photos and the document they show. */
export const MAX_EVIDENCE_FILES = 6;

export const isEvidencePhoto = (type: string) => type === 'image/jpeg' || type === 'image/png';

/** Why a file cannot be kept as evidence (the error id of the field `files`), or null. */
export function evidenceProblem(
  bytes: Uint8Array,
): 'file_too_large' | 'file_heic' | 'file_type' | null {
  if (bytes.length > MAX_EVIDENCE_BYTES) return 'file_too_large';
  const type = sniffFileType(bytes);
  if (type === 'image/heic') return 'file_heic';
  return type && (EVIDENCE_TYPES as readonly string[]).includes(type) ? null : 'file_type';
}

/** The accepted types as a reader knows them (JPG、PNG、PDF), for the refusal's `{types}`. */
export const EVIDENCE_TYPE_NAMES = EVIDENCE_TYPES.map((t) => FILE_TYPE_NAMES[t]).join('、');
