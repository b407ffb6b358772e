import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { addDays } from '@cunzhi/core/rules/dayCount';
import type { ResolvedProfile } from '@cunzhi/core/rules/profile';
import type { Rng } from '../random.ts';
import type { Records, TownStaff, VillageCast } from './cast.ts';
import { History } from './history.ts';

/**
 * A village's five years of the supervision committee's and the complaints
 * station's records, as the commands would have left them (features/
 * supervision and features/complaints repository.ts; motions counted by
 * core's motionOutcome under the profile in force on the day): every month an
 * inspection with its findings, concluded by a motion (a correction ordered,
 * answered and verified, or a referral to the town); a yearly plan adopted in
 * January; a finance report each quarter and a work report each half year,
 * published as notices; the agenda of every meeting reviewed by motion; about
 * twenty complaints a year, three of them about a cadre and referred to the
 * town's discipline commission. Then what is open today: a remote vote on an
 * inspection's outcome and one on a report, an inspection just started, a
 * correction past its day, the referrals of the last month at the town.
 */
export function villageRecords(
  rng: Rng,
  cast: VillageCast,
  staff: TownStaff,
  today: CalendarDate,
  years: number,
  profileOn: (on: CalendarDate) => ResolvedProfile,
  /** The scenario village: a complaint about a cadre six days ago, so its town's inbox is never empty. */
  scenario = false,
): Records {
  const h = new History(rng, cast, staff, today, profileOn);
  const first = monthsBefore(today, years * 12);
  for (let i = 0; i < years * 12; i++) {
    const { year, month } = addMonths(first, i);
    const day = (d: number) => ymdText(year, month, d);
    if (month === 1) h.plan(year, day(10));
    h.monthlyInspection(year, month);
    for (const [m, d, kind] of MEETINGS) if (m === 0 || m === month) h.meeting(day(d), kind);
    if (month % 3 === 1) h.report('finance', quarterBefore(year, month), day(12));
    if (month === 1 || month === 7) h.report('supervision', halfBefore(year, month), day(14));
    for (let k = rng.int(0, 3); k > 0; k--) h.complaint(day(rng.int(1, 28)));
  }
  openToday(h, today);
  if (scenario) h.complaint(addDays(today, -6), 'cadre');
  return h.records;
}

/**
 * What is waiting today: the reader's phone inbox (votes, inspections, a late correction, a
 * complaint to class) and the town's open referrals come from these.
 */
function openToday(h: History, today: CalendarDate): void {
  // an inspection of last month's books, its outcome put to a remote vote two days ago
  const books = h.inspection({
    startedOn: addDays(today, -12),
    subject: 'financePeriod',
    ref: String(addMonths(monthsBefore(today, 1), 0)),
    assigned: [0, 1, 2, 3],
  });
  h.finding(books, addDays(today, -8), 0);
  h.openOutcomeVote(books, addDays(today, -2));
  // a report put to a remote vote yesterday
  h.openReportVote(addDays(today, -1));
  // an inspection the reader was assigned to three days ago, nothing found yet
  h.inspection({ startedOn: addDays(today, -3), subject: 'work', ref: '', assigned: [1, 4] });
  // a correction ordered 45 days ago, due 15 days ago, not done
  const late = h.inspection({
    startedOn: addDays(today, -60),
    subject: 'project',
    ref: '',
    assigned: [0, 1, 5],
  });
  h.finding(late, addDays(today, -55), 1);
  h.conclude(late, addDays(today, -45), 'correction', { dueOn: addDays(today, -15), done: false });
  // complaints of the last weeks: some still open at the committee or the town
  for (const back of [20, 11, 6, 2]) h.complaint(addDays(today, -back));
  h.complaint(addDays(today, -1), 'unclassed');
}

/** Meetings whose agenda the committee reviews: a representatives' meeting every month (0), two more, a villagers' assembly. */
const MEETINGS = [
  [0, 24, 'representativesMeeting'],
  [3, 16, 'representativesMeeting'],
  [9, 16, 'representativesMeeting'],
  [12, 18, 'villagersAssembly'],
] as const;

function ymdText(year: number, month: number, day: number): CalendarDate {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as CalendarDate;
}

/** The month `count` months before today's. */
function monthsBefore(today: CalendarDate, count: number): { year: number; month: number } {
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function addMonths(
  from: { year: number; month: number },
  n: number,
): { year: number; month: number } & { toString(): string } {
  const index = from.year * 12 + from.month - 1 + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, toString: () => `${year}-${String(month).padStart(2, '0')}` };
}

/** The quarter a report in `month` (January, April, July, October) covers: the one just ended. */
function quarterBefore(year: number, month: number): string {
  const q = (month - 1) / 3;
  return q === 0 ? `${year - 1}年第四季度` : `${year}年第${'一二三'[q - 1]!}季度`;
}

function halfBefore(year: number, month: number): string {
  return month === 1 ? `${year - 1}年下半年` : `${year}年上半年`;
}
