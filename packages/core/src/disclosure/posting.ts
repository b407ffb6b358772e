import type { CalendarDate } from '../calendarDate.ts';
import { ruleInForce, type RuleId } from '../rules/citations.ts';
import { addDays, daysFrom } from '../rules/dayCount.ts';
import { finding, type Finding } from '../rules/findings.ts';
import type { RuleParams } from '../rules/profile.ts';

/**
 * How long a notice must stay on the board, by the law of the day it went up: from 2026 the
 * 2025 text's Art. 35 para. 4 (公布的期限不得少于十五日, VCOL25-POSTING-15); a province may
 * set a minimum of its own (山东: 至少保留五日, VCOL-30-DISCLOSE `minPostingDays`) that binds
 * before 2026 and wherever it is longer. Days count from the day after it went up (Civil
 * Code Art. 201): up on the 1st, down on the 16th at the earliest.
 */
export function postingMinimum(
  postedOn: CalendarDate,
  params: RuleParams,
): { days: number; ruleId: RuleId } | null {
  const provincial = params['VCOL-30-DISCLOSE'].minPostingDays;
  const statutory = ruleInForce('VCOL25-POSTING-15', postedOn)
    ? params['VCOL25-POSTING-15'].minDays
    : 0;
  if (statutory === 0 && provincial === 0) return null;
  return statutory >= provincial
    ? { days: statutory, ruleId: 'VCOL25-POSTING-15' }
    : { days: provincial, ruleId: 'VCOL-30-DISCLOSE' };
}

/** The earliest day the notice may come down, or null where no minimum applies. */
export function earliestTakeDown(postedOn: CalendarDate, params: RuleParams): CalendarDate | null {
  const min = postingMinimum(postedOn, params);
  return min ? addDays(postedOn, min.days) : null;
}

export interface BoardPostingFacts {
  postedOn: CalendarDate;
  takenDownOn: CalendarDate | null;
}

/**
 * A posting taken down before the minimum is a finding (recorded as it happened, never
 * refused: the clerk records what hung on the board). One still up has no finding yet.
 */
export function postingFinding(p: BoardPostingFacts, params: RuleParams): Finding | null {
  if (!p.takenDownOn) return null;
  const min = postingMinimum(p.postedOn, params);
  if (!min || daysFrom(p.postedOn, p.takenDownOn) >= min.days) return null;
  return finding(p.postedOn, min.ruleId, 'posting_short', {
    days: min.days,
    endsOn: p.takenDownOn,
    earliest: addDays(p.postedOn, min.days),
  });
}

/** How many days it hung (the day it went up not counted); null while it is still up. */
export function postedDays(p: BoardPostingFacts): number | null {
  return p.takenDownOn ? daysFrom(p.postedOn, p.takenDownOn) : null;
}
