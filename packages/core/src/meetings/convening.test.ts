import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import { finding } from '../rules/findings.ts';
import { lawOn } from '../rules/law.ts';
import {
  NATIONAL_PARAMS,
  NATIONAL_PROFILE,
  profileParams,
  resolveProfile,
  ZHEJIANG_PROFILE,
} from '../rules/profile.ts';
import {
  annualAssemblyFindings,
  checkNotice,
  checkProxy,
  demandCheck,
  demandFinding,
  frequencyFindings,
  noticeDays,
  type ProxyFacts,
} from './convening.ts';

const d = calendarDate;
const params = NATIONAL_PARAMS['2025-10-28'];
const EN_WORDING = {
  十分之一以上: 'at least 1/10',
  三分之一以上: 'at least 1/3',
  五分之一以上: 'at least 1/5',
} as const;

describe('VCOL-21-CONVENE and VCOL-26-FREQ: demands to convene', () => {
  it.each([
    // VCOL-21-CONVENE: 1/10 of villagers aged 18+; RULES.md {adults:1200, proposers:119} → NOT_MANDATORY, {120} → MUST_CONVENE
    ['villagersAssembly', 'villagers', 1200, 119, 120, false, 'VCOL-21-CONVENE', '十分之一以上'],
    ['villagersAssembly', 'villagers', 1200, 120, 120, true, 'VCOL-21-CONVENE', '十分之一以上'],
    ['villagersAssembly', 'villagers', 1200, 121, 120, true, 'VCOL-21-CONVENE', '十分之一以上'],
    ['villagersAssembly', 'villagers', 1201, 120, 121, false, 'VCOL-21-CONVENE', '十分之一以上'],
    ['villagersAssembly', 'villagers', 1201, 121, 121, true, 'VCOL-21-CONVENE', '十分之一以上'],
    // VCOL-21-CONVENE: 1/3 of the representatives
    ['villagersAssembly', 'representatives', 30, 9, 10, false, 'VCOL-21-CONVENE', '三分之一以上'],
    ['villagersAssembly', 'representatives', 30, 10, 10, true, 'VCOL-21-CONVENE', '三分之一以上'],
    ['villagersAssembly', 'representatives', 30, 11, 10, true, 'VCOL-21-CONVENE', '三分之一以上'],
    ['villagersAssembly', 'representatives', 31, 10, 11, false, 'VCOL-21-CONVENE', '三分之一以上'],
    ['villagersAssembly', 'representatives', 31, 11, 11, true, 'VCOL-21-CONVENE', '三分之一以上'],
    // VCOL-26-FREQ: 1/5 of the representatives
    ['representativesMeeting', 'representatives', 45, 8, 9, false, 'VCOL-26-FREQ', '五分之一以上'],
    ['representativesMeeting', 'representatives', 45, 9, 9, true, 'VCOL-26-FREQ', '五分之一以上'],
    ['representativesMeeting', 'representatives', 45, 10, 9, true, 'VCOL-26-FREQ', '五分之一以上'],
    ['representativesMeeting', 'representatives', 30, 5, 6, false, 'VCOL-26-FREQ', '五分之一以上'],
    ['representativesMeeting', 'representatives', 30, 6, 6, true, 'VCOL-26-FREQ', '五分之一以上'],
    ['representativesMeeting', 'representatives', 30, 7, 6, true, 'VCOL-26-FREQ', '五分之一以上'],
  ] as const)(
    '%s demanded by %s: base %i, signers %i (needs %i) → met %s (%s)',
    (kind, route, base, signers, req, met, ruleId, zh) => {
      const c = demandCheck(kind, route, signers, base, params);
      expect(c).toEqual({
        met,
        ruleId,
        required: req,
        base,
        count: signers,
        wording: { zh, en: EN_WORDING[zh] },
      });
    },
  );

  it.each([
    ['representativesMeeting', 'villagers'],
    ['villagersDeliberationCouncil', 'representatives'],
    ['partyMembersMeeting', 'villagers'],
    ['villagerGroupMeeting', 'villagers'],
  ] as const)('no statutory demand route for %s by %s', (kind, route) => {
    expect(demandCheck(kind, route, 100, 100, params)).toBeNull();
  });

  it('VCOL-21-CONVENE an insufficient demand says how many more signatures are needed', () => {
    const c = demandCheck('villagersAssembly', 'villagers', 119, 1200, params)!;
    expect(demandFinding(c, 'villagers', d('2026-11-01'))).toEqual(
      finding(d('2026-11-01'), 'VCOL-21-CONVENE', 'demand_insufficient', {
        basis: '村民（十八周岁以上） 1200 人的十分之一以上（120 人）',
        count: 119,
        missing: 1,
      }),
    );
  });

  it('VCOL-26-FREQ an insufficient representatives’ demand names the representatives', () => {
    const c = demandCheck('representativesMeeting', 'representatives', 8, 45, params)!;
    expect(demandFinding(c, 'representatives', d('2026-11-01'))).toEqual(
      finding(d('2026-11-01'), 'VCOL-26-FREQ', 'demand_insufficient', {
        basis: '村民代表 45 人的五分之一以上（9 人）',
        count: 8,
        missing: 1,
      }),
    );
  });
});

