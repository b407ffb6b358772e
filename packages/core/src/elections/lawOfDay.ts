import type { CalendarDate } from '../calendarDate.ts';
import { LAW_VERSIONS, lawOn } from '../rules/law.ts';

/**
 * Whether an act dated `on` is judged by the 2025 amendment (in force
 * 2026-01-01) rather than the 2018 text: the election rules that differ
 * (near relatives leave the election committee, class-3 voters doing
 * village-affairs work, proxies to other villagers and never to candidates,
 * the new disqualifications) ask this.
 */
export function underAmendedLaw(on: CalendarDate): boolean {
  return lawOn(on) !== LAW_VERSIONS[0].id;
}
