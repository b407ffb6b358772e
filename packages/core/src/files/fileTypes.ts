/**
 * What a file is, from its first bytes (its "magic"), never from its name or the type the
 * browser claims: a renamed .exe stays an .exe. Pure, so the server and tests share it.
 */
export const FILE_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'application/pdf',
] as const;
export type FileType = (typeof FILE_TYPES)[number];

const startsWith = (bytes: Uint8Array, at: number, sig: readonly number[]) =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** HEIF brands an iPhone writes (…ftypheic, ftypheix, ftypmif1 …) at byte 4. */
const HEIF_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'];

export function sniffFileType(bytes: Uint8Array): FileType | null {
  if (startsWith(bytes, 0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  // RIFF....WEBP
  if (startsWith(bytes, 0, ascii('RIFF')) && startsWith(bytes, 8, ascii('WEBP')))
    return 'image/webp';
  if (startsWith(bytes, 0, ascii('%PDF-'))) return 'application/pdf';
  if (
    startsWith(bytes, 4, ascii('ftyp')) &&
    HEIF_BRANDS.some((b) => startsWith(bytes, 8, ascii(b)))
  )
    return 'image/heic';
  return null;
}

/** The names a reader knows the accepted types by (JPG、PNG、PDF), for a refusal's message. */
export const FILE_TYPE_NAMES: Record<FileType, string> = {
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/heic': 'HEIC',
  'application/pdf': 'PDF',
};

/** The conventional extension of a stored type (a download's file name). */
export const FILE_EXTENSIONS: Record<FileType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'application/pdf': 'pdf',
};
