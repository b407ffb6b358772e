import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import {
  NATIONAL_PARAMS,
  NATIONAL_PROFILE,
  profileParams,
  resolveProfile,
  RULE_PROFILES,
  ZHEJIANG_PROFILE,
  type CharterOverride,
} from './profile.ts';
import { atLeast, STRICT_MAJORITY } from './threshold.ts';

const d = calendarDate;
/** A day under the 2025 text, after every charter clause below was adopted. */
const ON = d('2026-06-01');

describe('rule profiles', () => {
  it('the national profile carries the statutory figures of RULES.md §11', () => {
    const p = NATIONAL_PARAMS['2025-10-28'];
    expect(p['VCOL-21-CONVENE']).toEqual({
      villagerDemand: atLeast(1, 10),
      representativeDemand: atLeast(1, 3),
      noticeDays: 10,
    });
    expect(p['VCOL-22-QUORUM']).toEqual({ adults: STRICT_MAJORITY, households: atLeast(2, 3) });
    expect(p['VCOL-22-DECISION']).toEqual({ yes: STRICT_MAJORITY });
    expect(p['VCOL-22-SPECIAL']).toEqual({ yes: atLeast(2, 3) });
    expect(p['VCOL-26-QUORUM']).toEqual({ present: atLeast(2, 3), yes: STRICT_MAJORITY });
    expect(p['VCOL-26-FREQ']).toEqual({
      meetingsPerQuarter: 1,
      representativeDemand: atLeast(1, 5),
    });
    expect(p['VCOL-28-GROUP']).toEqual({
      adults: atLeast(2, 3),
      households: atLeast(2, 3),
      yes: STRICT_MAJORITY,
    });
    expect(p['VCOL-06-SIZE']).toEqual({ min: 3, max: 7, minWomen: 1 });
    expect(p['RVMC-SIZE']).toEqual({ min: 3, max: 5 });
    expect(p['SIYI-PARTY-QUORUM']).toEqual({ present: atLeast(2, 3), yes: atLeast(1, 2) });
    expect(p['VCOL-15-PROXY']).toEqual({
      maxPrincipalsPerHolder: 3,
      requestDaysBefore: 0,
      closeRelativesOnly: false,
    });
    expect(p['VCOL25-ANNUAL-ASSEMBLY']).toEqual({ meetingsPerYear: 1 });
    expect(p['VCOL25-POSTING-15']).toEqual({ minDays: 15 });
    expect(NATIONAL_PROFILE.overlay).toEqual({});
    expect(profileParams(NATIONAL_PROFILE, '2025-10-28')).toEqual(p);
  });

  it('VCOL-15-PROXY: the 2018 text lets only a close relative hold a proxy; every other figure is the same as in 2025', () => {
    const p2018 = NATIONAL_PARAMS['2018-12-29'];
    expect(p2018['VCOL-15-PROXY']).toEqual({
      maxPrincipalsPerHolder: 3,
      requestDaysBefore: 0,
      closeRelativesOnly: true,
    });
    const { 'VCOL-15-PROXY': _old, ...oldRest } = p2018;
    const { 'VCOL-15-PROXY': _new, ...newRest } = NATIONAL_PARAMS['2025-10-28'];
    expect(oldRest).toEqual(newRest);
  });

  it.each(['2018-12-29', '2025-10-28'] as const)(
    'VCOL-15-PROXY: Zhejiang lodges proxies 3 days ahead and keeps every other national figure (%s text)',
    (law) => {
      const zj = profileParams(ZHEJIANG_PROFILE, law);
      const nat = NATIONAL_PARAMS[law];
      expect(zj['VCOL-15-PROXY']).toEqual({
        maxPrincipalsPerHolder: 3,
        requestDaysBefore: 3,
        closeRelativesOnly: law === '2018-12-29',
      });
      // and evaluates supervision members too (民主评议, its Art. 33)
      expect(zj['VCOL-33-EVAL'].includeSupervision).toBe(true);
      expect(nat['VCOL-33-EVAL'].includeSupervision).toBe(false);
      // and names who may hold an election proxy (选举办法 Art. 25: near relatives only)
      expect(zj['ZJ-25-PROXY'].nearRelativesOnly).toBe(true);
      const { 'VCOL-15-PROXY': _zj, 'VCOL-33-EVAL': _zjEval, 'ZJ-25-PROXY': _zjP, ...zjRest } = zj;
      const {
        'VCOL-15-PROXY': _nat,
        'VCOL-33-EVAL': _natEval,
        'ZJ-25-PROXY': _natP,
        ...natRest
      } = nat;
      expect(zjRest).toEqual(natRest);
      expect(Object.keys(RULE_PROFILES)).toEqual(['national', 'zhejiang', 'shandong']);
    },
  );
});

