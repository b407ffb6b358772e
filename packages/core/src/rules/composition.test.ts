import { describe, expect, it } from 'vitest';
import { calendarDate, type CalendarDate } from '../calendarDate.ts';
import {
  checkCommittee,
  checkComposition,
  checkCouncil,
  compositionInvalid,
  checkRepresentativesMeeting,
  checkSupervision,
  type CompositionFacts,
  type SeatHolder,
} from './composition.ts';
import { finding } from './findings.ts';
import { NATIONAL_PARAMS } from './profile.ts';

const d = calendarDate;
/** The day the bodies are judged on (the 2025 text). */
const ON = d('2026-11-21');
const params = NATIONAL_PARAMS['2025-10-28'];

/** `count` seat holders with ids `${prefix}1…`, the first `women` of them women. */
function seats(
  prefix: string,
  count: number,
  women = 0,
  extra: Partial<SeatHolder> = {},
): SeatHolder[] {
  return Array.from({ length: count }, (_, i) => ({
    personId: `${prefix}${i + 1}`,
    name: `${prefix}${i + 1}`,
    gender: i < women ? 'female' : 'male',
    role: 'member',
    qualifications: [],
    ...extra,
  }));
}

describe('VCOL-06-SIZE: villagers’ committee of 3–7 with a woman', () => {
  it.each([
    [2, 1, [finding(ON, 'VCOL-06-SIZE', 'committee_size', { min: 3, max: 7, count: 2 })]],
    [3, 1, []],
    [7, 1, []],
    [8, 1, [finding(ON, 'VCOL-06-SIZE', 'committee_size', { min: 3, max: 7, count: 8 })]],
    // RULES.md §11 examples: {members:8} → INVALID; {members:5, women:0} → VIOLATION_WOMEN
    [5, 0, [finding(ON, 'VCOL-06-SIZE', 'committee_women', { count: 0 })]],
    [5, 1, []],
    [5, 2, []],
    [
      8,
      0,
      [
        finding(ON, 'VCOL-06-SIZE', 'committee_size', { min: 3, max: 7, count: 8 }),
        finding(ON, 'VCOL-06-SIZE', 'committee_women', { count: 0 }),
      ],
    ],
  ])('VCOL-06-SIZE members %i, women %i → %j', (count, women, expected) => {
    expect(
      checkCommittee(
        { on: ON, members: seats('c', count, women), committeeKin: [] },
        params['VCOL-06-SIZE'],
      ),
    ).toEqual(expected);
  });
});

describe('VCOL25-KIN-AVOID: no near relatives on the committee together (2025 text)', () => {
  const kin = [{ name: 'c1', relative: 'c2' }];
  const committee = (on: string) =>
    checkCommittee(
      { on: d(on), members: seats('c', 5, 1), committeeKin: kin },
      NATIONAL_PARAMS['2025-10-28']['VCOL-06-SIZE'],
    );

  it.each([
    ['2025-12-31', []],
    [
      '2026-01-01',
      [
        finding(d('2026-01-01'), 'VCOL25-KIN-AVOID', 'committee_kin', {
          name: 'c1',
          relative: 'c2',
        }),
      ],
    ],
    [
      '2026-11-21',
      [
        finding(d('2026-11-21'), 'VCOL25-KIN-AVOID', 'committee_kin', {
          name: 'c1',
          relative: 'c2',
        }),
      ],
    ],
  ])(
    'VCOL25-KIN-AVOID committee members c1 and c2 near relatives, judged on %s → %j',
    (on, expected) => {
      expect(committee(on)).toEqual(expected);
    },
  );

  it('VCOL25-KIN-AVOID every pair is reported, after the size and women findings', () => {
    const out = checkCommittee(
      {
        on: ON,
        members: seats('c', 8, 0),
        committeeKin: [
          { name: 'c1', relative: 'c2' },
          { name: 'c3', relative: 'c4' },
        ],
      },
      params['VCOL-06-SIZE'],
    );
    expect(out).toEqual([
      finding(ON, 'VCOL-06-SIZE', 'committee_size', { min: 3, max: 7, count: 8 }),
      finding(ON, 'VCOL-06-SIZE', 'committee_women', { count: 0 }),
      finding(ON, 'VCOL25-KIN-AVOID', 'committee_kin', { name: 'c1', relative: 'c2' }),
      finding(ON, 'VCOL25-KIN-AVOID', 'committee_kin', { name: 'c3', relative: 'c4' }),
    ]);
  });

  it('VCOL25-KIN-AVOID checkComposition reports it for a villagers’ committee from 2026-01-01 only', () => {
    const facts = (on: string): CompositionFacts => ({
      on: d(on),
      kind: 'villagersCommittee',
      members: seats('c', 5, 1),
      committeeMembers: seats('c', 5, 1),
      partyCommitteeMembers: [],
      committeeKin: kin,
      closeRelativeOnCommittee: new Map(),
      partySecretaryId: null,
      termEndsOn: null,
      committeeTermEndsOn: null,
      households: 0,
    });
    expect(checkComposition(facts('2025-12-31'), NATIONAL_PARAMS['2018-12-29'])).toEqual([]);
    expect(checkComposition(facts('2026-01-01'), NATIONAL_PARAMS['2025-10-28'])).toEqual([
      finding(d('2026-01-01'), 'VCOL25-KIN-AVOID', 'committee_kin', { name: 'c1', relative: 'c2' }),
    ]);
  });
});

