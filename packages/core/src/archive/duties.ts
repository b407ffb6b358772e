import { fromYmd, type CalendarDate } from '../calendarDate.ts';
import { addDays, daysFrom } from '../rules/dayCount.ts';
import { finding, type Finding } from '../rules/findings.ts';

/**
 * What should have been filed and was not (VCOL-34-ARCHIVE: 村务档案应当真实、准确、完整、规范).
 * Neither the law nor 《村级档案管理办法》 puts a number of days on filing (it asks for the
 * year's papers to be gathered and filed in good time), so the deadlines are the product's
 * defaults, kept here as configuration a county may change:
 * - a closed meeting's record (its minutes) within 30 days of its close;
 * - a year's books closed (every month 结账) by 31 March of the next year, when the annual
 *   accounts are done and the year's accounting files go to the archive;
 * - the committee in office's election files and ballots within 30 days of taking office.
 */
export const ARCHIVE_DEADLINES = {
  minutesDays: 30,
  financeYearClosedBy: { month: 3, day: 31 },
  electionFilesDays: 30,
  /** How long before taking office an election's files may be dated (the election itself). */
  electionWindowDays: 120,
};
export type ArchiveDeadlines = typeof ARCHIVE_DEADLINES;

export interface ClosedMeeting {
  title: string;
  meetingOn: CalendarDate;
  closedOn: CalendarDate;
  hasMinutes: boolean;
}

/** Closed meetings whose minutes are still not recorded more than N days after the close. */
export function minutesFindings(
  meetings: readonly ClosedMeeting[],
  today: CalendarDate,
  deadlines: ArchiveDeadlines = ARCHIVE_DEADLINES,
): Finding[] {
  const days = deadlines.minutesDays;
  return meetings
    .filter((m) => !m.hasMinutes && daysFrom(m.closedOn, today) > days)
    .map((m) =>
      finding(m.meetingOn, 'VCOL-34-ARCHIVE', 'minutes_not_filed', {
        title: m.title,
        meetingOn: m.meetingOn,
        days,
      }),
    );
}

/** A year of the books: the first month booked and the months closed. */
export interface BooksYear {
  year: number;
  firstMonth: number;
  closedMonths: readonly number[];
}

/** The day a year's books are due closed and filed. */
export function financeDeadline(year: number, deadlines = ARCHIVE_DEADLINES): CalendarDate {
  const { month, day } = deadlines.financeYearClosedBy;
  return fromYmd(year + 1, month, day);
}

/** Past years whose months are not all closed after the deadline. */
export function financeFindings(
  years: readonly BooksYear[],
  today: CalendarDate,
  deadlines: ArchiveDeadlines = ARCHIVE_DEADLINES,
): Finding[] {
  return years.flatMap((y) => {
    const deadline = financeDeadline(y.year, deadlines);
    if (today <= deadline) return [];
    const closed = new Set(y.closedMonths);
    let open = 0;
    for (let m = y.firstMonth; m <= 12; m++) if (!closed.has(m)) open += 1;
    if (open === 0) return [];
    return [
      finding(deadline, 'VCOL-34-ARCHIVE', 'finance_year_not_closed', {
        year: y.year,
        deadline,
        months: open,
      }),
    ];
  });
}

/**
 * The committee in office took office more than N days ago and no election file is filed
 * dated from the election period (the window before it took office) to the deadline.
 */
export function electionFilesFindings(
  currentTermStartsOn: CalendarDate | null,
  electionFileDates: readonly CalendarDate[],
  today: CalendarDate,
  deadlines: ArchiveDeadlines = ARCHIVE_DEADLINES,
): Finding[] {
  if (!currentTermStartsOn) return [];
  const days = deadlines.electionFilesDays;
  if (daysFrom(currentTermStartsOn, today) <= days) return [];
  const from = addDays(currentTermStartsOn, -deadlines.electionWindowDays);
  const to = addDays(currentTermStartsOn, days);
  if (electionFileDates.some((d) => d >= from && d <= to)) return [];
  return [
    finding(currentTermStartsOn, 'VCOL-34-ARCHIVE', 'election_files_not_filed', {
      startsOn: currentTermStartsOn,
      days,
    }),
  ];
}
