import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import { finding } from '../rules/findings.ts';
import { NATIONAL_PARAMS, NATIONAL_PROFILE, resolveProfile } from '../rules/profile.ts';
import { atLeast } from '../rules/threshold.ts';
import { decide, describeDecision, describePath, noQuorumFinding, quorum } from './quorum.ts';

const params = NATIONAL_PARAMS['2025-10-28'];
const tally = (yes: number, no = 0, abstain = 0) => ({ yes, no, abstain });

describe('VCOL-22-QUORUM: villagers’ assembly (adults > 1/2 OR households ≥ 2/3)', () => {
  it.each([
    // adults path: 1000 adults need 501; households path held below its 200
    { members: 1000, present: 499, hh: 300, hhPresent: 0, met: false, missing: 2 },
    { members: 1000, present: 500, hh: 300, hhPresent: 0, met: false, missing: 1 },
    { members: 1000, present: 501, hh: 300, hhPresent: 0, met: true, missing: 0 },
    { members: 1000, present: 502, hh: 300, hhPresent: 0, met: true, missing: 0 },
    // households path: 300 households need 200; adults path held below its 501
    { members: 1000, present: 100, hh: 300, hhPresent: 199, met: false, missing: 1 },
    { members: 1000, present: 100, hh: 300, hhPresent: 200, met: true, missing: 0 },
    { members: 1000, present: 100, hh: 300, hhPresent: 201, met: true, missing: 0 },
    // RULES.md §11 example rows verbatim
    { members: 1000, present: 500, hh: 300, hhPresent: 199, met: false, missing: 1 },
    { members: 1000, present: 500, hh: 300, hhPresent: 200, met: true, missing: 0 },
    // small bases
    { members: 2, present: 1, hh: 3, hhPresent: 1, met: false, missing: 1 },
    { members: 2, present: 2, hh: 3, hhPresent: 1, met: true, missing: 0 },
    { members: 2, present: 1, hh: 3, hhPresent: 2, met: true, missing: 0 },
  ])(
    'VCOL-22-QUORUM adults $members present $present, households $hh present $hhPresent → quorum $met (missing $missing)',
    ({ members, present, hh, hhPresent, met, missing }) => {
      const q = quorum(
        'villagersAssembly',
        { members, present, households: hh, householdsPresent: hhPresent },
        params,
      );
      expect(q.met).toBe(met);
      expect(q.missing).toBe(missing);
      expect(q.ruleId).toBe('VCOL-22-QUORUM');
    },
  );

  it('VCOL-22-QUORUM reports both paths with their required figures', () => {
    const q = quorum(
      'villagersAssembly',
      { members: 1000, present: 500, households: 300, householdsPresent: 199 },
      params,
    );
    expect(q.paths).toEqual([
      {
        basis: 'members',
        count: 500,
        base: 1000,
        required: 501,
        met: false,
        wording: { zh: '过半数', en: 'more than half' },
      },
      {
        basis: 'households',
        count: 199,
        base: 300,
        required: 200,
        met: false,
        wording: { zh: '三分之二以上', en: 'at least 2/3' },
      },
    ]);
  });

  it('VCOL-22-QUORUM without household figures only the adults path counts (2/3 of 0 households is no quorum)', () => {
    const q = quorum('villagersAssembly', { members: 1000, present: 10 }, params);
    expect(q.met).toBe(false);
    expect(q.paths.map((x) => x.basis)).toEqual(['members']);
    expect(q.missing).toBe(491);
    const q0 = quorum(
      'villagersAssembly',
      { members: 1000, present: 10, households: 0, householdsPresent: 0 },
      params,
    );
    expect(q0.met).toBe(false);
  });
});

