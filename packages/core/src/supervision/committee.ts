import type { CalendarDate } from '../calendarDate.ts';
import { compareDates } from '../calendarDate.ts';
import { finding, type Finding } from '../rules/findings.ts';
import type { RuleParams } from '../rules/profile.ts';
import { meets, required, thresholdWording } from '../rules/threshold.ts';

/**
 * The supervision committee's own vote (seed 002, 委员票决制: 须半数以上委员
 * 到场方可进行 … 须经半数以上委员投票通过): enough members present to act, and
 * enough of all members — not of those present — in favour to carry. Both
 * thresholds and their base come from the profile (SEED002-SUPERVISION).
 */
export interface CommitteeCount {
  /** Serving members of the supervision committee on the day. */
  members: number;
  /** Members who took part (cast a vote, yes, no or abstain). */
  present: number;
  yes: number;
}

export interface CommitteeOutcome {
  quorum: boolean;
  carried: boolean;
  requiredPresent: number;
  requiredYes: number;
  /** Why it did not carry, citing the rule; null when it carried. */
  finding: Finding | null;
}

export function committeeVote(
  c: CommitteeCount,
  on: CalendarDate,
  params: RuleParams,
): CommitteeOutcome {
  const rule = params['SEED002-SUPERVISION'];
  const requiredPresent = required(c.members, rule.present);
  const requiredYes = required(c.members, rule.yes);
  const quorum = c.members > 0 && meets(c.present, c.members, rule.present);
  const carried = quorum && meets(c.yes, c.members, rule.yes);
  let f: Finding | null = null;
  if (!quorum)
    f = finding(on, 'SEED002-SUPERVISION', 'supervision_no_quorum', {
      basis: thresholdWording(rule.present).zh,
      members: c.members,
      required: requiredPresent,
      present: c.present,
    });
  else if (!carried)
    f = finding(on, 'SEED002-SUPERVISION', 'supervision_not_carried', {
      basis: thresholdWording(rule.yes).zh,
      members: c.members,
      required: requiredYes,
      yes: c.yes,
    });
  return { quorum, carried, requiredPresent, requiredYes, finding: f };
}

/**
 * How the committee sits: together in a room (the chair records who came and
 * each member's vote by name, as the minutes do), or apart, each member
 * voting on their phone within a window (members who voted are the ones
 * present).
 */
export const SITTING_MODES = ['inPerson', 'remote'] as const;
export type SittingMode = (typeof SITTING_MODES)[number];

export const VOTE_CHOICES = ['yes', 'no', 'abstain'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

export interface MotionFacts {
  mode: SittingMode;
  /** Serving members of the committee on the day. */
  members: readonly string[];
  /** In person: the members the chair recorded as present. Remote: not used. */
  attendance: readonly string[];
  votes: ReadonlyArray<{ personId: string; choice: VoteChoice }>;
  /** Remote: the last day members may vote. */
  closesOn: CalendarDate | null;
}

export type MotionStatus = 'open' | 'carried' | 'failed' | 'lapsed';

export interface MotionCount {
  members: number;
  present: number;
  yes: number;
  no: number;
  abstain: number;
  requiredPresent: number;
  requiredYes: number;
}

export interface MotionOutcome {
  status: MotionStatus;
  count: MotionCount;
  /** Why it is not carried (or cannot be acted on), citing the rule; null otherwise. */
  finding: Finding | null;
}

/**
 * Where a motion of the committee stands (SEED002-SUPERVISION, 委员票决制).
 * Only serving members count, and in person only those recorded present. A
 * sitting in person is decided when recorded; a remote one as soon as its
 * outcome can no longer change (enough members in favour, or too few left to
 * reach it), else when every member has voted or the window has passed. A
 * remote motion that ends without enough members taking part lapses: the
 * committee could not act, and the record says so. The chair counts as one
 * member: alone, they can never carry a motion of a committee of two or more.
 */
export function motionOutcome(
  m: MotionFacts,
  today: CalendarDate,
  params: RuleParams,
): MotionOutcome {
  const serving = new Set(m.members);
  const present = new Set(m.mode === 'inPerson' ? m.attendance.filter((p) => serving.has(p)) : []);
  const counted = m.votes.filter(
    (v) => serving.has(v.personId) && (m.mode === 'remote' || present.has(v.personId)),
  );
  const tally = (c: VoteChoice) => counted.filter((v) => v.choice === c).length;
  const figures = {
    members: serving.size,
    present: m.mode === 'inPerson' ? present.size : counted.length,
    yes: tally('yes'),
  };
  const vote = committeeVote(figures, today, params);
  const count: MotionCount = {
    ...figures,
    no: tally('no'),
    abstain: tally('abstain'),
    requiredPresent: vote.requiredPresent,
    requiredYes: vote.requiredYes,
  };
  const decided = (status: MotionStatus): MotionOutcome => ({
    status,
    count,
    finding: status === 'carried' ? null : vote.finding,
  });
  if (vote.carried) return decided('carried');
  if (m.mode === 'inPerson') return decided(vote.quorum ? 'failed' : 'lapsed');
  const notYetVoted = figures.members - counted.length;
  const windowOver = m.closesOn !== null && compareDates(today, m.closesOn) > 0;
  if (vote.quorum && figures.yes + notYetVoted < vote.requiredYes) return decided('failed');
  if (notYetVoted === 0 || windowOver) return decided(vote.quorum ? 'failed' : 'lapsed');
  return { status: 'open', count, finding: null };
}

/** The figures a committee of `members` needs to act and to carry, as the profile sets them. */
export function requiredFigures(
  members: number,
  params: RuleParams,
): { requiredPresent: number; requiredYes: number } {
  const rule = params['SEED002-SUPERVISION'];
  return {
    requiredPresent: required(members, rule.present),
    requiredYes: required(members, rule.yes),
  };
}
