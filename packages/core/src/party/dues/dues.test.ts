import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../calendarDate.ts';
import { NATIONAL_PARAMS } from '../../rules/profile.ts';
import { lapseFinding, paymentFinding, unpaidRun, type DuesFacts } from './account.ts';
import { addMonths, monthsBetween, parseDuesMonth, type DuesMonth } from './months.ts';
import { monthlyDues, shareOf } from './standard.ts';
import { yearStatement } from './statement.ts';

const params = NATIONAL_PARAMS['2025-10-28'];
const m = (text: string) => parseDuesMonth(text)!;
const yuan = (n: number) => Math.round(n * 100);

describe('PARTY-DUES: the standard by band (each band includes its upper bound)', () => {
  it.each([
    // salaried: 0.5% up to and including ¥3,000, then 1%, 1.5% to ¥10,000, 2% above
    ['salaried', yuan(2999.99), 1500],
    ['salaried', yuan(3000), 1500],
    ['salaried', yuan(3000.01), 3000],
    ['salaried', yuan(4999.99), 5000],
    ['salaried', yuan(5000), 5000],
    ['salaried', yuan(5000.01), 7500],
    ['salaried', yuan(9999.99), 15000],
    ['salaried', yuan(10000), 15000],
    ['salaried', yuan(10000.01), 20000],
    // retired: 0.5% up to and including ¥5,000, 1% above
    ['retired', yuan(4999.99), 2500],
    ['retired', yuan(5000), 2500],
    ['retired', yuan(5000.01), 5000],
  ] as const)('%s, income %i fen → %i fen a month', (kind, income, due) => {
    expect(monthlyDues({ kind, monthlyIncomeFen: income }, params)).toBe(due);
  });

  it('farmers pay the branch figure (¥1 by default), the reduced kinds ¥0.2', () => {
    expect(monthlyDues({ kind: 'farmer', monthlyIncomeFen: null }, params)).toBe(100);
    expect(monthlyDues({ kind: 'reduced', monthlyIncomeFen: null }, params)).toBe(20);
  });

  it('rounds half up to the fen: ¥2,345.70 × 0.5% = ¥11.7285 → ¥11.73; ¥2,345.50 → ¥11.7275 → ¥11.73', () => {
    expect(shareOf(234_570, 50)).toBe(1173);
    expect(shareOf(234_550, 50)).toBe(1173);
    expect(shareOf(234_490, 50)).toBe(1172);
  });
});

function facts(over: Partial<DuesFacts> = {}): DuesFacts {
  return {
    from: m('2026-01'),
    until: null,
    bases: [{ from: m('2026-01'), basis: { kind: 'farmer', monthlyIncomeFen: null } }],
    paid: new Map(),
    ...over,
  };
}

const paidThrough = (last: DuesMonth): Map<DuesMonth, number> =>
  new Map(monthsBetween(m('2026-01'), last).map((x) => [x, 100]));

describe('PARTY-DUES-LAPSE: six ended months unpaid in a row (党章第九条)', () => {
  // on 2026-12-07 the last ended month is November; paid through May → June..November unpaid
  const today = calendarDate('2026-12-07');
  it.each([
    ['2026-06', 5, false],
    ['2026-05', 6, true],
    ['2026-04', 7, true],
  ] as const)('paid through %s → %i months unpaid, lapsed %s', (last, run, lapsed) => {
    const f = facts({ paid: paidThrough(m(last)) });
    expect(unpaidRun(f, today)).toBe(run);
    const found = lapseFinding(f, params, today, '张三');
    expect(found !== null).toBe(lapsed);
    if (found)
      expect(found).toMatchObject({ ruleId: 'PARTY-DUES-LAPSE', params: { run, months: 6 } });
  });

  it('the current month is never in arrears: on the last day of June, five are unpaid', () => {
    expect(unpaidRun(facts(), calendarDate('2026-06-30'))).toBe(5);
    expect(unpaidRun(facts(), calendarDate('2026-07-01'))).toBe(6);
  });

  it('counts only from when the member owes: admitted in October, two ended months on 12-07', () => {
    expect(unpaidRun(facts({ from: m('2026-10') }), today)).toBe(2);
  });

  it('a later payment breaks the run: November paid leaves none', () => {
    expect(unpaidRun(facts({ paid: new Map([[m('2026-11'), 100]]) }), today)).toBe(0);
  });
});

describe('PARTY-DUES at payment: owed months, a basis, never below the standard', () => {
  const on = calendarDate('2026-12-07');
  const salaried = facts({
    bases: [{ from: m('2026-01'), basis: { kind: 'salaried', monthlyIncomeFen: yuan(4000) } }],
  });
  it.each([
    [3999, 'party_dues_underpaid'],
    [4000, null],
    [4001, null],
  ] as const)('¥40 due, %i fen paid → %s', (amount, code) => {
    expect(paymentFinding(salaried, params, on, m('2026-03'), amount)?.code ?? null).toBe(code);
  });

  it('refuses months before the member owes, and months without a basis', () => {
    expect(paymentFinding(facts({ from: m('2026-04') }), params, on, m('2026-03'), 100)?.code).toBe(
      'party_dues_not_owed',
    );
    expect(paymentFinding(facts({ bases: [] }), params, on, m('2026-03'), 100)?.code).toBe(
      'party_dues_no_basis',
    );
  });

  it('a new basis applies from its month on', () => {
    const raised = facts({
      bases: [
        { from: m('2026-01'), basis: { kind: 'salaried', monthlyIncomeFen: yuan(3000) } },
        { from: m('2026-07'), basis: { kind: 'salaried', monthlyIncomeFen: yuan(6000) } },
      ],
    });
    expect(paymentFinding(raised, params, on, m('2026-06'), 1500)).toBeNull();
    expect(paymentFinding(raised, params, on, m('2026-07'), 1500)?.code).toBe(
      'party_dues_underpaid',
    );
  });
});

describe('the year statement', () => {
  it('sums the standard, the paid (more counts in full) and the arrears of ended months', () => {
    const today = calendarDate('2026-12-07');
    const paid = paidThrough(m('2026-05'));
    paid.set(m('2026-01'), 500); // paid ¥5 for January: more than the standard
    const s = yearStatement(
      [
        { personId: 'a', name: '甲', facts: facts({ paid }) },
        { personId: 'b', name: '乙', facts: facts({ from: m('2026-12'), bases: [] }) },
      ],
      params,
      today,
      2026,
    );
    expect(s.rows[0]).toMatchObject({
      monthsOwed: 12,
      dueFen: 1200,
      paidFen: 500 + 4 * 100,
      arrearsMonths: 6,
      arrearsFen: 600,
      unpaidRun: 6,
      lapsed: true,
    });
    expect(s.rows[1]).toMatchObject({ monthsOwed: 1, noBasisMonths: 1, arrearsMonths: 0 });
    expect(s.totals).toMatchObject({ members: 2, lapsed: 1, arrearsFen: 600 });
  });

  it('months wrap across the year', () => {
    expect(addMonths(m('2026-12'), 1)).toBe('2027-01');
    expect(addMonths(m('2026-01'), -1)).toBe('2025-12');
    expect(parseDuesMonth('2026-13')).toBeNull();
    expect(parseDuesMonth('0000-01')).toBeNull();
    expect(parseDuesMonth('2026-1')).toBeNull();
  });
});
