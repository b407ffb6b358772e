import type { CalendarDate } from '../calendarDate.ts';
import { dueOn, type Period } from '../cases/deadlines.ts';
import { defineMachine } from '../cases/machine.ts';
import { addDays } from '../rules/dayCount.ts';
import type { HolidayCalendar } from '../rules/dayCount.ts';
import type { RuleParams } from '../rules/profile.ts';
import type { Noun } from '../errors.ts';
import {
  LIAISON_ACTIONS,
  LIAISON_ROLES,
  LIAISON_STATES,
  type LiaisonCategory,
  type LiaisonLevel,
  type LiaisonState,
  type LiaisonUrgency,
  type Rating,
} from './terms.ts';

/**
 * 民情 cases (seed 004: "群众单点、镇村办理、部门协同"; issue 13 item 4). A villager raises an issue
 * (named or anonymous, with a 查询码), or a grid chief or a visit raises it for them. It is
 * signed for (已签收) and classified, handled (处置中) or handed to a village body or a town
 * department (已流转) and back, answered to the reporter (已反馈 — no case closes without it),
 * rated within the rating period (已评价) or not (未评价, never counted as satisfied), and
 * closed. 不满意 reopens it once, one level up. 最多反映一次: a repeat report is merged into the
 * open case and its reporter follows that case.
 */

export * from './terms.ts';

const NOUN_PREFIX = { state: 'liaisonState', action: 'liaisonAction', role: 'liaisonRole' };

export const LIAISON_MACHINE = defineMachine({
  states: LIAISON_STATES,
  actions: LIAISON_ACTIONS,
  roles: LIAISON_ROLES,
  transitions: [
    { from: ['reported'], action: 'acknowledge', to: 'acknowledged', by: ['handler'] },
    { from: ['acknowledged'], action: 'handle', to: 'handling', by: ['handler'] },
    { from: ['acknowledged', 'handling'], action: 'route', to: 'routed', by: ['handler'] },
    // whatever the body or department did, the case comes back to whoever routed it
    { from: ['routed'], action: 'answerRouted', to: 'handling', by: ['assignee'] },
    { from: ['routed'], action: 'returnRouted', to: 'handling', by: ['assignee'] },
    { from: ['handling'], action: 'feedback', to: 'answered', by: ['handler'] },
    { from: ['answered'], action: 'rate', to: 'rated', by: ['reporter'] },
    { from: ['answered'], action: 'reopen', to: 'reported', by: ['reporter'] },
    { from: ['rated', 'unrated'], action: 'close', to: 'closed', by: ['handler'] },
    { from: ['reported', 'acknowledged'], action: 'merge', to: 'merged', by: ['handler'] },
  ],
  noun: (kind, value) => `${NOUN_PREFIX[kind]}.${value}` as Noun,
});

/** States in which a case is still the village's to answer: its due date runs. */
export const OPEN_STATES: readonly LiaisonState[] = [
  'reported',
  'acknowledged',
  'handling',
  'routed',
];

/**
 * Who holds a case: the chief of the reporter's grid first, the two committees (the villagers'
 * committee with the Party organisation) above, the town government above them; a case about
 * a cadre (naming one, or about cadres' conduct) goes to the supervision committee, never to
 * the cadre, and one level up from there is the town.
 */
export function initialLevel(c: {
  category: LiaisonCategory;
  concernsPersonIds: readonly string[];
  gridHasChief: boolean;
}): LiaisonLevel {
  if (c.concernsPersonIds.length > 0 || c.category === 'cadreConduct') return 'supervision';
  return c.gridHasChief ? 'grid' : 'village';
}

export function levelAbove(level: LiaisonLevel): LiaisonLevel {
  switch (level) {
    case 'grid':
      return 'village';
    case 'village':
    case 'supervision':
    case 'town':
      return 'town';
  }
}

/**
 * What a reporter's rating does: 不满意 reopens the case one level up the first time; after
 * that it is recorded as it stands and the case can be closed.
 */
export function ratingAction(rating: Rating, reopenCount: number): 'rate' | 'reopen' {
  return rating === 'dissatisfied' && reopenCount === 0 ? 'reopen' : 'rate';
}

/** The promised period for an urgency, from the village's profile (SEED004-LIAISON). */
export function urgencyPeriod(urgency: LiaisonUrgency, params: RuleParams): Period {
  const p = params['SEED004-LIAISON'];
  const days = { urgent: p.urgentDays, normal: p.normalDays, low: p.lowDays }[urgency];
  return { days, unit: p.unit };
}

/** The day a case must be answered by, counted from the day it was raised (or reopened). */
export function caseDueOn(
  from: CalendarDate,
  urgency: LiaisonUrgency,
  params: RuleParams,
  cal: HolidayCalendar,
): CalendarDate {
  return dueOn(from, urgencyPeriod(urgency, params), cal);
}

/** The last day the reporter may rate an answer (calendar days, the answer day not counted). */
export function ratingDueOn(answeredOn: CalendarDate, params: RuleParams): CalendarDate {
  return addDays(answeredOn, params['SEED004-LIAISON'].ratingDays);
}

/**
 * The state as read today: an answer not rated by the end of the rating period reads 未评价
 * (it is never counted as satisfied); everything else as stored.
 */
export function effectiveState(
  c: { state: LiaisonState; ratingDueOn: CalendarDate | null },
  today: CalendarDate,
): LiaisonState {
  if (c.state === 'answered' && c.ratingDueOn !== null && today > c.ratingDueOn) return 'unrated';
  return c.state;
}

/** Open and past its due date (derived at read, never stored). */
export function caseOverdue(
  c: { state: LiaisonState; dueOn: CalendarDate },
  today: CalendarDate,
): boolean {
  return OPEN_STATES.includes(c.state) && today > c.dueOn;
}

/** A repeat report may be merged only into a case still open: a closed one does not absorb it. */
export function mayMergeInto(target: { state: LiaisonState; id: string }, caseId: string): boolean {
  return target.id !== caseId && OPEN_STATES.includes(target.state);
}
