import { sniffFileType } from '../files/fileTypes.ts';

/**
 * The board posting's photo: a JPEG, PNG or WebP, recognised by its first bytes (never by the
 * name or the type the browser claims), at most 10 MB — a phone photo is 2–5 MB.
 */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/** The photo's type from its first bytes, when it is one a board photo may be. */
export function sniffPhotoType(bytes: Uint8Array): PhotoType | null {
  const type = sniffFileType(bytes);
  return (PHOTO_TYPES as readonly string[]).includes(type ?? '') ? (type as PhotoType) : null;
}

/** Why a photo is refused, or null when it can be stored. */
export function photoProblem(
  bytes: Uint8Array,
): 'photo_empty' | 'photo_too_large' | 'photo_type' | null {
  if (bytes.length === 0) return 'photo_empty';
  if (bytes.length > MAX_PHOTO_BYTES) return 'photo_too_large';
  return sniffPhotoType(bytes) ? null : 'photo_type';
}
