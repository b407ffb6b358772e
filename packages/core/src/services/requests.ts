import type { CalendarDate } from '../calendarDate.ts';
import { dueOn, escalation, type Escalation, type Rung } from '../cases/deadlines.ts';
import { defineMachine } from '../cases/machine.ts';
import type { Noun } from '../errors.ts';
import type { HolidayCalendar } from '../rules/dayCount.ts';
import type { RuleParams } from '../rules/profile.ts';
import type { PromisedPeriod } from './catalogue.ts';

/**
 * A villager's request to the service station (点单, seed 004: "群众单点、镇村办理、部门协同"):
 * 已点单 → 已受理 (the staffer who accepts is 首问责任人 and stays on it until it closes; missing
 * materials are asked for at once: 待补正, the clock stopped) → 办理中, or 代办中 at the window's
 * town department (全程代办) → 已办结 → 已评价; 不予受理 (with a reason) or 已撤回 (the villager).
 */
export const REQUEST_STATES = [
  'ordered',
  'accepted',
  'awaitingMaterials',
  'processing',
  'agency',
  'completed',
  'rated',
  'refused',
  'withdrawn',
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

export const REQUEST_ACTIONS = [
  'accept',
  'askMaterials',
  'supplyMaterials',
  'process',
  'handToTown',
  'townAnswer',
  'complete',
  'rate',
  'refuse',
  'withdraw',
] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

/**
 * Who moves a request: the villager who ordered it (or for whom the counter ordered it), the
 * station's staff (after acceptance only the 首问责任人: `mayActAsStaff`), and the town
 * department the request was handed to (its answer or its "not ours" flows back).
 */
export const REQUEST_ACTORS = ['villager', 'stationStaff', 'town'] as const;
export type RequestActor = (typeof REQUEST_ACTORS)[number];

/**
 * The procedure. Materials are asked for at acceptance, before work starts (一次性告知), and
 * coming back with them resumes the accepted request; the town's own requests for materials
 * while it holds a request stay in the town's inbox. A request is not withdrawn while the town
 * holds it: the 首问责任人 takes it back there first.
 */
export const REQUEST_MACHINE = defineMachine({
  states: REQUEST_STATES,
  actions: REQUEST_ACTIONS,
  roles: REQUEST_ACTORS,
  transitions: [
    { from: ['ordered'], action: 'accept', to: 'accepted', by: ['stationStaff'] },
    { from: ['accepted'], action: 'askMaterials', to: 'awaitingMaterials', by: ['stationStaff'] },
    {
      from: ['awaitingMaterials'],
      action: 'supplyMaterials',
      to: 'accepted',
      by: ['stationStaff'],
    },
    { from: ['accepted'], action: 'process', to: 'processing', by: ['stationStaff'] },
    { from: ['accepted', 'processing'], action: 'handToTown', to: 'agency', by: ['stationStaff'] },
    // the department answers, or returns it as not its own: the 首问责任人 carries on
    { from: ['agency'], action: 'townAnswer', to: 'processing', by: ['town'] },
    { from: ['accepted', 'processing'], action: 'complete', to: 'completed', by: ['stationStaff'] },
    { from: ['completed'], action: 'rate', to: 'rated', by: ['villager'] },
    {
      from: ['ordered', 'awaitingMaterials'],
      action: 'refuse',
      to: 'refused',
      by: ['stationStaff'],
    },
    {
      from: ['ordered', 'accepted', 'awaitingMaterials', 'processing'],
      action: 'withdraw',
      to: 'withdrawn',
      by: ['villager'],
    },
  ],
  noun: (_kind, value) => `service_${value}` as Noun,
});

/** Closed requests: nothing more happens to them but a rating. */
export const CLOSED_STATES: readonly RequestState[] = [
  'completed',
  'rated',
  'refused',
  'withdrawn',
];
/** States whose promised date runs (waiting for materials stops it). */
export const RUNNING_STATES: readonly RequestState[] = ['accepted', 'processing', 'agency'];

/**
 * The day a request is due: its promised period after acceptance (the acceptance day not
 * counted; working days skip weekends and holidays and count 调休 Saturdays; a calendar period
 * ending on a rest day runs to the next working day). 0 days (即办) is the day of acceptance.
 */
export function requestDueOn(
  acceptedOn: CalendarDate,
  promised: PromisedPeriod,
  cal: HolidayCalendar,
): CalendarDate {
  return promised.days === 0 ? acceptedOn : dueOn(acceptedOn, promised, cal);
}

/** The rungs of the escalation ladder (督办), lowest first. */
export const ESCALATION_LEVELS = ['stationHead', 'departmentHead', 'townSupervision'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

/** The ladder as stored with a request: working days after the due day for each rung. */
export type EscalationLadder = RuleParams['SEED002-SERVICE-LADDER'];

/** The profile's ladder as rungs (0: the station head is told on the due day itself). */
export function serviceLadder(l: EscalationLadder): Rung<EscalationLevel>[] {
  return [
    { level: 'stationHead', after: { days: l.stationHeadAfterDays, unit: 'working' } },
    { level: 'departmentHead', after: { days: l.departmentHeadAfterDays, unit: 'working' } },
    { level: 'townSupervision', after: { days: l.townAfterDays, unit: 'working' } },
  ];
}

/**
 * Where a request stands on its ladder today: only a running request (accepted, in hand, with
 * the town) has one; one waiting for materials or closed is never overdue.
 */
export function requestEscalation(
  r: { state: RequestState; dueOn: CalendarDate | null },
  today: CalendarDate,
  ladder: EscalationLadder,
  cal: HolidayCalendar,
): Escalation<EscalationLevel> {
  if (!r.dueOn || !RUNNING_STATES.includes(r.state))
    return { overdue: false, daysOverdue: 0, level: null, nextOn: null };
  return escalation(r.dueOn, today, serviceLadder(ladder), cal);
}

/** The three answers a villager gives when rating (满意 / 基本满意 / 不满意). */
export const RATINGS = ['satisfied', 'basicallySatisfied', 'dissatisfied'] as const;
export type Rating = (typeof RATINGS)[number];

/** How a request came in: the villager's phone, or the counter for one without a phone. */
export const REQUEST_CHANNELS = ['phone', 'counter'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];
