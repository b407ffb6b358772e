import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import type { MeetingKind } from '../meetings/meetingKinds.ts';
import { finding } from '../rules/findings.ts';
import { NATIONAL_PARAMS, NATIONAL_PROFILE, resolveProfile } from '../rules/profile.ts';
import { MATTER_CATEGORY_INFO, type MatterCategory } from './categories.ts';
import type { Authorisation } from './routing.ts';
import {
  adoptsResolution,
  checkStep,
  nextSteps,
  stepsRecordedBy,
  workflowFinding,
  WORKFLOWS,
  workflowsFor,
  type MatterFacts,
  type ProposedStep,
  type StepKind,
  type WorkflowId,
} from './workflows.ts';

const d = calendarDate;
const params = NATIONAL_PARAMS['2025-10-28'];
/** The default date of a proposed step (the 2025 text). */
const STEP_ON = '2026-05-20';

/** A matter with the listed steps already taken (each on the date given, default 2026-05-01). */
function matter(
  workflow: WorkflowId,
  taken: (StepKind | [StepKind, string])[] = [],
  category: MatterCategory = 'publicWelfareProject',
  authorisations: Authorisation[] = [],
): MatterFacts {
  return {
    category,
    workflow,
    taken: taken.map((t) =>
      typeof t === 'string' ? { kind: t, on: d('2026-05-01') } : { kind: t[0], on: d(t[1]) },
    ),
    routing: { authorisations, on: d('2026-05-01'), revokedDecisionBy: null },
  };
}

const at = (
  kind: StepKind,
  meeting?: MeetingKind,
  motionPassed = true,
  on = STEP_ON,
  extra: Partial<ProposedStep> = {},
): ProposedStep => ({
  kind,
  on: d(on),
  ...(meeting ? { meeting: { kind: meeting, motionPassed } } : {}),
  ...extra,
});

const SIYI = 'fourDeliberationsTwoDisclosures';
const STEP_ZH = {
  partyProposal: '村党组织提议',
  jointDeliberation: '村“两委”会议商议',
  partyMembersReview: '党员大会审议',
  resolution: '村民会议或村民代表会议决议',
  resolutionPublished: '决议公开',
  implementationPublished: '实施结果公开',
} as const;

const outOfOrder = (
  missing: string,
  step: string,
  ruleId: 'SIYI-ORDER' | 'SEED002-ONE-PLUS-THREE' = 'SIYI-ORDER',
  on = STEP_ON,
) => finding(d(on), ruleId, 'step_out_of_order', { missing, step });

describe('workflows a category may follow', () => {
  it.each([
    ['homesteadPlan', ['fourDeliberationsTwoDisclosures', 'onePlusThree']],
    ['landContractingPlan', ['fourDeliberationsTwoDisclosures', 'onePlusThree']],
    ['majorMatter', ['fourDeliberationsTwoDisclosures', 'onePlusThree']],
    ['generalMatter', ['councilGeneral']],
    ['routineMatter', ['jointRoutine']],
  ] as const)('%s → %j', (category, expected) => {
    expect(workflowsFor(category)).toEqual(expected);
  });
});

