import { describe, expect, it } from 'vitest';
import { calendarDate as d, type CalendarDate } from '../calendarDate.ts';
import { DomainError, errorMessage } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import {
  checkAdmission,
  checkDecision,
  checkNewVersion,
  MAX_ITEMS_PER_LIST,
  versionInForce,
  type AdmissionList,
  type Decision,
  type ListItemRef,
} from './admission.ts';
import { publishingCounties, sendingTowns } from './staff.ts';

const item = (list: AdmissionList, seq = 1): ListItemRef => ({ list, seq });

describe('the admission check (seed 003, 三张清单)', () => {
  it.each([
    ['an assistance item', item('governmentAssistance'), 'admissible', 'assistance'],
    ['a self-governance item', item('selfGovernance'), 'returned', 'selfGovernance'],
    ['a burden-reduction item', item('burdenReduction'), 'refused', 'burdenReduction'],
    ['no item at all', null, 'refused', 'unlisted'],
  ])('%s → %s', (_, ref, verdict, ground) => {
    expect(checkAdmission(ref)).toEqual({ verdict, ground });
  });
});

describe("the committee's decision under each verdict", () => {
  const cases: Array<[ListItemRef | null, Decision, string | null]> = [
    [item('governmentAssistance'), 'accepted', null],
    [item('governmentAssistance'), 'refused', null],
    [item('governmentAssistance'), 'returned', 'admission_unlisted'],
    [item('selfGovernance', 3), 'returned', null],
    [item('selfGovernance', 3), 'accepted', 'admission_self_governance'],
    [item('selfGovernance', 3), 'refused', 'admission_self_governance'],
    [item('burdenReduction', 4), 'refused', null],
    [item('burdenReduction', 4), 'accepted', 'admission_burden_reduction'],
    [item('burdenReduction', 4), 'returned', 'admission_burden_reduction'],
    [null, 'refused', null],
    [null, 'accepted', 'admission_unlisted'],
  ];
  it.each(cases)('%o, %s → %s', (ref, decision, error) => {
    const run = () => checkDecision(checkAdmission(ref), decision, { version: 2, item: ref });
    if (!error) return expect(run).not.toThrow();
    expect(run).toThrow(DomainError);
    try {
      run();
    } catch (e) {
      expect((e as DomainError).id).toBe(error);
    }
  });

  it('cites the version, the item and the article in words', () => {
    const ref = item('burdenReduction', 4);
    try {
      checkDecision(checkAdmission(ref), 'accepted', { version: 2, item: ref });
    } catch (e) {
      const err = e as DomainError;
      const zh = errorMessage(err.id, 'zh-CN', err.params);
      expect(zh).toContain('减负工作事项清单（第2版）第4项');
      expect(zh).toContain('村民委员会组织法第四十三条');
    }
  });
});

describe('versions of the lists', () => {
  const lists = (n: number) => ({
    selfGovernance: Array.from({ length: n }, (_, i) => `自治${i}`),
    governmentAssistance: ['协助'],
    burdenReduction: ['减负'],
  });
  const fieldsOf = (run: () => void) => {
    try {
      run();
      return [];
    } catch (e) {
      return (e as DomainError).fields.map((f) => `${f.field}:${f.error}`);
    }
  };
  it.each([
    ['the day before the last version', d('2026-05-31'), ['effectiveOn:admission_version_order']],
    ['the same day as the last version', d('2026-06-01'), ['effectiveOn:admission_version_order']],
    ['the day after', d('2026-06-02'), []],
  ])('takes effect %s', (_, on, expected) => {
    expect(
      fieldsOf(() => checkNewVersion({ effectiveOn: on, items: lists(1) }, d('2026-06-01'))),
    ).toEqual(expected);
  });
  it.each([
    [0, ['selfGovernance:field_required']],
    [1, []],
    [MAX_ITEMS_PER_LIST, []],
    [MAX_ITEMS_PER_LIST + 1, ['selfGovernance:admission_items_many']],
  ])('a list of %i items', (n, expected) => {
    expect(
      fieldsOf(() => checkNewVersion({ effectiveOn: d('2026-01-01'), items: lists(n) }, null)),
    ).toEqual(expected);
  });

  const versions = [
    { n: 1, effectiveOn: d('2026-01-01') },
    { n: 2, effectiveOn: d('2026-07-01') },
  ];
  it.each<[CalendarDate, number | null]>([
    [d('2025-12-31'), null],
    [d('2026-01-01'), 1],
    [d('2026-06-30'), 1],
    [d('2026-07-01'), 2],
    [d('2026-07-02'), 2],
  ])('on %s version %s is in force', (on, n) => {
    expect(versionInForce(versions, on)?.n ?? null).toBe(n);
  });
});

describe('who acts above the village', () => {
  const staff = (scopes: Actor['staffScopes']): Actor => ({
    accountId: 'a',
    kind: 'staff',
    home: null,
    posts: [],
    staffScopes: scopes,
  });
  it('the county government publishes, the town government sends; the discipline unit neither', () => {
    const county = staff([{ level: 'county', id: 'c1', unit: 'government' }]);
    const town = staff([{ level: 'town', id: 't1', unit: 'government', departmentId: 'd1' }]);
    const discipline = staff([
      { level: 'town', id: 't1', unit: 'discipline' },
      { level: 'county', id: 'c1', unit: 'discipline' },
    ]);
    expect([publishingCounties(county), sendingTowns(county)]).toEqual([['c1'], []]);
    expect([publishingCounties(town), sendingTowns(town)]).toEqual([[], ['t1']]);
    expect([publishingCounties(discipline), sendingTowns(discipline)]).toEqual([[], []]);
  });
});
