import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import { findingWithCitation } from '../rules/findings.ts';
import { NATIONAL_PROFILE, profileParams, resolveProfile } from '../rules/profile.ts';
import { STRICT_MAJORITY } from '../rules/threshold.ts';
import { checkRelease, committeeVote } from './holds.ts';

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

  it('releases only after the inspection, by resolution, or by vote where the profile allows', () => {
    expect(checkRelease({ inspectedOn: null }, { kind: 'resolution' }, ON, params)?.code).toBe(
      'hold_not_inspected',
    );
    const inspected = { inspectedOn: calendarDate('2026-11-20') };
    expect(checkRelease(inspected, { kind: 'resolution' }, ON, params)).toBeNull();
    const vote = { kind: 'committeeVote', count: { members: 7, present: 5, yes: 4 } } as const;
    expect(checkRelease(inspected, vote, ON, params)?.code).toBe('hold_release_needs_resolution');
    const { profile } = resolveProfile(
      NATIONAL_PROFILE,
      [
        {
          ruleId: 'SEED002-SUPERVISION',
          params: { releaseByCommitteeVote: true },
          adoptedOn: '2026-01-10',
        },
      ],
      ON,
    );
    expect(checkRelease(inspected, vote, ON, profile.params)).toBeNull();
    const short = { kind: 'committeeVote', count: { members: 7, present: 5, yes: 3 } } as const;
    expect(checkRelease(inspected, short, ON, profile.params)?.code).toBe(
      'supervision_not_carried',
    );
  });
});