describe('SIYI-ORDER: four deliberations, two disclosures, strictly in order', () => {
  it('SIYI-ORDER the whole procedure in order passes each step, and nextSteps follows it', () => {
    const steps: [StepKind, MeetingKind | undefined, string][] = [
      ['partyProposal', undefined, '2026-05-01'],
      ['jointDeliberation', 'twoCommitteesJointMeeting', '2026-05-03'],
      ['partyMembersReview', 'partyMembersMeeting', '2026-05-10'],
      ['resolution', 'villagersAssembly', '2026-05-20'],
      ['resolutionPublished', undefined, '2026-05-21'],
      ['implementationPublished', undefined, '2026-09-01'],
    ];
    const taken: [StepKind, string][] = [];
    for (const [kind, meeting, on] of steps) {
      const m = matter(SIYI, taken);
      expect(nextSteps(m)).toEqual([kind]);
      expect(checkStep(m, at(kind, meeting, true, on), params)).toEqual([]);
      taken.push([kind, on]);
    }
    expect(nextSteps(matter(SIYI, taken))).toEqual([]);
  });

  it('SIYI-ORDER skipping a step is refused with step_out_of_order naming the first missing step', () => {
    expect(
      checkStep(matter(SIYI), at('partyMembersReview', 'partyMembersMeeting'), params),
    ).toEqual([outOfOrder(STEP_ZH.partyProposal, STEP_ZH.partyMembersReview)]);
    expect(
      checkStep(
        matter(SIYI, ['partyProposal', 'jointDeliberation']),
        at('resolutionPublished'),
        params,
      ),
    ).toEqual([outOfOrder(STEP_ZH.partyMembersReview, STEP_ZH.resolutionPublished)]);
  });

  it('SIYI-ORDER RULES.md example {steps:[proposal, assemblyDecision]} → MISSING_STEPS', () => {
    expect(
      checkStep(matter(SIYI, ['partyProposal']), at('resolution', 'villagersAssembly'), params),
    ).toEqual([outOfOrder(STEP_ZH.jointDeliberation, STEP_ZH.resolution)]);
  });

  it('SIYI-ORDER a repeated step is refused with step_done', () => {
    expect(checkStep(matter(SIYI, ['partyProposal']), at('partyProposal'), params)).toEqual([
      finding(d(STEP_ON), 'SIYI-ORDER', 'step_done', { step: STEP_ZH.partyProposal }),
    ]);
  });

  it('SIYI-ORDER a step of another procedure is refused with step_not_in_workflow', () => {
    expect(
      checkStep(matter(SIYI), at('councilDecision', 'villagersDeliberationCouncil'), params),
    ).toEqual([
      finding(d(STEP_ON), 'SIYI-ORDER', 'step_not_in_workflow', { step: 'councilDecision' }),
    ]);
  });

  it.each([
    ['2026-05-09', false],
    ['2026-05-10', true],
    ['2026-05-11', true],
  ])('SIYI-ORDER previous step on 2026-05-10, next on %s → allowed %s', (on, ok) => {
    const m = matter(SIYI, [['partyProposal', '2026-05-10']]);
    expect(
      checkStep(m, at('jointDeliberation', 'twoCommitteesJointMeeting', true, on), params),
    ).toEqual(
      ok
        ? []
        : [
            finding(d(on), 'SIYI-ORDER', 'step_date_order', {
              step: STEP_ZH.jointDeliberation,
              date: on,
              previous: '2026-05-10',
            }),
          ],
    );
  });

  it('SIYI-ORDER a date is compared with the latest step taken, not the last one listed', () => {
    const m = matter(SIYI, [
      ['partyProposal', '2026-05-12'],
      ['jointDeliberation', '2026-05-11'],
    ]);
    expect(
      checkStep(m, at('partyMembersReview', 'partyMembersMeeting', true, '2026-05-11'), params),
    ).toEqual([
      finding(d('2026-05-11'), 'SIYI-ORDER', 'step_date_order', {
        step: STEP_ZH.partyMembersReview,
        date: '2026-05-11',
        previous: '2026-05-12',
      }),
    ]);
  });

  it('SIYI-ORDER a step at the wrong kind of meeting is refused', () => {
    expect(
      checkStep(
        matter(SIYI, ['partyProposal']),
        at('jointDeliberation', 'partyMembersMeeting'),
        params,
      ),
    ).toEqual([
      finding(d(STEP_ON), 'SIYI-ORDER', 'step_meeting_kind', {
        step: STEP_ZH.jointDeliberation,
        expected: '村“两委”联席会议',
        actual: '党员大会',
      }),
    ]);
  });

  it('SIYI-ORDER a meeting step with no meeting named is refused', () => {
    expect(checkStep(matter(SIYI, ['partyProposal']), at('jointDeliberation'), params)).toEqual([
      finding(d(STEP_ON), 'SIYI-ORDER', 'step_meeting_kind', {
        step: STEP_ZH.jointDeliberation,
        expected: '村“两委”联席会议',
        actual: '（未指定会议）',
      }),
    ]);
    expect(
      checkStep(
        matter(SIYI, ['partyProposal', 'jointDeliberation', 'partyMembersReview']),
        at('resolution'),
        params,
      ),
    ).toEqual([
      finding(d(STEP_ON), 'SIYI-ORDER', 'step_meeting_kind', {
        step: STEP_ZH.resolution,
        expected: '村民会议或村民代表会议',
        actual: '（未指定会议）',
      }),
    ]);
  });

  it('SIYI-ORDER a motion that failed does not count as the step', () => {
    expect(
      checkStep(
        matter(SIYI, ['partyProposal', 'jointDeliberation']),
        at('partyMembersReview', 'partyMembersMeeting', false),
        params,
      ),
    ).toEqual([
      finding(d(STEP_ON), 'SIYI-ORDER', 'step_motion_failed', {
        step: STEP_ZH.partyMembersReview,
      }),
    ]);
  });
});

