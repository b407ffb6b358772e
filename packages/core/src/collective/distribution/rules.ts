import type { CalendarDate } from '../../calendarDate.ts';
import { addDays, noticeIsTimely } from '../../rules/dayCount.ts';
import { finding, type Finding } from '../../rules/findings.ts';

/** 《农村集体经济组织法》第四十六条: 于成员大会、成员代表大会召开十日前. */
export const REPORTS_DAYS = 10;

/** A rate in basis points as people read it: 1000 → 10%, 1250 → 12.5%. */
export function percentText(bp: number): string {
  return `${(bp / 100).toString()}%`;
}

/**
 * NJJ-42-DIST: a plan that sets aside no reserve, or less than the charter's rate, is refused.
 * The law puts the reserve first without naming a figure; the charter names it, and a plan may
 * set aside more but never less (nor nothing).
 */
export function checkReserve(
  planReserveBp: number,
  charterReserveBp: number,
  on: CalendarDate,
): Finding | null {
  const rate = percentText(charterReserveBp);
  if (planReserveBp <= 0)
    return finding(on, 'NJJ-42-DIST', 'distribution_reserve_missing', { rate });
  if (planReserveBp < charterReserveBp)
    return finding(on, 'NJJ-42-DIST', 'distribution_reserve_short', {
      rate,
      planRate: percentText(planReserveBp),
    });
  return null;
}

/**
 * NJJ-46-REPORTS: the annual report, the financial report and the plan are available to members
 * at least ten days before the meeting that votes (the day of publication not counted, as
 * 民法典 Art. 201 counts periods), or the vote is refused.
 */
export function checkReportsPublished(
  publishedOn: CalendarDate | null,
  meetingOn: CalendarDate,
): Finding | null {
  if (publishedOn === null)
    return finding(meetingOn, 'NJJ-46-REPORTS', 'distribution_reports_unpublished');
  if (noticeIsTimely(publishedOn, meetingOn, REPORTS_DAYS)) return null;
  return finding(meetingOn, 'NJJ-46-REPORTS', 'distribution_reports_late', {
    publishedOn,
    meetingOn,
    days: REPORTS_DAYS,
    earliest: addDays(publishedOn, REPORTS_DAYS),
  });
}
