import { describe, expect, it } from 'vitest';
import {
  MAX_FEN,
  formatYuan,
  fromYuanText,
  parseYuan,
  spokenYuan,
  toYuanText,
  yuanInCapitals,
  type Fen,
} from './money.ts';

const fen = (n: bigint) => n as Fen;

describe('parseYuan: what people type', () => {
  it.each([
    ['450000', 45_000_000n],
    ['450,000', 45_000_000n],
    ['450,000.5', 45_000_050n],
    ['¥450,000.00', 45_000_000n],
    ['￥1,680.32元', 168_032n],
    ['人民币 3000 元', 300_000n],
    ['４５０，０００．００', 45_000_000n],
    ['0.05', 5n],
    ['0', 0n],
    ['007', 700n],
  ])('%s → %s fen', (text, expected) => {
    expect(parseYuan(text)).toEqual({ fen: expected });
  });

  it.each(['', '  ', '元'])('%j is no amount at all', (text) => {
    expect(parseYuan(text)).toEqual({ fen: null });
  });

  it.each(['-5', '1.234', '1,2345', '12,34', '.5', '五百', '1e5', '1..2', '45万'])(
    '%s is refused as not an amount',
    (text) => {
      expect(parseYuan(text)).toEqual({ problem: 'money_invalid' });
    },
  );

  it('the largest amount the column holds, and one fen more (n, n+1)', () => {
    expect(parseYuan('999999999999.99')).toEqual({ fen: MAX_FEN });
    expect(parseYuan('999999999999.98')).toEqual({ fen: MAX_FEN - 1n });
    expect(parseYuan('1000000000000')).toEqual({ problem: 'money_too_large' });
  });
});

describe('the database’s numeric(14,2) text', () => {
  it.each([
    [0n, '0.00'],
    [5n, '0.05'],
    [168_032n, '1680.32'],
    [MAX_FEN as bigint, '999999999999.99'],
  ])('%s fen ⇄ %s', (n, text) => {
    expect(toYuanText(fen(n))).toBe(text);
    expect(fromYuanText(text)).toBe(n);
  });
});

describe('formatYuan: tables', () => {
  it.each([
    [0n, '¥0.00'],
    [99_999n, '¥999.99'],
    [100_000n, '¥1,000.00'],
    [45_000_000n, '¥450,000.00'],
    [MAX_FEN as bigint, '¥999,999,999,999.99'],
  ])('%s fen → %s', (n, text) => {
    expect(formatYuan(fen(n))).toBe(text);
  });
});

describe('yuanInCapitals: formal notices (支付结算办法)', () => {
  it.each([
    [0n, '零元整'],
    [5n, '伍分'],
    [50n, '伍角整'],
    [55n, '伍角伍分'],
    [100n, '壹元整'],
    [1_000n, '壹拾元整'],
    [1_005n, '壹拾元零伍分'],
    [30_005n, '叁佰元零伍分'],
    [100_500n, '壹仟零伍元整'],
    [105_000n, '壹仟零伍拾元整'],
    [168_032n, '壹仟陆佰捌拾元叁角贰分'],
    [1_000_000n, '壹万元整'],
    [1_000_500n, '壹万零伍元整'],
    [1_010_000n, '壹万零壹佰元整'],
    [10_700_053n, '壹拾万柒仟元伍角叁分'],
    [45_000_000n, '肆拾伍万元整'],
    [100_000_000n, '壹佰万元整'],
    [1_000_000_000n, '壹仟万元整'],
    [10_000_000_000n, '壹亿元整'],
    [10_000_000_500n, '壹亿零伍元整'],
    [10_001_000_000n, '壹亿零壹万元整'],
    [10_010_000_000n, '壹亿零壹拾万元整'],
    [11_000_000_000n, '壹亿壹仟万元整'],
    [MAX_FEN as bigint, '玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
  ])('%s fen → %s', (n, text) => {
    expect(yuanInCapitals(fen(n))).toBe(text);
  });
});

describe('spokenYuan: an amount said aloud', () => {
  it.each([
    [0n, '零元'],
    [5n, '五分'],
    [50n, '五角'],
    [100n, '一元'],
    [1_000n, '十元'],
    [1_100n, '十一元'],
    [305n, '三元零五分'],
    [100_500n, '一千零五元'],
    [123_456n, '一千二百三十四元五角六分'],
    [45_000_000n, '四十五万元'],
    [10_000_000_000n, '一亿元'],
  ])('%i fen → %s', (n, text) => {
    expect(spokenYuan(fen(n))).toBe(text);
  });
});
