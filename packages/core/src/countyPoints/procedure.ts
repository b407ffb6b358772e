import { defineMachine } from '../cases/machine.ts';
import type { Noun } from '../errors.ts';
import type { CalendarDate } from '../calendarDate.ts';
import { periodEnd, type HolidayCalendar } from '../rules/dayCount.ts';

export const SCHEME_STATES = ['collecting', 'computed', 'inPublicity', 'final', 'awarded'] as const;
export type SchemeState = (typeof SCHEME_STATES)[number];
export const SCHEME_ACTIONS = [
  'report',
  'verify',
  'compute',
  'reopen',
  'publish',
  'contest',
  'decide',
  'finalise',
  'award',
] as const;
export type SchemeAction = (typeof SCHEME_ACTIONS)[number];
/** Who acts: the county's officials run the scheme, the town reports, the village contests. */
export const SCHEME_ROLES = ['county', 'town', 'village'] as const;
export type SchemeRole = (typeof SCHEME_ROLES)[number];

/**
 * The year's procedure: facts are collected (the town reports what the platform does not hold,
 * the county verifies), the ranking is computed and published; during publicity a village may
 * contest a fact, and an upheld contest corrects it and sends the ranking back to be computed and
 * published again; after publicity, with every contest decided, the ranking is final; the award
 * opens a public-welfare matter in each winning village.
 */
export const SCHEME_MACHINE = defineMachine<SchemeState, SchemeAction, SchemeRole>({
  states: SCHEME_STATES,
  actions: SCHEME_ACTIONS,
  roles: SCHEME_ROLES,
  transitions: [
    { from: ['collecting'], action: 'report', to: 'collecting', by: ['town', 'county'] },
    { from: ['collecting'], action: 'verify', to: 'collecting', by: ['county'] },
    { from: ['collecting', 'computed'], action: 'compute', to: 'computed', by: ['county'] },
    { from: ['computed'], action: 'reopen', to: 'collecting', by: ['county'] },
    { from: ['computed'], action: 'publish', to: 'inPublicity', by: ['county'] },
    { from: ['inPublicity'], action: 'contest', to: 'inPublicity', by: ['village'] },
    { from: ['inPublicity'], action: 'decide', to: 'inPublicity', by: ['county'] },
    // an upheld contest sent the ranking back; the other contests of that publicity are decided still
    { from: ['computed'], action: 'decide', to: 'computed', by: ['county'] },
    { from: ['inPublicity'], action: 'finalise', to: 'final', by: ['county'] },
    { from: ['final'], action: 'award', to: 'awarded', by: ['county'] },
  ],
  noun: (_kind, value) => `countyPoints_${value}` as Noun,
});

/** The publicity period's last day: `days` days after it starts (start day not counted), past rest days. */
export function publicityEnd(
  start: CalendarDate,
  days: number,
  cal: HolidayCalendar,
): CalendarDate {
  return periodEnd(start, days, cal);
}

/** A contest is on time up to and including the period's last day. */
export function contestOnTime(today: CalendarDate, endsOn: CalendarDate): boolean {
  return today <= endsOn;
}

/** The ranking may be made final the day after the period's last day, with no contest undecided. */
export function finalisable(
  today: CalendarDate,
  endsOn: CalendarDate,
  openContests: number,
): { ok: true } | { ok: false; why: 'running' | 'contests' } {
  if (today <= endsOn) return { ok: false, why: 'running' };
  if (openContests > 0) return { ok: false, why: 'contests' };
  return { ok: true };
}
