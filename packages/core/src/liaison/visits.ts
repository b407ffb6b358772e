import type { CalendarDate } from '../calendarDate.ts';
import { addDays } from '../rules/dayCount.ts';

/**
 * 党员联系户 (seed 004: "建立党员就近联系服务村民制度 … 党员联系户"): a Party member is linked to
 * households, visits them and logs each visit. The seed names no cadence; the village's profile
 * does (SEED004-LIAISON visitDays, by default 30 calendar days: a visit a month). A household
 * is overdue when more than that many days have passed since its last visit, or since it was
 * linked when it has not been visited since.
 */
export function visitDueOn(
  linkedOn: CalendarDate,
  lastVisitOn: CalendarDate | null,
  visitDays: number,
): CalendarDate {
  const from = lastVisitOn !== null && lastVisitOn > linkedOn ? lastVisitOn : linkedOn;
  return addDays(from, visitDays);
}

export function visitOverdue(
  linkedOn: CalendarDate,
  lastVisitOn: CalendarDate | null,
  visitDays: number,
  today: CalendarDate,
): boolean {
  return today > visitDueOn(linkedOn, lastVisitOn, visitDays);
}

/** Who may log a visit to a household: its linked Party member, or the chief of its grid. */
export type VisitorKind = 'partyMember' | 'gridChief';

export function visitorKind(
  visitorPersonId: string,
  household: { linkedPersonId: string | null; gridChiefPersonId: string | null },
): VisitorKind | null {
  if (household.linkedPersonId === visitorPersonId) return 'partyMember';
  if (household.gridChiefPersonId === visitorPersonId) return 'gridChief';
  return null;
}
