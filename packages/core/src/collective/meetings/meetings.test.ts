import { describe, expect, it } from 'vitest';
import { calendarDate as d } from '../../calendarDate.ts';
import { checkNotice, checkProxy, noticeDays } from '../../meetings/convening.ts';
import { decide, describeDecision, quorum, type Presence } from '../../meetings/quorum.ts';
import type { SeatHolder } from '../../rules/composition.ts';
import { finding } from '../../rules/findings.ts';
import { NATIONAL_PARAMS } from '../../rules/profile.ts';
import { atLeast, STRICT_MAJORITY } from '../../rules/threshold.ts';
import { annualMembersAssemblyFindings } from './cadence.ts';
import { withCharter } from './charterParams.ts';
import { COLLECTIVE_POWERS, checkPartyStudy, checkRepresentativesPower } from './powers.ts';
import {
  checkCollectiveCouncil,
  checkCollectiveSupervisors,
  checkMemberRepresentatives,
  collectiveKinChecks,
  collectiveOwnPostFinding,
} from './seating.ts';

const params = NATIONAL_PARAMS['2025-10-28'];
const tally = (yes: number) => ({ yes, no: 0, abstain: 0 });
const ON = d('2026-12-20');
const seat = (n: number, gender: 'male' | 'female' = 'male'): SeatHolder => ({
  personId: `p${n}`,
  name: `成员${n}`,
  gender,
  role: 'member',
  qualifications: [],
});
const seats = (count: number, women = 0): SeatHolder[] =>
  Array.from({ length: count }, (_, i) => seat(i + 1, i < women ? 'female' : 'male'));

describe('NJJ-27-QUORUM: two-thirds of the members with full capacity on the day', () => {
  it.each([
    [300, 199, false, 1],
    [300, 200, true, 0],
    [300, 201, true, 0],
    [301, 200, false, 1],
    [301, 201, true, 0],
  ])(
    'NJJ-27-QUORUM %i members, %i present → quorum %s (missing %i)',
    (members, present, met, missing) => {
      const q = quorum('membersAssembly', { members, present }, params);
      expect(q).toMatchObject({ met, missing, ruleId: 'NJJ-27-QUORUM' });
      expect(q.paths).toHaveLength(1);
    },
  );

  it('NJJ-27-QUORUM a proxy only to an adult of the principal’s household', () => {
    const facts = {
      holderName: '李四',
      holderPrincipals: 5,
      isCloseRelative: false,
      lodgedOn: ON,
      meetingOn: ON,
    };
    expect(checkProxy('membersAssembly', { ...facts, sameHousehold: true }, params)).toEqual([]);
    expect(checkProxy('membersAssembly', { ...facts, sameHousehold: false }, params)).toEqual([
      finding(ON, 'NJJ-27-QUORUM', 'collective_proxy_not_household', { name: '李四' }),
    ]);
    // the council and the representatives' assembly take no proxies
    expect(
      checkProxy('collectiveCouncilMeeting', { ...facts, sameHousehold: true }, params)[0]?.code,
    ).toBe('proxies_not_allowed');
  });
});

describe('NJJ-27-DECISION: two-thirds of ALL members of the assembly, not of those present', () => {
  // RULES.md §11: {members:300, present:250, yes:199} → FAIL (needs 200)
  it.each([
    [199, false],
    [200, true],
    [201, true],
  ])('NJJ-27-DECISION 300 members, 250 present, %i yes → passed %s', (yes, passed) => {
    const r = decide('membersAssembly', tally(yes), { members: 300, present: 250 }, params);
    expect(r).toMatchObject({
      passed,
      ruleId: 'NJJ-27-DECISION',
      base: 'allCollectiveMembers',
      baseCount: 300,
      required: 200,
    });
  });

  it('NJJ-27-DECISION says its base in words', () => {
    const r = decide('membersAssembly', tally(199), { members: 300, present: 250 }, params);
    expect(describeDecision(r, 'zh-CN')).toBe(
      '赞成 199 票，须获成员大会全体成员 300 人的三分之二以上赞成（200 票）：未通过',
    );
  });

  it.each([
    [224, false],
    [225, true],
    [226, true],
  ])('NJJ-27-DECISION a charter asking three-quarters: 300 members, %i yes → %s', (yes, passed) => {
    const strict = withCharter(params, { partyStudy: 'warn', assemblyDecision: atLeast(3, 4) });
    expect(
      decide('membersAssembly', tally(yes), { members: 300, present: 290 }, strict).passed,
    ).toBe(passed);
  });

  it('NJJ-27-DECISION a charter asking less than the statute is not applied', () => {
    const loose = withCharter(params, { partyStudy: 'warn', assemblyDecision: STRICT_MAJORITY });
    expect(loose['NJJ-27-DECISION'].yes).toEqual(atLeast(2, 3));
  });
});

