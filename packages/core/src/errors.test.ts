import { describe, expect, it } from 'vitest';
import { ERROR_CATALOG, errorMessage } from './errors.ts';

describe('error catalog', () => {
  it('has a Chinese and an English message for every error, and a 4xx status for every user error', () => {
    for (const [id, entry] of Object.entries(ERROR_CATALOG)) {
      expect(entry.zh, id).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.en, id).toMatch(/[A-Za-z]/);
      if (id !== 'internal') expect(entry.status, id).toBeLessThan(500);
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
