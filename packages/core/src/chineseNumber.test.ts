import { describe, expect, it } from 'vitest';
import {
  compareByNumber,
  numberIn,
  parseChineseNumber,
  spokenDigits,
  spokenInteger,
} from './chineseNumber.ts';

describe('Chinese numbers', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['十九', 19],
    ['二十', 20],
    ['二十六', 26],
    ['九十九', 99],
    ['一百', 100],
    ['一百零三', 103],
    ['一百一十', 110],
    ['两百', 200],
    ['二百零一', 201],
    ['一千零五十', 1050],
    ['二〇二六', 2026],
  ] as const)('%s → %i', (text, n) => {
    expect(parseChineseNumber(text)).toBe(n);
  });

  it.each(['', '网格', '十a', '第一'])('%j is not a number', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });

  it.each([
    ['第十一网格', 11],
    ['第3网格', 3],
    ['花乡民居二组', 2],
    ['东片', null],
  ] as const)('the number in %s is %s', (name, n) => {
    expect(numberIn(name)).toBe(n);
  });
});

describe('names in their counted order', () => {
  it('第一 < 第二 < … < 第十 < 第十一 < 第二十, not text order', () => {
    const names = [
      '第十一网格',
      '第二网格',
      '第十网格',
      '第一网格',
      '第二十网格',
      '第九网格',
      '第三网格',
    ];
    expect([...names].sort(compareByNumber)).toEqual([
      '第一网格',
      '第二网格',
      '第三网格',
      '第九网格',
      '第十网格',
      '第十一网格',
      '第二十网格',
    ]);
  });

  it.each([
    ['第九网格', '第十网格', -1],
    ['第十网格', '第十网格', 0],
    ['第十一网格', '第十网格', 1],
    ['第2组', '第十组', -1],
    ['第一网格', '东片网格', -1],
    ['东片网格', '第一网格', 1],
  ] as const)('%s vs %s → %i', (a, b, sign) => {
    expect(Math.sign(compareByNumber(a, b))).toBe(sign);
  });
});

describe('spokenInteger: a number as it is said', () => {
  it.each([
    [0, '零'],
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [1000, '一千'],
    [1001, '一千零一'],
    [1005, '一千零五'],
    [1010, '一千零一十'],
    [1234, '一千二百三十四'],
    [10000, '一万'],
    [10010, '一万零一十'],
    [100000, '十万'],
    [110000, '十一万'],
    [1100000, '一百一十万'],
    [450000, '四十五万'],
    [1000001, '一百万零一'],
    [100000000, '一亿'],
    [100010000, '一亿零一万'],
    [-3, '负三'],
  ] as const)('%i → %s', (n, text) => {
    expect(spokenInteger(n)).toBe(text);
  });

  it('goes back to the same number through parseChineseNumber below ten thousand', () => {
    for (const n of [1, 10, 11, 99, 100, 101, 110, 1001, 1010, 9999])
      expect(parseChineseNumber(spokenInteger(n))).toBe(n);
  });
});

describe('spokenDigits: years and codes, digit by digit', () => {
  it('reads a year with 〇 and a phone number with 幺', () => {
    expect(spokenDigits('2026')).toBe('二〇二六');
    expect(spokenDigits('13805711234', { yao: true })).toBe('幺三八〇五七幺幺二三四');
  });
});