describe('resolveProfile: the law in force on the day', () => {
  it.each([
    ['2025-12-31', '2018-12-29', '2018-12-29', '2020-07-31'],
    ['2026-01-01', '2025-10-28', '2025-10-28', '2020-07-31@2025-10-28'],
  ] as const)('on %s the law is the %s text (versions %s, %s)', (on, law, national, zhejiang) => {
    const nat = resolveProfile(NATIONAL_PROFILE, [], d(on));
    expect(nat.problems).toEqual([]);
    expect(nat.profile).toEqual({
      id: 'national',
      version: national,
      law,
      params: NATIONAL_PARAMS[law],
    });
    const zj = resolveProfile(ZHEJIANG_PROFILE, [], d(on));
    expect(zj.profile.law).toBe(law);
    expect(zj.profile.version).toBe(zhejiang);
    expect(zj.profile.params).toEqual(profileParams(ZHEJIANG_PROFILE, law));
  });

  it.each([
    ['2026-02-28', false],
    ['2026-03-01', true],
    ['2026-03-02', true],
  ] as const)(
    'VCOL-21-CONVENE: a charter clause adopted 2026-03-01, resolved on %s → applied %s',
    (on, applied) => {
      const { profile, problems } = resolveProfile(
        NATIONAL_PROFILE,
        [{ ruleId: 'VCOL-21-CONVENE', params: { noticeDays: 15 }, adoptedOn: '2026-03-01' }],
        d(on),
      );
      expect(problems).toEqual([]);
      expect(profile.params['VCOL-21-CONVENE'].noticeDays).toBe(applied ? 15 : 10);
      expect(profile.version).toBe(
        applied ? '2025-10-28+charter(VCOL-21-CONVENE@2026-03-01)' : '2025-10-28',
      );
    },
  );
});

