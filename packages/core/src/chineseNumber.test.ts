import { describe, expect, it } from 'vitest';
import { compareByNumber, numberIn, parseChineseNumber } from './chineseNumber.ts';

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
