import type { CalendarDate } from '../calendarDate.ts';
import { defineMachine } from '../cases/machine.ts';
import type { Noun } from '../errors.ts';
import { addWorkingDays, daysFrom, periodEnd, type HolidayCalendar } from '../rules/dayCount.ts';
import type { RuleParams } from '../rules/profile.ts';

/**
 * 信访 (《信访工作条例》, 2022): a petition a villager brings to the village, registered there and
 * forwarded to the town's petition office (信访办), which hands it to the body competent to handle
 * it (交办); that body accepts it or not in writing, handles it, answers with a 信访处理意见书, and
 * the petitioner may ask for a review (复查) and then a re-review (复核), after which the matter
 * is closed (终结) and the same facts and reasons are not taken again (Art. 36).
 *
 * The deadlines are the statute's (the profile's XF-* numbers, which a charter may only shorten):
 * stored on the case at each step, overdue derived at read (petitionDue).
 */

/** 登记 → 已转送 → 已交办 → 办理中 → 已答复 → 复查中 → 已复查 → 复核中 → 已终结; 不予受理. */
export const PETITION_STATUSES = [
  'registered',
  'forwarded',
  'assigned',
  'handling',
  'answered',
  'reviewing',
  'reviewed',
  'reReviewing',
  'closed',
  'notAccepted',
] as const;
export type PetitionStatus = (typeof PETITION_STATUSES)[number];

/** What can be done to a petition, each by one side (PETITION_MACHINE). */
export const PETITION_ACTIONS = [
  'forward',
  'assign',
  'object',
  'accept',
  'refuse',
  'extend',
  'answer',
  'requestReview',
  'hearing',
  'reviewOpinion',
  'requestReReview',
  'reReviewOpinion',
  'close',
] as const;
export type PetitionAction = (typeof PETITION_ACTIONS)[number];

/**
 * Who acts: the village cadre who registered the petition (登记人), or the town's petition office
 * and the department it hands the petition to (town or county government officials who handle it).
 */
export const PETITION_ROLES = ['registrar', 'office'] as const;
export type PetitionRole = (typeof PETITION_ROLES)[number];

/** How a petition came in: in person (走访) alone or as a group, by letter, by phone. */
export const PETITION_FORMS = ['visit', 'groupVisit', 'letter', 'phone'] as const;
export type PetitionForm = (typeof PETITION_FORMS)[number];

/** 信访处理意见书 (Art. 32): 支持, 解释说明 (reasonable but without legal basis), 不予支持. */
export const PETITION_OPINIONS = ['support', 'explain', 'decline'] as const;
export type PetitionOpinion = (typeof PETITION_OPINIONS)[number];

const office = ['office'] as const;

/**
 * The state × action × role table. `object` sends a petition back to the petition office (Art.
 * 23: the body handed a matter outside its competence objects within 5 working days); `extend`
 * and `hearing` are recorded and leave the status (a hearing's days are not counted in a review's
 * 30, Art. 36); `close` ends a case whose reply or review was not challenged in time.
 */
export const PETITION_MACHINE = defineMachine({
  states: PETITION_STATUSES,
  actions: PETITION_ACTIONS,
  roles: PETITION_ROLES,
  noun: (kind, value) =>
    `petition${kind === 'state' ? 'State' : kind === 'action' ? 'Action' : 'Role'}.${value}` as Noun,
  transitions: [
    { from: ['registered'], action: 'forward', to: 'forwarded', by: ['registrar'] },
    { from: ['forwarded'], action: 'assign', to: 'assigned', by: office },
    { from: ['assigned'], action: 'object', to: 'forwarded', by: office },
    { from: ['assigned'], action: 'accept', to: 'handling', by: office },
    { from: ['assigned'], action: 'refuse', to: 'notAccepted', by: office },
    { from: ['handling'], action: 'extend', to: 'handling', by: office },
    { from: ['handling'], action: 'answer', to: 'answered', by: office },
    { from: ['answered'], action: 'requestReview', to: 'reviewing', by: office },
    { from: ['reviewing'], action: 'hearing', to: 'reviewing', by: office },
    { from: ['reReviewing'], action: 'hearing', to: 'reReviewing', by: office },
    { from: ['reviewing'], action: 'reviewOpinion', to: 'reviewed', by: office },
    { from: ['reviewed'], action: 'requestReReview', to: 'reReviewing', by: office },
    { from: ['reReviewing'], action: 'reReviewOpinion', to: 'closed', by: office },
    { from: ['answered', 'reviewed'], action: 'close', to: 'closed', by: office },
  ],
});

/** XF-20-REPS: a group visit names representatives, at most 5 (Art. 20); one at least. */
export function groupRepsProblem(
  form: PetitionForm,
  representatives: number,
  params: RuleParams,
): 'none' | 'tooMany' | null {
  if (form !== 'groupVisit') return null;
  if (representatives < 1) return 'none';
  return representatives > params['XF-20-REPS'].maxRepresentatives ? 'tooMany' : null;
}

