import type { CalendarDate } from '../../calendarDate.ts';
import type { RuleParams } from '../../rules/profile.ts';
import { duesLines, unpaidRun, type DuesFacts } from './account.ts';
import { parseDuesMonth, type DuesMonth } from './months.ts';

/**
 * The year's dues statement the branch files with the town Party committee (党费收缴情况年度统计):
 * per member, the months owed in the year so far, the standard's total, what was paid for those
 * months (more than the standard counts in full), the months and fen in arrears, and whether the
 * unpaid run has reached 党章第九条's six months.
 */
export interface StatementMember {
  personId: string;
  name: string;
  facts: DuesFacts;
}

export interface StatementRow {
  personId: string;
  name: string;
  monthsOwed: number;
  dueFen: number;
  paidFen: number;
  arrearsMonths: number;
  arrearsFen: number;
  /** months without a recorded basis (the standard unknown: the branch records the basis) */
  noBasisMonths: number;
  unpaidRun: number;
  lapsed: boolean;
}

export interface Statement {
  year: number;
  rows: StatementRow[];
  totals: Omit<StatementRow, 'personId' | 'name' | 'unpaidRun' | 'lapsed'> & {
    members: number;
    lapsed: number;
  };
}

export function yearMonths(year: number): { first: DuesMonth; last: DuesMonth } {
  const y = String(year).padStart(4, '0');
  return { first: parseDuesMonth(`${y}-01`)!, last: parseDuesMonth(`${y}-12`)! };
}

export function yearStatement(
  members: readonly StatementMember[],
  params: RuleParams,
  today: CalendarDate,
  year: number,
): Statement {
  const { first, last } = yearMonths(year);
  const lapseMonths = params['PARTY-DUES-LAPSE'].months;
  const rows = members.map((m): StatementRow => {
    const lines = duesLines(m.facts, params, today, first, last);
    const arrears = lines.filter((l) => l.inArrears);
    const run = unpaidRun(m.facts, today);
    return {
      personId: m.personId,
      name: m.name,
      monthsOwed: lines.length,
      dueFen: sum(lines.map((l) => l.dueFen ?? 0)),
      paidFen: sum(lines.map((l) => l.paidFen ?? 0)),
      arrearsMonths: arrears.length,
      arrearsFen: sum(arrears.map((l) => l.dueFen ?? 0)),
      noBasisMonths: lines.filter((l) => l.dueFen === null).length,
      unpaidRun: run,
      lapsed: run >= lapseMonths,
    };
  });
  return {
    year,
    rows,
    totals: {
      members: rows.length,
      monthsOwed: sum(rows.map((r) => r.monthsOwed)),
      dueFen: sum(rows.map((r) => r.dueFen)),
      paidFen: sum(rows.map((r) => r.paidFen)),
      arrearsMonths: sum(rows.map((r) => r.arrearsMonths)),
      arrearsFen: sum(rows.map((r) => r.arrearsFen)),
      noBasisMonths: sum(rows.map((r) => r.noBasisMonths)),
      lapsed: rows.filter((r) => r.lapsed).length,
    },
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