describe('VCOL-21-CONVENE: ten days’ notice of the assembly', () => {
  it.each([
    ['villagersAssembly', 10],
    ['villagerGroupMeeting', 0],
    ['representativesMeeting', 0],
    ['villagersDeliberationCouncil', 0],
    ['twoCommitteesJointMeeting', 0],
    ['partyMembersMeeting', 0],
  ] as const)('%s needs %i days’ notice under the national profile', (kind, days) => {
    expect(noticeDays(kind, params)).toBe(days);
  });

  it.each([
    // notice D = 2026-11-01
    ['2026-11-01', false], // D+0
    ['2026-11-10', false], // D+9: short
    ['2026-11-11', true], // D+10
    ['2026-11-12', true], // D+11
  ])('VCOL-21-CONVENE notice 2026-11-01, meeting %s → timely %s', (meetingOn, ok) => {
    const f = checkNotice('villagersAssembly', d('2026-11-01'), d(meetingOn), params);
    expect(f).toEqual(
      ok
        ? null
        : finding(d(meetingOn), 'VCOL-21-CONVENE', 'notice_short', {
            meeting: '村民会议',
            days: 10,
            noticeOn: '2026-11-01',
            earliest: '2026-11-11',
          }),
    );
  });

  it('VCOL-21-CONVENE RULES.md example {notice:D, meeting:D+9} → SHORT_NOTICE across a month end', () => {
    expect(checkNotice('villagersAssembly', d('2026-11-25'), d('2026-12-04'), params)?.code).toBe(
      'notice_short',
    );
    expect(checkNotice('villagersAssembly', d('2026-11-25'), d('2026-12-05'), params)).toBeNull();
  });

  it.each([
    ['2026-11-15', false], // D+14
    ['2026-11-16', true], // D+15
  ])(
    'VCOL-21-CONVENE a charter raising notice to 15 days: meeting %s → timely %s',
    (meetingOn, ok) => {
      const { profile } = resolveProfile(
        NATIONAL_PROFILE,
        [{ ruleId: 'VCOL-21-CONVENE', params: { noticeDays: 15 }, adoptedOn: '2026-03-01' }],
        d(meetingOn),
      );
      const f = checkNotice('villagersAssembly', d('2026-11-01'), d(meetingOn), profile.params);
      expect(f).toEqual(
        ok
          ? null
          : finding(d(meetingOn), 'VCOL-21-CONVENE', 'notice_short', {
              meeting: '村民会议',
              days: 15,
              noticeOn: '2026-11-01',
              earliest: '2026-11-16',
            }),
      );
    },
  );

  it('a representatives’ meeting has no statutory notice period', () => {
    expect(
      checkNotice('representativesMeeting', d('2026-11-01'), d('2026-11-01'), params),
    ).toBeNull();
  });

  it.each([
    ['2026-11-03', false],
    ['2026-11-04', true],
  ])(
    'COUNCIL-MEETING a charter setting 3 days’ notice: meeting %s → timely %s',
    (meetingOn, ok) => {
      const { profile } = resolveProfile(
        NATIONAL_PROFILE,
        [{ ruleId: 'COUNCIL-MEETING', params: { noticeDays: 3 }, adoptedOn: '2026-03-01' }],
        d(meetingOn),
      );
      const f = checkNotice(
        'villagersDeliberationCouncil',
        d('2026-11-01'),
        d(meetingOn),
        profile.params,
      );
      expect(f).toEqual(
        ok
          ? null
          : finding(d(meetingOn), 'COUNCIL-MEETING', 'notice_short', {
              meeting: '村民议事会会议',
              days: 3,
              noticeOn: '2026-11-01',
              earliest: '2026-11-04',
            }),
      );
    },
  );
});

