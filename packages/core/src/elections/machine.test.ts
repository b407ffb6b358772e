import { describe, expect, it } from 'vitest';
import { resolveProfile, type RuleParams } from '../rules/profile.ts';
import type { EcMember } from './committee.ts';
import { countRound } from './count.ts';
import {
  applyElectionAct,
  applyElectionActOrThrow,
  newElection,
  type ElectionAct,
  type ElectionRecord,
} from './machine.ts';
import { standing } from './result.ts';
import { d, otherProvince, post, times, zj } from './testing.ts';

const EC: EcMember[] = [
  { personId: 'e1', name: '甲', seat: 'chair', rank: 1 },
  { personId: 'e2', name: '乙', seat: 'member', rank: 2 },
  { personId: 'e3', name: '丙', seat: 'member', rank: 3 },
];

/** Four elected members of the committee, with or without a woman. */
const seated = (woman: boolean) => ({
  seated: ['A', 'B', 'C', 'D'].map((id, i) => ({
    personId: id,
    name: id,
    gender: woman && i === 3 ? ('female' as const) : ('male' as const),
    role: i === 0 ? 'chair' : 'member',
    qualifications: i === 1 ? ['accounting'] : [],
  })),
  context: {
    committeeMembers: [],
    kin: [],
    closeRelativeOnCommittee: new Map<string, string>(),
    partySecretaryId: null,
    termEndsOn: null,
    committeeTermEndsOn: null,
    households: 300,
  },
});

/** Applies acts that must pass, each with the profile of its own day. */
function run(record: ElectionRecord, acts: ElectionAct[], params: (on: string) => RuleParams) {
  let r = record;
  for (const act of acts) r = applyElectionActOrThrow(r, act, params(act.on)).record;
  return r;
}

function refusal(record: ElectionRecord, act: ElectionAct, p: RuleParams) {
  const out = applyElectionAct(record, act, p);
  if (out.ok) throw new Error(`expected ${act.step} to be refused`);
  return out;
}