describe('SIYI-ORDER: 一肩挑 lets the proposal fold into the joint meeting', () => {
  const joint = (concurrent: boolean | undefined) =>
    at('jointDeliberation', 'twoCommitteesJointMeeting', true, STEP_ON, {
      ...(concurrent === undefined ? {} : { concurrentSecretaryChair: concurrent }),
    });
  const refused = [outOfOrder(STEP_ZH.partyProposal, STEP_ZH.jointDeliberation)];

  it.each([
    [true, true, []],
    [false, true, refused],
    [undefined, true, refused],
    [true, false, refused],
  ])(
    'SIYI-ORDER jointDeliberation without partyProposal, concurrentSecretaryChair %s, profile merge %s → %j',
    (concurrent, merge, expected) => {
      const { profile } = resolveProfile(
        NATIONAL_PROFILE,
        [
          {
            ruleId: 'SIYI-ORDER',
            params: { mergeFirstTwoWhenConcurrent: merge },
            adoptedOn: '2026-01-01',
          },
        ],
        d(STEP_ON),
      );
      expect(checkStep(matter(SIYI), joint(concurrent), profile.params)).toEqual(expected);
    },
  );

  it('SIYI-ORDER the merge covers only the first two steps: the Party members’ review is still needed', () => {
    expect(
      checkStep(
        matter(SIYI),
        at('partyMembersReview', 'partyMembersMeeting', true, STEP_ON, {
          concurrentSecretaryChair: true,
        }),
        params,
      ),
    ).toEqual([outOfOrder(STEP_ZH.partyProposal, STEP_ZH.partyMembersReview)]);
  });

  it.each([
    [SIYI, [], 'jointDeliberation', ['partyProposal', 'jointDeliberation']],
    [SIYI, ['partyProposal'], 'jointDeliberation', ['jointDeliberation']],
    [SIYI, [], 'partyProposal', ['partyProposal']],
    [SIYI, ['partyProposal', 'jointDeliberation'], 'partyMembersReview', ['partyMembersReview']],
    ['onePlusThree', ['topicPublished', 'councilConsultation'], 'jointDraft', ['jointDraft']],
  ] as const)(
    'SIYI-ORDER stepsRecordedBy %s (taken %j) for %s → %j',
    (workflow, taken, kind, expected) => {
      expect(stepsRecordedBy(matter(workflow, [...taken]), kind)).toEqual(expected);
    },
  );
});

describe('SIYI-PARTY-QUORUM, VCOL-24-RESERVED: the resolution step goes to the lawful body', () => {
  const ready = ['partyProposal', 'jointDeliberation', 'partyMembersReview'] as const;
  const welfare = (auths: Authorisation[] = []) =>
    matter(SIYI, [...ready], 'publicWelfareProject', auths);
  const WELFARE_ZH = '公益事业的兴办和筹资筹劳方案及建设承包方案';
  const authorisation: Authorisation = {
    id: 'a1',
    categories: ['publicWelfareProject'],
    startsOn: d('2026-01-01'),
    endsOn: d('2026-06-30'),
    revokedOn: null,
  };

  it('VCOL-24-RESERVED publicWelfareProject resolved by the representatives without authorisation → refused', () => {
    expect(checkStep(welfare(), at('resolution', 'representativesMeeting'), params)).toEqual([
      finding(d(STEP_ON), 'VCOL-24-RESERVED', 'wrong_body_reserved', {
        category: WELFARE_ZH,
        body: '村民代表会议',
      }),
    ]);
  });

  it.each([
    ['2026-06-30', true],
    ['2026-07-01', false],
  ])(
    'VCOL-24-RESERVED publicWelfareProject by the representatives on %s, authorisation ending 2026-06-30 → allowed %s (the step date counts)',
    (on, ok) => {
      const out = checkStep(
        welfare([authorisation]),
        at('resolution', 'representativesMeeting', true, on),
        params,
      );
      expect(out.map((f) => f.ruleId)).toEqual(ok ? [] : ['VCOL-24-RESERVED']);
    },
  );

  it('SIYI-ORDER a resolution whose motion failed is refused, as well as a wrong body', () => {
    expect(checkStep(welfare(), at('resolution', 'representativesMeeting', false), params)).toEqual(
      [
        finding(d(STEP_ON), 'VCOL-24-RESERVED', 'wrong_body_reserved', {
          category: WELFARE_ZH,
          body: '村民代表会议',
        }),
        finding(d(STEP_ON), 'SIYI-ORDER', 'step_motion_failed', { step: STEP_ZH.resolution }),
      ],
    );
  });

  it.each([
    [
      '2025-12-31',
      finding(d('2025-12-31'), 'VCOL-24-RESERVED', 'wrong_body_reserved', {
        category: '宅基地的使用方案',
        body: '村民代表会议',
      }),
      null,
    ],
    [
      '2026-01-01',
      finding(d('2026-01-01'), 'VCOL25-COLLECTIVE', 'collective_matter', {
        category: '宅基地的使用方案',
        body: '村民代表会议',
      }),
      finding(d('2026-01-01'), 'VCOL25-COLLECTIVE', 'collective_matter', {
        category: '宅基地的使用方案',
        body: '村民会议',
      }),
    ],
  ])(
    'VCOL25-COLLECTIVE homesteadPlan resolved on %s: by the representatives → %j, by the assembly → %j',
    (on, byReps, byAssembly) => {
      const homestead = matter(
        SIYI,
        ready.map((k): [StepKind, string] => [k, '2025-12-01']),
        'homesteadPlan',
      );
      expect(
        checkStep(homestead, at('resolution', 'representativesMeeting', true, on), params),
      ).toEqual([byReps]);
      expect(checkStep(homestead, at('resolution', 'villagersAssembly', true, on), params)).toEqual(
        byAssembly ? [byAssembly] : [],
      );
    },
  );
});

