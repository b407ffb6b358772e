import { fromYmd, ymd, type CalendarDate } from '@cunzhi/core/calendarDate';
import { periodKey, previousPeriod, type Period } from '@cunzhi/core/finance/periods';
import type { VoucherInput } from '@cunzhi/core/finance/voucher';
import { addDays, weekday } from '@cunzhi/core/rules/dayCount';
import { createRng } from '@cunzhi/demo/rng';
import { bookVoucherInTx } from '../features/finance/commands/bookVoucher.ts';
import { closePeriod } from '../features/finance/commands/closePeriod.ts';
import { importOpeningBalances } from '../features/finance/commands/importBooks.ts';
import { setBudget } from '../features/finance/commands/setBudget.ts';
import { publishStatement, reviewStatement } from '../features/finance/commands/statements.ts';
import type { BooksPlan } from './booksPlan.ts';
import { actingAs, type Act, type FinanceCast } from './financeStory.ts';

/** The supervision committee's opinions on an ordinary month (监委会审核意见). */
const OPINIONS = [
  '经审核，本月收支凭证齐全，账目清楚，与银行对账单相符，同意公开。',
  '经审核，本月各项支出审批手续完备，原始凭证齐全，同意公开。',
  '经审核，账实相符。建议集体商铺维修支出今后附两家以上询价记录。同意公开。',
  '经审核，公共服务资金使用符合协商议事会决定，收支凭证齐全，同意公开。',
  '经审核，本月收支真实，备用金管理规范，同意公开。',
];

/** The working day on or after `on` (Saturday and Sunday pass), never after today. */
function onOrAfter(on: CalendarDate, today: CalendarDate): CalendarDate {
  let d = on;
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, 1);
  return d < today ? d : today;
}

/**
 * The books as acts of their days, through the finance commands: the town's agency
 * accountant imports the opening balances and books each day's vouchers (one transaction a
 * day, each voucher through bookVoucherInTx: checked, numbered and on the audit chain as a
 * clerk's entry); the committee chair sets the year's budget in January; after each month
 * the accountant closes it, the supervision chair reviews its statement and the committee
 * chair publishes it. `opinions` replaces the review's opinion of a month (by `2026-10`).
 */
export function booksActs(
  cast: FinanceCast,
  plan: BooksPlan,
  today: CalendarDate,
  seed: number,
  opinions: ReadonlyMap<string, string> = new Map(),
): Act[] {
  const acts: Act[] = [];
  const { townAccountant, committeeChair } = cast;
  const opening = addDays(plan.startsOn, 1);
  acts.push({
    on: opening,
    rank: 0,
    run: async () => {
      await importOpeningBalances(actingAs(cast, opening, townAccountant, '08:30'), {
        fileName: `花乡社区${ymd(plan.startsOn).year}年期初余额表.xlsx`,
        asOf: plan.startsOn,
        rows: plan.openingRows,
      });
    },
  });
  for (const year of new Set(plan.budgets.map((b) => b.year))) {
    const on = onOrAfter(fromYmd(year, 1, 5), today);
    acts.push({
      on,
      rank: 0,
      run: async () => {
        for (const b of plan.budgets.filter((x) => x.year === year))
          await setBudget(actingAs(cast, on, committeeChair, '10:00'), b);
      },
    });
  }

  const byDay = new Map<CalendarDate, VoucherInput[]>();
  for (const v of plan.vouchers) byDay.set(v.on, [...(byDay.get(v.on) ?? []), v]);
  for (const [on, vouchers] of byDay)
    acts.push({
      on,
      rank: 1,
      // a day's vouchers in one transaction (all or none), each through the same command as a clerk's entry
      run: () =>
        cast.story.base.db.transaction(async (tx) => {
          for (const v of vouchers)
            await bookVoucherInTx(tx, actingAs(cast, on, townAccountant), v);
        }),
    });

  return [...acts, ...monthEndActs(cast, plan.startsOn, today, seed, opinions)];
}

/** After each month: closed by the town's accountant, reviewed by the supervision chair, published by the committee chair. */
function monthEndActs(
  cast: FinanceCast,
  startsOn: CalendarDate,
  today: CalendarDate,
  seed: number,
  opinions: ReadonlyMap<string, string>,
): Act[] {
  const { townAccountant, committeeChair, supervisionChair } = cast;
  const acts: Act[] = [];
  const rng = createRng(seed, 'finance:opinions');
  const current: Period = ymd(today);
  for (let p = previousPeriod(current); p.year >= ymd(startsOn).year; p = previousPeriod(p)) {
    const period = { year: p.year, month: p.month };
    const next = p.month === 12 ? fromYmd(p.year + 1, 1, 3) : fromYmd(p.year, p.month + 1, 3);
    const closeOn = onOrAfter(next, today);
    const reviewOn = onOrAfter(addDays(closeOn, 2), today);
    const publishOn = onOrAfter(addDays(reviewOn, 1), today);
    const opinion = opinions.get(periodKey(period)) ?? rng.pick(OPINIONS);
    acts.push(
      {
        on: closeOn,
        rank: 2,
        run: async () => {
          await closePeriod(actingAs(cast, closeOn, townAccountant, '15:00'), period);
        },
      },
      {
        on: reviewOn,
        rank: 2,
        run: async () => {
          await reviewStatement(actingAs(cast, reviewOn, supervisionChair, '15:30'), {
            period,
            passed: true,
            opinion,
          });
        },
      },
      {
        on: publishOn,
        rank: 2,
        run: async () => {
          await publishStatement(actingAs(cast, publishOn, committeeChair, '16:00'), { period });
        },
      },
    );
  }
  return acts;
}
