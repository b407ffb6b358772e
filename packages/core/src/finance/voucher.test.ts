import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import {
  reversalOf,
  voucherProblems,
  yuanText,
  type LedgerCalendar,
  type VoucherInput,
} from './voucher.ts';

const open = { isClosed: () => false };
const novemberClosed = {
  isClosed: (p: { year: number; month: number }) => p.year === 2026 && p.month === 11,
};

const pay = (debitFen: number, creditFen: number): VoucherInput => ({
  on: calendarDate('2026-12-03'),
  summary: '支付物业管理费',
  lines: [
    { accountCode: '5102', debitFen, creditFen: 0 },
    { accountCode: '1002', debitFen: 0, creditFen, counterparty: '花乡民居物业管理公司' },
  ],
});

const errors = (input: VoucherInput, books: LedgerCalendar = open) =>
  voucherProblems(input, books).map((p) => `${p.field}:${p.error}`);

describe('voucherProblems: double entry at its boundaries', () => {
  it('accepts a balanced voucher of two lines', () => {
    expect(errors(pay(45_000_000, 45_000_000))).toEqual([]);
  });

  it.each([
    [45_000_000, 44_999_999],
    [45_000_000, 45_000_001],
    [1, 2],
  ])('refuses debits %i ≠ credits %i, naming both sums', (d, c) => {
    const problems = voucherProblems(pay(d, c), open);
    expect(problems).toEqual([
      expect.objectContaining({ field: 'lines', error: 'finance_unbalanced' }),
    ]);
    expect(problems[0]?.params).toEqual({ debit: yuanText(d), credit: yuanText(c) });
  });

  it.each([
    [0, 'lines.0.debitFen:finance_line_one_side'],
    [-5, 'lines.0.debitFen:finance_amount_invalid'],
    [1.5, 'lines.0.debitFen:finance_amount_invalid'],
  ])('a debit of %d is refused', (d, expected) => {
    expect(errors(pay(d, 1))).toContain(expected);
  });

  it('refuses an amount on both sides of one line, and one line alone', () => {
    const both = pay(100, 100);
    both.lines[0] = { accountCode: '5102', debitFen: 100, creditFen: 100 };
    expect(errors(both)).toContain('lines.0.debitFen:finance_line_one_side');
    expect(errors({ ...pay(100, 100), lines: [pay(100, 100).lines[0]!] })).toContain(
      'lines:finance_lines_too_few',
    );
  });

  it('refuses an unknown account and a first-level account that has detail accounts', () => {
    const input = pay(100, 100);
    input.lines[0] = { accountCode: '9999', debitFen: 100, creditFen: 0 };
    input.lines[1] = { accountCode: '2203', debitFen: 0, creditFen: 100 };
    expect(errors(input)).toEqual([
      'lines.0.accountCode:finance_account_unknown',
      'lines.1.accountCode:finance_account_not_postable',
    ]);
  });

  it('refuses a date in a closed month and accepts the first day of the next', () => {
    expect(errors({ ...pay(1, 1), on: calendarDate('2026-11-30') }, novemberClosed)).toEqual([
      'on:finance_period_closed',
    ]);
    expect(errors({ ...pay(1, 1), on: calendarDate('2026-12-01') }, novemberClosed)).toEqual([]);
  });

  it('refuses a date after today and accepts today', () => {
    const books = { isClosed: () => false, today: calendarDate('2026-12-03') };
    expect(errors(pay(1, 1), books)).toEqual([]);
    expect(errors({ ...pay(1, 1), on: calendarDate('2026-12-04') }, books)).toEqual([
      'on:date_in_future',
    ]);
  });

  it('requires a summary of at most 200 characters and a real date', () => {
    expect(errors({ ...pay(1, 1), summary: '  ' })).toEqual(['summary:field_required']);
    expect(errors({ ...pay(1, 1), summary: '摘'.repeat(200) })).toEqual([]);
    expect(errors({ ...pay(1, 1), summary: '摘'.repeat(201) })).toEqual(['summary:field_too_long']);
    expect(errors({ ...pay(1, 1), on: '2026-02-30' as never })).toEqual(['on:date_invalid']);
  });
});

describe('reversalOf: 红字冲销', () => {
  const original = {
    id: 'v1',
    number: '2026-11-001',
    on: calendarDate('2026-11-05'),
    summary: '支付保洁费',
    lines: pay(800_00, 800_00).lines,
    reversesId: null,
    reversedById: null,
  };

  it('negates every amount on the same side, and the negated voucher passes as a reversal only', () => {
    const r = reversalOf(original, calendarDate('2026-12-02'), '重复记账');
    if (!('input' in r)) throw new Error('refused');
    expect(r.input.lines.map((l) => [l.debitFen, l.creditFen])).toEqual([
      [-80_000, 0],
      [0, -80_000],
    ]);
    expect(r.input.summary).toBe('冲销2026-11-001号凭证：支付保洁费（重复记账）');
    expect(voucherProblems(r.input, novemberClosed)).toEqual([]);
    expect(errors({ ...r.input, source: { kind: 'manual' } })).toContain(
      'lines.0.debitFen:finance_amount_invalid',
    );
  });

  it('is refused for a voucher already reversed and for a reversal', () => {
    expect(reversalOf({ ...original, reversedById: 'v2' }, original.on, '')).toEqual({
      refusal: 'finance_already_reversed',
    });
    expect(reversalOf({ ...original, reversesId: 'v0' }, original.on, '')).toEqual({
      refusal: 'finance_reversal_of_reversal',
    });
  });
});
