import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../calendarDate.ts';
import type { ShareClassTerm } from '../charter.ts';
import {
  classHoldingsOn,
  holdingsOn,
  householdTotals,
  movement,
  unitsOfCounts,
  type ShareEntryLine,
} from './holdings.ts';
import { checkInheritance, checkSharesDecision, checkTransfer, newbornGrant } from './rules.ts';

const d = calendarDate;
const CLASSES: ShareClassTerm[] = [
  { shareClass: 'population', weight: 10 },
  { shareClass: 'farmingYears', weight: 1 },
];

describe('股权量化: holdings are the sum of dated entries', () => {
  const entries: ShareEntryLine[] = [
    { personId: 'a', shareClass: 'population', units: 10, effectiveOn: d('2026-01-01') },
    { personId: 'a', shareClass: 'farmingYears', units: 23, effectiveOn: d('2026-01-01') },
    { personId: 'b', shareClass: 'population', units: 10, effectiveOn: d('2026-01-01') },
    ...movement('transfer', 'a', 'b', 'farmingYears', 5, d('2026-06-01')).map((e) => e),
  ];

  it('counts an entry from its effective day, not the day before (n−1, n, n+1)', () => {
    expect(holdingsOn(entries, d('2026-05-31')).get('a')).toBe(33);
    expect(holdingsOn(entries, d('2026-06-01')).get('a')).toBe(28);
    expect(holdingsOn(entries, d('2026-06-02')).get('b')).toBe(15);
    expect(holdingsOn(entries, d('2025-12-31')).size).toBe(0);
  });

  it('keeps each class apart and leaves out those who hold nothing', () => {
    const byClass = classHoldingsOn(entries, d('2026-06-01'));
    expect(byClass.get('b')?.get('farmingYears')).toBe(5);
    const emptied = [
      ...entries,
      ...movement('transfer', 'b', 'a', 'population', 10, d('2026-07-01')),
    ];
    const moved = [
      ...emptied,
      ...movement('transfer', 'b', 'a', 'farmingYears', 5, d('2026-07-01')),
    ];
    expect(holdingsOn(moved, d('2026-07-01')).has('b')).toBe(false);
  });

  it('a movement nets to zero: the organisation’s total never changes by a transfer', () => {
    const total = (on: string) =>
      [...holdingsOn(entries, d(on)).values()].reduce((x, y) => x + y, 0);
    expect(total('2026-05-31')).toBe(total('2026-06-01'));
  });

  it('turns counts into units by the charter’s weights, and sums households', () => {
    expect(unitsOfCounts({ population: 1, farmingYears: 23, land: 4 }, CLASSES)).toEqual([
      { shareClass: 'population', units: 10 },
      { shareClass: 'farmingYears', units: 23 },
    ]);
    expect(
      householdTotals([
        { householdId: 'h1', units: 33 },
        { householdId: 'h1', units: 10 },
        { householdId: 'h2', units: 10 },
      ]),
    ).toEqual(
      new Map([
        ['h1', 43],
        ['h2', 10],
      ]),
    );
  });
});

describe('NJJ-26-SHARES: quantification only by the members’ assembly', () => {
  const on = d('2026-03-01');
  it.each([
    [true, null],
    [false, 'shares_wrong_body'],
  ])('members’ assembly %s → %s', (byAssembly, code) => {
    const f = checkSharesDecision(byAssembly, { zh: '成员代表大会', en: 'reps' }, on);
    expect(f?.code ?? null).toBe(code);
    if (f) expect(f.ruleId).toBe('NJJ-26-SHARES');
  });
});

describe('NJJ-SHARES-TRANSFER and NJJ-SHARES-INHERIT', () => {
  const on = d('2026-03-01');
  it('a transfer to a member passes; to anyone else it is refused', () => {
    expect(checkTransfer({ name: '张三', memberOnDay: true }, on)).toBeNull();
    expect(checkTransfer({ name: '外村人', memberOnDay: false }, on)?.code).toBe(
      'shares_transfer_outside',
    );
  });
  it('an heir of the same household inherits; one of another household, or no member, is refused', () => {
    expect(
      checkInheritance(
        { name: '老张', householdId: 'h1' },
        { name: '小张', householdId: 'h1', memberOnDay: true },
        on,
      ),
    ).toBeNull();
    expect(
      checkInheritance(
        { name: '老张', householdId: 'h1' },
        { name: '外甥', householdId: 'h2', memberOnDay: true },
        on,
      )?.ruleId,
    ).toBe('NJJ-SHARES-INHERIT');
    expect(
      checkInheritance(
        { name: '老张', householdId: 'h1' },
        { name: '小张', householdId: 'h1', memberOnDay: false },
        on,
      )?.code,
    ).toBe('shares_heir_not_member');
  });
});

describe('NJJ-SHARES-STATIC: a confirmed newborn’s shares as the charter says', () => {
  const on = d('2026-09-10');
  const child = { name: '张小宝', confirmedOn: d('2026-09-01') };
  it('static shares give nothing (生不增)', () => {
    const g = newbornGrant('none', CLASSES, child, on);
    expect(g.ok ? null : g.finding.code).toBe('shares_static_no_newborn');
  });
  it('dynamic shares on confirmation: one 人口股 from the confirmation day', () => {
    expect(newbornGrant('onConfirmation', CLASSES, child, on)).toEqual({
      ok: true,
      units: 10,
      effectiveOn: d('2026-09-01'),
      needsAssembly: false,
    });
  });
  it('at the adjustment: the assembly’s resolution decides, from its day', () => {
    const g = newbornGrant('atAdjustment', CLASSES, child, on);
    expect(g).toMatchObject({ ok: true, needsAssembly: true, effectiveOn: on });
  });
  it.each([
    ['2026-09-09', true],
    ['2026-09-10', true],
    ['2026-09-11', false],
  ])('confirmed on %s, granted on 2026-09-10 → %s', (confirmedOn, ok) => {
    expect(
      newbornGrant('onConfirmation', CLASSES, { ...child, confirmedOn: d(confirmedOn) }, on).ok,
    ).toBe(ok);
  });
  it('never before confirmation, nor without a population class', () => {
    const g = newbornGrant('onConfirmation', CLASSES, { ...child, confirmedOn: null }, on);
    expect(g.ok ? null : g.finding.code).toBe('shares_newborn_unconfirmed');
    const h = newbornGrant('onConfirmation', [{ shareClass: 'land', weight: 1 }], child, on);
    expect(h.ok ? null : h.finding.code).toBe('shares_no_population_class');
  });
});