describe('resolveProfile: a charter may tighten a statute, never loosen it', () => {
  it('VCOL-21-CONVENE: a charter raises noticeDays 10 → 15 and the version records it', () => {
    const overrides: CharterOverride[] = [
      { ruleId: 'VCOL-21-CONVENE', params: { noticeDays: 15 }, adoptedOn: '2026-03-01' },
    ];
    const { profile, problems } = resolveProfile(NATIONAL_PROFILE, overrides, ON);
    expect(problems).toEqual([]);
    expect(profile.params['VCOL-21-CONVENE'].noticeDays).toBe(15);
    expect(profile.params['VCOL-21-CONVENE'].villagerDemand).toEqual(atLeast(1, 10));
    expect(profile.id).toBe('national');
    expect(profile.law).toBe('2025-10-28');
    expect(profile.version).toBe('2025-10-28+charter(VCOL-21-CONVENE@2026-03-01)');
    // the statute's figures are not changed
    expect(NATIONAL_PARAMS['2025-10-28']['VCOL-21-CONVENE'].noticeDays).toBe(10);
    expect(NATIONAL_PARAMS['2018-12-29']['VCOL-21-CONVENE'].noticeDays).toBe(10);
  });

  it.each([
    [9, 'refused', 10],
    [10, 'kept', 10],
    [11, 'applied', 11],
  ] as const)(
    'VCOL-21-CONVENE: a charter setting noticeDays %i is %s (notice days %i)',
    (days, outcome, expected) => {
      const { profile, problems } = resolveProfile(
        NATIONAL_PROFILE,
        [{ ruleId: 'VCOL-21-CONVENE', params: { noticeDays: days }, adoptedOn: '2026-03-01' }],
        ON,
      );
      expect(profile.params['VCOL-21-CONVENE'].noticeDays).toBe(expected);
      if (outcome === 'refused') {
        expect(problems).toEqual([
          { ruleId: 'VCOL-21-CONVENE', param: 'noticeDays', reason: 'looser_than_statute' },
        ]);
        expect(profile.version).toBe('2025-10-28');
      } else {
        expect(problems).toEqual([]);
        expect(profile.version).toBe('2025-10-28+charter(VCOL-21-CONVENE@2026-03-01)');
      }
    },
  );

  it.each([
    ['VCOL-22-DECISION', 'yes', atLeast(2, 3), true],
    ['VCOL-22-DECISION', 'yes', atLeast(1, 2), false],
    ['VCOL-26-QUORUM', 'present', atLeast(3, 4), true],
    ['VCOL-26-QUORUM', 'present', STRICT_MAJORITY, false],
    ['VCOL-22-QUORUM', 'households', atLeast(3, 4), true],
    ['VCOL-22-QUORUM', 'households', atLeast(1, 2), false],
    ['VCOL-21-CONVENE', 'villagerDemand', atLeast(1, 5), true],
    ['VCOL-21-CONVENE', 'villagerDemand', atLeast(1, 20), false],
  ] as const)('%s: a charter setting %s to %j is applied → %s', (ruleId, param, value, ok) => {
    const override = { ruleId, params: { [param]: value }, adoptedOn: '2026-03-01' };
    const { profile, problems } = resolveProfile(NATIONAL_PROFILE, [override], ON);
    const params = profile.params[ruleId] as unknown as Record<string, unknown>;
    const before = NATIONAL_PARAMS['2025-10-28'][ruleId] as unknown as Record<string, unknown>;
    expect(params[param]).toEqual(ok ? value : before[param]);
    expect(problems).toEqual(ok ? [] : [{ ruleId, param, reason: 'looser_than_statute' }]);
  });

  it.each([
    [16, false],
    [15, true],
    [12, true],
  ] as const)(
    'VCOL-25-COMPOSITION: maxHouseholdsPerRepresentative %i is applied → %s (a max may only fall)',
    (value, ok) => {
      const { profile, problems } = resolveProfile(
        NATIONAL_PROFILE,
        [
          {
            ruleId: 'VCOL-25-COMPOSITION',
            params: { maxHouseholdsPerRepresentative: value },
            adoptedOn: '2026-03-01',
          },
        ],
        ON,
      );
      expect(profile.params['VCOL-25-COMPOSITION'].maxHouseholdsPerRepresentative).toBe(
        ok ? value : 15,
      );
      expect(problems.length).toBe(ok ? 0 : 1);
    },
  );

  it('SIYI-PARTY-QUORUM is a local rule: a charter may loosen it to 过半数 present and a plain majority of yes', () => {
    const { profile, problems } = resolveProfile(
      NATIONAL_PROFILE,
      [
        {
          ruleId: 'SIYI-PARTY-QUORUM',
          params: { present: atLeast(1, 2), yes: atLeast(1, 3) },
          adoptedOn: '2026-04-01',
        },
      ],
      ON,
    );
    expect(problems).toEqual([]);
    expect(profile.params['SIYI-PARTY-QUORUM']).toEqual({
      present: atLeast(1, 2),
      yes: atLeast(1, 3),
    });
    expect(profile.version).toBe('2025-10-28+charter(SIYI-PARTY-QUORUM@2026-04-01)');
  });

  it('RVMC-SIZE is policy: a charter may allow a supervision committee of 7', () => {
    const { profile, problems } = resolveProfile(
      NATIONAL_PROFILE,
      [{ ruleId: 'RVMC-SIZE', params: { max: 7 }, adoptedOn: '2026-04-01' }],
      ON,
    );
    expect(problems).toEqual([]);
    expect(profile.params['RVMC-SIZE']).toEqual({ min: 3, max: 7 });
  });

  it('VCOL25-PARTY-FIRST: before 2026 (Party rule, policy) a charter may set enforcement to warn (RULES.md §11: → WARN)', () => {
    const { profile, problems } = resolveProfile(
      NATIONAL_PROFILE,
      [{ ruleId: 'VCOL25-PARTY-FIRST', params: { enforcement: 'warn' }, adoptedOn: '2025-05-01' }],
      d('2025-12-31'),
    );
    expect(problems).toEqual([]);
    expect(profile.params['VCOL25-PARTY-FIRST']).toEqual({ enforcement: 'warn' });
    expect(profile.version).toBe('2018-12-29+charter(VCOL25-PARTY-FIRST@2025-05-01)');
  });

  it('VCOL25-PARTY-FIRST: from 2026-01-01 (statute) the same charter clause loosens the law and is not applied', () => {
    const { profile, problems } = resolveProfile(
      NATIONAL_PROFILE,
      [{ ruleId: 'VCOL25-PARTY-FIRST', params: { enforcement: 'warn' }, adoptedOn: '2025-05-01' }],
      d('2026-01-01'),
    );
    expect(problems).toEqual([
      { ruleId: 'VCOL25-PARTY-FIRST', param: 'enforcement', reason: 'looser_than_statute' },
    ]);
    expect(profile.params['VCOL25-PARTY-FIRST']).toEqual({ enforcement: 'refuse' });
    expect(profile.version).toBe('2025-10-28');
  });

  it.each(['2025-12-31', '2026-01-01'] as const)(
    'VCOL25-PARTY-FIRST: a charter keeping enforcement at refuse is applied on %s',
    (on) => {
      const { profile, problems } = resolveProfile(
        NATIONAL_PROFILE,
        [
          {
            ruleId: 'VCOL25-PARTY-FIRST',
            params: { enforcement: 'refuse' },
            adoptedOn: '2025-05-01',
          },
        ],
        d(on),
      );
      expect(problems).toEqual([]);
      expect(profile.params['VCOL25-PARTY-FIRST']).toEqual({ enforcement: 'refuse' });
    },
  );

  it('several overrides: the applied ones are listed in order, a refused one is left out', () => {
    const { profile, problems } = resolveProfile(
      ZHEJIANG_PROFILE,
      [
        { ruleId: 'VCOL-21-CONVENE', params: { noticeDays: 15 }, adoptedOn: '2026-03-01' },
        { ruleId: 'VCOL-26-QUORUM', params: { present: atLeast(1, 2) }, adoptedOn: '2026-03-02' },
        {
          ruleId: 'VCOL-15-PROXY',
          params: { maxPrincipalsPerHolder: 2 },
          adoptedOn: '2026-03-03',
        },
      ],
      ON,
    );
    expect(profile.id).toBe('zhejiang');
    expect(profile.version).toBe(
      '2020-07-31@2025-10-28+charter(VCOL-21-CONVENE@2026-03-01,VCOL-15-PROXY@2026-03-03)',
    );
    expect(problems).toEqual([
      { ruleId: 'VCOL-26-QUORUM', param: 'present', reason: 'looser_than_statute' },
    ]);
    expect(profile.params['VCOL-26-QUORUM'].present).toEqual(atLeast(2, 3));
    expect(profile.params['VCOL-15-PROXY']).toEqual({
      maxPrincipalsPerHolder: 2,
      requestDaysBefore: 3,
      closeRelativesOnly: false,
    });
  });

  it('VCOL-15-PROXY: raising the principals per holder to 4 loosens the statute and is refused', () => {
    const { profile, problems } = resolveProfile(
      ZHEJIANG_PROFILE,
      [{ ruleId: 'VCOL-15-PROXY', params: { maxPrincipalsPerHolder: 4 }, adoptedOn: '2026-03-03' }],
      ON,
    );
    expect(problems).toEqual([
      { ruleId: 'VCOL-15-PROXY', param: 'maxPrincipalsPerHolder', reason: 'looser_than_statute' },
    ]);
    expect(profile.params['VCOL-15-PROXY'].maxPrincipalsPerHolder).toBe(3);
    expect(profile.version).toBe('2020-07-31@2025-10-28');
  });
});