describe('NJJ-15-NONMEMBER: rights for a non-member by three-quarters of all members', () => {
  // RULES.md §11: {members:400, yes:299} → FAIL; {yes:300} → PASS
  it.each([
    [299, false],
    [300, true],
    [301, true],
  ])('NJJ-15-NONMEMBER 400 members, %i yes → passed %s', (yes, passed) => {
    const r = decide('membersAssembly', tally(yes), { members: 400, present: 380 }, params, {
      nonMemberRights: true,
    });
    expect(r).toMatchObject({ passed, ruleId: 'NJJ-15-NONMEMBER', baseCount: 400, required: 300 });
  });
});

describe('NJJ-27-NOTICE: ten days to all members', () => {
  it.each([
    ['2026-12-10', false], // D+9
    ['2026-12-11', true], // D+10
    ['2026-12-12', true], // D+11
  ])('NJJ-27-NOTICE notice 2026-12-01, members’ assembly %s → timely %s', (meetingOn, ok) => {
    const f = checkNotice('membersAssembly', d('2026-12-01'), d(meetingOn), params);
    expect(f === null).toBe(ok);
    if (f) expect(f).toMatchObject({ ruleId: 'NJJ-27-NOTICE', code: 'notice_short' });
  });

  it('NJJ-27-NOTICE the representatives’ assembly the same; the council none', () => {
    expect(noticeDays('membersRepresentativesAssembly', params)).toBe(10);
    expect(noticeDays('collectiveCouncilMeeting', params)).toBe(0);
  });
});

describe('NJJ-27-ANNUAL: a members’ assembly every year', () => {
  const today = d('2026-06-01');
  const org = { name: '甲社', foundedOn: d('2008-12-01') };
  it('NJJ-27-ANNUAL RULES.md {year:2025, meetings:0} → violation; this year a warning', () => {
    expect(annualMembersAssemblyFindings(org, [], today, params)).toEqual([
      finding(d('2025-12-31'), 'NJJ-27-ANNUAL', 'collective_assembly_overdue', {
        count: 1,
        year: 2025,
        org: '甲社',
      }),
      finding(
        today,
        'NJJ-27-ANNUAL',
        'collective_assembly_overdue',
        { count: 1, year: 2026, org: '甲社' },
        'warning',
      ),
    ]);
  });
  it('NJJ-27-ANNUAL one assembly each year → none', () => {
    expect(
      annualMembersAssemblyFindings(org, [d('2025-03-01'), d('2026-12-20')], today, params),
    ).toEqual([]);
  });
  it('NJJ-27-ANNUAL a year ended before the organisation was founded is not judged', () => {
    const young = { name: '乙社', foundedOn: d('2026-02-01') };
    expect(
      annualMembersAssemblyFindings(young, [], today, params).map((f) => f.params.year),
    ).toEqual([2026]);
  });
  it('NJJ-27-ANNUAL before the law was in force (2025-05-01) nothing is judged', () => {
    expect(annualMembersAssemblyFindings(org, [], d('2025-04-30'), params)).toEqual([]);
    expect(annualMembersAssemblyFindings(org, [], d('2025-05-01'), params)).toHaveLength(1);
  });
});

