import type { BodyKind } from '../bodies/bodyKinds.ts';
import { BODY_KIND_INFO } from '../bodies/bodyKinds.ts';
import { fromYmd, ymd, type CalendarDate } from '../calendarDate.ts';
import {
  addDays,
  addWorkingDays,
  periodEnd,
  quarterOf,
  type HolidayCalendar,
} from '../rules/dayCount.ts';
import { finding, type Finding } from '../rules/findings.ts';
import type { CapPeriod } from './scheme.ts';

/**
 * An award (积分申报) from proposal to the ledger: proposed with facts and evidence → checked
 * by a member of the scheme's reviewing body (never the proposer, never a close relative of
 * the beneficiary) or returned → shown in a publicity notice → counted the day after the
 * notice's last day, unless a contest lodged within the notice's days is still open.
 */
export const AWARD_STATES = ['proposed', 'returned', 'checked', 'inPublicity'] as const;
export type AwardState = (typeof AWARD_STATES)[number];
export const PROPOSER_ROLES = ['gridChief', 'cadre', 'socialOrganization'] as const;
export type ProposerRole = (typeof PROPOSER_ROLES)[number];
export const CONTEST_CHANNELS = ['phone', 'paper'] as const;
export type ContestChannel = (typeof CONTEST_CHANNELS)[number];
export const CONTEST_OUTCOMES = ['upheld', 'dismissed'] as const;
export type ContestOutcome = (typeof CONTEST_OUTCOMES)[number];

export interface ReviewFacts {
  on: CalendarDate;
  reviewerBody: BodyKind;
  checkerName: string;
  /** The checker holds a seat in the scheme's reviewing body today. */
  checkerSeated: boolean;
  checkerIsProposer: boolean;
  /** The beneficiary (the person, or a member of the household) the checker is close kin to, if any. */
  relativeOf: string | null;
  item: string;
  evidenceRequired: boolean;
  hasEvidence: boolean;
}

/** Who may check an award, and whether it may be checked yet (POINTS-REVIEW, the scheme). */
export function reviewFindings(f: ReviewFacts): Finding[] {
  const info = BODY_KIND_INFO[f.reviewerBody];
  const body = { body: info.zh, bodyEn: info.en };
  const out: Finding[] = [];
  if (f.checkerIsProposer)
    out.push(finding(f.on, 'POINTS-REVIEW', 'points_checker_is_proposer', body));
  else if (!f.checkerSeated)
    out.push(
      finding(f.on, 'POINTS-REVIEW', 'points_checker_not_reviewer', {
        ...body,
        name: f.checkerName,
      }),
    );
  if (f.relativeOf !== null)
    out.push(
      finding(f.on, 'POINTS-REVIEW', 'points_checker_relative', {
        name: f.checkerName,
        beneficiary: f.relativeOf,
      }),
    );
  if (f.evidenceRequired && !f.hasEvidence)
    out.push(finding(f.on, 'POINTS-REVIEW', 'points_evidence_missing', { item: f.item }));
  return out;
}

export type PublicityUnit = 'working' | 'calendar';

/**
 * The last day of a notice's publicity. Days run from the day after it is posted (the posting
 * day is not counted, as in every statutory period); calendar days that end on a rest day run
 * on to the next working day, working days skip weekends and holidays and count 调休 weekends.
 */
export function publicityEndsOn(
  postedOn: CalendarDate,
  days: number,
  unit: PublicityUnit,
  cal: HolidayCalendar,
): CalendarDate {
  return unit === 'working' ? addWorkingDays(postedOn, days, cal) : periodEnd(postedOn, days, cal);
}

/** A contest is lodged within the notice's publicity, from the posting day to its last day. */
export function contestTimeFinding(
  on: CalendarDate,
  startsOn: CalendarDate,
  endsOn: CalendarDate,
): Finding | null {
  if (startsOn <= on && on <= endsOn) return null;
  return finding(on, 'POINTS-PUBLICITY', 'points_contest_late', {
    on,
    starts: startsOn,
    ends: endsOn,
  });
}

const PERIOD_NAMES: Record<CapPeriod, { zh: string; en: string }> = {
  month: { zh: '月', en: 'month' },
  quarter: { zh: '季度', en: 'quarter' },
  year: { zh: '年', en: 'year' },
};

/** The cap period an award falls in, by the day the deed happened. */
export function capPeriodOf(
  on: CalendarDate,
  period: CapPeriod,
): { from: CalendarDate; to: CalendarDate } {
  const { year, month } = ymd(on);
  if (period === 'quarter') {
    const q = quarterOf(on);
    return { from: q.startsOn, to: q.endsOn };
  }
  if (period === 'year') return { from: fromYmd(year, 1, 1), to: fromYmd(year, 12, 31) };
  const next = month === 12 ? fromYmd(year + 1, 1, 1) : fromYmd(year, month + 1, 1);
  return { from: fromYmd(year, month, 1), to: addDays(next, -1) };
}

/**
 * Whether one more award stays within the item's cap: the points already awarded to the same
 * beneficiary by the item in the period (checked or published, either sign) plus this award's
 * may not pass the cap in absolute value.
 */
export function capFinding(
  on: CalendarDate,
  cap: { points: number; period: CapPeriod } | null,
  already: number,
  points: number,
  names: { item: string; who: string },
): Finding | null {
  if (cap === null || Math.abs(already + points) <= cap.points) return null;
  const period = PERIOD_NAMES[cap.period];
  return finding(on, 'POINTS-CAP', 'points_cap_reached', {
    ...names,
    cap: cap.points,
    already: Math.abs(already),
    points: Math.abs(points),
    period: period.zh,
    periodEn: period.en,
  });
}
