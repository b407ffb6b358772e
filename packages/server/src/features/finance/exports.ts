import { accountLabel } from '@cunzhi/core/finance/accounts';
import type { MonthStatement, StatementItem } from '@cunzhi/core/finance/ledger';
import { capitals } from '@cunzhi/core/finance/statementText';
import type { JournalRow } from './queries.ts';
import { yuanCell, type SheetSpec } from './workbook.ts';

/** The journal and a month's statement as sheets (pure: rows → cells). */

export function journalSheet(title: string, rows: readonly JournalRow[]): SheetSpec {
  const cells: Array<Array<string | number | null>> = [];
  for (const v of rows)
    for (const l of v.lines ?? [])
      cells.push([
        v.on_date,
        v.number,
        v.summary,
        accountLabel(l.accountCode),
        Number(l.debitFen) === 0 ? null : yuanCell(Number(l.debitFen)),
        Number(l.creditFen) === 0 ? null : yuanCell(Number(l.creditFen)),
        l.counterparty ?? '',
      ]);
  return {
    name: '序时账',
    title,
    columns: [
      { header: '日期', width: 12 },
      { header: '凭证号', width: 14 },
      { header: '摘要', width: 40 },
      { header: '科目', width: 28 },
      { header: '借方金额', width: 16, money: true },
      { header: '贷方金额', width: 16, money: true },
      { header: '往来单位', width: 24 },
    ],
    rows: cells,
  };
}

const itemRow = (kind: string, account: string, i: StatementItem) => [
  kind,
  account,
  i.on,
  i.number,
  i.summary,
  i.counterparty,
  yuanCell(i.amountFen),
];

/** The statement as one sheet: lines with their vouchers, totals with capitals, balances, the fund. */
export function statementSheet(title: string, s: MonthStatement): SheetSpec {
  const rows: Array<Array<string | number | null>> = [];
  const bold = new Set<number>();
  const total = (label: string, fen: number) => {
    bold.add(rows.length);
    rows.push([label, '', '', '', `人民币${capitals(fen)}`, '', yuanCell(fen)]);
  };
  for (const [kind, lines, sum] of [
    ['收入', s.income, s.incomeTotalFen],
    ['支出', s.spending, s.spendingTotalFen],
  ] as const) {
    for (const l of lines) {
      for (const i of l.items) rows.push(itemRow(kind, l.account.zh, i));
      bold.add(rows.length);
      rows.push([
        kind,
        `${l.account.zh}小计`,
        '',
        '',
        l.budgetFen === null
          ? ''
          : `全年预算 ${yuanCell(l.budgetFen).toFixed(2)}，本年累计 ${yuanCell(l.yearToDateFen).toFixed(2)}`,
        '',
        yuanCell(l.totalFen),
      ]);
    }
    total(`${kind}合计`, sum);
  }
  rows.push(['库存现金', '月初', '', '', '', '', yuanCell(s.cash.openingFen)]);
  rows.push(['库存现金', '月末', '', '', '', '', yuanCell(s.cash.closingFen)]);
  rows.push(['银行存款', '月初', '', '', '', '', yuanCell(s.bank.openingFen)]);
  rows.push(['银行存款', '月末', '', '', '', '', yuanCell(s.bank.closingFen)]);
  const f = s.publicServiceFunds;
  rows.push(['公共服务资金', '月初结余', '', '', '', '', yuanCell(f.openingFen)]);
  for (const i of f.allocations) rows.push(itemRow('公共服务资金', '拨入', i));
  for (const i of f.uses) rows.push(itemRow('公共服务资金', '使用', i));
  rows.push(['公共服务资金', '月末结余', '', '', '', '', yuanCell(f.closingFen)]);
  return {
    name: '财务收支公开',
    title,
    columns: [
      { header: '类别', width: 12 },
      { header: '项目', width: 24 },
      { header: '日期', width: 12 },
      { header: '凭证号', width: 14 },
      { header: '摘要', width: 40 },
      { header: '往来单位', width: 24 },
      { header: '金额（元）', width: 16, money: true },
    ],
    rows,
    boldRows: bold,
  };
}