describe('VCOL-22-DECISION: assembly decides by > 1/2 of attendees', () => {
  it.each([
    [600, 299, 301, false],
    [600, 300, 301, false],
    [600, 301, 301, true],
    [600, 302, 301, true],
    [601, 300, 301, false],
    [601, 301, 301, true],
    [599, 299, 300, false],
    [599, 300, 300, true],
  ])(
    'VCOL-22-DECISION attendees %i, yes %i (needs %i) → passed %s',
    (present, yes, req, passed) => {
      const d = decide(
        'villagersAssembly',
        tally(yes, present - yes),
        { members: 1000, present },
        params,
      );
      expect(d).toEqual({
        passed,
        ruleId: 'VCOL-22-DECISION',
        base: 'attendees',
        baseCount: present,
        required: req,
        yes,
        wording: { zh: '过半数', en: 'more than half' },
      });
    },
  );

  it('VCOL-22-DECISION abstentions count against: 300 yes, 0 no, 300 abstain of 600 attendees fails', () => {
    const d = decide(
      'villagersAssembly',
      tally(300, 0, 300),
      { members: 1000, present: 600 },
      params,
    );
    expect(d.passed).toBe(false);
    expect(d.required).toBe(301);
  });

  it('VCOL-22-DECISION the base is attendees, not votes cast: 300 yes of 300 cast with 600 present fails', () => {
    const d = decide(
      'villagersAssembly',
      tally(300, 0, 0),
      { members: 1000, present: 600 },
      params,
    );
    expect(d.passed).toBe(false);
    expect(d.baseCount).toBe(600);
  });

  it('VCOL-22-DECISION 301 yes, 0 no, 299 abstain passes', () => {
    const d = decide(
      'villagersAssembly',
      tally(301, 0, 299),
      { members: 1000, present: 600 },
      params,
    );
    expect(d.passed).toBe(true);
  });
});

describe('VCOL-22-SPECIAL: land contracting needs ≥ 2/3 of all members or representatives', () => {
  it.each([
    // assembly: base = all 1000 adults (not the 800 attendees); 2/3 of 1000 = 667
    [1000, 800, 666, false],
    [1000, 800, 667, true],
    [1000, 800, 668, true],
    [999, 800, 665, false],
    [999, 800, 666, true],
  ])(
    'VCOL-22-SPECIAL assembly members %i (attendees %i), yes %i → passed %s',
    (members, present, yes, passed) => {
      const d = decide('villagersAssembly', tally(yes), { members, present }, params, {
        special: true,
      });
      expect(d.passed).toBe(passed);
      expect(d.ruleId).toBe('VCOL-22-SPECIAL');
      expect(d.base).toBe('allMembers');
      expect(d.baseCount).toBe(members);
    },
  );

  it.each([
    // RULES.md §11: {reps:45, yes:29} → FAIL; {yes:30} → PASS (base = representatives, not the 52 members)
    [45, 28, false],
    [45, 29, false],
    [45, 30, true],
    [45, 31, true],
  ])(
    'VCOL-22-SPECIAL representatives’ meeting reps %i (members 52, present 40), yes %i → passed %s',
    (representatives, yes, passed) => {
      const d = decide(
        'representativesMeeting',
        tally(yes),
        { members: 52, present: 40, representatives },
        params,
        { special: true },
      );
      expect(d).toEqual({
        passed,
        ruleId: 'VCOL-22-SPECIAL',
        base: 'allRepresentatives',
        baseCount: 45,
        required: 30,
        yes,
        wording: { zh: '三分之二以上', en: 'at least 2/3' },
      });
    },
  );

  it('VCOL-22-SPECIAL at the representatives’ meeting names its base as the representatives, not all members', () => {
    const d = decide(
      'representativesMeeting',
      tally(30),
      { members: 52, present: 40, representatives: 45 },
      params,
      { special: true },
    );
    expect(describeDecision(d, 'zh-CN')).toBe(
      '赞成 30 票，须获全体村民代表 45 人的三分之二以上赞成（30 票）：通过',
    );
  });

  it('VCOL-22-SPECIAL representatives’ meeting without a representative count falls back to all members', () => {
    const d = decide('representativesMeeting', tally(30), { members: 45, present: 40 }, params, {
      special: true,
    });
    expect(d.baseCount).toBe(45);
    expect(d.passed).toBe(true);
  });

  it('VCOL-22-SPECIAL does not apply to a villager group meeting (VCOL-28-GROUP decides)', () => {
    const d = decide('villagerGroupMeeting', tally(31), { members: 90, present: 60 }, params, {
      special: true,
    });
    expect(d.ruleId).toBe('VCOL-28-GROUP');
    expect(d.base).toBe('attendees');
    expect(d.passed).toBe(true);
  });
});