describe('NJJ-28-REPS: the members’ representatives’ assembly', () => {
  it.each([
    [20, [finding(ON, 'NJJ-28-REPS', 'collective_reps_count', { more: 20, count: 20 })]],
    [21, []],
    [22, []],
  ])('NJJ-28-REPS %i representatives (more than 20 needed)', (count, expected) => {
    expect(
      checkMemberRepresentatives(
        { on: ON, representatives: seats(count, 3), households: count * 10 },
        params['NJJ-28-REPS'],
      ),
    ).toEqual(expected);
  });

  it.each([
    [104, true],
    [105, false],
    [315, false],
    [316, true],
  ])('NJJ-28-REPS 21 representatives over %i households → warning %s', (households, warn) => {
    const out = checkMemberRepresentatives(
      { on: ON, representatives: seats(21, 3), households },
      params['NJJ-28-REPS'],
    );
    expect(out.map((f) => [f.code, f.severity])).toEqual(
      warn ? [['collective_reps_households', 'warning']] : [],
    );
  });

  it('NJJ-28-REPS women representatives: none is a finding, one is enough by default', () => {
    const check = (women: number) =>
      checkMemberRepresentatives(
        { on: ON, representatives: seats(21, women), households: 210 },
        params['NJJ-28-REPS'],
      ).map((f) => f.code);
    expect(check(0)).toEqual(['collective_reps_women']);
    expect(check(1)).toEqual([]);
  });

  it.each([
    [13, false, false],
    [14, true, true],
    [15, true, true],
  ])(
    'NJJ-28-REPS 21 representatives, %i present and in favour → quorum %s, passed %s',
    (n, met, passed) => {
      const p: Presence = { members: 21, present: n };
      expect(quorum('membersRepresentativesAssembly', p, params).met).toBe(met);
      expect(decide('membersRepresentativesAssembly', tally(n), p, params)).toMatchObject({
        passed,
        base: 'allMemberRepresentatives',
        required: 14,
      });
    },
  );

  it('NJJ-28-REPS 21 representatives all present, 13 in favour fails: the base is all representatives', () => {
    expect(
      decide('membersRepresentativesAssembly', tally(13), { members: 21, present: 21 }, params)
        .passed,
    ).toBe(false);
  });

  it('NJJ-28-REPS Art. 26 (一)(三)(八)(十)(十二) are refused, the rest may be decided', () => {
    const refused = COLLECTIVE_POWERS.filter((p) => checkRepresentativesPower(p, ON) !== null);
    expect(refused).toEqual([
      'charter',
      'membership',
      'landAndShares',
      'compensation',
      'mergerDivision',
    ]);
    expect(checkRepresentativesPower('charter', ON)).toEqual(
      finding(ON, 'NJJ-28-REPS', 'collective_reps_power', {
        power: '制定、修改章程',
        powerEn: 'Adopting or amending the charter',
      }),
    );
  });
});

describe('NJJ-29-COUNCIL: three to seven directors, an odd number, no close relatives', () => {
  it.each([
    [2, true],
    [3, false],
    [4, true],
    [5, false],
    [6, true],
    [7, false],
    [8, true],
    // seed 002: the cooperative's nine directors
    [9, true],
  ])('NJJ-29-COUNCIL %i directors → finding %s', (count, bad) => {
    const out = checkCollectiveCouncil(
      { on: ON, directors: seats(count), kin: [] },
      params['NJJ-29-COUNCIL'],
    );
    expect(out).toEqual(
      bad
        ? [finding(ON, 'NJJ-29-COUNCIL', 'collective_council_size', { min: 3, max: 7, count })]
        : [],
    );
  });

  it('NJJ-29-COUNCIL two directors who are close relatives', () => {
    const out = checkCollectiveCouncil(
      { on: ON, directors: seats(5), kin: [{ name: '成员1', relative: '成员2' }] },
      params['NJJ-29-COUNCIL'],
    );
    expect(out).toEqual([
      finding(ON, 'NJJ-29-COUNCIL', 'collective_council_kin', { name: '成员1', relative: '成员2' }),
    ]);
  });
});

describe('NJJ-31-COUNCIL-VOTE: two-thirds present, more than half of ALL directors in favour', () => {
  // RULES.md §11: {directors:5, present:3} → NO_QUORUM (needs 4); {present:4, yes:2} → FAIL; {yes:3} → PASS
  it.each([
    [5, 3, false],
    [5, 4, true],
    [5, 5, true],
    [7, 4, false],
    [7, 5, true],
    [7, 6, true],
  ])('NJJ-31-COUNCIL-VOTE %i directors, %i present → quorum %s', (members, present, met) => {
    expect(quorum('collectiveCouncilMeeting', { members, present }, params).met).toBe(met);
  });

  it.each([
    [5, 4, 2, false],
    [5, 4, 3, true],
    [5, 5, 4, true],
    [7, 5, 3, false],
    [7, 5, 4, true],
    [7, 7, 5, true],
  ])(
    'NJJ-31-COUNCIL-VOTE %i directors, %i present, %i yes → passed %s',
    (members, present, yes, passed) => {
      expect(
        decide('collectiveCouncilMeeting', tally(yes), { members, present }, params),
      ).toMatchObject({ passed, base: 'allDirectors', ruleId: 'NJJ-31-COUNCIL-VOTE' });
    },
  );
});

