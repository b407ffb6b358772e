import { describe, expect, it } from 'vitest';
import { auditHashInput, canonicalJson } from './canonical.ts';

describe('canonical JSON for audit hashes', () => {
  it('sorts keys at every depth and drops undefined, so key order never changes a hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":2,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });

  it('keeps Chinese text as is and escapes only what JSON requires', () => {
    expect(canonicalJson({ name: '王"建国"' })).toBe('{"name":"王\\"建国\\""}');
  });

  it('refuses numbers JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
  });

  it('chains on the previous hash', () => {
    const body = {
      chainId: 'c',
      seq: 1,
      actorAccountId: null,
      action: 'x',
      targetType: 't',
      targetId: 'i',
      data: {},
      occurredAt: '2026-11-21T00:00:00.000Z',
    };
    expect(auditHashInput('00', body)).not.toBe(auditHashInput('01', body));
  });
});
