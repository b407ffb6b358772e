import { describe, expect, it } from 'vitest';
import { calendarDate as d } from '../calendarDate.ts';
import { findingWithCitation } from '../rules/findings.ts';
import { CHINA_HOLIDAYS as cal } from '../rules/holidays.ts';
import { NATIONAL_PROFILE, profileParams } from '../rules/profile.ts';
import { clauseLabel, diffClauses, flagClauses, numberClauses } from './clauses.ts';
import {
  checkAdoption,
  checkFiling,
  checkPass,
  filingDueOn,
  RULES_MACHINE,
  type Adoption,
  type RulesAction,
  type RulesActor,
  type RulesState,
} from './procedure.ts';

const params = profileParams(NATIONAL_PROFILE, '2025-10-28')['CGMY-STEPS'];

/** Written out by hand from CGMY-STEPS and VCOL Art. 27: the test reads the procedure, not the table. */
const EXPECTED: Record<string, RulesState> = {
  'collecting draft committee': 'drafting',
  'drafting submit committee': 'inReview',
  'inReview return township': 'drafting',
  'inReview pass township': 'approved',
  'approved adopt committee': 'adopted',
  'adopted file committee': 'filed',
  'filed publish committee': 'published',
  'adopted orderCorrection township': 'correctionOrdered',
  'filed orderCorrection township': 'correctionOrdered',
  'published orderCorrection township': 'correctionOrdered',
};

describe('CGMY-STEPS: the procedure, every state × action × actor', () => {
  const cases = RULES_MACHINE.states.flatMap((s) =>
    RULES_MACHINE.actions.flatMap((a) => RULES_MACHINE.roles.map((r) => [s, a, r] as const)),
  );
  it.each(cases)('%s %s by %s', (s: RulesState, a: RulesAction, r: RulesActor) => {
    const to = EXPECTED[`${s} ${a} ${r}`];
    if (to) expect(RULES_MACHINE.step(s, a, [r])).toBe(to);
    else expect(() => RULES_MACHINE.step(s, a, [r])).toThrow();
  });
});

const adoption = (over: Partial<Adoption> = {}): Adoption => ({
  meetingKind: 'villagersAssembly',
  adoptedOn: d('2026-03-10'),
  revokedOn: null,
  present: 420,
  womenPresent: 150,
  ...over,
});

describe('CGMY-STEPS / VCOL-27-RULES: adoption', () => {
  it('the assembly after the review passed, with women present → lawful', () => {
    expect(checkAdoption(adoption(), d('2026-03-01'), params)).toEqual([]);
  });

  it('{townshipReview:false} → INVALID_PROCEDURE, the guidance cited in words', () => {
    const [f] = checkAdoption(adoption(), null, params);
    expect(f!.code).toBe('step_out_of_order');
    expect(findingWithCitation(f!, 'zh-CN')).toBe(
      '必须先完成“乡镇审核”，才能进行“村民会议表决”（《关于做好村规民约和居民公约工作的指导意见》（制定程序））',
    );
  });

  it('a vote the day before the review passed is out of order; the day it passed is not', () => {
    expect(checkAdoption(adoption(), d('2026-03-11'), params).map((f) => f.code)).toEqual([
      'step_out_of_order',
    ]);
    expect(checkAdoption(adoption(), d('2026-03-10'), params)).toEqual([]);
  });

  it.each([
    [0, ['village_rules_women_absent']],
    [1, []],
    [2, []],
  ])('women present %i (province minimum 1) → %j', (women, codes) => {
    expect(
      checkAdoption(adoption({ womenPresent: women }), d('2026-03-01'), params).map((f) => f.code),
    ).toEqual(codes);
  });

  it("the representatives' meeting cannot adopt the rules, even authorised", () => {
    const all = {
      id: 'a',
      categories: ['villageCharter' as const],
      startsOn: d('2026-01-01'),
      endsOn: d('2026-12-31'),
      revokedOn: null,
    };
    const [f] = checkAdoption(
      adoption({ meetingKind: 'representativesMeeting' }),
      d('2026-03-01'),
      params,
      [all],
    );
    expect([f!.ruleId, f!.code]).toEqual(['VCOL-27-RULES', 'wrong_body_not_delegable']);
  });

  it('a revoked resolution adopts nothing', () => {
    const found = checkAdoption(adoption({ revokedOn: d('2026-04-01') }), d('2026-03-01'), params);
    expect(found.map((f) => f.code)).toEqual(['resolution_revoked']);
  });
});

