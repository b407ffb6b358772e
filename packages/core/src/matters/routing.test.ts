import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import { finding } from '../rules/findings.ts';
import { MATTER_CATEGORIES, MATTER_CATEGORY_INFO, type MatterCategory } from './categories.ts';
import {
  authorisationCovers,
  checkDecidingMeeting,
  collectiveMatterFinding,
  decidingMeetings,
  type Authorisation,
  villagersBodiesDecide,
  type RoutingContext,
} from './routing.ts';

const d = calendarDate;

/** An assembly resolution authorising the representatives for 2026-03-01 … 2026-12-31 (or another period). */
const auth = (
  categories: MatterCategory[],
  revokedOn: string | null = null,
  startsOn = '2026-03-01',
  endsOn = '2026-12-31',
): Authorisation => ({
  id: 'auth-1',
  categories,
  startsOn: d(startsOn),
  endsOn: d(endsOn),
  revokedOn: revokedOn === null ? null : d(revokedOn),
});

const ctx = (
  on: string,
  authorisations: Authorisation[] = [],
  revokedDecisionBy: RoutingContext['revokedDecisionBy'] = null,
): RoutingContext => ({ on: d(on), authorisations, revokedDecisionBy });

const reserved = (category: MatterCategory, body: string, on: string) =>
  finding(d(on), 'VCOL-24-RESERVED', 'wrong_body_reserved', {
    category: MATTER_CATEGORY_INFO[category].zh,
    body,
  });

/** Any body but the representatives' meeting: the assembly could not have authorised it. */
const assemblyOnly = (category: MatterCategory, body: string, on: string) =>
  finding(d(on), 'VCOL-24-RESERVED', 'wrong_body_assembly_only', {
    category: MATTER_CATEGORY_INFO[category].zh,
    body,
  });

/** The matters the 2025 text moved to the collective economic organisation. */
const TO_COLLECTIVE = [
  'landContractingPlan',
  'collectiveProject',
  'homesteadPlan',
  'expropriationCompensation',
  'collectivePropertyDisposal',
] as const;

