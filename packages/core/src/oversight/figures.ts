import type { CalendarDate } from '../calendarDate.ts';
import { addDays, daysFrom } from '../rules/dayCount.ts';

/**
 * The figures a town or county dashboard shows for one village. Each is a count the capability's
 * own rule decides (overdue disclosure periods by the disclosure calendar, a petition's clock by
 * the petition rules …); this module only adds them up and orders the villages.
 */
export interface VillageFigures {
  /** 三务公开: this year's periods passed unpublished (the disclosure calendar's "overdue"). */
  overdueDisclosures: number;
  /** Villagers' questions on notices not yet answered, and those past their answer day. */
  unansweredQuestions: number;
  overdueAnswers: number;
  /** Supervision holds proposed or adopted and not released; the oldest one's age in days. */
  openHolds: number;
  oldestHoldDays: number | null;
  /** Complaints to the supervision committee not yet answered, and those past their due day. */
  openComplaints: number;
  overdueComplaints: number;
  /** Petitions (信访) open, and those past the due day of the step they wait on. */
  openPetitions: number;
  overduePetitions: number;
  /** Service requests open, and those past their promised day (a request waiting for materials is not). */
  openServices: number;
  overdueServices: number;
  /** Tasks the town sent that the village refused or returned under the admission lists. */
  refusedTasks: number;
  /** Terms of the village's bodies ending within the election window (or already ended, no new term). */
  termsEnding: number;
  /** Elections with a polling day whose 选民名单 is not yet published, and those past its last day. */
  voterRollsDue: number;
  voterRollsOverdue: number;
  /** 村民代表会议 held (or open) this quarter: the law asks one at least each quarter. */
  representativesMeetingsThisQuarter: number;
  /** 三会一课: Party meetings held this quarter. */
  partyMeetingsThisQuarter: number;
  /**
   * 三会一课 against the obligation: sessions this year's ended periods owed and did not have,
   * summed over the village's Party units (the Party page's cadence, PARTY-3H1K).
   */
  partyMeetingsShort: number;
  /**
   * Meetings held this year that do not stand: closed short of quorum (the quorum rule's count
   * recorded at close), or recorded invalid by the supervision committee.
   */
  meetingsWithoutQuorum: number;
  /** Bodies whose composition breaks a rule today (the composition check's violations). */
  invalidCompositions: number;
}

export type FigureKey = keyof VillageFigures;

/** The figures that count problems (an "overdue" figure above zero is a village to visit). */
export const PROBLEM_FIGURES = [
  'overdueDisclosures',
  'overdueAnswers',
  'openHolds',
  'overdueComplaints',
  'overduePetitions',
  'overdueServices',
  'refusedTasks',
  'termsEnding',
  'voterRollsOverdue',
  'partyMeetingsShort',
  'meetingsWithoutQuorum',
  'invalidCompositions',
] as const satisfies readonly FigureKey[];

export const EMPTY_FIGURES: VillageFigures = {
  overdueDisclosures: 0,
  unansweredQuestions: 0,
  overdueAnswers: 0,
  openHolds: 0,
  oldestHoldDays: null,
  openComplaints: 0,
  overdueComplaints: 0,
  openPetitions: 0,
  overduePetitions: 0,
  openServices: 0,
  overdueServices: 0,
  refusedTasks: 0,
  termsEnding: 0,
  voterRollsDue: 0,
  voterRollsOverdue: 0,
  representativesMeetingsThisQuarter: 0,
  partyMeetingsThisQuarter: 0,
  partyMeetingsShort: 0,
  meetingsWithoutQuorum: 0,
  invalidCompositions: 0,
};

/** A hold's age: whole days since it was proposed (0 on the day itself). */
export const holdAgeDays = (proposedOn: CalendarDate, today: CalendarDate): number =>
  daysFrom(proposedOn, today);

/** How far ahead the dashboard looks for terms ending: the election must be prepared before. */
export const TERM_WINDOW_DAYS = 180;

/** A term is on the election calendar when it ends within the window from today, or has ended. */
export const termEndingSoon = (endsOn: CalendarDate, today: CalendarDate): boolean =>
  endsOn <= addDays(today, TERM_WINDOW_DAYS);

/** The whole town's (or county's) figures: the sum of the villages', the oldest hold of all. */
export function rollUp(villages: readonly VillageFigures[]): VillageFigures {
  const total: VillageFigures = { ...EMPTY_FIGURES };
  for (const v of villages)
    for (const key of Object.keys(total) as FigureKey[]) {
      if (key === 'oldestHoldDays') {
        if (v.oldestHoldDays !== null)
          total.oldestHoldDays = Math.max(total.oldestHoldDays ?? 0, v.oldestHoldDays);
      } else total[key] += v[key];
    }
  return total;
}

/** How many problems a village has: the sum of the problem figures, for ordering the list. */
export const problemCount = (f: VillageFigures): number =>
  PROBLEM_FIGURES.reduce((n, key) => n + f[key], 0);
