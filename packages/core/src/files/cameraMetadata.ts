import type { FileType } from './fileTypes.ts';

/**
 * A photo as kept: without what the camera wrote beside the picture — the place it was taken
 * (GPS), the phone's make and serial, the owner's name, a thumbnail of the uncropped picture.
 * A finding's photo, a board photo or a receipt may end up on the public portal; where a
 * villager stood is personal data the record does not need. The picture itself is untouched
 * (its pixels are not decoded), and the fingerprint on the chain is of the file as kept.
 *
 * JPEG: the APP1–APP15 segments (Exif, XMP, IPTC, ICC's neighbours…) and comments go; APP0
 * (JFIF: pixel density) and every segment the decoder needs stay. PNG: the eXIf, text and
 * time chunks go. WebP: the EXIF and XMP chunks go (and their flags in the VP8X header). Anything
 * that does not parse as its type is kept as it came.
 */
export function withoutCameraMetadata(bytes: Uint8Array, type: FileType | null): Uint8Array {
  if (type === 'image/jpeg') return jpegWithout(bytes) ?? bytes;
  if (type === 'image/png') return pngWithout(bytes) ?? bytes;
  if (type === 'image/webp') return webpWithout(bytes) ?? bytes;
  return bytes;
}

function joined(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const SOS = 0xda;
const dropsSegment = (marker: number) => (marker >= 0xe1 && marker <= 0xef) || marker === 0xfe;

/** The JPEG without its APPn (n ≥ 1) and COM segments, or null when it does not parse. */
function jpegWithout(bytes: Uint8Array): Uint8Array | null {
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1]!;
    // fill bytes before a marker
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    // from the start of scan on, the compressed picture and the rest are kept as they are
    if (marker === SOS) return joined([...kept, bytes.subarray(i)]);
    const end = i + 2 + ((bytes[i + 2]! << 8) | bytes[i + 3]!);
    if (end > bytes.length) return null;
    if (!dropsSegment(marker)) kept.push(bytes.subarray(i, end));
    i = end;
  }
  return null;
}

const DROPPED_CHUNKS = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

/** The PNG without its eXIf, text and time chunks, or null when it does not parse. */
function pngWithout(bytes: Uint8Array): Uint8Array | null {
  const kept: Uint8Array[] = [bytes.subarray(0, 8)];
  let i = 8;
  while (i + 12 <= bytes.length) {
    const length =
      ((bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!) >>> 0;
    const end = i + 12 + length;
    if (end > bytes.length) return null;
    const type = String.fromCharCode(...bytes.subarray(i + 4, i + 8));
    if (!DROPPED_CHUNKS.has(type)) kept.push(bytes.subarray(i, end));
    i = end;
    if (type === 'IEND') return joined(kept);
  }
  return null;
}

const littleEndian32 = (bytes: Uint8Array, at: number) =>
  (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;

/** VP8X's flags: bit 3 says an EXIF chunk follows, bit 2 an XMP one. */
const VP8X_METADATA_FLAGS = 0x08 | 0x04;
const WEBP_DROPPED = new Set(['EXIF', 'XMP ']);

/** The WebP without its EXIF and XMP chunks (and their VP8X flags), or null when it does not parse. */
function webpWithout(bytes: Uint8Array): Uint8Array | null {
  const kept: Uint8Array[] = [];
  let i = 12;
  while (i + 8 <= bytes.length) {
    const type = String.fromCharCode(...bytes.subarray(i, i + 4));
    const size = littleEndian32(bytes, i + 4);
    // each chunk's payload is padded to an even length
    const end = i + 8 + size + (size % 2);
    if (end > bytes.length) return null;
    if (type === 'VP8X' && size >= 1) {
      const chunk = bytes.slice(i, end);
      chunk[8] = chunk[8]! & ~VP8X_METADATA_FLAGS;
      kept.push(chunk);
    } else if (!WEBP_DROPPED.has(type)) kept.push(bytes.subarray(i, end));
    i = end;
  }
  if (i !== bytes.length) return null;
  const body = joined(kept);
  const header = new Uint8Array(12);
  header.set(bytes.subarray(0, 12));
  new DataView(header.buffer).setUint32(4, body.length + 4, true);
  return joined([header, body]);
}
