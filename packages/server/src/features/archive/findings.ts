import type { CalendarDate } from '@cunzhi/core/calendarDate';
import {
  electionFilesFindings,
  financeFindings,
  minutesFindings,
} from '@cunzhi/core/archive/duties';
import type { Finding } from '@cunzhi/core/rules/findings';
import type { Queryable } from '../../platform/db/database.ts';
import { dutyFacts } from './queries.ts';

/** What should have been filed and was not, today (the archive page and the town's list). */
export async function archiveFindings(
  db: Queryable,
  villageId: string,
  today: CalendarDate,
): Promise<Finding[]> {
  const facts = await dutyFacts(db, villageId, today);
  return [
    ...minutesFindings(
      facts.meetings.map((m) => ({
        title: m.title,
        meetingOn: m.meeting_on,
        closedOn: m.closed_on,
        hasMinutes: m.has_minutes,
      })),
      today,
    ),
    ...financeFindings(
      facts.books.map((b) => ({
        year: b.year,
        firstMonth: b.first_month,
        closedMonths: b.closed_months,
      })),
      today,
    ),
    ...electionFilesFindings(facts.currentTermStartsOn, facts.electionFiles, today),
  ];
}