describe('NJJ-34-SUPERVISOR-ELIG: no director, finance or accounting staff, nor their close relatives', () => {
  const supervisors = seats(3);
  it.each([
    ['director', 'collective_supervisor_ineligible', '理事会成员'],
    ['finance', 'collective_supervisor_ineligible', '财务人员、会计人员'],
  ] as const)('NJJ-34-SUPERVISOR-ELIG a supervisor who is %s', (post, code, zh) => {
    const out = checkCollectiveSupervisors({
      on: ON,
      supervisors,
      officers: new Map([['p2', post]]),
      relatives: new Map(),
    });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ code, params: { name: '成员2', post: zh } });
  });

  it('NJJ-34-SUPERVISOR-ELIG RULES.md {candidate:"accountant’s son"} → ineligible', () => {
    const out = checkCollectiveSupervisors({
      on: ON,
      supervisors,
      officers: new Map(),
      relatives: new Map([['p3', { name: '王会计', post: 'finance' }]]),
    });
    expect(out).toEqual([
      finding(ON, 'NJJ-34-SUPERVISOR-ELIG', 'collective_supervisor_relative', {
        name: '成员3',
        relative: '王会计',
        post: '财务人员、会计人员',
        postEn: 'finance or accounting staff',
      }),
    ]);
  });

  it('NJJ-34-SUPERVISOR-ELIG none of them → no finding', () => {
    expect(
      checkCollectiveSupervisors({
        on: ON,
        supervisors,
        officers: new Map(),
        relatives: new Map(),
      }),
    ).toEqual([]);
  });
});

describe('NJJ-26-PARTY-FIRST: the Party organisation studies the matter first', () => {
  const warn = params['NJJ-26-PARTY-FIRST'];
  it('NJJ-26-PARTY-FIRST RULES.md {partyReviewed:false} → WARN under the statute profile', () => {
    expect(checkPartyStudy(null, ON, warn)).toEqual(
      finding(ON, 'NJJ-26-PARTY-FIRST', 'collective_party_first_missing', {}, 'warning'),
    );
  });
  it('NJJ-26-PARTY-FIRST a charter that refuses makes it a violation', () => {
    const refuse = withCharter(params, { partyStudy: 'refuse', assemblyDecision: atLeast(2, 3) });
    expect(checkPartyStudy(null, ON, refuse['NJJ-26-PARTY-FIRST'])?.severity).toBe('violation');
  });
  it.each([
    ['2026-12-19', true],
    ['2026-12-20', true],
    ['2026-12-21', false],
  ])('NJJ-26-PARTY-FIRST studied on %s, meeting 2026-12-20 → first %s', (studied, first) => {
    expect(checkPartyStudy(d(studied), ON, warn) === null).toBe(first);
  });
});

describe('NJJ-34-SUPERVISOR-ELIG and NJJ-29-COUNCIL at seating', () => {
  it.each([
    [
      'collectiveSupervisoryBoard',
      'member',
      [{ bodyKind: 'collectiveCouncil', role: 'member' }],
      '理事会成员',
    ],
    [
      'collectiveSupervisoryBoard',
      'member',
      [{ bodyKind: 'collectiveCouncil', role: 'staff' }],
      '财务人员、会计人员',
    ],
    [
      'collectiveCouncil',
      'staff',
      [{ bodyKind: 'collectiveSupervisoryBoard', role: 'member' }],
      '财务人员、会计人员',
    ],
    [
      'collectiveCouncil',
      'chair',
      [{ bodyKind: 'collectiveSupervisoryBoard', role: 'chair' }],
      '理事会成员',
    ],
  ] as const)(
    'NJJ-34-SUPERVISOR-ELIG seating on %s as %s while holding %j → refused (%s)',
    (kind, role, posts, post) => {
      expect(collectiveOwnPostFinding(kind, role, '张三', posts, ON)).toMatchObject({
        ruleId: 'NJJ-34-SUPERVISOR-ELIG',
        code: 'collective_supervisor_ineligible',
        params: { name: '张三', post },
      });
    },
  );

  it('NJJ-34-SUPERVISOR-ELIG a supervisor holding only village posts may be seated', () => {
    expect(
      collectiveOwnPostFinding(
        'collectiveSupervisoryBoard',
        'member',
        '张三',
        [{ bodyKind: 'villagersCommittee', role: 'member' }],
        ON,
      ),
    ).toBeNull();
  });

  it('NJJ-29-COUNCIL a director’s close relative: refused among the seats, not beside staff', () => {
    const [council, board] = collectiveKinChecks('collectiveCouncil', '张三', ON);
    expect(council).toMatchObject({ kind: 'collectiveCouncil', seatsOnly: true });
    expect(council?.found('张四', 'member')).toEqual(
      finding(ON, 'NJJ-29-COUNCIL', 'collective_council_kin', { name: '张三', relative: '张四' }),
    );
    expect(board?.found('张五', 'member').code).toBe('collective_supervisor_relative');
    expect(
      collectiveKinChecks('collectiveSupervisoryBoard', '李会', ON)[0]?.found('李四', 'staff')
        .params,
    ).toMatchObject({ name: '李会', relative: '李四', post: '财务人员、会计人员' });
  });
});
