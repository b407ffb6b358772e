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
 * force is not judged.
 */
export function annualMembersAssemblyFindings(
  heldOn: readonly CalendarDate[],
  today: CalendarDate,
  params: RuleParams,
): Finding[] {
  return yearlyFindings(
    {
      ruleId: 'NJJ-27-ANNUAL',
      code: 'collective_assembly_overdue',
      perYear: params['NJJ-27-ANNUAL'].meetingsPerYear,
      judged: (on) => on >= COLLECTIVE_LAW_IN_FORCE,
    },
    heldOn,
    today,
  );
}