describe('VCOL25-PARTY-FIRST: the Party organisation studies a matter before the vote', () => {
  const partyFirst = (severity: 'violation' | 'warning', on = STEP_ON) =>
    finding(d(on), 'VCOL25-PARTY-FIRST', 'party_first_missing', {}, severity);

  it('VCOL25-PARTY-FIRST resolution with no Party study done → violation under the national profile', () => {
    expect(checkStep(matter(SIYI), at('resolution', 'villagersAssembly'), params)).toEqual([
      partyFirst('violation'),
      outOfOrder(STEP_ZH.partyProposal, STEP_ZH.resolution),
    ]);
  });

  const warnCharter = [
    {
      ruleId: 'VCOL25-PARTY-FIRST' as const,
      params: { enforcement: 'warn' as const },
      adoptedOn: '2025-02-01',
    },
  ];

  it('VCOL25-PARTY-FIRST RULES.md example {partyReviewed:false} → WARN when the charter sets enforcement warn (before 2026)', () => {
    const on = '2025-12-31';
    const { profile, problems } = resolveProfile(NATIONAL_PROFILE, warnCharter, d(on));
    expect(problems).toEqual([]);
    expect(
      checkStep(matter(SIYI), at('resolution', 'villagersAssembly', true, on), profile.params),
    ).toEqual([
      partyFirst('warning', on),
      // the skipped steps still refuse the step under SIYI-ORDER
      outOfOrder(STEP_ZH.partyProposal, STEP_ZH.resolution, 'SIYI-ORDER', on),
    ]);
  });

  it('VCOL25-PARTY-FIRST from 2026-01-01 the statute refuses: the charter’s warn is not applied', () => {
    const on = '2026-01-01';
    const { profile, problems } = resolveProfile(NATIONAL_PROFILE, warnCharter, d(on));
    expect(problems).toEqual([
      { ruleId: 'VCOL25-PARTY-FIRST', param: 'enforcement', reason: 'looser_than_statute' },
    ]);
    expect(
      checkStep(matter(SIYI), at('resolution', 'villagersAssembly', true, on), profile.params),
    ).toEqual([
      partyFirst('violation', on),
      outOfOrder(STEP_ZH.partyProposal, STEP_ZH.resolution, 'SIYI-ORDER', on),
    ]);
  });

  it('VCOL25-PARTY-FIRST onePlusThree: the joint draft is the Party study; without it → party_first_missing', () => {
    expect(
      checkStep(
        matter('onePlusThree', ['topicPublished', 'councilConsultation']),
        at('resolution', 'villagersAssembly'),
        params,
      ),
    ).toEqual([
      partyFirst('violation'),
      outOfOrder(
        '两委联席会议提出议决草案',
        '村民会议或村民代表会议表决',
        'SEED002-ONE-PLUS-THREE',
      ),
    ]);
  });

  it('VCOL25-PARTY-FIRST a Party step done (the proposal) means only the order is at fault', () => {
    expect(
      checkStep(matter(SIYI, ['partyProposal']), at('resolution', 'villagersAssembly'), params),
    ).toEqual([outOfOrder(STEP_ZH.jointDeliberation, STEP_ZH.resolution)]);
  });

  it('VCOL25-PARTY-FIRST only the resolution step raises it', () => {
    expect(checkStep(matter(SIYI), at('resolutionPublished'), params)).toEqual([
      outOfOrder(STEP_ZH.partyProposal, STEP_ZH.resolutionPublished),
    ]);
  });
});

