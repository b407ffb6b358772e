import { describe, expect, it } from 'vitest';
import { makeTranslator } from './index.tsx';

describe('times on screen, in the village’s time zone (Asia/Shanghai)', () => {
  const zh = makeTranslator('zh-CN');
  const en = makeTranslator('en');

  it('turns the day at 16:00 UTC: a minute before, at, after', () => {
    expect(zh.dateTime('2026-11-20T15:59:00Z')).toBe('2026年11月20日 23:59');
    expect(zh.dateTime('2026-11-20T16:00:00Z')).toBe('2026年11月21日 00:00');
    expect(zh.dateTime('2026-11-20T16:01:00Z')).toBe('2026年11月21日 00:01');
    expect(en.dateTime('2026-11-20T16:01:00Z')).toBe('2026-11-21 00:01');
  });

  it('reads an instant of the summer-time years from the time zone database', () => {
    // 1 July 1991, 15:30 UTC was 00:30 on 2 July under summer time (UTC+9)
    expect(zh.dateTime('1991-07-01T15:30:00Z')).toBe('1991年7月2日 00:30');
  });

  it('shows text that is no instant as it came', () => {
    expect(zh.dateTime('not a time')).toBe('not a time');
  });

  it('groups numbers', () => {
    expect(zh.num(4185)).toBe('4,185');
    expect(en.num(1234567)).toBe('1,234,567');
  });
});