/** XF-22-ROUTE: the petition office hands on a petition within 15 days of receiving it (Art. 22). */
export function routeDueOn(receivedOn: CalendarDate, p: RuleParams, cal: HolidayCalendar) {
  return periodEnd(receivedOn, p['XF-22-ROUTE'].routeDays, cal);
}

/**
 * XF-22-ROUTE: the body handed a petition tells the petitioner in writing whether it is accepted
 * within 15 days of receiving it, and objects to a wrong assignment within 5 working days (Art. 23).
 */
export function assignmentDues(assignedOn: CalendarDate, p: RuleParams, cal: HolidayCalendar) {
  return {
    noticeDueOn: periodEnd(assignedOn, p['XF-22-ROUTE'].noticeDays, cal),
    objectionDueOn: addWorkingDays(assignedOn, p['XF-22-ROUTE'].objectionWorkingDays, cal),
  };
}

/** XF-34-HANDLE: handled within 60 days of acceptance (Art. 34). */
export function handleDueOn(acceptedOn: CalendarDate, p: RuleParams, cal: HolidayCalendar) {
  return periodEnd(acceptedOn, p['XF-34-HANDLE'].days, cal);
}

/**
 * XF-34-HANDLE: an extension of at most 30 days, once, approved before the 60 days run out, the
 * reasons told to the petitioner; the new last day counts from acceptance (60 + n).
 */
export function extendedDueOn(
  c: { acceptedOn: CalendarDate; handleDueOn: CalendarDate; extendedDays: number },
  days: number,
  on: CalendarDate,
  p: RuleParams,
  cal: HolidayCalendar,
): { ok: true; dueOn: CalendarDate } | { ok: false; why: 'tooLong' | 'again' | 'late' } {
  if (c.extendedDays > 0) return { ok: false, why: 'again' };
  if (days < 1 || days > p['XF-34-HANDLE'].maxExtensionDays) return { ok: false, why: 'tooLong' };
  if (on > c.handleDueOn) return { ok: false, why: 'late' };
  return { ok: true, dueOn: periodEnd(c.acceptedOn, p['XF-34-HANDLE'].days + days, cal) };
}

/** XF-35-REVIEW: a review (or re-review) is asked for within 30 days of the written reply. */
export function requestDueOn(repliedOn: CalendarDate, p: RuleParams, cal: HolidayCalendar) {
  return periodEnd(repliedOn, p['XF-35-REVIEW'].requestDays, cal);
}

/** XF-35-REVIEW: the review's (re-review's) opinion within 30 days of the request. */
export function opinionDueOn(requestedOn: CalendarDate, p: RuleParams, cal: HolidayCalendar) {
  return periodEnd(requestedOn, p['XF-35-REVIEW'].opinionDays, cal);
}

/**
 * XF-35-REVIEW: "听证所需时间不计算在前款规定的期限内" — the days of a hearing (both ends counted)
 * move the opinion's last day on by as many days, then to a working day.
 */
export function afterHearing(
  dueOn: CalendarDate,
  hearing: { from: CalendarDate; to: CalendarDate },
  cal: HolidayCalendar,
): CalendarDate {
  return periodEnd(dueOn, daysFrom(hearing.from, hearing.to) + 1, cal);
}

/**
 * XF-35-REVIEW: after a re-review (复核) the same facts and reasons are not taken again (Art. 36:
 * 信访人以同一事实和理由提出的信访事项，不再受理). `earlier` is the petitioner's earlier petition the
 * registrar names as raising the same facts.
 */
export function sameFactsBarred(earlier: { status: PetitionStatus; reReviewed: boolean }): boolean {
  return earlier.status === 'closed' && earlier.reReviewed;
}

/** The deadline a petition is running against now, and by whom it is owed. */
export type PetitionClock =
  | 'route'
  | 'notice'
  | 'handle'
  | 'reviewRequest'
  | 'reviewOpinion'
  | 'reReviewRequest'
  | 'reReviewOpinion';

export const CLOCK_OF: Partial<Record<PetitionStatus, PetitionClock>> = {
  forwarded: 'route',
  assigned: 'notice',
  handling: 'handle',
  answered: 'reviewRequest',
  reviewing: 'reviewOpinion',
  reviewed: 'reReviewRequest',
  reReviewing: 'reReviewOpinion',
};

/**
 * Whether a petition is late now: only the office's own clocks make it overdue (a petitioner who
 * does not ask for a review is not late, their window simply closes).
 */
export function petitionOverdue(
  c: { status: PetitionStatus; dueOn: CalendarDate | null },
  today: CalendarDate,
): boolean {
  const clock = CLOCK_OF[c.status];
  if (!clock || !c.dueOn || clock === 'reviewRequest' || clock === 'reReviewRequest') return false;
  return today > c.dueOn;
}
