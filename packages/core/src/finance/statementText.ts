import { formatChineseDate, type CalendarDate } from '../calendarDate.ts';
import { formatYuan, yuanInCapitals, type Fen } from '../money.ts';
import type { MonthStatement, StatementItem } from './ledger.ts';
import { periodText } from './periods.ts';

const fen = (n: number) => BigInt(n) as Fen;
/** `¥1,680.32`, negative with a minus sign. */
export const yuan = (n: number): string => (n < 0 ? `-${formatYuan(fen(-n))}` : formatYuan(fen(n)));
/** `人民币肆拾伍万元整`, negative as 负…. */
export const capitals = (n: number): string =>
  n < 0 ? `负${yuanInCapitals(fen(-n))}` : yuanInCapitals(fen(n));

const itemLine = (i: StatementItem) =>
  `\u3000\u3000${formatChineseDate(i.on)} 第${i.number}号 ${i.summary}${i.counterparty ? `（${i.counterparty}）` : ''} ${yuan(i.amountFen)}`;

/** The statement's totals, as the supervision committee reviews them and the notice keeps them. */
export function statementTotals(s: MonthStatement) {
  return {
    incomeFen: s.incomeTotalFen,
    spendingFen: s.spendingTotalFen,
    cash: s.cash,
    bank: s.bank,
    publicServiceFunds: {
      openingFen: s.publicServiceFunds.openingFen,
      allocatedFen: s.publicServiceFunds.allocatedFen,
      usedFen: s.publicServiceFunds.usedFen,
      closingFen: s.publicServiceFunds.closingFen,
    },
  };
}

/**
 * The text of the monthly finance notice (财务收支公开): every line with its vouchers, totals in
 * figures and in capitals, cash and bank balances, the public-service fund, and the supervision
 * committee's review. Printed on A4 and posted on the board as it is.
 */
export function statementNoticeBody(
  s: MonthStatement,
  review: { opinion: string; reviewedBy: string; reviewedOn: CalendarDate },
): string {
  const out: string[] = [];
  out.push(`一、收入：合计${yuan(s.incomeTotalFen)}（人民币${capitals(s.incomeTotalFen)}）`);
  for (const l of s.income) {
    out.push(
      `\u3000${l.account.zh}：${yuan(l.totalFen)}${l.budgetFen !== null ? `，全年预算${yuan(l.budgetFen)}，本年累计${yuan(l.yearToDateFen)}` : ''}`,
    );
    out.push(...l.items.map(itemLine));
  }
  out.push(`二、支出：合计${yuan(s.spendingTotalFen)}（人民币${capitals(s.spendingTotalFen)}）`);
  for (const l of s.spending) {
    out.push(
      `\u3000${l.account.zh}：${yuan(l.totalFen)}${l.budgetFen !== null ? `，全年预算${yuan(l.budgetFen)}，本年累计${yuan(l.yearToDateFen)}` : ''}`,
    );
    out.push(...l.items.map(itemLine));
  }
  out.push(
    `三、资金余额：库存现金月初${yuan(s.cash.openingFen)}，月末${yuan(s.cash.closingFen)}；银行存款月初${yuan(s.bank.openingFen)}，月末${yuan(s.bank.closingFen)}（人民币${capitals(s.bank.closingFen)}）`,
  );
  const f = s.publicServiceFunds;
  out.push(
    `四、公共服务资金：月初结余${yuan(f.openingFen)}，本月拨入${yuan(f.allocatedFen)}，本月使用${yuan(f.usedFen)}，月末结余${yuan(f.closingFen)}`,
  );
  out.push(...f.allocations.map(itemLine), ...f.uses.map(itemLine));
  out.push(
    `五、村务监督委员会审核意见：${review.opinion}（${review.reviewedBy}，${formatChineseDate(review.reviewedOn)}）`,
  );
  return out.join('\n');
}

export function statementTitle(villageName: string, s: Pick<MonthStatement, 'period'>): string {
  return `${villageName}${periodText(s.period)}财务收支公开`;
}
