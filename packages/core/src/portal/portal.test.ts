import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import {
  compareKinds,
  MAX_PAGE,
  MAX_SEARCH_CHARS,
  noticeStanding,
  parsePage,
  parseSearch,
  portalDate,
  portalKind,
} from './portal.ts';

describe('the public portal’s rules', () => {
  it('names the kinds it knows and still shows one it does not', () => {
    expect(portalKind('topic', 'village')).toEqual({
      zh: '议题公示',
      en: 'Topic notices',
      affairs: 'village',
    });
    expect(portalKind('villageAffairs', 'community').zh).toBe('居务公开');
    expect(portalKind('partyAffairs', 'village').affairs).toBe('party');
    expect(portalKind('financeStatement', 'village').affairs).toBe('finance');
    expect(portalKind('lease', 'village')).toMatchObject({
      zh: '公告（lease）',
      affairs: 'village',
    });
    expect(
      ['lease', 'partyAffairs', 'topic', 'financeStatement', 'audit'].sort(compareKinds),
    ).toEqual(['topic', 'financeStatement', 'partyAffairs', 'audit', 'lease']);
  });

  it.each([
    [undefined, { ok: true, text: '', terms: [] }],
    ['', { ok: true, text: '', terms: [] }],
    ['   ', { ok: true, text: '', terms: [] }],
    ['  停车场 ', { ok: true, text: '停车场', terms: ['停车场'] }],
    [
      '停车场\u3000改造  停车场',
      { ok: true, text: '停车场 改造 停车场', terms: ['停车场', '改造'] },
    ],
    ['a\u0000b', { ok: false, problem: 'invalid' }],
    ['a\nb', { ok: false, problem: 'invalid' }],
    [['a', 'b'], { ok: false, problem: 'invalid' }],
    ['一 二 三 四 五 六', { ok: false, problem: 'invalid' }],
  ])('reads the search %j', (raw, expected) => {
    expect(parseSearch(raw)).toEqual(expected);
  });

  it('accepts a search of exactly the longest length, not one character more', () => {
    const longest = '村'.repeat(MAX_SEARCH_CHARS);
    expect(parseSearch(longest)).toMatchObject({ ok: true, text: longest });
    expect(parseSearch(`${longest}村`)).toEqual({ ok: false, problem: 'too_long' });
    // characters, not UTF-16 units: 50 characters outside the BMP are still 50
    expect(parseSearch('𠀀'.repeat(MAX_SEARCH_CHARS))).toMatchObject({ ok: true });
  });

  it.each([
    [undefined, 1],
    ['1', 1],
    ['2', 2],
    [String(MAX_PAGE), MAX_PAGE],
    [String(MAX_PAGE + 1), null],
    ['0', null],
    ['-1', null],
    ['1.5', null],
    ['', null],
    ['abc', null],
    ['99999', null],
    [['1', '2'], null],
  ])('reads the page %j as %j', (raw, expected) => {
    expect(parsePage(raw)).toBe(expected);
  });

  it('writes dates as Chinese documents do, and in English', () => {
    expect(portalDate(calendarDate('2026-11-21'), 'zh-CN')).toBe('2026年11月21日');
    expect(portalDate(calendarDate('2026-01-05'), 'zh-CN')).toBe('2026年1月5日');
    expect(portalDate(calendarDate('2026-01-05'), 'en')).toBe('5 January 2026');
  });

  it('marks a notice whose resolution was revoked or found invalid, or whose meeting was cancelled', () => {
    const none = { resolution: null, meetingCancelled: false };
    expect(noticeStanding(none)).toEqual({ stands: true });
    const valid = { revoked: false, revokedOn: null, invalidReason: null };
    expect(noticeStanding({ ...none, resolution: valid })).toEqual({ stands: true });
    expect(
      noticeStanding({
        ...none,
        resolution: { ...valid, revoked: true, revokedOn: calendarDate('2026-11-01') },
      }),
    ).toEqual({ stands: false, why: 'revoked', on: '2026-11-01' });
    // found invalid wins over revoked: the resolution never stood
    expect(
      noticeStanding({
        ...none,
        resolution: { revoked: true, revokedOn: null, invalidReason: '到会人数不足' },
      }),
    ).toEqual({ stands: false, why: 'invalid', reason: '到会人数不足' });
    expect(noticeStanding({ ...none, meetingCancelled: true })).toEqual({
      stands: false,
      why: 'cancelled',
    });
  });
});
