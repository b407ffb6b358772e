import type { CalendarDate } from '../calendarDate.ts';
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

/** How a hold may be released: by the representatives' resolution, or by the committee's own vote. */
export type ReleaseBasis =
  { kind: 'resolution' } | { kind: 'committeeVote'; count: CommitteeCount };

/**
 * Checks a release: the inspection that justifies it is recorded first, and
 * the basis is one the profile allows (the committee's own release vote
 * only where SEED002-SUPERVISION lets it, and then carried by the same rule).
 */
export function checkRelease(
  hold: { inspectedOn: CalendarDate | null },
  basis: ReleaseBasis,
  on: CalendarDate,
  params: RuleParams,
): Finding | null {
  if (hold.inspectedOn === null) return finding(on, 'SEED002-SUPERVISION', 'hold_not_inspected');
  if (basis.kind === 'resolution') return null;
  if (!params['SEED002-SUPERVISION'].releaseByCommitteeVote)
    return finding(on, 'SEED002-SUPERVISION', 'hold_release_needs_resolution');
  return committeeVote(basis.count, on, params).finding;
}
