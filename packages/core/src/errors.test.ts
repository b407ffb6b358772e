import { describe, expect, it } from 'vitest';
import { ERROR_CATALOG, errorMessage } from './errors.ts';

/**
 * The errors that are the server's, not the user's: an unexpected fault, and the speech engine
 * (a program on the server) failing to read a 广播稿 — the user may try again, their input was fine.
 */
const SERVER_SIDE: Record<string, number> = { internal: 500, broadcast_audio_failed: 503 };

describe('error catalog', () => {
  it('has a Chinese and an English message for every error, and a 4xx status for every user error', () => {
    for (const [id, entry] of Object.entries(ERROR_CATALOG)) {
      expect(entry.zh, id).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.en, id).toMatch(/[A-Za-z]/);
      if (id in SERVER_SIDE) expect(entry.status, id).toBe(SERVER_SIDE[id]);
      else expect(entry.status, id).toBeLessThan(500);
    }
  });

  it('fills parameters and names things in the reader’s language', () => {
    expect(errorMessage('not_found', 'zh-CN', { what: 'household' })).toBe('找不到该户');
    expect(errorMessage('not_found', 'en', { what: 'household' })).toBe('No such household');
    expect(errorMessage('resident_id_mismatch', 'en', { what: 'birthDate' })).toBe(
      'does not match the birth date in the ID number',
    );
    expect(errorMessage('field_too_long', 'zh-CN', { max: 30 })).toBe('不能超过 30 个字');
  });

  it('writes a date the Chinese way in Chinese, and ISO in English', () => {
    expect(errorMessage('date_order', 'zh-CN', { other: '2026-12-07' })).toBe(
      '不能早于 2026年12月7日',
    );
    expect(errorMessage('date_order', 'en', { other: '2026-12-07' })).toBe(
      'cannot be earlier than 2026-12-07',
    );
  });
});