describe('VCOL-24-RESERVED: reserved matters go to the assembly unless it authorised the representatives', () => {
  const RESERVED = MATTER_CATEGORIES.filter(
    (c) => MATTER_CATEGORY_INFO[c].ruleId === 'VCOL-24-RESERVED',
  );
  /** Still the villagers' assembly's under the 2025 text (Art. 28: six items, land contracting aside). */
  const RESERVED_2025 = RESERVED.filter(
    (c) => !(TO_COLLECTIVE as readonly MatterCategory[]).includes(c),
  );

  it('the items of both texts less land contracting (its own rule) are reserved and delegable', () => {
    expect(RESERVED).toEqual([
      'villagePlanning',
      'lostWorkAllowance',
      'collectiveIncomeUse',
      'publicWelfareProject',
      'assistancePlan',
      'collectiveProject',
      'homesteadPlan',
      'expropriationCompensation',
      'collectivePropertyDisposal',
      'assemblyReserved',
    ]);
    expect(RESERVED_2025).toEqual([
      'villagePlanning',
      'lostWorkAllowance',
      'collectiveIncomeUse',
      'publicWelfareProject',
      'assistancePlan',
      'assemblyReserved',
    ]);
    for (const c of RESERVED) expect(MATTER_CATEGORY_INFO[c].delegable, c).toBe(true);
  });

  it.each([
    ...RESERVED.map((c) => ['2025-06-01', c] as const),
    ...RESERVED_2025.map((c) => ['2026-06-01', c] as const),
  ])(
    'VCOL-24-RESERVED on %s, %s by the representatives without authorisation → refused',
    (on, c) => {
      expect(decidingMeetings(c, ctx(on))).toEqual(['villagersAssembly']);
      expect(checkDecidingMeeting(c, 'representativesMeeting', ctx(on))).toEqual(
        reserved(c, '村民代表会议', on),
      );
      expect(checkDecidingMeeting(c, 'villagersAssembly', ctx(on))).toBeNull();
    },
  );

  it.each(RESERVED_2025)(
    'VCOL-24-RESERVED %s by the representatives with authorisation → allowed',
    (c) => {
      const c1 = ctx('2026-06-01', [auth([c])]);
      expect(decidingMeetings(c, c1)).toEqual(['villagersAssembly', 'representativesMeeting']);
      expect(checkDecidingMeeting(c, 'representativesMeeting', c1)).toBeNull();
    },
  );

  it('VCOL-24-RESERVED RULES.md example {matter:"homesteadPlan", decidedBy:"VC"} → UNAUTHORISED (2018 text)', () => {
    expect(
      checkDecidingMeeting('homesteadPlan', 'twoCommitteesJointMeeting', ctx('2025-06-01')),
    ).toEqual(assemblyOnly('homesteadPlan', '村“两委”联席会议', '2025-06-01'));
    // an authorisation is for the representatives' meeting only
    expect(
      checkDecidingMeeting(
        'homesteadPlan',
        'villagersDeliberationCouncil',
        ctx('2025-06-01', [auth(['homesteadPlan'], null, '2025-03-01', '2025-12-31')]),
      ),
    ).toEqual(
      finding(d('2025-06-01'), 'VCOL-24-RESERVED', 'wrong_body_tier', {
        category: '宅基地的使用方案',
        body: '村民议事会会议',
        expected: '村民会议或村民代表会议',
      }),
    );
    expect(
      checkDecidingMeeting(
        'homesteadPlan',
        'representativesMeeting',
        ctx('2025-06-01', [auth(['homesteadPlan'], null, '2025-03-01', '2025-12-31')]),
      ),
    ).toBeNull();
  });

  it.each([
    // authorisation 2026-03-01 … 2026-12-31 for publicWelfareProject
    ['2026-02-28', null, false, 'the day before it starts'],
    ['2026-03-01', null, true, 'the day it starts'],
    ['2026-12-31', null, true, 'its last day (endsOn)'],
    ['2027-01-01', null, false, 'the day after endsOn: expired'],
    ['2026-05-31', '2026-06-01', true, 'the day before it is revoked'],
    ['2026-06-01', '2026-06-01', false, 'the day it is revoked (revokedOn)'],
    ['2026-06-02', '2026-06-01', false, 'the day after it is revoked'],
  ])(
    'VCOL-24-RESERVED publicWelfareProject by the representatives on %s (revoked %s) → allowed %s: %s',
    (on, revokedOn, ok, _why) => {
      const c1 = ctx(on, [auth(['publicWelfareProject'], revokedOn)]);
      expect(
        authorisationCovers(
          auth(['publicWelfareProject'], revokedOn),
          'publicWelfareProject',
          d(on),
        ),
      ).toBe(ok);
      expect(checkDecidingMeeting('publicWelfareProject', 'representativesMeeting', c1)).toEqual(
        ok ? null : reserved('publicWelfareProject', '村民代表会议', on),
      );
    },
  );

  it('VCOL-24-RESERVED an authorisation for another category does not cover publicWelfareProject', () => {
    const c1 = ctx('2026-06-01', [auth(['collectiveIncomeUse', 'lostWorkAllowance'])]);
    expect(
      authorisationCovers(auth(['collectiveIncomeUse']), 'publicWelfareProject', d('2026-06-01')),
    ).toBe(false);
    expect(checkDecidingMeeting('publicWelfareProject', 'representativesMeeting', c1)).toEqual(
      reserved('publicWelfareProject', '村民代表会议', '2026-06-01'),
    );
    expect(checkDecidingMeeting('collectiveIncomeUse', 'representativesMeeting', c1)).toBeNull();
  });

  it('VCOL-24-RESERVED any one covering authorisation among several is enough', () => {
    const expired: Authorisation = {
      ...auth(['publicWelfareProject']),
      id: 'old',
      endsOn: d('2025-12-31'),
    };
    const c1 = ctx('2026-06-01', [expired, auth(['publicWelfareProject'])]);
    expect(checkDecidingMeeting('publicWelfareProject', 'representativesMeeting', c1)).toBeNull();
    expect(
      checkDecidingMeeting(
        'publicWelfareProject',
        'representativesMeeting',
        ctx('2026-06-01', [expired]),
      ),
    ).toEqual(reserved('publicWelfareProject', '村民代表会议', '2026-06-01'));
  });
});

