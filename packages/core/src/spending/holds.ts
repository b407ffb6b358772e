import type { CalendarDate } from '../calendarDate.ts';
import { finding, type Finding } from '../rules/findings.ts';
import type { RuleParams } from '../rules/profile.ts';
import { committeeVote, type CommitteeCount } from '../supervision/committee.ts';

/**
 * How a hold may be released: by the representatives' resolution, or by the
 * committee's own vote (a motion; its count once it is known — none yet when
 * the motion is tabled).
 */
export type ReleaseBasis =
  { kind: 'resolution' } | { kind: 'committeeVote'; count?: CommitteeCount };

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
  return basis.count ? committeeVote(basis.count, on, params).finding : null;
}
