import { daysInMonth, fromYmd, ymd, type CalendarDate } from '../calendarDate.ts';
import { defineMachine } from '../cases/machine.ts';
import { DomainError, type Noun } from '../errors.ts';
import { periodEnd, type HolidayCalendar } from '../rules/dayCount.ts';

/**
 * 道德红黑榜 (moral honour / shame board; seed 004: 建立村规民约"道德红黑榜"). A listing is a
 * judgement of a body of villagers, never of one cadre: it is proposed with facts, the person is
 * told and may answer, the body the village's list rules name votes, and only then is it
 * published, for the term the rules set. The list carries no sanction of its own: what a listing
 * means is written in the rules (the 2018 guidance on village rules: 不得滥用强制处罚), and the
 * board shows names and facts, never ID numbers.
 */

export const MORAL_LIST_KINDS = ['red', 'black'] as const;
export type MoralListKind = (typeof MORAL_LIST_KINDS)[number];

/** The bodies that may decide a listing: the moral evaluation council or the representatives. */
export const MORAL_DECIDING_BODIES = ['moralEvaluationCouncil', 'representativesMeeting'] as const;
export type MoralDecidingBody = (typeof MORAL_DECIDING_BODIES)[number];

/** The bodies whose resolution adopts the list rules (they bind villagers as village rules do). */
export const MORAL_RULES_ADOPTERS = ['representativesMeeting', 'villagersAssembly'] as const;

export const MORAL_LISTING_STATES = [
  'proposed',
  'notified',
  'answered',
  'listed',
  'rejected',
  'removed',
] as const;
export type MoralListingState = (typeof MORAL_LISTING_STATES)[number];

/** How the person was told (a notice handed over, a call, on the phone app). */
export const NOTICE_CHANNELS = ['inPerson', 'paper', 'phone'] as const;

/** Bounds of the list rules' numbers (a listing lasts at most two years: it is not a record for life). */
export const MORAL_TERM_MONTHS = { min: 1, max: 24 } as const;
export const MORAL_ANSWER_DAYS = { min: 3, max: 30 } as const;
/** A council that decides alone is three or more members: fewer is a cadre's say, not a body's. */
export const MIN_COUNCIL_MEMBERS = 3;

/** The last day the person may answer: a period of `days` days from the notice (rest days roll it on). */
export function answerDeadline(
  notifiedOn: CalendarDate,
  days: number,
  cal: HolidayCalendar,
): CalendarDate {
  return periodEnd(notifiedOn, days, cal);
}

/**
 * A decision may be taken once the person has answered or the answer period has run out; never
 * before they were told. Throws moral_answer_period_open (422) naming the last day.
 */
export function requireHeard(
  listing: { notifiedOn: CalendarDate | null; answeredOn: CalendarDate | null },
  answerDays: number,
  decidedOn: CalendarDate,
  cal: HolidayCalendar,
): void {
  if (!listing.notifiedOn) throw new DomainError('moral_not_notified');
  if (listing.answeredOn && decidedOn >= listing.answeredOn) return;
  const last = answerDeadline(listing.notifiedOn, answerDays, cal);
  if (decidedOn <= last) throw new DomainError('moral_answer_period_open', { date: last });
}

export interface BodyVote {
  /** Members of the body on the day (its seats). */
  members: number;
  present: number;
  yes: number;
  no: number;
  abstain: number;
}

export interface VoteOutcome {
  quorate: boolean;
  passed: boolean;
}

/**
 * The council's own vote: more than half of its members present, and more than half of those
 * present in favour (the council's rules as seed 004's 自治组织 keep them; the representatives'
 * meeting decides by its resolution instead). Counts that do not add up are a field error.
 */
export function councilOutcome(v: BodyVote): VoteOutcome {
  const counts = [v.members, v.present, v.yes, v.no, v.abstain];
  if (counts.some((n) => !Number.isInteger(n) || n < 0) || v.present > v.members)
    throw new DomainError('validation_failed', {}, [
      { field: 'present', error: 'moral_vote_counts' },
    ]);
  if (v.yes + v.no + v.abstain > v.present)
    throw new DomainError('validation_failed', {}, [{ field: 'yes', error: 'moral_vote_counts' }]);
  if (v.members < MIN_COUNCIL_MEMBERS)
    throw new DomainError('moral_council_too_small', { min: MIN_COUNCIL_MEMBERS, n: v.members });
  const quorate = v.present * 2 > v.members;
  return { quorate, passed: quorate && v.yes * 2 > v.present };
}

/**
 * The last day a listing published on `publishedOn` stays on the board: a term in months ends on
 * the corresponding day of the last month, or that month's last day when it has none (民法典
 * 第二百零一条、第二百零三条: the first day is not counted).
 */
export function listingExpiresOn(publishedOn: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = ymd(publishedOn);
  const m0 = month - 1 + months;
  const y = year + Math.floor(m0 / 12);
  const m = (m0 % 12) + 1;
  return fromYmd(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Is a listed entry on the board on `on`? (Expiry needs no act: the term ends it.) */
export function onBoard(
  listing: {
    state: MoralListingState;
    publishedOn: CalendarDate | null;
    expiresOn: CalendarDate | null;
  },
  on: CalendarDate,
): boolean {
  return (
    listing.state === 'listed' &&
    !!listing.publishedOn &&
    listing.publishedOn <= on &&
    !!listing.expiresOn &&
    on <= listing.expiresOn
  );
}

export const MORAL_LISTING_ACTIONS = ['notify', 'answer', 'list', 'reject', 'remove'] as const;
export type MoralListingAction = (typeof MORAL_LISTING_ACTIONS)[number];
/** Who steps: the cadre recording the procedure, or the listed person answering for themselves. */
export const MORAL_LISTING_ROLES = ['recorder', 'subject'] as const;
export type MoralListingRole = (typeof MORAL_LISTING_ROLES)[number];

/**
 * The procedure as a table. "list" and "reject" record the body's vote, not a cadre's view: the
 * command requires the vote (the council's counts or the representatives' resolution).
 */
export const MORAL_LISTING = defineMachine<MoralListingState, MoralListingAction, MoralListingRole>(
  {
    states: MORAL_LISTING_STATES,
    actions: MORAL_LISTING_ACTIONS,
    roles: MORAL_LISTING_ROLES,
    transitions: [
      { from: ['proposed'], action: 'notify', to: 'notified', by: ['recorder'] },
      { from: ['notified'], action: 'answer', to: 'answered', by: ['subject', 'recorder'] },
      { from: ['notified', 'answered'], action: 'list', to: 'listed', by: ['recorder'] },
      { from: ['notified', 'answered'], action: 'reject', to: 'rejected', by: ['recorder'] },
      { from: ['listed'], action: 'remove', to: 'removed', by: ['recorder'] },
    ],
    noun: (kind, value) => `moral_${value}` as Noun,
  },
);