describe('the villagers’ committee election of 2026, Zhejiang', () => {
  const chair = post('chair', 1, ['A', 'B']);
  const member = post('member', 2, ['C', 'D', 'E']);
  const notice = {
    step: 'publishPollingNotice' as const,
    on: d('2026-03-15'),
    tellers: [],
    candidates: [],
    relations: [],
  };
  const poll = (on: string) => ({
    step: 'openPolling' as const,
    on: d(on),
    secretBoothRecorded: true,
    departureAuditPublished: true,
    mobileBoxes: [{ townshipApproved: true, listsPublished: true, scrutineers: 3 }],
  });
  const opened = run(
    newElection('villagersCommittee'),
    [
      { step: 'chooseCommittee', on: d('2026-01-20'), members: EC, kin: [] },
      { step: 'adoptRules', on: d('2026-02-02'), electionDay: d('2026-03-20') },
    ],
    zj,
  );

  it('rules with a polling day the roll cannot precede by 20 days are refused', () => {
    const r = run(
      newElection('villagersCommittee'),
      [{ step: 'chooseCommittee', on: d('2026-01-20'), members: EC, kin: [] }],
      zj,
    );
    const out = refusal(
      r,
      { step: 'adoptRules', on: d('2026-02-02'), electionDay: d('2026-02-20') },
      zj('2026-02-02'),
    );
    expect(out.refusal.ruleId).toBe('VCOL-14-LIST');
  });

  it('a roll 19 days ahead is refused with the article of 2026 in words; 20 days passes', () => {
    const out = refusal(opened, { step: 'publishRoll', on: d('2026-03-01') }, zj('2026-03-01'));
    expect(out.message.zh).toBe(
      '“公布选民名单”应当在选举日的 20 日前进行：选举日为 2026年3月20日，最迟 2026年2月28日，现为 2026年3月1日（《中华人民共和国村民委员会组织法》第十七条第一款）',
    );
    expect(
      applyElectionAct(opened, { step: 'publishRoll', on: d('2026-02-28') }, zj('2026-02-28')).ok,
    ).toBe(true);
  });

  it('steps out of order or dated before the last one are refused', () => {
    const early = refusal(
      opened,
      { step: 'publishCandidates', on: d('2026-03-10'), posts: [chair, member] },
      zj('2026-03-10'),
    );
    expect(early.refusal.code).toBe('election_step_order');
    expect(early.message.zh).toContain('必须先完成“提名推荐候选人”，才能进行“公布正式候选人名单”');
    expect(early.message.en).toContain(
      'Complete "nominating candidates" before "publishing the candidate list"',
    );
    const backdated = refusal(
      opened,
      { step: 'publishRoll', on: d('2026-01-30') },
      zj('2026-01-30'),
    );
    expect(backdated.refusal.code).toBe('election_step_date');
    const again = refusal(
      opened,
      { step: 'chooseCommittee', on: d('2026-02-03'), members: EC, kin: [] },
      zj('2026-02-03'),
    );
    expect(again.message.zh).toBe(
      '该选举已经完成“推选村民选举委员会”，不能再进行“推选村民选举委员会”（《村民委员会选举规程》（村民选举委员会））',
    );
  });

  const published = run(opened, [{ step: 'publishRoll', on: d('2026-02-27') }], zj);

  it('objections: within five days of the roll; a late decision is recorded as a breach', () => {
    expect(
      refusal(published, { step: 'fileObjection', on: d('2026-03-05') }, zj('2026-03-05')).refusal
        .ruleId,
    ).toBe('VCOL-14-APPEAL');
    const filed = run(published, [{ step: 'fileObjection', on: d('2026-03-04') }], zj);
    expect(filed.openObjections).toBe(1);
    // received Wednesday 2026-03-04: three days end Saturday, so Monday 2026-03-09
    const inTime = applyElectionActOrThrow(
      filed,
      { step: 'decideObjection', on: d('2026-03-09'), receivedOn: d('2026-03-04') },
      zj('2026-03-09'),
    );
    expect(inTime.findings).toEqual([]);
    const late = applyElectionActOrThrow(
      filed,
      { step: 'decideObjection', on: d('2026-03-10'), receivedOn: d('2026-03-04') },
      zj('2026-03-10'),
    );
    expect(late.findings.map((f) => f.code)).toEqual(['election_period_over']);
    expect(late.record.openObjections).toBe(0);
  });

  const nominating = run(published, [{ step: 'openNominations', on: d('2026-03-05') }], zj);

  it('the list: five days ahead and 差额 on every post', () => {
    expect(
      refusal(
        nominating,
        { step: 'publishCandidates', on: d('2026-03-16'), posts: [chair, member] },
        zj('2026-03-16'),
      ).refusal.ruleId,
    ).toBe('ZJ-18-CAND-LIST');
    const few = refusal(
      nominating,
      {
        step: 'publishCandidates',
        on: d('2026-03-15'),
        posts: [chair, post('member', 2, ['C', 'D'])],
      },
      zj('2026-03-15'),
    );
    expect(few.refusal.code).toBe('surplus_short');
    expect(few.message.zh).toContain('第十八条第一款');
  });

  const listed = run(
    nominating,
    [{ step: 'publishCandidates', on: d('2026-03-15'), posts: [chair, member] }],
    zj,
  );

  it('tellers: a candidate’s spouse may not count', () => {
    const out = refusal(
      listed,
      {
        ...notice,
        tellers: [{ personId: 't', name: '丁', role: 'counter' }],
        candidates: [{ personId: 'C', name: 'C' }],
        relations: [{ tellerId: 't', candidateId: 'C', relation: 'spouse' }],
      },
      zj('2026-03-15'),
    );
    expect(out.message.zh).toBe(
      '丁 是候选人 C 的配偶，不得担任计票人（《浙江省村民委员会选举办法》第二十二条）',
    );
  });

  const noticed = run(listed, [notice], zj);
  const withdraw = (on: string) => ({
    step: 'withdrawCandidate' as const,
    on: d(on),
    postId: 'member',
    personId: 'E',
    name: 'E',
    written: true,
  });

  it('a withdrawal three days ahead takes the next nominee; with none, polling waits for the 差额', () => {
    const filled = applyElectionActOrThrow(
      noticed,
      { ...withdraw('2026-03-17'), fillWith: 'F' },
      zj('2026-03-17'),
    );
    expect(filled.findings).toEqual([]);
    expect(filled.record.posts[1]!.candidates).toEqual(['C', 'D', 'F']);
    const short = applyElectionActOrThrow(
      noticed,
      { ...withdraw('2026-03-17'), fillWith: null },
      zj('2026-03-17'),
    );
    expect(short.findings.map((f) => f.code)).toEqual(['surplus_short']);
    expect(refusal(short.record, poll('2026-03-20'), zj('2026-03-20')).refusal.code).toBe(
      'surplus_short',
    );
  });

  it('polling: on the day, with the booth, after the departure audit; withdrawal three days ahead', () => {
    expect(
      refusal(noticed, { ...withdraw('2026-03-18'), fillWith: null }, zj('2026-03-18')).refusal
        .code,
    ).toBe('election_days_before');
    expect(refusal(noticed, poll('2026-03-19'), zj('2026-03-19')).refusal.code).toBe(
      'election_wrong_day',
    );
    expect(
      refusal(noticed, { ...poll('2026-03-20'), secretBoothRecorded: false }, zj('2026-03-20'))
        .refusal.code,
    ).toBe('secret_booth_missing');
    const audit = refusal(
      noticed,
      { ...poll('2026-03-20'), departureAuditPublished: false },
      zj('2026-03-20'),
    );
    expect(audit.message.zh).toContain('《中华人民共和国村民委员会组织法》第四十条第二款');
    const box = refusal(
      noticed,
      {
        ...poll('2026-03-20'),
        mobileBoxes: [{ townshipApproved: true, listsPublished: true, scrutineers: 2 }],
      },
      zj('2026-03-20'),
    );
    expect(box.refusal.ruleId).toBe('ZJ-24-MOBILE-BOX');
  });

  const first = countRound(
    {
      on: d('2026-03-20'),
      kind: 'first',
      registered: 1000,
      voted: 801,
      posts: [chair, member],
      ballots: [
        ...times(400, { chair: ['A'], member: ['C', 'D'] }),
        { chair: ['A'], member: ['C'] },
        ...times(350, { chair: ['B'], member: ['C', 'E'] }),
        ...times(50, {}),
      ],
    },
    zj('2026-03-20'),
  );
  const counted = run(
    noticed,
    [
      poll('2026-03-20'),
      { step: 'count', on: d('2026-03-20'), posts: [chair, member], result: first },
    ],
    zj,
  );

  it('the count: A chair (401 of 801), C member; one member seat open for the runoff', () => {
    const s = standing(counted.posts, counted.rounds);
    expect(s.posts.map((p) => p.elected.map((e) => e.id))).toEqual([['A'], ['C']]);
    expect(s.next).toMatchObject({
      kind: 'runoff',
      posts: [{ id: 'member', seats: 1, candidates: ['D', 'E'] }],
    });
    expect(
      refusal(counted, { step: 'certify', on: d('2026-03-20'), ...seated(true) }, zj('2026-03-20'))
        .refusal.ruleId,
    ).toBe('VCOL-15-RUNOFF');
  });

  it.each([
    ['2026-04-20', true],
    ['2026-04-21', false],
  ])(
    'ZJ-RUNOFF-WINDOW: a runoff on %s (thirty days end Sunday 04-19, so Monday) → %s',
    (on, ok) => {
      const out = applyElectionAct(
        counted,
        { step: 'scheduleRunoff', on: d('2026-03-20'), pollingOn: d(on) },
        zj('2026-03-20'),
      );
      expect(out.ok).toBe(ok);
    },
  );

  const runoffPosts = standing(counted.posts, counted.rounds).next!.posts;
  const runoffRound = (votesForD: number) =>
    countRound(
      {
        on: d('2026-04-20'),
        kind: 'runoff',
        registered: 1000,
        voted: 700,
        posts: standing(counted.posts, counted.rounds).next!.posts,
        ballots: [
          ...times(votesForD, { member: ['D'] }),
          ...times(200, { member: ['E'] }),
          ...times(500 - votesForD, {}),
        ],
      },
      zj('2026-04-20'),
    );
  const afterRunoff = run(
    counted,
    [
      { step: 'scheduleRunoff', on: d('2026-03-20'), pollingOn: d('2026-04-20') },
      poll('2026-04-20'),
      { step: 'count', on: d('2026-04-20'), posts: runoffPosts, result: runoffRound(234) },
    ],
    zj,
  );

  it('certified only with a woman seated, announced the next day at the latest', () => {
    expect(
      standing(afterRunoff.posts, afterRunoff.rounds).posts[1]!.elected.map((e) => e.id),
    ).toEqual(['C', 'D']);
    const noWoman = refusal(
      afterRunoff,
      { step: 'certify', on: d('2026-04-21'), ...seated(false) },
      zj('2026-04-21'),
    );
    expect(noWoman.refusal).toMatchObject({ ruleId: 'VCOL-06-SIZE', code: 'committee_women' });
    expect(noWoman.message.zh).toBe(
      '村民委员会应当有妇女成员，现有 0 名（《中华人民共和国村民委员会组织法》第八条）',
    );
    expect(
      applyElectionActOrThrow(
        afterRunoff,
        { step: 'certify', on: d('2026-04-21'), ...seated(true) },
        zj('2026-04-21'),
      ).findings,
    ).toEqual([]);
    const late = applyElectionActOrThrow(
      afterRunoff,
      { step: 'certify', on: d('2026-04-22'), ...seated(true) },
      zj('2026-04-22'),
    );
    expect(late.findings.map((f) => f.ruleId)).toEqual(['ZJ-32-ANNOUNCE']);
  });

  it('the women’s runoff once no other round is due: within the runoff window, then counted as its own kind', () => {
    const women = { ...member, seats: 1, candidates: ['E', 'W'] };
    const schedule = (pollingOn: string, w?: typeof women) =>
      applyElectionAct(
        afterRunoff,
        { step: 'scheduleRunoff', on: d('2026-04-20'), pollingOn: d(pollingOn), women: w },
        zj('2026-04-20'),
      );
    expect(schedule('2026-04-20').ok).toBe(false);
    expect(schedule('2026-04-20', women).ok).toBe(true);
    expect(schedule('2026-04-21', women).ok).toBe(false);
    // while a runoff is still due, the women's runoff waits
    expect(
      applyElectionAct(
        counted,
        { step: 'scheduleRunoff', on: d('2026-03-20'), pollingOn: d('2026-03-20'), women },
        zj('2026-03-20'),
      ).ok,
    ).toBe(false);
    const scheduled = run(
      afterRunoff,
      [
        { step: 'scheduleRunoff', on: d('2026-04-20'), pollingOn: d('2026-04-20'), women },
        poll('2026-04-20'),
      ],
      zj,
    );
    const ballots = [...times(300, { member: ['W'] }), ...times(200, { member: ['E'] })];
    const asRunoff = countRound(
      {
        on: d('2026-04-20'),
        kind: 'runoff',
        registered: 1000,
        voted: 600,
        posts: [women],
        ballots,
      },
      zj('2026-04-20'),
    );
    expect(
      refusal(
        scheduled,
        { step: 'count', on: d('2026-04-20'), posts: [women], result: asRunoff },
        zj('2026-04-20'),
      ).refusal.code,
    ).toBe('election_round_mismatch');
    const done = run(
      scheduled,
      [
        {
          step: 'count',
          on: d('2026-04-20'),
          posts: [women],
          result: { ...asRunoff, kind: 'women' },
        },
      ],
      zj,
    );
    expect(done.womenRound).toBeNull();
    expect(standing(done.posts, done.rounds).posts[1]!.elected.map((e) => e.id)).toEqual([
      'C',
      'W',
    ]);
  });

  it('the handover within ten days (the tenth in the May Day holiday → 05-06); then the committee’s work ends', () => {
    const certified = run(
      afterRunoff,
      [{ step: 'certify', on: d('2026-04-21'), ...seated(true) }],
      zj,
    );
    const inTime = applyElectionActOrThrow(
      certified,
      { step: 'handover', on: d('2026-05-06') },
      zj('2026-05-06'),
    );
    expect(inTime.findings).toEqual([]);
    const late = applyElectionActOrThrow(
      certified,
      { step: 'handover', on: d('2026-05-07') },
      zj('2026-05-07'),
    );
    expect(late.findings.map((f) => f.ruleId)).toEqual(['VCOL-20-HANDOVER']);
    const after = refusal(
      late.record,
      { step: 'publishRoll', on: d('2026-05-08') },
      zj('2026-05-08'),
    );
    expect(after.message.zh).toBe(
      '村民选举委员会的职责已于 2026年5月7日 工作移交完成时终止（《中华人民共和国村民委员会组织法》第二十四条）',
    );
  });

  it('a runoff short of a third of the ballots cast leaves the seat vacant; the result still certifies', () => {
    const vacant = run(
      counted,
      [
        { step: 'scheduleRunoff', on: d('2026-03-20'), pollingOn: d('2026-03-20') },
        poll('2026-03-20'),
        { step: 'count', on: d('2026-03-20'), posts: runoffPosts, result: runoffRound(233) },
      ],
      zj,
    );
    expect(standing(vacant.posts, vacant.rounds).posts[1]).toMatchObject({
      open: 1,
      runoffHeld: true,
    });
    expect(
      applyElectionAct(
        vacant,
        { step: 'certify', on: d('2026-03-20'), ...seated(true) },
        zj('2026-03-20'),
      ).ok,
    ).toBe(true);
  });

  it('a void first round cannot be certified', () => {
    const voidRound = countRound(
      {
        on: d('2026-03-20'),
        kind: 'first',
        registered: 1000,
        voted: 500,
        posts: [chair, member],
        ballots: times(500, {}),
      },
      zj('2026-03-20'),
    );
    const r = run(
      noticed,
      [
        poll('2026-03-20'),
        { step: 'count', on: d('2026-03-20'), posts: [chair, member], result: voidRound },
      ],
      zj,
    );
    expect(
      refusal(r, { step: 'certify', on: d('2026-03-20'), ...seated(true) }, zj('2026-03-20'))
        .refusal.code,
    ).toBe('result_invalid');
  });

  describe('a void first round is held again with the same list (VCOL-15-VALID)', () => {
    const voidFirst = (voted: number) =>
      countRound(
        {
          on: d('2026-03-20'),
          kind: 'first',
          registered: 1000,
          voted,
          posts: [chair, member],
          ballots: times(voted, { chair: ['A'], member: ['C', 'D'] }),
        },
        zj('2026-03-20'),
      );
    const counted = (voted: number) =>
      run(
        noticed,
        [
          poll('2026-03-20'),
          { step: 'count', on: d('2026-03-20'), posts: [chair, member], result: voidFirst(voted) },
        ],
        zj,
      );
    const rehold = (on: string, pollingOn: string) =>
      applyElectionAct(
        counted(500),
        { step: 'scheduleRunoff', on: d(on), pollingOn: d(pollingOn) },
        zj(on),
      );

    it('500 of 1,000 voting is void and calls the first round again; 501 is valid', () => {
      expect(standing(counted(500).posts, counted(500).rounds).next).toEqual({
        kind: 'first',
        posts: [chair, member],
      });
      expect(standing(counted(501).posts, counted(501).rounds).next).toBeNull();
    });

    it.each([
      ['2026-03-24', false],
      ['2026-03-25', true],
      ['2026-03-26', true],
    ])(
      'the new polling day published five days ahead: noticed on 03-20 for %s → %s',
      (pollingOn, ok) => {
        const out = rehold('2026-03-20', pollingOn);
        expect(out.ok).toBe(ok);
        if (!out.ok)
          expect(out.message.zh).toBe(
            '“选举无效后重新投票”应当在选举日的 5 日前进行：选举日为 2026年3月24日，最迟 2026年3月19日，现为 2026年3月20日（《浙江省村民委员会选举办法》第二十二条）',
          );
      },
    );

    it.each([
      ['2026-04-19', true],
      ['2026-04-20', true],
      ['2026-04-21', false],
    ])(
      'within the runoff window from the void poll (the thirtieth day a Sunday → Monday 04-20): %s → %s',
      (pollingOn, ok) => expect(rehold('2026-03-20', pollingOn).ok).toBe(ok),
    );

    it('polls, counts and certifies as a first round', () => {
      const again = run(
        counted(500),
        [
          { step: 'scheduleRunoff', on: d('2026-03-21'), pollingOn: d('2026-04-10') },
          poll('2026-04-10'),
        ],
        zj,
      );
      expect(again.pollingOn).toBe('2026-04-10');
      expect(refusal(counted(500), poll('2026-04-10'), zj('2026-04-10')).refusal.code).toBe(
        'election_step_order',
      );
      const valid = countRound(
        {
          on: d('2026-04-10'),
          kind: 'first',
          registered: 1000,
          voted: 600,
          posts: [chair, member],
          ballots: times(600, { chair: ['A'], member: ['C', 'D'] }),
        },
        zj('2026-04-10'),
      );
      const done = run(
        again,
        [{ step: 'count', on: d('2026-04-10'), posts: [chair, member], result: valid }],
        zj,
      );
      expect(standing(done.posts, done.rounds).next).toBeNull();
      expect(
        applyElectionAct(
          done,
          { step: 'certify', on: d('2026-04-10'), ...seated(true) },
          zj('2026-04-10'),
        ).ok,
      ).toBe(true);
    });
  });
});

