import { addDays } from '../rules/dayCount.ts';
import type { CalendarDate } from '../calendarDate.ts';
import { ruleInForce } from '../rules/citations.ts';
import { finding, type Finding } from '../rules/findings.ts';
import type { RuleParams } from '../rules/profile.ts';

/**
 * VCOL25-POSTING-15 (2025 text Art. 35 para. 4: 公布的期限不得少于十五日):
 * from 2026 a notice stays posted at least 15 days, counted from the day
 * after it is posted (Civil Code Art. 201). Returns when the posting may end
 * at the earliest, or null where the law of the day sets no minimum.
 */
export function earliestPostingEnd(
  publishedOn: CalendarDate,
  params: RuleParams,
): CalendarDate | null {
  if (!ruleInForce('VCOL25-POSTING-15', publishedOn)) return null;
  return addDays(publishedOn, params['VCOL25-POSTING-15'].minDays);
}

/** A posting period asked for that ends before the law's minimum. */
export function postingTooShort(
  publishedOn: CalendarDate,
  endsOn: CalendarDate,
  params: RuleParams,
): Finding | null {
  const earliest = earliestPostingEnd(publishedOn, params);
  if (!earliest || endsOn >= earliest) return null;
  return finding(publishedOn, 'VCOL25-POSTING-15', 'posting_short', {
    days: params['VCOL25-POSTING-15'].minDays,
    endsOn,
    earliest,
  });
}
