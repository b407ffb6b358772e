import { deflateSync } from 'node:zlib';

/**
 * A small, valid PNG made in code (no binary in the repository): the demo's photo of a voucher
 * without its approval slip — a pale page with ruled lines and a red mark where the slip is
 * missing. Deterministic, so the demo's hash on the audit chain is the same every run.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** The colour of one pixel of the page: paper, ruled lines, a red circle around the gap. */
function pixel(x: number, y: number, w: number, h: number): [number, number, number] {
  const dx = x - w * 0.7;
  const dy = y - h * 0.6;
  const r = Math.sqrt(dx * dx + dy * dy);
  if (Math.abs(r - h * 0.22) < 1.2) return [200, 30, 30];
  if (y % 8 === 0 && x > 4 && x < w - 4) return [150, 170, 200];
  return [246, 241, 226];
}

/** An RGB PNG of `width` × `height` pixels. */
export function demoEvidencePng(width = 96, height = 64): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter, no interlace
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) raw.set(pixel(x, y, width, height), row + 1 + x * 3);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}