describe('CGMY-STEPS: filing within the province’s days (10 by default), calendar days', () => {
  it('adopted on a Tuesday: due ten days later', () => {
    expect(filingDueOn(d('2026-03-10'), params, cal)).toBe('2026-03-20');
  });

  it('a last day on a rest day runs to the next working day (National Day)', () => {
    // 2026-09-22 + 10 = 2026-10-02, inside the National Day holiday
    expect(filingDueOn(d('2026-09-22'), params, cal)).toBe('2026-10-08');
  });

  it.each([
    ['2026-03-19', []],
    ['2026-03-20', []],
    ['2026-03-21', ['village_rules_filing_late']],
    ['2026-03-09', ['step_date_order']],
  ])('filed %s (due 2026-03-20) → %j', (filedOn, codes) => {
    const found = checkFiling(d(filedOn), d('2026-03-10'), d('2026-03-20'), params);
    expect(found.map((f) => f.code)).toEqual(codes);
  });

  it('a late filing is a warning: told, not refused', () => {
    const [f] = checkFiling(d('2026-03-21'), d('2026-03-10'), d('2026-03-20'), params);
    expect(f!.severity).toBe('warning');
    expect(findingWithCitation(f!, 'zh-CN')).toContain(
      '应在表决通过后 10 日内报乡镇备案：2026年3月10日 通过，应于 2026年3月20日 前备案',
    );
  });
});

describe('VCOL-27-RULES: the review cannot pass with a flag open', () => {
  it.each([
    [[], []],
    [[{ clauseNumber: 3 }], ['village_rules_flags_open']],
  ])('%j → %j', (flags, codes) => {
    expect(checkPass(flags, d('2026-03-01')).map((f) => f.code)).toEqual(codes);
  });

  it('names the clauses in order, once each', () => {
    const [f] = checkPass(
      [{ clauseNumber: 5 }, { clauseNumber: 2 }, { clauseNumber: 5 }],
      d('2026-03-01'),
    );
    expect(f!.params).toMatchObject({ count: 3, clauses: '第二条、第五条' });
  });
});

describe('clauses: numbered, checked, compared', () => {
  it('numbers what was typed, dropping empty clauses', () => {
    expect(numberClauses([' 爱党爱国。', '', '  ', '尊老爱幼。'])).toEqual([
      { number: 1, body: '爱党爱国。' },
      { number: 2, body: '尊老爱幼。' },
    ]);
  });

  it('flags each clause by the content check', () => {
    const clauses = numberClauses([
      '尊老爱幼。',
      '外嫁女不再参与集体收益分配。',
      '违者罚款100元。',
    ]);
    expect(flagClauses(clauses, d('2026-03-01')).map((f) => [f.clauseNumber, f.topic])).toEqual([
      [2, 'women_married_out'],
      [3, 'fine'],
    ]);
  });

  const v1 = numberClauses(['甲', '乙', '丙', '丁']);
  it('an inserted clause is one addition; the clauses after it only renumber', () => {
    const v2 = numberClauses(['甲', '乙', '新', '丙', '丁']);
    expect(
      diffClauses(v1, v2).map((c) => [
        c.change,
        'before' in c ? c.before.number : null,
        'after' in c ? c.after.number : null,
      ]),
    ).toEqual([
      ['same', 1, 1],
      ['same', 2, 2],
      ['added', null, 3],
      ['same', 3, 4],
      ['same', 4, 5],
    ]);
  });

  it('a clause rewritten in place is changed; a clause dropped is removed', () => {
    const v2 = numberClauses(['甲', '乙改', '丁']);
    expect(diffClauses(v1, v2).map((c) => c.change)).toEqual([
      'same',
      'changed',
      'removed',
      'same',
    ]);
  });

  it('against nothing, everything is added; the same text, nothing changed', () => {
    expect(diffClauses([], v1).every((c) => c.change === 'added')).toBe(true);
    expect(diffClauses(v1, v1).every((c) => c.change === 'same')).toBe(true);
  });
});

describe('clause labels as printed', () => {
  it.each([
    [1, '第一条'],
    [9, '第九条'],
    [10, '第十条'],
    [11, '第十一条'],
    [20, '第二十条'],
    [99, '第九十九条'],
    [100, '第一百条'],
    [101, '第一百零一条'],
    [110, '第一百一十条'],
    [200, '第二百条'],
  ])('%i → %s', (n, label) => {
    expect(clauseLabel(n)).toBe(label);
  });
});
