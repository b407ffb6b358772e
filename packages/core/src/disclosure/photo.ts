/**
 * The board posting's photo: a JPEG, PNG or WebP, recognised by its first bytes (never by the
 * name or the type the browser claims), at most 10 MB — a phone photo is 2–5 MB.
 */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, at: number, sig: readonly number[]) =>
  sig.every((b, i) => bytes[at + i] === b);

export function sniffPhotoType(bytes: Uint8Array): PhotoType | null {
  if (bytes.length >= 3 && startsWith(bytes, 0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (bytes.length >= 8 && startsWith(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return 'image/png';
  // RIFF....WEBP
  if (
    bytes.length >= 12 &&
    startsWith(bytes, 0, [0x52, 0x49, 0x46, 0x46]) &&
    startsWith(bytes, 8, [0x57, 0x45, 0x42, 0x50])
  )
    return 'image/webp';
  return null;
}

/** Why a photo is refused, or null when it can be stored. */
export function photoProblem(
  bytes: Uint8Array,
): 'photo_empty' | 'photo_too_large' | 'photo_type' | null {
  if (bytes.length === 0) return 'photo_empty';
  if (bytes.length > MAX_PHOTO_BYTES) return 'photo_too_large';
  return sniffPhotoType(bytes) ? null : 'photo_type';
}