describe('VCOL-25-COMPOSITION: representatives’ meeting', () => {
  /** reps representatives (first `women` women) plus `committee` committee members who are not representatives. */
  function facts(reps: number, women: number, committee: number, households: number) {
    return {
      on: ON,
      members: seats('r', reps, women),
      committeeMembers: seats('c', committee, 1),
      households,
    };
  }
  const p = params['VCOL-25-COMPOSITION'];

  it.each([
    // total 35 = reps + committee members not representatives; 4/5 of 35 = 28
    [27, 8, 27 * 10, false],
    [28, 7, 28 * 10, true],
    [29, 6, 29 * 10, true],
  ])(
    'VCOL-25-COMPOSITION members 35: reps %i, committee %i, households %i → share ok %s',
    (reps, committee, households, ok) => {
      const out = checkRepresentativesMeeting(facts(reps, 12, committee, households), p);
      expect(out).toEqual(
        ok
          ? []
          : [
              finding(ON, 'VCOL-25-COMPOSITION', 'reps_share', {
                members: 35,
                required: 28,
                count: reps,
              }),
            ],
      );
    },
  );

  it.each([
    // women representatives ≥ 1/3 of all 35 members = 12
    [11, false],
    [12, true],
    [13, true],
  ])('VCOL-25-COMPOSITION members 35 (reps 30): women %i → ok %s', (women, ok) => {
    const out = checkRepresentativesMeeting(facts(30, women, 5, 300), p);
    expect(out).toEqual(
      ok
        ? []
        : [
            finding(ON, 'VCOL-25-COMPOSITION', 'reps_women', {
              members: 35,
              required: 12,
              count: women,
            }),
          ],
    );
  });

  it('VCOL-25-COMPOSITION RULES.md example {members:35, reps:27} → INVALID (needs 28)', () => {
    const out = checkRepresentativesMeeting(facts(27, 12, 8, 270), p);
    expect(out).toEqual([
      finding(ON, 'VCOL-25-COMPOSITION', 'reps_share', { members: 35, required: 28, count: 27 }),
    ]);
  });

  it('VCOL-25-COMPOSITION RULES.md example {members:35, womenReps:11} → INVALID (needs 12)', () => {
    const out = checkRepresentativesMeeting(facts(28, 11, 7, 280), p);
    expect(out).toEqual([
      finding(ON, 'VCOL-25-COMPOSITION', 'reps_women', { members: 35, required: 12, count: 11 }),
    ]);
  });

  it('VCOL-25-COMPOSITION committee members who are not representatives count in the total; one who is counts once', () => {
    const reps = seats('r', 28, 12);
    // 7 committee members, 2 of whom are also representatives → 5 ex officio, total 33
    const committee = [...seats('c', 5, 1), reps[0]!, reps[1]!];
    const out = checkRepresentativesMeeting(
      { on: ON, members: reps, committeeMembers: committee, households: 280 },
      p,
    );
    expect(out).toEqual([]);
    // with all 7 ex officio the total is 35 and 27 representatives fall short
    const out2 = checkRepresentativesMeeting(
      {
        on: ON,
        members: seats('r', 27, 12),
        committeeMembers: seats('c', 8, 1),
        households: 270,
      },
      p,
    );
    expect(out2).toEqual([
      finding(ON, 'VCOL-25-COMPOSITION', 'reps_share', { members: 35, required: 28, count: 27 }),
    ]);
  });

  it.each([
    // 10 representatives, no ex officio: households per representative 4 / 5 / 15 / 16
    [40, 4, true],
    [50, 5, false],
    [150, 15, false],
    [160, 16, true],
  ])(
    'VCOL-25-COMPOSITION %i households for 10 representatives (%i per rep) → warning %s',
    (households, per, warn) => {
      const out = checkRepresentativesMeeting(
        { on: ON, members: seats('r', 10, 4), committeeMembers: [], households },
        p,
      );
      expect(out).toEqual(
        warn
          ? [
              finding(
                ON,
                'VCOL-25-COMPOSITION',
                'reps_households',
                { min: 5, max: 15, households, count: 10, per },
                'warning',
              ),
            ]
          : [],
      );
    },
  );
});