describe('an election of 2025 is judged by the 2018 text', () => {
  it('a late roll cites Art. 14 of 2018', () => {
    const r = run(
      newElection('villagersCommittee'),
      [
        { step: 'chooseCommittee', on: d('2025-10-10'), members: EC, kin: [] },
        { step: 'adoptRules', on: d('2025-10-20'), electionDay: d('2025-12-20') },
      ],
      zj,
    );
    const out = refusal(r, { step: 'publishRoll', on: d('2025-12-01') }, zj('2025-12-01'));
    expect(out.message.zh).toContain('（《中华人民共和国村民委员会组织法》第十四条第一款）');
  });
});

describe('seed 002: the supervision committee elected by the 78 representatives (2008)', () => {
  /** The community’s rules: 20% more candidates, the list published 3 (or 7) days ahead. */
  const seedRules = (days: number) => (on: string) =>
    resolveProfile(
      otherProvince(days),
      [
        {
          ruleId: 'VCOL-15-SURPLUS',
          params: { multiSeatMinExtraPercent: 20 },
          adoptedOn: '2008-09-28',
        },
      ],
      d(on),
    ).profile.params;
  const seats = post('supervision', 7, ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9']);
  const toList = [
    { step: 'chooseCommittee' as const, on: d('2008-09-15'), members: EC, kin: [] },
    { step: 'adoptRules' as const, on: d('2008-09-28'), electionDay: d('2008-10-31') },
    { step: 'publishRoll' as const, on: d('2008-10-20') },
    { step: 'openNominations' as const, on: d('2008-10-24') },
    {
      step: 'publishPollingNotice' as const,
      on: d('2008-10-24'),
      tellers: [],
      candidates: [],
      relations: [],
    },
  ];

  it.each([
    [3, true],
    [7, false],
  ])(
    'the list of 9 for 7 seats on 10-27, four days ahead, with %i-day publicity → %s',
    (days, ok) => {
      const r = run(
        newElection('supervisionCommittee', 'representatives'),
        toList,
        seedRules(days),
      );
      const out = applyElectionAct(
        r,
        { step: 'publishCandidates', on: d('2008-10-27'), posts: [seats] },
        seedRules(days)('2008-10-27'),
      );
      expect(out.ok).toBe(ok);
      if (!out.ok)
        expect(out.message.zh).toContain('《浙江省村民委员会选举办法》第十八条、第十九条');
    },
  );

  it('eight candidates for seven seats fall short of the 20% surplus', () => {
    const r = run(newElection('supervisionCommittee', 'representatives'), toList, seedRules(3));
    const eight = post('supervision', 7, ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8']);
    expect(
      refusal(
        r,
        { step: 'publishCandidates', on: d('2008-10-27'), posts: [eight] },
        seedRules(3)('2008-10-27'),
      ).refusal.code,
    ).toBe('surplus_short');
  });

  it('the representatives elect seven by secret ballot and public count', () => {
    const six = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6'];
    const result = countRound(
      {
        on: d('2008-10-31'),
        kind: 'first',
        registered: 78,
        voted: 76,
        posts: [seats],
        ballots: [
          ...times(40, { supervision: [...six, 'S7'] }),
          ...times(20, { supervision: [...six, 'S8'] }),
          ...times(16, { supervision: [...six, 'S9'] }),
        ],
      },
      seedRules(3)('2008-10-31'),
    );
    const r = run(
      newElection('supervisionCommittee', 'representatives'),
      [
        ...toList,
        { step: 'publishCandidates', on: d('2008-10-27'), posts: [seats] },
        {
          step: 'openPolling',
          on: d('2008-10-31'),
          secretBoothRecorded: true,
          departureAuditPublished: null,
          mobileBoxes: [],
        },
        { step: 'count', on: d('2008-10-31'), posts: [seats], result },
        { step: 'certify', on: d('2008-10-31'), ...seated(false) },
      ],
      seedRules(3),
    );
    expect(r.stage).toBe('certified');
    expect(standing(r.posts, r.rounds).posts[0]!.elected.map((e) => e.id)).toEqual([...six, 'S7']);
  });
});

describe('VCOL-12-EC-WITHDRAW in the flow: no candidate, nor (from 2026) a candidate’s near relative, on the committee', () => {
  const chair = post('chair', 1, ['e2', 'B']);
  const member = post('member', 2, ['C', 'D', 'E']);
  const reserve: EcMember = { personId: 'r1', name: '丁', seat: 'member', rank: 4 };
  const upToList = (year: '2025' | '2026') => {
    const p = (on: string) => zj(on);
    return run(
      newElection('villagersCommittee'),
      [
        {
          step: 'chooseCommittee',
          on: d(`${year}-01-20`),
          members: EC,
          reserves: [reserve],
          kin: [],
        },
        { step: 'adoptRules', on: d(`${year}-02-02`), electionDay: d(`${year}-03-20`) },
        { step: 'publishRoll', on: d(`${year}-02-27`) },
        { step: 'openNominations', on: d(`${year}-03-05`) },
      ],
      p,
    );
  };

  it('a member nominated must leave before the list; the reserve takes the seat', () => {
    const r = upToList('2026');
    const list = {
      step: 'publishCandidates' as const,
      on: d('2026-03-14'),
      posts: [chair, member],
    };
    const out = refusal(r, list, zj('2026-03-14'));
    expect(out.message.zh).toBe(
      '村民选举委员会成员 乙 被提名为候选人，应当退出村民选举委员会（《中华人民共和国村民委员会组织法》第十五条第三款）',
    );
    const left = applyElectionActOrThrow(
      r,
      {
        step: 'withdrawFromCommittee',
        on: d('2026-03-10'),
        nominees: [{ personId: 'e2', name: '乙', relativesOnCommittee: new Set() }],
      },
      zj('2026-03-10'),
    );
    expect(left.record.committee.members.map((m) => m.personId)).toEqual(['e1', 'e3', 'r1']);
    expect(left.findings.map((f) => f.code)).toEqual(['ec_withdraw_nominated']);
    expect(applyElectionAct(left.record, list, zj('2026-03-14')).ok).toBe(true);
  });

  it.each([
    ['2025', true],
    ['2026', false],
  ] as const)(
    'a candidate’s near relative on the committee in %s → list accepted %s',
    (year, ok) => {
      const r = upToList(year);
      const list = {
        step: 'publishCandidates' as const,
        on: d(`${year}-03-14`),
        posts: [post('chair', 1, ['A', 'B']), member],
        committeeTies: [{ memberId: 'e3', candidateId: 'A', candidateName: '甲候选人' }],
      };
      expect(applyElectionAct(r, list, zj(`${year}-03-14`)).ok).toBe(ok);
    },
  );
});

describe('the count must be of the round the election is at', () => {
  it('a runoff counted as if it were the first round is refused', () => {
    const chair = post('chair', 1, ['A', 'B']);
    const r = run(
      newElection('villagersCommittee'),
      [
        { step: 'chooseCommittee', on: d('2026-01-20'), members: EC, kin: [] },
        { step: 'adoptRules', on: d('2026-02-02'), electionDay: d('2026-03-20') },
        { step: 'publishRoll', on: d('2026-02-27') },
        { step: 'openNominations', on: d('2026-03-05') },
        { step: 'publishCandidates', on: d('2026-03-14'), posts: [chair] },
        {
          step: 'publishPollingNotice',
          on: d('2026-03-14'),
          tellers: [],
          candidates: [],
          relations: [],
        },
        {
          step: 'openPolling',
          on: d('2026-03-20'),
          secretBoothRecorded: true,
          departureAuditPublished: true,
          mobileBoxes: [],
        },
      ],
      zj,
    );
    const wrong = post('chair', 1, ['A', 'X']);
    const result = countRound(
      {
        on: d('2026-03-20'),
        kind: 'first',
        registered: 10,
        voted: 8,
        posts: [wrong],
        ballots: times(8, { chair: ['A'] }),
      },
      zj('2026-03-20'),
    );
    const out = refusal(
      r,
      { step: 'count', on: d('2026-03-20'), posts: [wrong], result },
      zj('2026-03-20'),
    );
    expect(out.message.zh).toContain(
      '本轮计票的职位、应选名额或候选人与选举进程不符：本轮应为“公开计票”',
    );
  });
});
