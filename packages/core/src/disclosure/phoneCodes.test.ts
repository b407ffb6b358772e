import { describe, expect, it } from 'vitest';
import { codeRefusal, normalizeName, normalizePhone, PHONE_CODE, sendPause } from './phoneCodes.ts';

const MIN = 60_000;

describe('the one-time code for questions by phone', () => {
  it('reads a mobile number as people type it, and nothing else', () => {
    expect(normalizePhone('138 0013 8000')).toBe('13800138000');
    expect(normalizePhone('138-0013-8000')).toBe('13800138000');
    expect(normalizePhone('+86 13800138000')).toBe('13800138000');
    expect(normalizePhone('8613800138000')).toBe('13800138000');
    for (const bad of [
      '',
      '1380013800',
      '23800138000',
      '138001380001',
      '1380013800x',
      '+1 13800138000',
    ])
      expect(normalizePhone(bad), bad).toBeNull();
  });

  it('reads a name without the spaces typed inside it', () => {
    expect(normalizeName(' 王 建国 ')).toBe('王建国');
  });

  it('refuses a spent code first, then an expired one, then one out of tries', () => {
    const fresh = { usedAtMs: null, expiresAtMs: 10 * MIN, attempts: 0 };
    expect(codeRefusal(fresh, 0)).toBeNull();
    expect(codeRefusal(fresh, 10 * MIN - 1)).toBeNull();
    expect(codeRefusal(fresh, 10 * MIN)).toBe('phone_code_expired');
    expect(codeRefusal({ ...fresh, attempts: PHONE_CODE.maxAttempts - 1 }, 0)).toBeNull();
    expect(codeRefusal({ ...fresh, attempts: PHONE_CODE.maxAttempts }, 0)).toBe(
      'phone_code_exhausted',
    );
    expect(codeRefusal({ ...fresh, attempts: PHONE_CODE.maxAttempts }, 11 * MIN)).toBe(
      'phone_code_expired',
    );
    expect(codeRefusal({ ...fresh, usedAtMs: 1, attempts: 9 }, 11 * MIN)).toBe('phone_code_used');
  });

  it('limits codes per number and per address, and says when the next may be sent', () => {
    const none = { count: 0, oldestMs: null };
    const now = 100 * MIN;
    expect(sendPause({ phone: none, address: none }, now)).toBeNull();
    const phoneFull = { count: PHONE_CODE.perPhone, oldestMs: now - 45 * MIN };
    expect(sendPause({ phone: phoneFull, address: none }, now)).toBe(15);
    expect(
      sendPause({ phone: { ...phoneFull, count: PHONE_CODE.perPhone - 1 }, address: none }, now),
    ).toBeNull();
    const addressFull = { count: PHONE_CODE.perAddress, oldestMs: now - 30 * MIN + 1 };
    // the longer of the two waits (30 minutes and 1 ms); a part of a minute counts as a minute
    expect(sendPause({ phone: phoneFull, address: addressFull }, now)).toBe(31);
    // the oldest code has just left the window
    expect(
      sendPause({ phone: { ...phoneFull, oldestMs: now - 60 * MIN }, address: none }, now),
    ).toBeNull();
  });
});