describe('VCOL-32-SUPERVISOR-ELIG and RVMC-SIZE: supervision committee', () => {
  const committee = seats('c', 5, 1);
  function supervision(
    members: SeatHolder[],
    opts: {
      relatives?: [string, string][];
      secretary?: string | null;
      on?: CalendarDate;
      terms?: [string | null, string | null];
    } = {},
  ) {
    return checkSupervision(
      {
        on: opts.on ?? ON,
        members,
        committeeMembers: committee,
        closeRelativeOnCommittee: new Map(opts.relatives ?? []),
        partySecretaryId: opts.secretary ?? null,
        termEndsOn: opts.terms?.[0] ? d(opts.terms[0]) : null,
        committeeTermEndsOn: opts.terms?.[1] ? d(opts.terms[1]) : null,
      },
      params,
    );
  }
  const qualified = (n: number, count: number) =>
    seats('s', count).map((m, i) => (i < n ? { ...m, qualifications: ['accounting'] } : m));

  it.each([
    [0, [finding(ON, 'VCOL-32-SUPERVISOR-ELIG', 'supervision_accounting', { count: 0 })]],
    [1, []],
    [2, []],
  ])('VCOL-32-SUPERVISOR-ELIG %i members with accounting → %j', (n, expected) => {
    expect(supervision(qualified(n, 3))).toEqual(expected);
  });

  it('VCOL-32-SUPERVISOR-ELIG management knowledge counts as well as accounting', () => {
    const members = seats('s', 3).map((m, i) =>
      i === 0 ? { ...m, qualifications: ['management'] } : m,
    );
    expect(supervision(members)).toEqual([]);
  });

  it('VCOL-32-SUPERVISOR-ELIG a committee member on the supervision committee → violation', () => {
    const members = [...qualified(1, 2), { ...committee[0]!, name: '张三' }];
    expect(supervision(members)).toEqual([
      finding(ON, 'VCOL-32-SUPERVISOR-ELIG', 'supervision_committee_member', { name: '张三' }),
    ]);
  });

  it('VCOL-32-SUPERVISOR-ELIG RULES.md example {candidate:"spouse of VC chair"} → INELIGIBLE', () => {
    const members = qualified(1, 3);
    expect(supervision(members, { relatives: [['s2', '李主任']] })).toEqual([
      finding(ON, 'VCOL-32-SUPERVISOR-ELIG', 'supervision_close_relative', {
        name: 's2',
        relative: '李主任',
      }),
    ]);
  });

  it.each([
    [2, true],
    [3, false],
    [5, false],
    [6, true],
  ])('RVMC-SIZE %i members → warning %s', (count, warn) => {
    expect(supervision(qualified(1, count))).toEqual(
      warn
        ? [finding(ON, 'RVMC-SIZE', 'supervision_size', { min: 3, max: 5, count }, 'warning')]
        : [],
    );
  });

  // the terms' last days one day apart either way, and equal; judged the day before and the day
  // the 2025 text came into force (2025-12-31 by the 2018 text, which said nothing of the term)
  it.each([
    ['2026-01-01', '2029-12-30', '2029-12-31', true],
    ['2026-01-01', '2029-12-31', '2029-12-31', false],
    ['2026-01-01', '2030-01-01', '2029-12-31', true],
    ['2025-12-31', '2030-01-01', '2029-12-31', false],
    ['2026-01-01', '2029-12-30', null, false],
  ])(
    'VCOL25-SUPERVISION-TERM judged %s: supervision term to %s, committee to %s → finding %s',
    (on, ends, committeeEnds, expected) => {
      const found = supervision(qualified(1, 3), { on: d(on), terms: [ends, committeeEnds] });
      expect(found).toEqual(
        expected
          ? [
              finding(d(on), 'VCOL25-SUPERVISION-TERM', 'supervision_term', {
                ends,
                committeeEnds: committeeEnds!,
              }),
            ]
          : [],
      );
    },
  );

  it('RVMC-SIZE RULES.md example {chair:"partySecretary"} → WARN', () => {
    const members = qualified(1, 3).map((m, i) => (i === 0 ? { ...m, role: 'chair' } : m));
    expect(supervision(members, { secretary: 's1' })).toEqual([
      finding(ON, 'RVMC-SIZE', 'supervision_chair_secretary', {}, 'warning'),
    ]);
    expect(supervision(members, { secretary: 's2' })).toEqual([]);
    expect(supervision(members, { secretary: null })).toEqual([]);
  });
});