describe('VCOL-26-QUORUM: representatives’ meeting (present ≥ 2/3, yes > 1/2 of present)', () => {
  it.each([
    [30, 19, false, 1],
    [30, 20, true, 0],
    [30, 21, true, 0],
    [31, 20, false, 1],
    [31, 21, true, 0],
  ])(
    'VCOL-26-QUORUM members %i, present %i → quorum %s (missing %i)',
    (members, present, met, missing) => {
      const q = quorum('representativesMeeting', { members, present }, params);
      expect(q.met).toBe(met);
      expect(q.missing).toBe(missing);
      expect(q.ruleId).toBe('VCOL-26-QUORUM');
    },
  );

  it.each([
    [20, 10, false],
    [20, 11, true],
    [20, 12, true],
    [21, 10, false],
    [21, 11, true],
  ])('VCOL-26-QUORUM present %i, yes %i → passed %s', (present, yes, passed) => {
    const d = decide('representativesMeeting', tally(yes), { members: 30, present }, params);
    expect(d.passed).toBe(passed);
    expect(d.ruleId).toBe('VCOL-26-QUORUM');
    expect(d.base).toBe('attendees');
    expect(d.required).toBe(11);
  });
});

describe('VCOL-28-GROUP: villager group meeting (adults ≥ 2/3 OR households ≥ 2/3)', () => {
  it.each([
    [59, 0, false],
    [60, 0, true],
    [61, 0, true],
    [0, 19, false],
    [0, 20, true],
    [0, 21, true],
    // RULES.md §11 examples verbatim
    [59, 19, false],
    [60, 19, true],
  ])(
    'VCOL-28-GROUP adults 90 present %i, households 30 present %i → quorum %s',
    (present, hhPresent, met) => {
      const q = quorum(
        'villagerGroupMeeting',
        { members: 90, present, households: 30, householdsPresent: hhPresent },
        params,
      );
      expect(q.met).toBe(met);
      expect(q.ruleId).toBe('VCOL-28-GROUP');
    },
  );

  it.each([
    [60, 30, false],
    [60, 31, true],
    [61, 30, false],
    [61, 31, true],
  ])('VCOL-28-GROUP present %i, yes %i → passed %s', (present, yes, passed) => {
    const d = decide('villagerGroupMeeting', tally(yes), { members: 90, present }, params);
    expect(d.passed).toBe(passed);
    expect(d.ruleId).toBe('VCOL-28-GROUP');
  });
});

describe('SIYI-PARTY-QUORUM: Party members’ meeting (present ≥ 2/3; yes ≥ 1/2 of members due)', () => {
  it.each([
    [19, false],
    [20, true],
    [21, true],
  ])('SIYI-PARTY-QUORUM members 30, present %i → quorum %s', (present, met) => {
    const q = quorum('partyMembersMeeting', { members: 30, present }, params);
    expect(q.met).toBe(met);
    expect(q.ruleId).toBe('SIYI-PARTY-QUORUM');
  });

  it.each([
    [14, false],
    [15, true], // a tie passes: 半数以上
    [16, true],
  ])('SIYI-PARTY-QUORUM members 30, present 20, yes %i → passed %s', (yes, passed) => {
    const d = decide(
      'partyMembersMeeting',
      tally(yes, 20 - yes),
      { members: 30, present: 20 },
      params,
    );
    expect(d).toEqual({
      passed,
      ruleId: 'SIYI-PARTY-QUORUM',
      base: 'membersDue',
      baseCount: 30,
      required: 15,
      yes,
      wording: { zh: '半数以上', en: 'at least half' },
    });
  });

  it('SIYI-PARTY-QUORUM a village charter may loosen the local rule: present ≥ 1/2 makes 15 of 30 quorate', () => {
    const { profile } = resolveProfile(
      NATIONAL_PROFILE,
      [
        {
          ruleId: 'SIYI-PARTY-QUORUM',
          params: { present: atLeast(1, 2) },
          adoptedOn: '2026-04-01',
        },
      ],
      calendarDate('2026-06-01'),
    );
    expect(quorum('partyMembersMeeting', { members: 30, present: 14 }, profile.params).met).toBe(
      false,
    );
    expect(quorum('partyMembersMeeting', { members: 30, present: 15 }, profile.params).met).toBe(
      true,
    );
  });
});