describe('SEED002-ONE-PLUS-THREE: topic published a week before the council consults', () => {
  it.each([
    ['2026-05-07', 6, false],
    ['2026-05-08', 7, true],
    ['2026-05-09', 8, true],
  ])(
    'SEED002-ONE-PLUS-THREE topic published 2026-05-01, councilConsultation on %s (%i days) → allowed %s',
    (on, _days, ok) => {
      const m = matter('onePlusThree', [['topicPublished', '2026-05-01']]);
      // a consultation only needs to be held, not to pass a motion
      const out = checkStep(
        m,
        at('councilConsultation', 'villagersDeliberationCouncil', false, on),
        params,
      );
      expect(out).toEqual(
        ok
          ? []
          : [
              finding(d(on), 'SEED002-ONE-PLUS-THREE', 'topic_notice_short', {
                days: 7,
                published: '2026-05-01',
                earliest: '2026-05-08',
              }),
            ],
      );
    },
  );

  it('SEED002-ONE-PLUS-THREE the consultation must be a council meeting', () => {
    const m = matter('onePlusThree', [['topicPublished', '2026-05-01']]);
    expect(
      checkStep(
        m,
        at('councilConsultation', 'twoCommitteesJointMeeting', true, '2026-05-08'),
        params,
      ),
    ).toEqual([
      finding(d('2026-05-08'), 'SEED002-ONE-PLUS-THREE', 'step_meeting_kind', {
        step: '协商议事会协商',
        expected: '村民议事会会议',
        actual: '村“两委”联席会议',
      }),
    ]);
  });

  it('SEED002-ONE-PLUS-THREE a consultation before the topic is published is out of order', () => {
    expect(
      checkStep(
        matter('onePlusThree'),
        at('councilConsultation', 'villagersDeliberationCouncil'),
        params,
      ),
    ).toEqual([outOfOrder('议题提前一周公示', '协商议事会协商', 'SEED002-ONE-PLUS-THREE')]);
  });
});

describe('SEED002-TIERS: council and joint-meeting procedures', () => {
  it.each([
    ['councilGeneral', 'councilDecision', 'villagersDeliberationCouncil', []],
    [
      'councilGeneral',
      'councilDecision',
      'twoCommitteesJointMeeting',
      [
        finding(d(STEP_ON), 'SEED002-TIERS', 'step_meeting_kind', {
          step: '协商议事会讨论决定',
          expected: '村民议事会会议',
          actual: '村“两委”联席会议',
        }),
      ],
    ],
    ['jointRoutine', 'jointDecision', 'twoCommitteesJointMeeting', []],
    [
      'jointRoutine',
      'jointDecision',
      'villagersDeliberationCouncil',
      [
        finding(d(STEP_ON), 'SEED002-TIERS', 'step_meeting_kind', {
          step: '两委联席会议议定',
          expected: '村“两委”联席会议',
          actual: '村民议事会会议',
        }),
      ],
    ],
  ] as const)('SEED002-TIERS %s: %s at a %s → %j', (workflow, kind, meeting, expected) => {
    const category = workflow === 'councilGeneral' ? 'generalMatter' : 'routineMatter';
    expect(checkStep(matter(workflow, [], category), at(kind, meeting), params)).toEqual(expected);
  });
});

