import type { CalendarDate } from '../../calendarDate.ts';
import { addDays, periodEnd, type HolidayCalendar } from '../../rules/dayCount.ts';
import { CHINA_HOLIDAYS } from '../../rules/holidays.ts';
import { finding, type Finding } from '../../rules/findings.ts';

/** The fewest members with full civil capacity who may ask the supervisors to sue (十名以上). */
export const DERIVATIVE_MIN_REQUESTERS = 10;
/** The days the supervisors have to sue after receiving the request (自收到请求之日起十五日内). */
export const DERIVATIVE_ANSWER_DAYS = 15;

/** What the supervisors (监事会 or 监事) did with the written request. */
export const DERIVATIVE_ANSWERS = ['sued', 'refused'] as const;
export type DerivativeAnswer = (typeof DERIVATIVE_ANSWERS)[number];

export interface Requester {
  name: string;
  /** A member of the organisation on the request's date, 18 or older (完全民事行为能力). */
  capableMember: boolean;
}

/**
 * NJJ-60-DERIVATIVE, the standing to ask (Art. 60: 十名以上具有完全民事行为能力的…成员可以
 * 书面请求监事会或者监事向人民法院提起诉讼): each requester named is a member with full capacity
 * on the day the request is received, and there are at least ten of them. "以上" includes the
 * number (民法典第一千二百五十九条): nine are refused, ten may ask.
 */
export function derivativeRequestFinding(
  on: CalendarDate,
  requesters: readonly Requester[],
): Finding | null {
  const outsider = requesters.find((r) => !r.capableMember);
  if (outsider)
    return finding(on, 'NJJ-60-DERIVATIVE', 'collective_derivative_not_member', {
      name: outsider.name,
      on,
    });
  if (requesters.length < DERIVATIVE_MIN_REQUESTERS)
    return finding(on, 'NJJ-60-DERIVATIVE', 'collective_derivative_too_few', {
      on,
      count: requesters.length,
    });
  return null;
}

/**
 * The last day the supervisors may sue before the requesters may: the period starts running the
 * day after receipt (民法典第二百零一条), so a request received on 3月1日 runs to 3月16日; a last
 * day that is a rest day or holiday moves to the next working day (第二百零三条): received on
 * 3月6日, the fifteenth day is Saturday 3月21日 and the period runs to Monday 3月23日.
 */
export const answerDeadline = (
  receivedOn: CalendarDate,
  cal: HolidayCalendar = CHINA_HOLIDAYS,
): CalendarDate => periodEnd(receivedOn, DERIVATIVE_ANSWER_DAYS, cal);

export type DerivativeStanding =
  | { kind: 'waiting'; until: CalendarDate }
  | { kind: 'supervisorsSued'; on: CalendarDate }
  | { kind: 'membersMaySue'; since: CalendarDate; because: 'refused' | 'timeElapsed' };

/**
 * Whether the requesters may now sue in their own name: when the supervisors refused, from the
 * refusal; when fifteen days passed without their suit, from the day after the last one; never
 * when the supervisors sued (the organisation's claim is then in court).
 */
export function derivativeStanding(
  receivedOn: CalendarDate,
  answer: { kind: DerivativeAnswer; on: CalendarDate } | null,
  today: CalendarDate,
): DerivativeStanding {
  const until = answerDeadline(receivedOn);
  if (answer && answer.on <= until)
    return answer.kind === 'sued'
      ? { kind: 'supervisorsSued', on: answer.on }
      : { kind: 'membersMaySue', since: answer.on, because: 'refused' };
  if (today <= until) return { kind: 'waiting', until };
  return { kind: 'membersMaySue', since: addDays(until, 1), because: 'timeElapsed' };
}
