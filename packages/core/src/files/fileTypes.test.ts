import { describe, expect, it } from 'vitest';
import { sniffFileType } from './fileTypes.ts';
import { evidenceProblem, MAX_EVIDENCE_BYTES } from '../supervision/evidence.ts';

const bytes = (...parts: Array<string | number[]>) =>
  Uint8Array.from(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)),
  );

describe('a file is what its first bytes say, not its name', () => {
  it.each([
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe1]), 'image/jpeg'],
    ['PNG', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]), 'image/png'],
    ['WebP', bytes('RIFF', [0, 0, 0, 0], 'WEBP'), 'image/webp'],
    ['PDF', bytes('%PDF-1.7'), 'application/pdf'],
    ['HEIC (iPhone)', bytes([0, 0, 0, 0x18], 'ftypheic'), 'image/heic'],
    ['HEIF (mif1)', bytes([0, 0, 0, 0x18], 'ftypmif1'), 'image/heic'],
    ['MP4 (ftyp, not HEIF)', bytes([0, 0, 0, 0x18], 'ftypisom'), null],
    ['a program', bytes('MZ', [0x90, 0]), null],
    ['a JPEG cut short', bytes([0xff, 0xd8]), null],
    ['nothing', bytes(), null],
  ])('%s', (_name, input, type) => {
    expect(sniffFileType(input)).toBe(type);
  });
});

describe('a finding’s evidence: JPG, PNG or PDF up to the limit', () => {
  const jpeg = (size: number) => {
    const b = new Uint8Array(size);
    b.set([0xff, 0xd8, 0xff]);
    return b;
  };
  it.each([
    ['n−1', MAX_EVIDENCE_BYTES - 1, null],
    ['n', MAX_EVIDENCE_BYTES, null],
    ['n+1', MAX_EVIDENCE_BYTES + 1, 'file_too_large'],
  ])('%s bytes', (_label, size, problem) => {
    expect(evidenceProblem(jpeg(size))).toBe(problem);
  });
  it('refuses HEIC with its own reason, WebP and anything else as the wrong type', () => {
    expect(evidenceProblem(bytes([0, 0, 0, 0x18], 'ftypheic'))).toBe('file_heic');
    expect(evidenceProblem(bytes('RIFF', [0, 0, 0, 0], 'WEBP'))).toBe('file_type');
    expect(evidenceProblem(bytes('%PDF-1.4'))).toBeNull();
  });
});