describe('COUNCIL-MEETING: cadres should not be more than half of the council', () => {
  it.each([
    [4, 2, false],
    [4, 3, true],
    [5, 2, false],
    [5, 3, true],
  ])('COUNCIL-MEETING %i members, %i cadres → warning %s', (members, cadres, warn) => {
    const committee = seats('c', cadres);
    const council = [...committee, ...seats('v', members - cadres)];
    expect(
      checkCouncil({
        on: ON,
        members: council,
        committeeMembers: committee,
        partyCommitteeMembers: [],
      }),
    ).toEqual(
      warn
        ? [
            finding(
              ON,
              'COUNCIL-MEETING',
              'council_cadre_share',
              { members, count: cadres },
              'warning',
            ),
          ]
        : [],
    );
  });

  it('COUNCIL-MEETING Party committee members count as cadres too', () => {
    const party = seats('p', 3);
    const council = [...party, ...seats('v', 2)];
    expect(
      checkCouncil({
        on: ON,
        members: council,
        committeeMembers: [],
        partyCommitteeMembers: party,
      }),
    ).toEqual([
      finding(ON, 'COUNCIL-MEETING', 'council_cadre_share', { members: 5, count: 3 }, 'warning'),
    ]);
  });
});

describe('checkComposition dispatches by body kind', () => {
  const base: CompositionFacts = {
    on: ON,
    kind: 'villagersCommittee',
    members: [],
    committeeMembers: [],
    partyCommitteeMembers: [],
    committeeKin: [],
    closeRelativeOnCommittee: new Map(),
    partySecretaryId: null,
    termEndsOn: null,
    committeeTermEndsOn: null,
    households: 0,
  };

  it('VCOL-06-SIZE a body with nobody serving is a warning (body_empty)', () => {
    expect(checkComposition(base, params)).toEqual([
      finding(ON, 'VCOL-06-SIZE', 'body_empty', {}, 'warning'),
    ]);
  });

  it('the assembly keeps no member list, so it is never empty', () => {
    expect(checkComposition({ ...base, kind: 'villagersAssembly' }, params)).toEqual([]);
  });

  it('VCOL-06-SIZE a committee of 8 is checked as a committee', () => {
    expect(checkComposition({ ...base, members: seats('c', 8, 1) }, params)).toEqual([
      finding(ON, 'VCOL-06-SIZE', 'committee_size', { min: 3, max: 7, count: 8 }),
    ]);
  });

  it('VCOL-25-COMPOSITION a representatives’ meeting is checked with the committee as ex officio members', () => {
    const facts: CompositionFacts = {
      ...base,
      kind: 'representativesMeeting',
      members: seats('r', 27, 12),
      committeeMembers: seats('c', 8, 1),
      households: 270,
    };
    expect(checkComposition(facts, params)).toEqual([
      finding(ON, 'VCOL-25-COMPOSITION', 'reps_share', { members: 35, required: 28, count: 27 }),
    ]);
  });

  it('RVMC-SIZE a supervision committee of 6 is checked as one', () => {
    const members = seats('s', 6).map((m, i) =>
      i === 0 ? { ...m, qualifications: ['accounting'] } : m,
    );
    expect(
      checkComposition({ ...base, kind: 'villageAffairsSupervisionCommittee', members }, params),
    ).toEqual([
      finding(ON, 'RVMC-SIZE', 'supervision_size', { min: 3, max: 5, count: 6 }, 'warning'),
    ]);
  });

  describe('compositionInvalid: a body the dashboard counts wrongly composed', () => {
    const committee = (count: number, women: number): CompositionFacts => ({
      ...base,
      members: seats('c', count, women),
      committeeMembers: seats('c', count, women),
    });
    const invalid = (count: number, women: number) =>
      compositionInvalid(checkComposition(committee(count, women), params));

    it.each([
      [2, true],
      [3, false],
      [4, false],
      [6, false],
      [7, false],
      [8, true],
    ])('a villagers’ committee of %i with a woman is invalid: %s', (count, expected) => {
      expect(invalid(count, 1)).toBe(expected);
    });

    it('a committee without a woman is invalid, with one or two it is not', () => {
      expect([invalid(5, 0), invalid(5, 1), invalid(5, 2)]).toEqual([true, false, false]);
    });

    it('a body not yet set up (a warning) is not counted invalid, nor a warning alone', () => {
      expect(checkComposition(committee(0, 0), params)[0]?.severity).toBe('warning');
      expect(invalid(0, 0)).toBe(false);
      const council = { ...committee(3, 0), kind: 'villagersDeliberationCouncil' as const };
      const warnings = checkComposition(council, params);
      expect(warnings.map((f) => f.severity)).toEqual(['warning']); // cadres above half
      expect(compositionInvalid(warnings)).toBe(false);
    });
  });
});
