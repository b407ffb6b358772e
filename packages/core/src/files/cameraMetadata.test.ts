import { describe, expect, it } from 'vitest';
import { withoutCameraMetadata } from './cameraMetadata.ts';

const bytes = (...parts: Array<number[] | string>) =>
  Uint8Array.from(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)),
  );
/** A JPEG segment: marker, big-endian length (itself included), payload. */
const segment = (marker: number, payload: string) => {
  const n = payload.length + 2;
  return [0xff, marker, n >> 8, n & 0xff, ...[...payload].map((c) => c.charCodeAt(0))];
};

describe('photos are kept without the camera’s metadata', () => {
  const SOI = [0xff, 0xd8];
  const app0 = segment(0xe0, 'JFIF\0');
  const exif = segment(0xe1, 'Exif\0\0GPS 31.2304N 121.4737E');
  const xmp = segment(0xe1, 'http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>');
  const comment = segment(0xfe, 'owner 张三');
  const dqt = segment(0xdb, 'quant');
  const sos = segment(0xda, 'scan');
  // compressed data may hold 0xff bytes (stuffed as ff 00) and restart markers
  const picture = [0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0xd9];

  it('JPEG: drops Exif (GPS), XMP and comments; keeps JFIF, the tables and the picture byte for byte', () => {
    const photo = bytes(SOI, app0, exif, xmp, comment, dqt, sos, picture);
    const kept = withoutCameraMetadata(photo, 'image/jpeg');
    expect(kept).toEqual(bytes(SOI, app0, dqt, sos, picture));
    expect(new TextDecoder().decode(kept)).not.toContain('GPS');
  });

  it('JPEG: a file with nothing to drop, or one that does not parse, is kept as it came', () => {
    const plain = bytes(SOI, app0, dqt, sos, picture);
    expect(withoutCameraMetadata(plain, 'image/jpeg')).toEqual(plain);
    const cut = bytes(SOI, app0, exif.slice(0, 10));
    expect(withoutCameraMetadata(cut, 'image/jpeg')).toBe(cut);
  });

  /** A PNG chunk: length, type, data and a CRC (not checked here, kept as given). */
  const chunk = (type: string, data: string) => [
    0,
    0,
    0,
    data.length,
    ...[...type, ...data].map((c) => c.charCodeAt(0)),
    1,
    2,
    3,
    4,
  ];
  const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

  it('PNG: drops eXIf, text and time chunks; keeps the picture’s chunks in order', () => {
    const ihdr = chunk('IHDR', 'header-13-byt');
    const idat = chunk('IDAT', 'pixels');
    const iend = chunk('IEND', '');
    const photo = bytes(
      SIGNATURE,
      ihdr,
      chunk('eXIf', 'GPS'),
      chunk('tEXt', 'Author\0张'),
      chunk('tIME', '1234567'),
      idat,
      chunk('iTXt', 'x'),
      iend,
    );
    expect(withoutCameraMetadata(photo, 'image/png')).toEqual(bytes(SIGNATURE, ihdr, idat, iend));
  });

  /** A WebP chunk: four letters, little-endian size, payload padded to an even length. */
  const riffChunk = (type: string, payload: number[]) => [
    ...[...type].map((c) => c.charCodeAt(0)),
    payload.length & 0xff,
    payload.length >> 8,
    0,
    0,
    ...payload,
    ...(payload.length % 2 ? [0] : []),
  ];
  const riff = (...chunks: number[][]) => {
    const body = chunks.flat();
    const n = body.length + 4;
    return bytes('RIFF', [n & 0xff, n >> 8, 0, 0], 'WEBP', body);
  };

  it('WebP: drops EXIF (GPS) and XMP and clears their flags; keeps the picture and ICC, sizes right', () => {
    // VP8X flags: ICC 0x20, EXIF 0x08, XMP 0x04; then a 24-bit canvas size
    const vp8x = (flags: number) => riffChunk('VP8X', [flags, 0, 0, 0, 9, 0, 0, 9, 0, 0]);
    const icc = riffChunk('ICCP', [1, 2, 3]);
    const picture = riffChunk('VP8 ', [0x9d, 0x01, 0x2a, 7, 7]);
    const exif = riffChunk(
      'EXIF',
      [...'GPS 31.2304N'].map((c) => c.charCodeAt(0)),
    );
    const xmp = riffChunk(
      'XMP ',
      [...'<x:xmpmeta/>'].map((c) => c.charCodeAt(0)),
    );
    const photo = riff(vp8x(0x20 | 0x08 | 0x04), icc, picture, exif, xmp);
    const kept = withoutCameraMetadata(photo, 'image/webp');
    expect(kept).toEqual(riff(vp8x(0x20), icc, picture));
    expect(new TextDecoder().decode(kept)).not.toContain('GPS');
    const cut = photo.slice(0, photo.length - 3);
    expect(withoutCameraMetadata(cut, 'image/webp')).toBe(cut);
  });

  it('a PDF or an unknown file is never touched', () => {
    const pdf = bytes('%PDF-1.7 /Author (张三)');
    expect(withoutCameraMetadata(pdf, 'application/pdf')).toBe(pdf);
    expect(withoutCameraMetadata(pdf, null)).toBe(pdf);
  });
});
