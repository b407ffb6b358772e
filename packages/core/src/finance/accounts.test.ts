import { describe, expect, it } from 'vitest';
import {
  CHART,
  LEGACY_2004,
  accountOf,
  isPostable,
  mapAccountCode,
  statementSide,
} from './accounts.ts';

describe('the 2023 chart of accounts', () => {
  it('holds the 42 first-level accounts of the appendix, codes unique, each category present', () => {
    const first = CHART.filter((a) => !a.parent);
    expect(first).toHaveLength(42);
    expect(new Set(CHART.map((a) => a.code)).size).toBe(CHART.length);
    expect(first.filter((a) => a.category === 'asset')).toHaveLength(19);
    expect(first.filter((a) => a.category === 'liability')).toHaveLength(8);
    expect(first.filter((a) => a.category === 'equity')).toHaveLength(4);
    expect(first.filter((a) => a.category === 'cost')).toHaveLength(1);
    expect(first.filter((a) => a.category === 'incomeExpense')).toHaveLength(10);
  });

  it.each([
    ['1001', 'debit', true],
    ['1502', 'credit', true],
    ['2203', 'credit', false],
    ['220301', 'credit', true],
    ['5103', 'debit', true],
    ['5301', 'credit', true],
  ] as const)('%s: %s balance, postable %s', (code, nature, postable) => {
    expect(accountOf(code)?.nature).toBe(nature);
    expect(isPostable(code)).toBe(postable);
  });

  it('counts income and spending lines from the income-and-expense accounts only', () => {
    expect(statementSide(accountOf('5001')!)).toBe('income');
    expect(statementSide(accountOf('5102')!)).toBe('spending');
    expect(statementSide(accountOf('1002')!)).toBeNull();
    expect(statementSide(accountOf('220301')!)).toBeNull();
  });
});

describe('2004 codes onto the 2023 chart', () => {
  it.each([
    ['101', '1001'],
    ['102', '1002'],
    ['112001', '1102'],
    ['231', '2202'],
    ['322', '3102'],
    ['522', '5301'],
    ['541', '5102'],
    ['551', '5303'],
    ['561', '5201'],
    ['1002', '1002'],
    [' 220301 ', '220301'],
  ])('%s → %s', (from, to) => {
    expect(mapAccountCode(from)).toMatchObject({ ok: true, code: to });
  });

  it.each(['212', '521', '511', '131', '132', '511001'])(
    '%s has no single 2023 account',
    (code) => {
      expect(mapAccountCode(code)).toMatchObject({ ok: false, reason: 'unmapped' });
    },
  );

  it.each(['999', '', 'abc', '10', '1003', '5999'])('%j is unknown', (code) => {
    expect(mapAccountCode(code)).toMatchObject({ ok: false, reason: 'unknown' });
  });

  it('maps every mapped 2004 code onto a postable 2023 account of the same nature', () => {
    for (const [code, m] of Object.entries(LEGACY_2004)) {
      if (m.to === null) continue;
      expect(isPostable(m.to), code).toBe(true);
    }
  });
});
