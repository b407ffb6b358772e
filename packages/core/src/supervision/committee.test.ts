import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import { findingWithCitation } from '../rules/findings.ts';
import { NATIONAL_PROFILE, profileParams, resolveProfile } from '../rules/profile.ts';
import { STRICT_MAJORITY } from '../rules/threshold.ts';
import { committeeVote, motionOutcome, type VoteChoice } from './committee.ts';

const ON = calendarDate('2026-11-21');
const params = profileParams(NATIONAL_PROFILE, '2025-10-28');

/**
 * Seed 002's committee votes 委员票决制: 须半数以上委员到场方可进行，…须经半数以上委员
 * 投票通过. 半数以上 includes half itself (RULES.md §0.2), and the base is all
 * members both times. Required figures worked out by hand.
 */
describe('SEED002-SUPERVISION: the supervision committee acts and carries by its members', () => {
  it.each([
    // members, present, yes → quorum, carried
    // 7 members (seed 002): 4 present to act, 4 in favour to carry
    [7, 3, 3, false, false],
    [7, 4, 3, true, false],
    [7, 4, 4, true, true],
    [7, 5, 5, true, true],
    [7, 7, 3, true, false],
    // 6 members: half is 3, and 以上 includes it
    [6, 2, 2, false, false],
    [6, 3, 2, true, false],
    [6, 3, 3, true, true],
    [6, 4, 4, true, true],
    // 5 members: 3 and 3
    [5, 2, 2, false, false],
    [5, 3, 3, true, true],
    [5, 5, 2, true, false],
    [0, 0, 0, false, false],
  ])('%i members, %i present, %i yes → quorum %s, carried %s', (members, present, yes, q, c) => {
    const out = committeeVote({ members, present, yes }, ON, params);
    expect(out.quorum).toBe(q);
    expect(out.carried).toBe(c);
  });

  it('names what is missing, with the rule in words', () => {
    const noQuorum = committeeVote({ members: 7, present: 3, yes: 3 }, ON, params);
    expect(noQuorum.finding?.code).toBe('supervision_no_quorum');
    expect(findingWithCitation(noQuorum.finding!, 'zh-CN')).toContain('须 4 人');
    const lost = committeeVote({ members: 7, present: 6, yes: 3 }, ON, params);
    expect(lost.finding?.code).toBe('supervision_not_carried');
    expect(lost.requiredYes).toBe(4);
  });

  it('uses the thresholds of the charter (过半数: a tie of 6 no longer acts)', () => {
    const { profile } = resolveProfile(
      NATIONAL_PROFILE,
      [
        {
          ruleId: 'SEED002-SUPERVISION',
          params: { present: STRICT_MAJORITY, yes: STRICT_MAJORITY },
          adoptedOn: '2026-01-10',
        },
      ],
      ON,
    );
    expect(committeeVote({ members: 6, present: 3, yes: 3 }, ON, profile.params).quorum).toBe(
      false,
    );
    expect(committeeVote({ members: 6, present: 4, yes: 3 }, ON, profile.params).carried).toBe(
      false,
    );
    expect(committeeVote({ members: 6, present: 4, yes: 4 }, ON, profile.params).carried).toBe(
      true,
    );
  });
});

const M = ['a', 'b', 'c', 'd', 'e', 'f', 'g']; // seed 002: seven members
const votes = (yes: number, no = 0, abstain = 0) =>
  [
    ...Array<VoteChoice>(yes).fill('yes'),
    ...Array<VoteChoice>(no).fill('no'),
    ...Array<VoteChoice>(abstain).fill('abstain'),
  ].map((choice, i) => ({ personId: M[i]!, choice }));
const CLOSES = calendarDate('2026-11-23');

describe('SEED002-SUPERVISION: a motion at a sitting', () => {
  it.each([
    // attendance, yes, no → status (7 members: 4 to act, 4 to carry)
    [3, 3, 0, 'lapsed'],
    [4, 3, 1, 'failed'],
    [4, 4, 0, 'carried'],
    [5, 4, 1, 'carried'],
    [7, 3, 4, 'failed'],
  ] as const)('in person: %i present, %i yes, %i no → %s', (present, yes, no, status) => {
    const out = motionOutcome(
      {
        mode: 'inPerson',
        members: M,
        attendance: M.slice(0, present),
        votes: votes(yes, no),
        closesOn: null,
      },
      ON,
      params,
    );
    expect(out.status).toBe(status);
    expect(out.count.present).toBe(present);
  });

  it('in person counts only the votes of members recorded present, and only serving members', () => {
    const out = motionOutcome(
      {
        mode: 'inPerson',
        members: M,
        attendance: ['a', 'b', 'c', 'd', 'x'],
        votes: [...votes(4), { personId: 'e', choice: 'yes' }, { personId: 'x', choice: 'yes' }],
        closesOn: null,
      },
      ON,
      params,
    );
    expect(out.count).toMatchObject({ members: 7, present: 4, yes: 4 });
    expect(out.status).toBe('carried');
  });

  it.each([
    // yes, no, abstain, today after the window? → status
    [3, 0, 0, false, 'open'],
    [4, 0, 0, false, 'carried'],
    [3, 1, 0, false, 'open'],
    [3, 3, 0, false, 'open'], // quorum, and the seventh vote could still carry it
    [3, 4, 0, false, 'failed'], // 3 + 0 left < 4
    [2, 2, 1, false, 'open'],
    [3, 3, 1, false, 'failed'], // everyone voted
    [3, 0, 0, true, 'lapsed'], // window over with 3 of 7 taking part
    [3, 1, 0, true, 'failed'], // window over, 4 took part, 3 in favour
  ] as const)(
    'remote: %i yes, %i no, %i abstain, window over %s → %s',
    (yes, no, abstain, over, status) => {
      const today = over ? calendarDate('2026-11-24') : CLOSES;
      const out = motionOutcome(
        {
          mode: 'remote',
          members: M,
          attendance: [],
          votes: votes(yes, no, abstain),
          closesOn: CLOSES,
        },
        today,
        params,
      );
      expect(out.status).toBe(status);
    },
  );

  it('the chair alone never carries a motion', () => {
    const out = motionOutcome(
      { mode: 'remote', members: M, attendance: [], votes: votes(1), closesOn: CLOSES },
      calendarDate('2026-11-24'),
      params,
    );
    expect(out.status).toBe('lapsed');
    expect(out.finding?.code).toBe('supervision_no_quorum');
  });
});