describe('VCOL-23-REVOKE and SEED002-SUPERVISION: carrying out a resolution', () => {
  const PUBLISHED = '2026-09-01';
  const done = [
    'partyProposal',
    'jointDeliberation',
    'partyMembersReview',
    'resolution',
    'resolutionPublished',
  ] as const;
  const publish = (resolution?: ProposedStep['resolution']) =>
    checkStep(
      matter(SIYI, [...done]),
      at('implementationPublished', undefined, true, PUBLISHED, resolution ? { resolution } : {}),
      params,
    );

  it.each([
    [{ invalidReason: null, revoked: false }, []],
    [
      { invalidReason: null, revoked: true },
      [finding(d(PUBLISHED), 'VCOL-23-REVOKE', 'resolution_revoked')],
    ],
    [
      { invalidReason: '未达到法定人数', revoked: false },
      [
        finding(d(PUBLISHED), 'SEED002-SUPERVISION', 'resolution_invalid', {
          reason: '未达到法定人数',
        }),
      ],
    ],
    [
      { invalidReason: '未达到法定人数', revoked: true },
      [finding(d(PUBLISHED), 'VCOL-23-REVOKE', 'resolution_revoked')],
    ],
  ])('implementationPublished with resolution %j → %j', (resolution, expected) => {
    expect(publish(resolution)).toEqual(expected);
  });

  it.each([
    [{ invalidReason: null, revoked: false }, []],
    [
      { invalidReason: '会议通知不足十天', revoked: false },
      [
        finding(d(PUBLISHED), 'SEED002-SUPERVISION', 'resolution_invalid', {
          reason: '会议通知不足十天',
        }),
      ],
    ],
    [
      { invalidReason: null, revoked: true },
      [finding(d(PUBLISHED), 'VCOL-23-REVOKE', 'resolution_revoked')],
    ],
  ])('resolutionPublished with resolution %j → %j', (resolution, expected) => {
    const m = matter(SIYI, [
      'partyProposal',
      'jointDeliberation',
      'partyMembersReview',
      'resolution',
    ]);
    expect(
      checkStep(m, at('resolutionPublished', undefined, true, PUBLISHED, { resolution }), params),
    ).toEqual(expected);
  });

  it('implementationPublished with no resolution facts is allowed', () => {
    expect(publish()).toEqual([]);
  });

  it('SEED002-SUPERVISION an invalid resolution blocks publishing implementation in onePlusThree too', () => {
    const m = matter('onePlusThree', [
      'topicPublished',
      'councilConsultation',
      'jointDraft',
      'resolution',
      'resolutionPublished',
    ]);
    expect(
      checkStep(
        m,
        at('implementationPublished', undefined, true, PUBLISHED, {
          resolution: { invalidReason: '会议通知不足十天', revoked: false },
        }),
        params,
      ),
    ).toEqual([
      finding(d(PUBLISHED), 'SEED002-SUPERVISION', 'resolution_invalid', {
        reason: '会议通知不足十天',
      }),
    ]);
  });
});

describe('a procedure the category may not follow is refused in law', () => {
  it.each([
    ['villagePlanning', 'councilGeneral', 'VCOL-24-RESERVED', '“四议两公开”或“重大事项‘1+3’议决”'],
    ['generalMatter', 'fourDeliberationsTwoDisclosures', 'SEED002-TIERS', '“一般性事务议事会议定”'],
    ['routineMatter', 'councilGeneral', 'SEED002-TIERS', '“日常性事务两委议定”'],
  ] as const)('%s by %s → %s, naming %s', (category, workflow, ruleId, allowed) => {
    const on = d('2026-06-01');
    expect(workflowFinding(category, workflow, on)).toEqual(
      finding(on, ruleId, 'workflow_not_for_category', {
        category: MATTER_CATEGORY_INFO[category].zh,
        workflow: WORKFLOWS[workflow].zh,
        allowed,
      }),
    );
  });

  it('the procedures a category may follow pass', () => {
    for (const w of workflowsFor('villagePlanning'))
      expect(workflowFinding('villagePlanning', w, d('2026-06-01'))).toBeNull();
  });
});

describe('which passed motions become numbered village resolutions', () => {
  it.each([
    ['villagersAssembly', 'resolution', true],
    ['representativesMeeting', null, true],
    ['villagersDeliberationCouncil', 'councilDecision', true],
    ['twoCommitteesJointMeeting', 'jointDecision', true],
    ['twoCommitteesJointMeeting', null, true],
    ['twoCommitteesJointMeeting', 'jointDeliberation', false],
    ['twoCommitteesJointMeeting', 'jointDraft', false],
    ['partyMembersMeeting', 'partyMembersReview', false],
    ['partyMembersMeeting', null, false],
  ] as const)('%s, step %s → %s', (meeting, step, adopts) => {
    expect(adoptsResolution(meeting, step)).toBe(adopts);
  });
});