describe('VCOL-22-SPECIAL and VCOL-27-RULES', () => {
  it('VCOL-22-SPECIAL a land contracting plan may go to the assembly or the representatives without authorisation (2018 text)', () => {
    expect(decidingMeetings('landContractingPlan', ctx('2025-06-01'))).toEqual([
      'villagersAssembly',
      'representativesMeeting',
    ]);
    expect(MATTER_CATEGORY_INFO.landContractingPlan.special).toBe(true);
    expect(
      checkDecidingMeeting('landContractingPlan', 'twoCommitteesJointMeeting', ctx('2025-06-01')),
    ).toEqual(
      finding(d('2025-06-01'), 'VCOL-22-SPECIAL', 'wrong_body_tier', {
        category: '土地承包经营方案',
        body: '村“两委”联席会议',
        expected: '村民会议或村民代表会议',
      }),
    );
  });

  it('VCOL-27-RULES the village charter stays with the assembly even with an authorisation naming it', () => {
    const c1 = ctx('2026-06-01', [auth(['villageCharter'])]);
    expect(decidingMeetings('villageCharter', c1)).toEqual(['villagersAssembly']);
    expect(checkDecidingMeeting('villageCharter', 'representativesMeeting', c1)).toEqual(
      finding(d('2026-06-01'), 'VCOL-27-RULES', 'wrong_body_not_delegable', {
        category: '村民自治章程、村规民约',
        body: '村民代表会议',
      }),
    );
  });
});

describe('VCOL-23-REVOKE: revoking a decision', () => {
  const withAuth = [auth(['revokeDecision'])];

  it('VCOL-23-REVOKE RULES.md example {delegate:"revokeRepsDecision"} → NOT_DELEGABLE, even with authorisation', () => {
    const c1 = ctx('2026-06-01', withAuth, 'representativesMeeting');
    expect(decidingMeetings('revokeDecision', c1)).toEqual(['villagersAssembly']);
    expect(checkDecidingMeeting('revokeDecision', 'representativesMeeting', c1)).toEqual(
      finding(d('2026-06-01'), 'VCOL-23-REVOKE', 'revoke_not_delegable'),
    );
    expect(checkDecidingMeeting('revokeDecision', 'villagersAssembly', c1)).toBeNull();
  });

  it.each(['twoCommitteesJointMeeting', 'villagersDeliberationCouncil', null] as const)(
    'VCOL-23-REVOKE a decision made by %s may be revoked by the representatives with authorisation covering revokeDecision',
    (by) => {
      const c1 = ctx('2026-06-01', withAuth, by);
      expect(decidingMeetings('revokeDecision', c1)).toEqual([
        'villagersAssembly',
        'representativesMeeting',
      ]);
      expect(checkDecidingMeeting('revokeDecision', 'representativesMeeting', c1)).toBeNull();
    },
  );

  it('VCOL-23-REVOKE a committee decision without authorisation goes to the assembly (not "its own decision")', () => {
    const c1 = ctx('2026-06-01', [], 'twoCommitteesJointMeeting');
    expect(decidingMeetings('revokeDecision', c1)).toEqual(['villagersAssembly']);
    expect(checkDecidingMeeting('revokeDecision', 'representativesMeeting', c1)).toEqual(
      finding(d('2026-06-01'), 'VCOL-23-REVOKE', 'wrong_body_reserved', {
        category: '撤销或者变更不适当的决定',
        body: '村民代表会议',
      }),
    );
  });

  it('VCOL-23-REVOKE an authorisation for other matters does not cover revocation', () => {
    const c1 = ctx('2026-06-01', [auth(['homesteadPlan'])], 'twoCommitteesJointMeeting');
    expect(decidingMeetings('revokeDecision', c1)).toEqual(['villagersAssembly']);
  });
});

describe('SEED002-TIERS: graded deliberation', () => {
  it.each([
    ['majorMatter', ['representativesMeeting', 'villagersAssembly']],
    ['generalMatter', ['villagersDeliberationCouncil']],
    ['routineMatter', ['twoCommitteesJointMeeting']],
  ] as const)('SEED002-TIERS %s is decided by %j', (category, expected) => {
    expect(decidingMeetings(category, ctx('2026-06-01'))).toEqual(expected);
  });

  it.each([
    ['generalMatter', 'representativesMeeting', '一般性事务', '村民议事会会议', '村民代表会议'],
    [
      'routineMatter',
      'villagersDeliberationCouncil',
      '日常性事务',
      '村“两委”联席会议',
      '村民议事会会议',
    ],
    [
      'majorMatter',
      'twoCommitteesJointMeeting',
      '较重大事务',
      '村民代表会议或村民会议',
      '村“两委”联席会议',
    ],
  ] as const)(
    'SEED002-TIERS %s at a %s → wrong_body_tier',
    (category, meeting, categoryZh, expected, body) => {
      expect(checkDecidingMeeting(category, meeting, ctx('2026-06-01'))).toEqual(
        finding(d('2026-06-01'), 'SEED002-TIERS', 'wrong_body_tier', {
          category: categoryZh,
          expected,
          body,
        }),
      );
    },
  );

  it('SEED002-TIERS a major matter may go to the assembly as well as the representatives', () => {
    expect(checkDecidingMeeting('majorMatter', 'villagersAssembly', ctx('2026-06-01'))).toBeNull();
    expect(
      checkDecidingMeeting('majorMatter', 'representativesMeeting', ctx('2026-06-01')),
    ).toBeNull();
  });
});