describe('COUNCIL-MEETING and JOINT-MEETING: > 1/2 present, > 1/2 of attendees', () => {
  it.each([
    ['villagersDeliberationCouncil', 'COUNCIL-MEETING', 9, 4, false],
    ['villagersDeliberationCouncil', 'COUNCIL-MEETING', 9, 5, true],
    ['villagersDeliberationCouncil', 'COUNCIL-MEETING', 9, 6, true],
    ['villagersDeliberationCouncil', 'COUNCIL-MEETING', 10, 5, false],
    ['villagersDeliberationCouncil', 'COUNCIL-MEETING', 10, 6, true],
    ['twoCommitteesJointMeeting', 'JOINT-MEETING', 8, 4, false],
    ['twoCommitteesJointMeeting', 'JOINT-MEETING', 8, 5, true],
    ['twoCommitteesJointMeeting', 'JOINT-MEETING', 8, 6, true],
    ['twoCommitteesJointMeeting', 'JOINT-MEETING', 7, 3, false],
    ['twoCommitteesJointMeeting', 'JOINT-MEETING', 7, 4, true],
  ] as const)(
    '%s (%s) members %i, present %i → quorum %s',
    (kind, ruleId, members, present, met) => {
      const q = quorum(kind, { members, present }, params);
      expect(q.met).toBe(met);
      expect(q.ruleId).toBe(ruleId);
    },
  );

  it.each([
    ['villagersDeliberationCouncil', 'COUNCIL-MEETING', 10, 5, false],
    ['villagersDeliberationCouncil', 'COUNCIL-MEETING', 10, 6, true],
    ['villagersDeliberationCouncil', 'COUNCIL-MEETING', 9, 4, false],
    ['villagersDeliberationCouncil', 'COUNCIL-MEETING', 9, 5, true],
    ['twoCommitteesJointMeeting', 'JOINT-MEETING', 7, 3, false],
    ['twoCommitteesJointMeeting', 'JOINT-MEETING', 7, 4, true],
    ['twoCommitteesJointMeeting', 'JOINT-MEETING', 7, 5, true],
    ['twoCommitteesJointMeeting', 'JOINT-MEETING', 8, 4, false],
  ] as const)('%s (%s) present %i, yes %i → passed %s', (kind, ruleId, present, yes, passed) => {
    const d = decide(kind, tally(yes), { members: 11, present }, params);
    expect(d.passed).toBe(passed);
    expect(d.ruleId).toBe(ruleId);
    expect(d.base).toBe('attendees');
  });
});

describe('what people are told', () => {
  it('VCOL-26-QUORUM no quorum names the path and how many are missing', () => {
    const on = calendarDate('2026-11-21');
    const q = quorum('representativesMeeting', { members: 30, present: 19 }, params);
    expect(noQuorumFinding('representativesMeeting', q, on)).toEqual(
      finding(on, 'VCOL-26-QUORUM', 'no_quorum', {
        basis: '到会 19 / 应到 30 人，须三分之二以上（20 人），还差 1 人',
        missing: 1,
      }),
    );
    expect(noQuorumFinding('representativesMeeting', q, on, 'en').params.basis).toBe(
      '19 present of 30, at least 2/3 needed (20), 1 more needed',
    );
  });

  it('VCOL-22-QUORUM no quorum names both paths, adults and households, with what each lacks', () => {
    const on = calendarDate('2025-12-31');
    const q = quorum(
      'villagersAssembly',
      { members: 1000, present: 300, households: 300, householdsPresent: 190 },
      params,
    );
    expect(noQuorumFinding('villagersAssembly', q, on)).toEqual(
      finding(on, 'VCOL-22-QUORUM', 'no_quorum', {
        basis:
          '到会 300 / 应到 1000 人，须过半数（501 人），还差 201 人；按户计：到会户 190 / 应到 300 户，须三分之二以上（200 户），还差 10 户',
        missing: 10,
      }),
    );
    expect(describePath(q.paths[1]!, 'en')).toBe(
      '190 households of 300, at least 2/3 needed (200)',
    );
  });

  it('VCOL-22-DECISION describes a decision in both languages', () => {
    const d = decide('villagersAssembly', tally(301), { members: 1000, present: 600 }, params);
    expect(describeDecision(d, 'zh-CN')).toBe(
      '赞成 301 票，须获到会人员 600 人的过半数赞成（301 票）：通过',
    );
    expect(describeDecision(d, 'en')).toBe(
      '301 in favour; more than half of 600 attendees needed (301): passed',
    );
  });

  it('SIYI-PARTY-QUORUM describes a decision on members due', () => {
    const d = decide('partyMembersMeeting', tally(14), { members: 30, present: 20 }, params);
    expect(describeDecision(d, 'zh-CN')).toBe(
      '赞成 14 票，须获应到会人员 30 人的半数以上赞成（15 票）：未通过',
    );
  });
});