describe('VCOL-26-FREQ and PARTY-3H1K: meetings each quarter', () => {
  const since = d('2025-01-01');
  /** A quarter that has ended is judged on its last day; the current one on today. */
  const reps = (q: string, severity: 'violation' | 'warning', on: string) =>
    finding(d(on), 'VCOL-26-FREQ', 'reps_meeting_overdue', { count: 1, quarter: q }, severity);

  it.each([
    // today 2026-05-15 (Q2); the previous quarter is Q1
    [
      [],
      [
        reps('2026年第1季度', 'violation', '2026-03-31'),
        reps('2026年第2季度', 'warning', '2026-05-15'),
      ],
    ],
    [['2026-02-10'], [reps('2026年第2季度', 'warning', '2026-05-15')]],
    [['2026-02-10', '2026-04-20'], []],
    [['2026-04-20'], [reps('2026年第1季度', 'violation', '2026-03-31')]],
    [['2026-01-01', '2026-05-15'], []],
    [['2026-03-31', '2026-04-01'], []],
    [['2025-12-31', '2026-04-01'], [reps('2026年第1季度', 'violation', '2026-03-31')]],
    [['2026-05-16'], [reps('2026年第1季度', 'violation', '2026-03-31')]],
  ])('VCOL-26-FREQ today 2026-05-15, meetings held %j → %j', (held, expected) => {
    expect(
      frequencyFindings('representativesMeeting', held.map(d), d('2026-05-15'), params, since),
    ).toEqual(expected);
  });

  it('VCOL-26-FREQ RULES.md example {quarter:Q2, meetings:0} → VIOLATION', () => {
    const out = frequencyFindings(
      'representativesMeeting',
      [d('2026-07-02')],
      d('2026-07-10'),
      params,
      since,
    );
    expect(out).toEqual([reps('2026年第2季度', 'violation', '2026-06-30')]);
  });

  it('VCOL-26-FREQ in January the previous quarter is last year’s Q4', () => {
    const out = frequencyFindings('representativesMeeting', [], d('2027-01-05'), params, since);
    expect(out).toEqual([
      reps('2026年第4季度', 'violation', '2026-12-31'),
      reps('2027年第1季度', 'warning', '2027-01-05'),
    ]);
  });

  it.each([
    [
      '2026-03-31',
      [
        reps('2026年第1季度', 'violation', '2026-03-31'),
        reps('2026年第2季度', 'warning', '2026-05-15'),
      ],
    ],
    ['2026-04-01', [reps('2026年第2季度', 'warning', '2026-05-15')]],
  ])('VCOL-26-FREQ records kept since %s: an earlier quarter is not judged', (from, expected) => {
    expect(
      frequencyFindings('representativesMeeting', [], d('2026-05-15'), params, d(from)),
    ).toEqual(expected);
  });

  const twice = (q: string, severity: 'violation' | 'warning', on: string) =>
    finding(d(on), 'VCOL-26-FREQ', 'reps_meeting_overdue', { count: 2, quarter: q }, severity);

  it.each([
    [['2026-02-10'], [twice('2026年第1季度', 'violation', '2026-03-31')]],
    [['2026-02-10', '2026-03-10'], []],
    [['2026-02-10', '2026-03-10', '2026-03-20'], []],
  ])(
    'VCOL-26-FREQ a charter requiring 2 meetings a quarter (Q2 held twice), Q1 meetings %j → %j',
    (held, expected) => {
      const { profile } = resolveProfile(
        NATIONAL_PROFILE,
        [{ ruleId: 'VCOL-26-FREQ', params: { meetingsPerQuarter: 2 }, adoptedOn: '2025-12-01' }],
        d('2026-05-15'),
      );
      const out = frequencyFindings(
        'representativesMeeting',
        [...held, '2026-04-10', '2026-05-10'].map(d),
        d('2026-05-15'),
        profile.params,
        since,
      );
      expect(out).toEqual(expected);
    },
  );

  const party = (q: string, severity: 'violation' | 'warning', on: string) =>
    finding(d(on), 'PARTY-3H1K', 'party_meeting_overdue', { count: 1, quarter: q }, severity);

  it.each([
    [
      [],
      [
        party('2026年第3季度', 'violation', '2026-09-30'),
        party('2026年第4季度', 'warning', '2026-11-22'),
      ],
    ],
    [['2026-09-30'], [party('2026年第4季度', 'warning', '2026-11-22')]],
    [['2026-09-30', '2026-10-01'], []],
    [['2026-10-01'], [party('2026年第3季度', 'violation', '2026-09-30')]],
  ])('PARTY-3H1K Party members’ meeting, today 2026-11-22, held %j → %j', (held, expected) => {
    expect(
      frequencyFindings('partyMembersMeeting', held.map(d), d('2026-11-22'), params, since),
    ).toEqual(expected);
  });

  it.each([
    'villagersAssembly',
    'villagersDeliberationCouncil',
    'twoCommitteesJointMeeting',
  ] as const)('no quarterly cadence for %s', (kind) => {
    expect(frequencyFindings(kind, [], d('2026-11-22'), params, since)).toEqual([]);
  });
});