describe('VCOL25-COLLECTIVE: from 2026 the collective’s members decide its property and members’ rights', () => {
  const collective = (category: MatterCategory, body: string, on: string) =>
    finding(d(on), 'VCOL25-COLLECTIVE', 'collective_matter', {
      category: MATTER_CATEGORY_INFO[category].zh,
      body,
    });

  it.each(TO_COLLECTIVE)(
    'VCOL25-COLLECTIVE %s: decided by the villagers’ bodies on 2025-12-31, by none of them on 2026-01-01',
    (c) => {
      expect(decidingMeetings(c, ctx('2025-12-31'))).toContain('villagersAssembly');
      expect(checkDecidingMeeting(c, 'villagersAssembly', ctx('2025-12-31'))).toBeNull();
      expect(decidingMeetings(c, ctx('2026-01-01'))).toEqual([]);
      expect(checkDecidingMeeting(c, 'villagersAssembly', ctx('2026-01-01'))).toEqual(
        collective(c, '村民会议', '2026-01-01'),
      );
      expect(checkDecidingMeeting(c, 'representativesMeeting', ctx('2026-01-01'))).toEqual(
        collective(c, '村民代表会议', '2026-01-01'),
      );
    },
  );

  it('VCOL25-COLLECTIVE an assembly authorisation running into 2026 does not keep homesteadPlan with the representatives', () => {
    const a = auth(['homesteadPlan'], null, '2025-10-01', '2026-09-30');
    expect(
      checkDecidingMeeting('homesteadPlan', 'representativesMeeting', ctx('2025-12-31', [a])),
    ).toBeNull();
    expect(
      checkDecidingMeeting('homesteadPlan', 'representativesMeeting', ctx('2026-01-01', [a])),
    ).toEqual(collective('homesteadPlan', '村民代表会议', '2026-01-01'));
  });

  it('VCOL25-COLLECTIVE the finding names the villagers’ bodies when no meeting is given', () => {
    expect(collectiveMatterFinding('homesteadPlan', null, d('2026-06-01'))).toEqual(
      collective('homesteadPlan', '村民会议、村民代表会议', '2026-06-01'),
    );
  });
});

describe('NJJ-64-PROXY: where no organisation exists the villagers’ assembly decides the collective’s matters', () => {
  const none = (on: string): RoutingContext => ({ ...ctx(on), collectiveOrganisation: false });
  const proxy = (category: MatterCategory, body: string) =>
    finding(d('2026-06-01'), 'NJJ-64-PROXY', 'collective_matter_proxy_assembly', {
      category: MATTER_CATEGORY_INFO[category].zh,
      body,
    });

  it.each(TO_COLLECTIVE)(
    'NJJ-64-PROXY %s: the assembly decides it, the representatives do not, with or without an organisation told',
    (c) => {
      expect(decidingMeetings(c, none('2026-06-01'))).toEqual(['villagersAssembly']);
      expect(checkDecidingMeeting(c, 'villagersAssembly', none('2026-06-01'))).toBeNull();
      expect(checkDecidingMeeting(c, 'representativesMeeting', none('2026-06-01'))).toEqual(
        proxy(c, '村民代表会议'),
      );
      // with an organisation (or none said) the villagers' bodies decide none of them
      expect(decidingMeetings(c, { ...ctx('2026-06-01'), collectiveOrganisation: true })).toEqual(
        [],
      );
      expect(villagersBodiesDecide(c, d('2026-06-01'), true)).toBe(false);
      expect(villagersBodiesDecide(c, d('2026-06-01'), false)).toBe(true);
    },
  );

  it('NJJ-64-PROXY changes nothing for the villagers’ own matters', () => {
    expect(decidingMeetings('villagePlanning', none('2026-06-01'))).toEqual(
      decidingMeetings('villagePlanning', ctx('2026-06-01')),
    );
    expect(villagersBodiesDecide('villagePlanning', d('2026-06-01'), true)).toBe(true);
  });
});
