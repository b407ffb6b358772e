import type { CalendarDate } from '../../calendarDate.ts';
import type { RuleParams } from '../../rules/profile.ts';
import { finding, type Finding } from '../../rules/findings.ts';
import { monthlyDues, type DuesBasis } from './standard.ts';
import { formatYuan, type Fen } from '../../money.ts';
import { addMonths, monthOf, monthParams, monthsBetween, type DuesMonth } from './months.ts';

/**
 * A member's dues account: month by month what the standard asks, what was paid, and the months
 * in arrears. Owing starts in the month the branch admitted them (预备党员从支部大会通过其为预备党员
 * 之日起交纳党费) and stops after the month their membership ended. Arrears are only ended months:
 * a month's dues may be paid until its last day.
 */
export interface DuesFacts {
  from: DuesMonth;
  /** The last month owed (membership ended); null while a member. */
  until: DuesMonth | null;
  /** The bases the branch recorded, oldest first, each in force from its month until the next. */
  bases: ReadonlyArray<{ from: DuesMonth; basis: DuesBasis }>;
  /** Fen paid, by the month paid for. */
  paid: ReadonlyMap<DuesMonth, number>;
}

export interface DuesMonthLine {
  month: DuesMonth;
  /** null: no basis recorded for that month yet, so the standard cannot be worked out */
  dueFen: number | null;
  paidFen: number | null;
  /** ended and unpaid */
  inArrears: boolean;
}

/** The basis in force in a month: the latest recorded from that month or before. */
export function basisIn(facts: Pick<DuesFacts, 'bases'>, month: DuesMonth): DuesBasis | null {
  let found: DuesBasis | null = null;
  for (const b of facts.bases) if (b.from <= month) found = b.basis;
  return found;
}

export function dueIn(
  facts: Pick<DuesFacts, 'bases'>,
  month: DuesMonth,
  params: RuleParams,
): number | null {
  const basis = basisIn(facts, month);
  return basis ? monthlyDues(basis, params) : null;
}

/** The lines of the months owed in [first, last] (clipped to membership), judged on `today`. */
export function duesLines(
  facts: DuesFacts,
  params: RuleParams,
  today: CalendarDate,
  first: DuesMonth,
  last: DuesMonth,
): DuesMonthLine[] {
  const start = first > facts.from ? first : facts.from;
  const end = facts.until !== null && facts.until < last ? facts.until : last;
  const current = monthOf(today);
  return monthsBetween(start, end).map((month) => {
    const paidFen = facts.paid.get(month) ?? null;
    return {
      month,
      dueFen: dueIn(facts, month, params),
      paidFen,
      inArrears: paidFen === null && month < current,
    };
  });
}

/**
 * How many ended months in a row are unpaid, counting back from last month (or from the month
 * membership ended): what 党章第九条 measures — 连续六个月不交纳党费.
 */
export function unpaidRun(facts: DuesFacts, today: CalendarDate): number {
  const lastEnded = addMonths(monthOf(today), -1);
  let m = facts.until !== null && facts.until < lastEnded ? facts.until : lastEnded;
  let run = 0;
  while (m >= facts.from && !facts.paid.has(m)) {
    run += 1;
    m = addMonths(m, -1);
  }
  return run;
}

/**
 * 党章第九条: a member who, without proper reason, has not paid dues for six months in a row
 * is regarded as having given up membership (自行脱党); the branch must take the case up and,
 * if there is no proper reason, remove the name after its members' meeting decides. The finding
 * is a violation the branch has to deal with, not an automatic removal: whether a reason is
 * proper is the branch's judgement.
 */
export function lapseFinding(
  facts: DuesFacts,
  params: RuleParams,
  today: CalendarDate,
  name: string,
): Finding | null {
  const run = unpaidRun(facts, today);
  const months = params['PARTY-DUES-LAPSE'].months;
  if (run >= months)
    return finding(today, 'PARTY-DUES-LAPSE', 'party_dues_lapsed', { name, run, months });
  return null;
}

/** Why a payment for this month is refused, if it is (checked in the payment's transaction). */
export function paymentFinding(
  facts: DuesFacts,
  params: RuleParams,
  on: CalendarDate,
  month: DuesMonth,
  amountFen: number,
): Finding | null {
  if (month < facts.from || (facts.until !== null && month > facts.until))
    return finding(on, 'PARTY-DUES', 'party_dues_not_owed', {
      ...monthParams('month', month),
      ...monthParams('from', facts.from),
    });
  const due = dueIn(facts, month, params);
  if (due === null)
    return finding(on, 'PARTY-DUES', 'party_dues_no_basis', monthParams('month', month));
  if (amountFen < due)
    return finding(on, 'PARTY-DUES', 'party_dues_underpaid', {
      ...monthParams('month', month),
      due: formatYuan(BigInt(due) as Fen),
      paid: formatYuan(BigInt(amountFen) as Fen),
    });
  return null;
}
