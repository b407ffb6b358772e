import { calendarDate, type CalendarDate } from '../../calendarDate.ts';
import { yearlyFindings } from '../../meetings/convening.ts';
import type { Finding } from '../../rules/findings.ts';
import type { RuleParams } from '../../rules/profile.ts';

/** The collective economic organisations law is in force from this day (Art. 67). */
export const COLLECTIVE_LAW_IN_FORCE = calendarDate('2025-05-01');

/**
 * NJJ-27-ANNUAL (Art. 27): the members' assembly meets at least once a year,
 * convened by the council. `heldOn` are the days of the organisation's
 * members' assemblies held or planned; a year ended before the law was in
 * force, or before the organisation was founded, is not judged. The findings
 * name the organisation (a village may have one per villager group).
 */
export function annualMembersAssemblyFindings(
  org: { name: string; foundedOn: CalendarDate },
  heldOn: readonly CalendarDate[],
  today: CalendarDate,
  params: RuleParams,
): Finding[] {
  return yearlyFindings(
    {
      ruleId: 'NJJ-27-ANNUAL',
      code: 'collective_assembly_overdue',
      perYear: params['NJJ-27-ANNUAL'].meetingsPerYear,
      judged: (on) => on >= COLLECTIVE_LAW_IN_FORCE && on >= org.foundedOn,
    },
    heldOn,
    today,
  ).map((f) => ({ ...f, params: { ...f.params, org: org.name } }));
}
