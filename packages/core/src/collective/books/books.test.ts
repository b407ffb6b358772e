import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../calendarDate.ts';
import { voucherProblems } from '../../finance/voucher.ts';
import { findingWithCitation } from '../../rules/findings.ts';
import { accountHolderFinding, maskedAccountNumber } from './bankAccounts.ts';
import {
  derivativeRequestFinding,
  derivativeStanding,
  DERIVATIVE_MIN_REQUESTERS,
  type Requester,
} from './derivative.ts';
import { committeePaymentEntries, dividendPaidEntry, reserveEntry, yearTotals } from './entries.ts';

const on = calendarDate('2026-03-01');
const ORG = '花乡社区股份经济合作社';

describe('NJJ-44-ACCOUNT: collective funds only in the organisation’s own name', () => {
  it.each([
    [{ kind: 'organisation' as const, name: ORG }, null],
    [{ kind: 'organisation' as const, name: ' 花乡社区股份经济合作社 ' }, null],
    [{ kind: 'person' as const, name: ORG }, 'collective_account_personal'],
    [{ kind: 'person' as const, name: '王德明' }, 'collective_account_personal'],
    [
      { kind: 'organisation' as const, name: '花乡社区居民委员会' },
      'collective_account_other_name',
    ],
  ])('%o → %s', (holder, code) => {
    expect(accountHolderFinding(on, holder, ORG)?.code ?? null).toBe(code);
  });

  it('cites Article 44 in words', () => {
    const f = accountHolderFinding(on, { kind: 'person', name: '王德明' }, ORG);
    expect(f && findingWithCitation(f, 'zh-CN')).toContain(
      '《中华人民共和国农村集体经济组织法》第四十四条',
    );
  });

  it('masks all but the last four digits', () => {
    expect(maskedAccountNumber('6228 4801 2345 6789')).toBe('**** 6789');
  });
});

describe('NJJ-60-DERIVATIVE: ten or more capable members ask in writing', () => {
  const members = (n: number): Requester[] =>
    Array.from({ length: n }, (_, i) => ({ name: `成员${i + 1}`, capableMember: true }));

  it.each([
    [DERIVATIVE_MIN_REQUESTERS - 1, 'collective_derivative_too_few'],
    [DERIVATIVE_MIN_REQUESTERS, null],
    [DERIVATIVE_MIN_REQUESTERS + 1, null],
  ])('%i requesters → %s', (n, code) => {
    expect(derivativeRequestFinding(on, members(n))?.code ?? null).toBe(code);
  });

  it('a minor or a non-member among eleven is refused by name, not counted', () => {
    const eleven = [...members(10), { name: '王小明', capableMember: false }];
    const f = derivativeRequestFinding(on, eleven);
    expect(f?.code).toBe('collective_derivative_not_member');
    expect(f && findingWithCitation(f, 'zh-CN')).toContain('王小明');
  });

  const received = calendarDate('2026-03-01');
  it.each([
    // the period starts the day after receipt: 3月2日 is day 1, 3月16日 day 15
    ['2026-03-15', { kind: 'waiting', until: '2026-03-16' }],
    ['2026-03-16', { kind: 'waiting', until: '2026-03-16' }],
    ['2026-03-17', { kind: 'membersMaySue', since: '2026-03-17', because: 'timeElapsed' }],
  ])('no answer, today %s', (today, standing) => {
    expect(derivativeStanding(received, null, calendarDate(today))).toEqual(standing);
  });

  it('a fifteenth day on a rest day moves the end to the next working day (民法典第二百零三条)', () => {
    const friday = calendarDate('2026-03-06');
    expect(derivativeStanding(friday, null, calendarDate('2026-03-23'))).toEqual({
      kind: 'waiting',
      until: '2026-03-23',
    });
    expect(derivativeStanding(friday, null, calendarDate('2026-03-24'))).toMatchObject({
      kind: 'membersMaySue',
      since: '2026-03-24',
    });
  });

  it('a refusal opens the members’ suit at once; the supervisors’ suit closes it', () => {
    const d = calendarDate('2026-03-05');
    expect(derivativeStanding(received, { kind: 'refused', on: d }, d)).toEqual({
      kind: 'membersMaySue',
      since: d,
      because: 'refused',
    });
    expect(
      derivativeStanding(received, { kind: 'sued', on: d }, calendarDate('2026-04-01')),
    ).toEqual({ kind: 'supervisorsSued', on: d });
  });
});

describe('the distribution’s entries balance on the shared chart', () => {
  const e = {
    on: calendarDate('2026-01-20'),
    summary: '2025年度收益分配',
    amountFen: 123_456,
    sourceId: 'x',
  };
  const calendar = { isClosed: () => false };

  it('reserve, a paid dividend and both sides of the committee payment are valid vouchers', () => {
    const both = committeePaymentEntries(e, { organisation: ORG, committee: '花乡社区居民委员会' });
    for (const v of [
      reserveEntry(e),
      dividendPaidEntry(e, '王德明', 'cash'),
      both.organisation,
      both.committee,
    ])
      expect(voucherProblems(v, calendar)).toEqual([]);
    expect(both.organisation.lines[1]?.accountCode).toBe(both.committee.lines[0]?.accountCode);
  });
});

describe('a year of the book in four figures', () => {
  it('income, spending, the reserve and what was distributed beyond it', () => {
    expect(
      yearTotals([
        { accountCode: '5001', debitFen: 0, creditFen: 1_000_000 },
        { accountCode: '5102', debitFen: 200_000, creditFen: 0 },
        { accountCode: '3002', debitFen: 0, creditFen: 80_000 },
        { accountCode: '3102', debitFen: 800_000, creditFen: 0 },
        { accountCode: '1002', debitFen: 1_000_000, creditFen: 920_000 },
      ]),
    ).toEqual({
      incomeFen: 1_000_000,
      spendingFen: 200_000,
      reserveFen: 80_000,
      distributedFen: 720_000,
    });
  });
});
