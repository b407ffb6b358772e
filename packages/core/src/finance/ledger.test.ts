import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import { monthStatement, trialBalance, type StatementSourceLine } from './ledger.ts';

const opening = [
  { accountCode: '1001', debitFen: 2_000_00, creditFen: 0 },
  { accountCode: '1002', debitFen: 500_000_00, creditFen: 0 },
  { accountCode: '220301', debitFen: 0, creditFen: 100_000_00 },
  { accountCode: '3001', debitFen: 0, creditFen: 402_000_00 },
];

const line = (
  voucherId: string,
  accountCode: string,
  debitFen: number,
  creditFen: number,
  counterparty: string | null = null,
): StatementSourceLine => ({
  voucherId,
  number: `2009-01-${voucherId}`,
  on: calendarDate('2009-01-24'),
  summary:
    voucherId === '001'
      ? '支付物业管理费'
      : voucherId === '002'
        ? '收到公共服务资金'
        : '议事会决定：购置健身器材',
  accountCode,
  debitFen,
  creditFen,
  counterparty,
});

const month = [
  line('001', '5102', 450_000_00, 0),
  line('001', '1002', 0, 450_000_00, '花乡民居物业管理公司'),
  line('002', '1002', 200_000_00, 0, '锦华镇财政所'),
  line('002', '220301', 0, 200_000_00),
  line('003', '220301', 30_000_00, 0),
  line('003', '1002', 0, 30_000_00, '某体育用品店'),
];

describe('trialBalance', () => {
  it('balances opening, movements and closing; a first-level account sums its detail', () => {
    const moved = [
      { accountCode: '5102', debitFen: 450_000_00, creditFen: 0 },
      { accountCode: '1002', debitFen: 200_000_00, creditFen: 480_000_00 },
      { accountCode: '220301', debitFen: 30_000_00, creditFen: 200_000_00 },
    ];
    const tb = trialBalance(opening, moved);
    expect(tb.balanced).toBe(true);
    const bank = tb.rows.find((r) => r.account.code === '1002');
    expect(bank?.closing).toEqual({ side: 'debit', fen: 220_000_00 });
    const special = tb.rows.find((r) => r.account.code === '2203');
    expect(special?.closing).toEqual({ side: 'credit', fen: 270_000_00 });
    expect(tb.rows.find((r) => r.account.code === '220301')?.level).toBe(2);
    expect(tb.totals.closingDebitFen).toBe(tb.totals.closingCreditFen);
  });

  it('says so when it does not balance', () => {
    expect(trialBalance([{ accountCode: '1001', debitFen: 1, creditFen: 0 }], []).balanced).toBe(
      false,
    );
  });
});

describe('monthStatement', () => {
  const s = monthStatement({
    period: { year: 2009, month: 1 },
    lines: month,
    netBefore: opening,
    yearToDate: [{ accountCode: '5102', debitFen: 450_000_00, creditFen: 0 }],
    budgets: [{ accountCode: '5102', amountFen: 600_000_00 }],
  });

  it('lists spending by line with each voucher’s purpose, counterparty, budget and year to date', () => {
    expect(s.spendingTotalFen).toBe(450_000_00);
    expect(s.incomeTotalFen).toBe(0);
    expect(s.spending).toHaveLength(1);
    expect(s.spending[0]).toMatchObject({
      totalFen: 450_000_00,
      budgetFen: 600_000_00,
      yearToDateFen: 450_000_00,
      items: [
        { summary: '支付物业管理费', counterparty: '花乡民居物业管理公司', amountFen: 450_000_00 },
      ],
    });
  });

  it('gives cash and bank at the month’s start and end', () => {
    expect(s.cash).toEqual({ openingFen: 2_000_00, closingFen: 2_000_00 });
    expect(s.bank).toEqual({ openingFen: 500_000_00, closingFen: 220_000_00 });
  });

  it('shows the public-service fund’s allocation and use', () => {
    expect(s.publicServiceFunds).toMatchObject({
      openingFen: 100_000_00,
      allocatedFen: 200_000_00,
      usedFen: 30_000_00,
      closingFen: 270_000_00,
    });
    expect(s.publicServiceFunds.uses[0]?.counterparty).toBe('某体育用品店');
  });

  it('nets a reversing entry out of its line', () => {
    const reversed = monthStatement({
      period: { year: 2009, month: 1 },
      lines: [...month, line('004', '5102', -450_000_00, 0), line('004', '1002', 0, -450_000_00)],
      netBefore: opening,
      yearToDate: [],
      budgets: [],
    });
    expect(reversed.spendingTotalFen).toBe(0);
    expect(reversed.bank.closingFen).toBe(670_000_00);
  });
});