describe('VCOL25-ANNUAL-ASSEMBLY: the assembly meets at least once a year (2025 text)', () => {
  const overdue = (year: number, severity: 'violation' | 'warning', on: string) =>
    finding(d(on), 'VCOL25-ANNUAL-ASSEMBLY', 'assembly_overdue', { count: 1, year }, severity);

  it.each([
    // 2025 was under the 2018 text, which set no yearly minimum: never judged
    ['2025-12-31', [], []],
    ['2026-01-01', [], [overdue(2026, 'warning', '2026-01-01')]],
    ['2026-05-15', ['2026-03-10'], []],
    [
      '2027-01-05',
      [],
      [overdue(2026, 'violation', '2026-12-31'), overdue(2027, 'warning', '2027-01-05')],
    ],
    ['2027-01-05', ['2026-12-31'], [overdue(2027, 'warning', '2027-01-05')]],
    ['2027-03-01', ['2026-06-01', '2027-02-01'], []],
  ])('VCOL25-ANNUAL-ASSEMBLY today %s, assemblies held %j → %j', (today, held, expected) => {
    expect(annualAssemblyFindings(held.map(d), d(today), params)).toEqual(expected);
  });
});

describe('VCOL-15-PROXY: proxies', () => {
  /** The meeting the proxies are for (the 2025 text). */
  const MEETING = d('2026-11-20');
  const facts = (over: Partial<ProxyFacts> = {}): ProxyFacts => ({
    holderName: '王五',
    holderPrincipals: 0,
    isCloseRelative: true,
    sameHousehold: true,
    lodgedOn: d('2026-11-20'),
    meetingOn: d('2026-11-20'),
    ...over,
  });

  it.each([
    [0, []],
    [2, []],
    // the 4th principal (holder already carries 3) is refused; RULES.md {principalsPerHolder:4} → INVALID(ZJ)
    [3, [finding(MEETING, 'VCOL-15-PROXY', 'proxy_limit', { max: 3, name: '王五', count: 3 })]],
    [4, [finding(MEETING, 'VCOL-15-PROXY', 'proxy_limit', { max: 3, name: '王五', count: 4 })]],
  ])('VCOL-15-PROXY holder already carrying %i principals → %j', (n, expected) => {
    expect(checkProxy('villagersAssembly', facts({ holderPrincipals: n }), params)).toEqual(
      expected,
    );
  });

  it('VCOL-15-PROXY RULES.md example {holder:"cousin"} → INVALID under the 2018 text: not a close relative', () => {
    const on = d('2025-11-20');
    expect(
      checkProxy(
        'villagersAssembly',
        facts({ isCloseRelative: false, lodgedOn: on, meetingOn: on }),
        NATIONAL_PARAMS['2018-12-29'],
      ),
    ).toEqual([finding(on, 'VCOL-15-PROXY', 'proxy_not_relative')]);
  });

  it.each([
    ['2025-12-31', [finding(d('2025-12-31'), 'VCOL-15-PROXY', 'proxy_not_relative')]],
    ['2026-01-01', []],
  ])(
    'VCOL-15-PROXY a proxy held by a villager who is not a relative, for a meeting on %s (national law of that day) → %j',
    (meetingOn, expected) => {
      const on = d(meetingOn);
      expect(
        checkProxy(
          'villagersAssembly',
          facts({ isCloseRelative: false, lodgedOn: on, meetingOn: on }),
          NATIONAL_PARAMS[lawOn(on)],
        ),
      ).toEqual(expected);
    },
  );

  it('VCOL-15-PROXY national profile: a proxy lodged on the day of the meeting is on time', () => {
    expect(checkProxy('villagersAssembly', facts(), params)).toEqual([]);
  });

  it.each([
    ['2026-11-18', 2, false],
    ['2026-11-17', 3, true],
    ['2026-11-16', 4, true],
  ])(
    'VCOL-15-PROXY Zhejiang (requestDaysBefore 3): lodged %s, %i days before the 2026-11-20 meeting → on time %s',
    (lodgedOn, _days, ok) => {
      expect(
        checkProxy(
          'villagersAssembly',
          facts({ lodgedOn: d(lodgedOn) }),
          profileParams(ZHEJIANG_PROFILE, '2025-10-28'),
        ),
      ).toEqual(ok ? [] : [finding(MEETING, 'VCOL-15-PROXY', 'proxy_late', { days: 3 })]);
    },
  );

  it('VCOL-15-PROXY every defect is reported together (Zhejiang, 2018 text)', () => {
    const on = d('2025-11-20');
    expect(
      checkProxy(
        'villagerGroupMeeting',
        facts({
          isCloseRelative: false,
          holderPrincipals: 3,
          lodgedOn: d('2025-11-19'),
          meetingOn: on,
        }),
        profileParams(ZHEJIANG_PROFILE, '2018-12-29'),
      ),
    ).toEqual([
      finding(on, 'VCOL-15-PROXY', 'proxy_not_relative'),
      finding(on, 'VCOL-15-PROXY', 'proxy_limit', { max: 3, name: '王五', count: 3 }),
      finding(on, 'VCOL-15-PROXY', 'proxy_late', { days: 3 }),
    ]);
  });

  it('VCOL-15-PROXY every defect is reported together (Zhejiang, 2025 text: any villager may hold a proxy)', () => {
    expect(
      checkProxy(
        'villagerGroupMeeting',
        facts({ isCloseRelative: false, holderPrincipals: 3, lodgedOn: d('2026-11-19') }),
        profileParams(ZHEJIANG_PROFILE, '2025-10-28'),
      ),
    ).toEqual([
      finding(MEETING, 'VCOL-15-PROXY', 'proxy_limit', { max: 3, name: '王五', count: 3 }),
      finding(MEETING, 'VCOL-15-PROXY', 'proxy_late', { days: 3 }),
    ]);
  });

  it.each([
    ['representativesMeeting', '村民代表会议'],
    ['partyMembersMeeting', '党员大会'],
    ['villagersDeliberationCouncil', '村民议事会会议'],
    ['twoCommitteesJointMeeting', '村“两委”联席会议'],
  ] as const)('VCOL-15-PROXY a %s refuses proxies', (kind, zh) => {
    expect(checkProxy(kind, facts(), params)).toEqual([
      finding(MEETING, 'VCOL-15-PROXY', 'proxies_not_allowed', { meeting: zh }),
    ]);
  });
});
